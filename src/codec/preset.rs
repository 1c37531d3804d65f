//! Preset scenarios (issue 5): start from a real program instead of a blank plan.
//! Each is one of the "Preset scenarios suggested by the seeds" of `sources.md`, holds only
//! the categories it is about (so comparisons stay clean) and costs budget year 2026,
//! January to December; ADD is left empty unless a source gives one.

use crate::calc::category::{Category, CategoryKind, FundingSource};
use crate::calc::money::Rupiah;
use crate::calc::plan::Plan;

/// A ready-made plan with its name and where it comes from, in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    /// Stable identifier (for links and tests).
    pub id: &'static str,
    /// Name in Indonesian.
    pub name_id: &'static str,
    /// Name in English.
    pub name_en: &'static str,
    /// One line on the source, in Indonesian.
    pub note_id: &'static str,
    /// One line on the source, in English.
    pub note_en: &'static str,
    /// Builds the plan.
    pub build: fn() -> Plan,
}

/// Every preset, in the order the user sees them.
pub static PRESETS: &[Preset] = &[
    Preset {
        id: "1-desa-100-rentan",
        name_id: "1 Desa 100 Pekerja Rentan",
        name_en: "1 Village, 100 Vulnerable Workers",
        note_id: "Seruan Kemendagri 21 Sep 2022 (Timex Kupang, Sep 2022; Desa Merdeka; Portal Kalbar, Jan 2023; Kontak24, 12 Sep 2024): 100 warga × Rp16.800 sebulan dari ADD; ADD Rp318.397.000 adalah ADD Desa Jepatlor 2021 (APB Desa Jepatlor 2021), sebagai contoh.",
        note_en: "Kemendagri call of 21 Sep 2022 (Timex Kupang, Sep 2022; Desa Merdeka; Portal Kalbar, Jan 2023; Kontak24, 12 Sep 2024): 100 residents × Rp16,800 a month from ADD; the ADD of Rp318,397,000 is Desa Jepatlor's for 2021 (Desa Jepatlor's APB Desa 2021), as an example.",
        build: one_village_hundred,
    },
    Preset {
        id: "rentan-per-dusun",
        name_id: "25 pekerja rentan per dusun",
        name_en: "25 vulnerable workers per hamlet",
        note_id: "Gerakan Dusun Membangun, Kabupaten Bungo 2024 (Jambi Independent, 22 Agu 2024): 25 pekerja rentan di tiap dusun, 3.525 orang di 141 dusun.",
        note_en: "Gerakan Dusun Membangun, Bungo regency 2024 (Jambi Independent, 22 Aug 2024): 25 vulnerable workers in each hamlet, 3,525 people in 141 hamlets.",
        build: per_dusun,
    },
    Preset {
        id: "perangkat-jkk-jkm",
        name_id: "Perangkat desa: JKK + JKM",
        name_en: "Village officials: JKK + JKM",
        note_id: "1 kepala desa, 1 sekretaris, 8 perangkat pada siltap minimum PP 11/2019, JKK kelas I + JKM.",
        note_en: "1 village head, 1 secretary, 8 officials at the PP 11/2019 minimum siltap, JKK class I + JKM.",
        build: officials_jkk_jkm,
    },
    Preset {
        id: "perangkat-4-program",
        name_id: "Perangkat desa: empat program",
        name_en: "Village officials: all four programs",
        note_id: "Orang yang sama dengan JHT dan JP; JP hanya untuk yang belum berusia 59 tahun saat mendaftar (PP 45/2015 Pasal 15).",
        note_en: "The same people with JHT and JP; JP takes only those under 59 when they join (PP 45/2015 Pasal 15).",
        build: officials_all_programs,
    },
    Preset {
        id: "kader-posyandu",
        name_id: "Kader posyandu",
        name_en: "Posyandu volunteers",
        note_id: "Tanah Bumbu 2024 (Kontak24, 12 Sep 2024): desa mendaftarkan kader posyandu dari ADD; di sini 20 kader pada penghasilan BPU terendah.",
        note_en: "Tanah Bumbu 2024 (Kontak24, 12 Sep 2024): villages enrolled their posyandu volunteers from ADD; here 20 volunteers at the lowest BPU income.",
        build: kader_posyandu,
    },
    Preset {
        id: "tanah-bumbu-2023",
        name_id: "Tanah Bumbu 2023: 14.400 pekerja rentan",
        name_en: "Tanah Bumbu 2023: 14,400 vulnerable workers",
        note_id: "Kontak24, 12 Sep 2024: pada 2023 Kabupaten Tanah Bumbu melindungi 14.400 pekerja rentan lewat \"1 Desa 100 Pekerja Rentan\" dan membayar santunan Rp2,6 miliar kepada 52 orang; di sini semuanya pada penghasilan BPU terendah, dengan tarif 2026.",
        note_en: "Kontak24, 12 Sep 2024: in 2023 Tanah Bumbu regency protected 14,400 vulnerable workers through \"1 Village, 100 Vulnerable Workers\" and paid Rp2.6 billion in benefits to 52 people; here all at the lowest BPU income, at 2026 rates.",
        build: tanah_bumbu_2023,
    },
    Preset {
        id: "bulukumba-2024",
        name_id: "Bulukumba 2024: iuran Rp890 juta",
        name_en: "Bulukumba 2024: Rp890 million of premiums",
        note_id: "Radar Selatan, akhir 2024: lembaga desa di Bulukumba membayar iuran Rp890 juta dan BPJS Ketenagakerjaan membayar santunan Rp1,077 miliar (1,21 kali iuran). Jumlah orang diturunkan dari iuran, bukan dari sumber: 4.415 orang pada penghasilan BPU terendah ≈ Rp890 juta.",
        note_en: "Radar Selatan, late 2024: village institutions in Bulukumba paid Rp890 million of premiums and BPJS Ketenagakerjaan paid Rp1.077 billion of benefits (1.21 times the premiums). The head count is derived from the premiums, not from the source: 4,415 people at the lowest BPU income ≈ Rp890 million.",
        build: bulukumba_2024,
    },
    Preset {
        id: "ntt-provinsi",
        name_id: "Provinsi NTT: perangkat dan pekerja rentan",
        name_en: "NTT province: officials and vulnerable workers",
        note_id: "Tribun Bali (tanpa tanggal, sekitar 2023–2024): di NTT 19.629 perangkat desa terlindungi sebagai PU, 7.031 pekerja rentan dari anggaran desa dan 5.353 dari APBD; di sini perangkat pada siltap minimum PP 11/2019 dengan JKK + JKM, pekerja rentan pada penghasilan BPU terendah.",
        note_en: "Tribun Bali (undated, about 2023–2024): in NTT 19,629 village officials are protected as PU, 7,031 vulnerable workers from village budgets and 5,353 from the APBD; here the officials at the PP 11/2019 minimum siltap with JKK + JKM, the vulnerable workers at the lowest BPU income.",
        build: ntt_province,
    },
];

/// The preset with this id.
#[must_use]
pub fn find(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

fn plan(add: Option<i64>, categories: Vec<Category>) -> Plan {
    let mut p = Plan::for_year(2026);
    p.budget.alokasi_dana_desa = add.map(Rupiah::from_whole);
    p.categories = categories;
    p
}

fn one_village_hundred() -> Plan {
    plan(
        Some(318_397_000),
        vec![Category::new(CategoryKind::PekerjaRentan, 100)],
    )
}

fn per_dusun() -> Plan {
    plan(None, vec![Category::new(CategoryKind::PekerjaRentan, 25)])
}

fn officials(all_programs: bool) -> Plan {
    let categories = [
        (CategoryKind::KepalaDesa, 1),
        (CategoryKind::SekretarisDesa, 1),
        (CategoryKind::PerangkatDesa, 8),
    ]
    .map(|(kind, n)| Category {
        jht: all_programs,
        jp: all_programs,
        ..Category::new(kind, n)
    });
    plan(None, categories.into())
}

fn officials_jkk_jkm() -> Plan {
    officials(false)
}

fn officials_all_programs() -> Plan {
    officials(true)
}

fn kader_posyandu() -> Plan {
    let kader = Category {
        name: "Kader posyandu".into(),
        ..Category::new(CategoryKind::Kader, 20)
    };
    plan(None, vec![kader])
}

fn tanah_bumbu_2023() -> Plan {
    plan(
        None,
        vec![Category::new(CategoryKind::PekerjaRentan, 14_400)],
    )
}

/// Rp890,000,000 ÷ Rp201,600 (one person at the lowest BPU income for a year) = 4,414.7:
/// the nearest whole head count, as the source gives only the premiums.
fn bulukumba_2024() -> Plan {
    let institutions = Category {
        name: "Lembaga desa Bulukumba".into(),
        ..Category::new(CategoryKind::Kader, 4_415)
    };
    plan(None, vec![institutions])
}

fn ntt_province() -> Plan {
    let apbd = Category {
        name: "Pekerja rentan (APBD)".into(),
        funding: FundingSource::ApbdKabupaten,
        ..Category::new(CategoryKind::PekerjaRentan, 5_353)
    };
    plan(
        None,
        vec![
            Category::new(CategoryKind::PerangkatDesa, 19_629),
            Category::new(CategoryKind::PekerjaRentan, 7_031),
            apbd,
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::Scheme;
    use crate::calc::outcome::{calculate, Outcome};
    use crate::calc::period::BudgetPeriod;
    use rust_decimal_macros::dec;

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    fn outcome(id: &str) -> Outcome {
        let preset = find(id).unwrap_or_else(|| panic!("no preset {id}"));
        calculate(&(preset.build)()).unwrap_or_else(|e| panic!("{id}: {e:?}"))
    }

    #[test]
    fn every_preset_is_valid_full_year_2026_with_one_line_notes() {
        for (i, p) in PRESETS.iter().enumerate() {
            let plan = (p.build)();
            assert_eq!(plan.check(), Ok(()), "{}", p.id);
            assert_eq!(plan.period, BudgetPeriod::full_year(2026), "{}", p.id);
            assert!(!plan.categories.is_empty());
            for text in [p.name_id, p.name_en, p.note_id, p.note_en] {
                assert!(!text.is_empty() && !text.contains('\n'), "{}", p.id);
            }
            assert!(PRESETS.iter().skip(i + 1).all(|q| q.id != p.id));
        }
        assert!(find("nope").is_none());
    }

    #[test]
    fn one_village_hundred_vulnerable_workers() {
        // sources.md presets 1 and 11: Rp20,160,000 a year, 6.3 % of Jepatlor's ADD.
        let o = outcome("1-desa-100-rentan");
        assert_eq!(o.total_monthly(), rp(1_680_000));
        assert_eq!(o.total_period(), rp(20_160_000));
        assert_eq!(o.budget.charged_to_add, rp(20_160_000));
        assert_eq!(o.budget.add_share.map(|s| s.round_dp(3)), Some(dec!(0.063)));
    }

    #[test]
    fn twenty_five_per_dusun() {
        // sources.md preset 2: Rp5,040,000 a year per dusun.
        let o = outcome("rentan-per-dusun");
        assert_eq!(o.total_monthly(), rp(420_000));
        assert_eq!(o.total_period(), rp(5_040_000));
    }

    #[test]
    fn officials_at_minimum_siltap_jkk_jkm() {
        // sources.md preset 5: Rp112,476 a month, Rp1,349,712 a year.
        let o = outcome("perangkat-jkk-jkm");
        assert_eq!(o.total_monthly(), rp(112_476));
        assert_eq!(o.total_period(), rp(1_349_712));
        assert!(o
            .categories
            .iter()
            .all(|c| c.cost.period.total().worker == Rupiah::ZERO));
    }

    #[test]
    fn officials_with_all_four_programs() {
        // sources.md preset 6: a perangkat at Rp2,022,200 costs Rp186,851 a month.
        let o = outcome("perangkat-4-program");
        let perangkat = o.categories[2].cost.per_person.programs.total();
        assert_eq!(perangkat.total(), rp(186_851));
        assert_eq!(perangkat.worker, rp(60_666));
        assert_eq!(perangkat.payer, rp(126_185));
        // Kades 224,222 + sekdes 205,536 + 8 × 186,851, each program rounded per person.
        assert_eq!(o.total_monthly(), rp(1_924_566));
        assert_eq!(o.total_period(), rp(1_924_566 * 12));
    }

    #[test]
    fn kader_posyandu_at_the_lowest_bpu_income() {
        // seed 000 with the BPU minimum: 20 × Rp16,800 × 12 = Rp4,032,000.
        let o = outcome("kader-posyandu");
        assert_eq!(o.total_period(), rp(4_032_000));
        let plan = (PRESETS[4].build)();
        assert_eq!(plan.categories[0].scheme, Scheme::Bpu);
        assert_eq!(plan.budget.alokasi_dana_desa, None);
    }

    #[test]
    fn notes_name_outlets_and_dates_never_internal_research_ids() {
        for p in PRESETS {
            for note in [p.note_id, p.note_en] {
                assert!(
                    !note.contains("seed") && !note.contains("sources.md"),
                    "{}: {note}",
                    p.id
                );
                let has_id = note.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                    w.len() > 1 && w.starts_with('P') && w[1..].bytes().all(|b| b.is_ascii_digit())
                });
                assert!(!has_id, "{}: {note}", p.id);
            }
        }
        // The presets added in issue 12 name their outlet and date.
        for (id, outlet) in [
            ("tanah-bumbu-2023", "Kontak24, 12 Sep 2024"),
            ("bulukumba-2024", "Radar Selatan"),
            ("ntt-provinsi", "Tribun Bali"),
        ] {
            let p = find(id).unwrap_or_else(|| panic!("no preset {id}"));
            assert!(
                p.note_id.starts_with(outlet) && p.note_en.starts_with(outlet),
                "{id}"
            );
        }
    }

    #[test]
    fn tanah_bumbu_2023_costs_the_derived_premium() {
        // sources.md preset 3: 14,400 × Rp201,600 = Rp2,903,040,000 a year.
        assert_eq!(
            outcome("tanah-bumbu-2023").total_period(),
            rp(2_903_040_000)
        );
    }

    #[test]
    fn bulukumba_2024_comes_within_a_person_of_its_premiums() {
        // sources.md preset 4: premiums Rp890,000,000; 4,415 people at Rp201,600 a year.
        let total = outcome("bulukumba-2024").total_period();
        assert_eq!(total, rp(890_064_000));
        assert!(total - rp(890_000_000) < rp(201_600));
    }

    #[test]
    fn ntt_province_holds_its_three_groups() {
        // sources.md preset 9: the rentan on village budgets cost 7,031 × Rp201,600.
        let o = outcome("ntt-provinsi");
        let plan = find("ntt-provinsi").map_or_else(Plan::default, |p| (p.build)());
        assert_eq!(
            plan.categories
                .iter()
                .map(|c| c.insured)
                .collect::<Vec<_>>(),
            [19_629, 7_031, 5_353]
        );
        assert_eq!(
            o.categories[1].cost.period.total().total(),
            rp(1_417_449_600)
        );
        assert_eq!(
            o.categories[0].cost.period.total().total(),
            rp(131_040 * 19_629)
        );
        assert_eq!(
            o.budget.charged_to_add,
            rp(131_040 * 19_629 + 1_417_449_600)
        );
        assert_eq!(plan.categories[0].scheme, Scheme::Pu);
    }
}

//! Preset scenarios (issue 5): start from a real program instead of a blank plan.
//! Each is one of the "Preset scenarios suggested by the seeds" of `sources.md`, holds only
//! the categories it is about (so comparisons stay clean) and costs budget year 2026,
//! January to December; ADD is left empty unless a source gives one.

use super::category::{Category, CategoryKind};
use super::money::Rupiah;
use super::plan::Plan;

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
        note_id: "Seruan Kemendagri 21 Sep 2022 (seed 000; P44, P45, P47): 100 warga × Rp16.800 sebulan dari ADD; ADD Rp318.397.000 adalah ADD Desa Jepatlor 2021 (P98), sebagai contoh.",
        note_en: "Kemendagri call of 21 Sep 2022 (seed 000; P44, P45, P47): 100 residents × Rp16,800 a month from ADD; the ADD of Rp318,397,000 is Desa Jepatlor's for 2021 (P98), as an example.",
        build: one_village_hundred,
    },
    Preset {
        id: "rentan-per-dusun",
        name_id: "25 pekerja rentan per dusun",
        name_en: "25 vulnerable workers per hamlet",
        note_id: "Gerakan Dusun Membangun, Kabupaten Bungo 2024 (seed 003): 25 pekerja rentan di tiap dusun, 3.525 orang di 141 dusun.",
        note_en: "Gerakan Dusun Membangun, Bungo regency 2024 (seed 003): 25 vulnerable workers in each hamlet, 3,525 people in 141 hamlets.",
        build: per_dusun,
    },
    Preset {
        id: "perangkat-jkk-jkm",
        name_id: "Perangkat desa: JKK + JKM",
        name_en: "Village officials: JKK + JKM",
        note_id: "1 kepala desa, 1 sekretaris, 8 perangkat pada siltap minimum PP 11/2019, JKK kelas I + JKM (sources.md preset 5).",
        note_en: "1 village head, 1 secretary, 8 officials at the PP 11/2019 minimum siltap, JKK class I + JKM (sources.md preset 5).",
        build: officials_jkk_jkm,
    },
    Preset {
        id: "perangkat-4-program",
        name_id: "Perangkat desa: empat program",
        name_en: "Village officials: all four programs",
        note_id: "Orang yang sama dengan JHT dan JP (sources.md preset 6); JP hanya untuk yang belum berusia 59 tahun saat mendaftar (PP 45/2015 Pasal 15).",
        note_en: "The same people with JHT and JP (sources.md preset 6); JP takes only those under 59 when they join (PP 45/2015 Pasal 15).",
        build: officials_all_programs,
    },
    Preset {
        id: "kader-posyandu",
        name_id: "Kader posyandu",
        name_en: "Posyandu volunteers",
        note_id: "Tanah Bumbu 2024 (seed 000): desa mendaftarkan kader posyandu dari ADD; di sini 20 kader pada penghasilan BPU terendah.",
        note_en: "Tanah Bumbu 2024 (seed 000): villages enrolled their posyandu volunteers from ADD; here 20 volunteers at the lowest BPU income.",
        build: kader_posyandu,
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
}

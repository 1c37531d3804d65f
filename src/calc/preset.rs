//! Preset scenarios (issue 5): start from a real program instead of a blank plan.
//! Each is one of the "Preset scenarios suggested by the seeds" of `sources.md` or an
//! observed regional program marked **preset** in RULES.md §3, holds only the categories it
//! is about (so comparisons stay clean) and costs the budget year it is opened for, January
//! to December; ADD is left empty unless a source gives one. Where the source reports
//! amounts, they are kept beside the plan as [`Observed`] figures, never used to compute.

use super::category::{Category, CategoryKind, FundingSource, Scheme};
use super::money::Rupiah;
use super::plan::Plan;

/// A ready-made plan; its name and source, in each language, are in `report::texts::presets`.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    /// Stable identifier (for links and tests).
    pub id: &'static str,
    /// Builds the plan (for budget year 2026; [`Preset::plan`] sets the year).
    pub build: fn() -> Plan,
    /// Amounts the source reports, shown beside the app's own figures.
    pub observed: &'static [Observed],
}

impl Preset {
    /// The preset's plan for budget `year`: the same people and choices, costed with the
    /// rules of that year.
    #[must_use]
    pub fn plan(&self, year: i32) -> Plan {
        let mut plan = (self.build)();
        plan.period.year = year;
        plan
    }
}

/// An amount a source reports for a program, to show beside what the app computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Observed {
    /// What the amount is of.
    pub of: ObservedOf,
    /// The amount, in rupiah.
    pub amount: i64,
}

/// What an observed amount measures, so the app can put its own figure beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObservedOf {
    /// The premium of one person a month in the plan's category at this index.
    PersonMonth(usize),
    /// The premium of the whole program for the months the source names.
    Total {
        /// Months the amount pays for.
        months: u8,
    },
}

/// How many presets there are: each language's table of their names has this length.
pub const COUNT: usize = 13;

/// Every preset, in the order the user sees them.
pub static PRESETS: &[Preset; COUNT] = &[
    Preset {
        id: "1-desa-100-rentan",
        build: one_village_hundred,
        observed: &[],
    },
    Preset {
        id: "rentan-per-dusun",
        build: per_dusun,
        observed: &[],
    },
    Preset {
        id: "perangkat-jkk-jkm",
        build: officials_jkk_jkm,
        observed: &[],
    },
    Preset {
        id: "perangkat-4-program",
        build: officials_all_programs,
        observed: &[],
    },
    Preset {
        id: "kader-posyandu",
        build: kader_posyandu,
        observed: &[],
    },
    Preset {
        id: "tanah-bumbu-2023",
        build: tanah_bumbu_2023,
        observed: &[],
    },
    Preset {
        id: "bulukumba-2024",
        build: bulukumba_2024,
        observed: &[],
    },
    Preset {
        id: "ntt-provinsi",
        build: ntt_province,
        observed: &[],
    },
    Preset {
        id: "pangkep-2025",
        build: pangkep_2025,
        observed: &[
            Observed {
                of: ObservedOf::PersonMonth(0),
                amount: 156_000,
            },
            Observed {
                of: ObservedOf::PersonMonth(1),
                amount: 10_800,
            },
            Observed {
                of: ObservedOf::PersonMonth(2),
                amount: 63_400,
            },
            Observed {
                of: ObservedOf::PersonMonth(4),
                amount: 16_800,
            },
            Observed {
                of: ObservedOf::Total { months: 12 },
                amount: 2_239_339_680,
            },
        ],
    },
    Preset {
        id: "kendal-2026",
        build: kendal_2026,
        observed: &[],
    },
    Preset {
        id: "luwu-2025",
        build: luwu_2025,
        observed: &[Observed {
            of: ObservedOf::Total { months: 3 },
            amount: 2_500_000,
        }],
    },
    Preset {
        id: "luwu-timur-2025",
        build: luwu_timur_2025,
        observed: &[],
    },
    Preset {
        id: "penajam-paser-utara-2025",
        build: penajam_paser_utara_2025,
        observed: &[Observed {
            of: ObservedOf::Total { months: 12 },
            amount: 1_008_000_000,
        }],
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

/// PU with JKK, JKM and JP at the kind's default wage (a BPU kind is moved to PU, whose usual
/// wage it then takes): the source names the programs, not the wages.
fn pu_with_jp(kind: CategoryKind, insured: u32) -> Category {
    let mut c = Category::new(kind, insured);
    c.switch_scheme(Scheme::Pu);
    c.jp = true;
    c
}

/// Pangkep 2025 (RULES.md §3, P117): 65 desa, from APBDes. The source gives people and
/// premiums per person but no wages: the app costs its own defaults and shows the observed
/// amounts beside them. Kepala desa are not counted apart in the source, so their observed
/// amount is only in the note.
fn pangkep_2025() -> Plan {
    plan(
        None,
        vec![
            pu_with_jp(CategoryKind::PerangkatDesa, 750),
            Category::new(CategoryKind::StafDesa, 499),
            pu_with_jp(CategoryKind::Bpd, 461),
            Category::new(CategoryKind::PekerjaKeagamaan, 649),
            Category::new(CategoryKind::PekerjaRentan, 1_492),
        ],
    )
}

/// Kendal, Perbup 45/2025 (P112): ADD pays BPJS TK with JKK, JKM, JHT and JP for kepala
/// desa, perangkat and BPD. Head counts and wages are an example village (1 + 1 + 8, 5 BPD)
/// at the PP 11/2019 minimums.
fn kendal_2026() -> Plan {
    let all_four = |kind, n| Category {
        jht: true,
        ..pu_with_jp(kind, n)
    };
    plan(
        None,
        vec![
            all_four(CategoryKind::KepalaDesa, 1),
            all_four(CategoryKind::SekretarisDesa, 1),
            all_four(CategoryKind::PerangkatDesa, 8),
            all_four(CategoryKind::Bpd, 5),
        ],
    )
}

/// Luwu 2025 (P113, P114): at least 50 pekerja rentan per desa, JKK + JKM, from APBDes.
fn luwu_2025() -> Plan {
    plan(None, vec![Category::new(CategoryKind::PekerjaRentan, 50)])
}

/// Luwu Timur, Perbup 11/2025 (P115): 100 pekerja rentan per desa; the payer is not stated,
/// so the village's ADD, as in "1 Desa 100".
fn luwu_timur_2025() -> Plan {
    plan(None, vec![Category::new(CategoryKind::PekerjaRentan, 100)])
}

/// Penajam Paser Utara, APBD 2025 (P118): 5,000 pekerja rentan at the lowest BPU level, paid
/// by the kabupaten, so PP 50/2025 never applies.
fn penajam_paser_utara_2025() -> Plan {
    let apbd = Category {
        funding: FundingSource::ApbdKabupaten,
        ..Category::new(CategoryKind::PekerjaRentan, 5_000)
    };
    plan(None, vec![apbd])
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

    fn outcome_2027(id: &str) -> Outcome {
        let preset = find(id).unwrap_or_else(|| panic!("no preset {id}"));
        calculate(&preset.plan(2027)).unwrap_or_else(|e| panic!("{id}: {e:?}"))
    }

    #[test]
    fn a_preset_opens_on_the_year_asked_for_with_the_same_people() {
        for p in PRESETS {
            let plan = p.plan(2027);
            assert_eq!(plan.period, BudgetPeriod::full_year(2027), "{}", p.id);
            assert_eq!(plan.categories, (p.build)().categories, "{}", p.id);
        }
    }

    #[test]
    fn observed_amounts_point_at_categories_the_preset_holds() {
        for p in PRESETS {
            let plan = (p.build)();
            for o in p.observed {
                if let ObservedOf::PersonMonth(i) = o.of {
                    assert!(i < plan.categories.len(), "{}", p.id);
                }
                assert!(o.amount > 0);
            }
        }
    }

    #[test]
    fn rules_md_2027_checks_of_the_regional_presets() {
        // RULES.md §1, worked checks for 2027 (non-transport BPU: no adjusted month).
        assert_eq!(outcome_2027("luwu-2025").total_period(), rp(10_080_000));
        assert_eq!(
            outcome_2027("luwu-timur-2025").total_period(),
            rp(20_160_000)
        );
        assert_eq!(
            outcome_2027("penajam-paser-utara-2025").total_period(),
            rp(1_008_000_000)
        );
        // Pangkep: the non-perangkat staff at Rp2,000,000 cost the observed Rp10,800 a month.
        let pangkep = outcome_2027("pangkep-2025");
        assert_eq!(
            pangkep.categories[1]
                .cost
                .per_person
                .programs
                .total()
                .total(),
            rp(10_800)
        );
        assert_eq!(
            pangkep.categories[4]
                .cost
                .per_person
                .programs
                .total()
                .total(),
            rp(16_800)
        );
    }

    #[test]
    fn every_preset_is_valid_full_year_2026() {
        for (i, p) in PRESETS.iter().enumerate() {
            let plan = (p.build)();
            assert_eq!(plan.check(), Ok(()), "{}", p.id);
            assert_eq!(plan.period, BudgetPeriod::full_year(2026), "{}", p.id);
            assert!(!plan.categories.is_empty());
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
        assert_eq!(o.sums.budget.charged_to_add, rp(20_160_000));
        assert_eq!(
            o.sums.budget.add_share.map(|s| s.round_dp(3)),
            Some(dec!(0.063))
        );
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
            o.sums.budget.charged_to_add,
            rp(131_040 * 19_629 + 1_417_449_600)
        );
        assert_eq!(plan.categories[0].scheme, Scheme::Pu);
    }
}

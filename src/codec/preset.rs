//! Preset scenarios (issue 5): start from a real program instead of a blank plan.
//! Each is one of the "Preset scenarios suggested by the seeds" of `sources.md`, holds only
//! the categories it is about (so comparisons stay clean) and costs budget year 2026,
//! January to December; ADD is left empty unless a source gives one.

use crate::calc::category::{Category, CategoryKind, FundingSource};
use crate::calc::money::Rupiah;
use crate::calc::plan::Plan;

/// A ready-made plan; its name and source, in each language, are in `report::texts::presets`.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    /// Stable identifier (for links and tests).
    pub id: &'static str,
    /// Builds the plan.
    pub build: fn() -> Plan,
}

/// How many presets there are: each language's table of their names has this length.
pub const COUNT: usize = 8;

/// Every preset, in the order the user sees them.
pub static PRESETS: &[Preset; COUNT] = &[
    Preset {
        id: "1-desa-100-rentan",
        build: one_village_hundred,
    },
    Preset {
        id: "rentan-per-dusun",
        build: per_dusun,
    },
    Preset {
        id: "perangkat-jkk-jkm",
        build: officials_jkk_jkm,
    },
    Preset {
        id: "perangkat-4-program",
        build: officials_all_programs,
    },
    Preset {
        id: "kader-posyandu",
        build: kader_posyandu,
    },
    Preset {
        id: "tanah-bumbu-2023",
        build: tanah_bumbu_2023,
    },
    Preset {
        id: "bulukumba-2024",
        build: bulukumba_2024,
    },
    Preset {
        id: "ntt-provinsi",
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

//! Premiums (iuran): per person per month by program, per category over the budget
//! period, split between the payer (desa, APBD, …) and the worker (RULES.md §1).
//!
//! Each program's amount for one person for one month is rounded to the rupiah; a
//! period's cost is the sum of its months, each costed with what is in force that month.

use super::category::{Category, Scheme};
use super::money::Rupiah;
use super::period::{BudgetPeriod, YearMonth};
use super::rates::{self, RateKey};
use serde::Serialize;

/// A BPJS Ketenagakerjaan program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Program {
    /// Jaminan Kecelakaan Kerja (work accident).
    Jkk,
    /// Jaminan Kematian (death).
    Jkm,
    /// Jaminan Hari Tua (old-age savings).
    Jht,
    /// Jaminan Pensiun (pension, PU only).
    Jp,
}

impl Program {
    /// All programs in display order.
    pub const ALL: [Program; 4] = [Program::Jkk, Program::Jkm, Program::Jht, Program::Jp];

    /// The usual abbreviation.
    #[must_use]
    pub const fn abbr(self) -> &'static str {
        match self {
            Program::Jkk => "JKK",
            Program::Jkm => "JKM",
            Program::Jht => "JHT",
            Program::Jp => "JP",
        }
    }

    const fn index(self) -> usize {
        match self {
            Program::Jkk => 0,
            Program::Jkm => 1,
            Program::Jht => 2,
            Program::Jp => 3,
        }
    }
}

/// The payer's and the worker's part of one amount.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Split {
    /// Paid by the category's funding source (desa, APBD, donor).
    pub payer: Rupiah,
    /// Paid by the worker (deducted from the wage).
    pub worker: Rupiah,
}

impl Split {
    /// Both parts together.
    #[must_use]
    pub fn total(&self) -> Rupiah {
        self.payer + self.worker
    }

    fn add(self, other: Split) -> Split {
        Split {
            payer: self.payer + other.payer,
            worker: self.worker + other.worker,
        }
    }

    fn times(self, n: u32) -> Split {
        Split {
            payer: self.payer.times(n),
            worker: self.worker.times(n),
        }
    }
}

/// Amounts for each program, in `Program::ALL` order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ByProgram(pub [Split; 4]);

impl ByProgram {
    /// The amount of one program.
    #[must_use]
    pub fn get(&self, program: Program) -> Split {
        self.0.get(program.index()).copied().unwrap_or_default()
    }

    fn set(&mut self, program: Program, split: Split) {
        if let Some(slot) = self.0.get_mut(program.index()) {
            *slot = split;
        }
    }

    /// Payer and worker over all programs.
    #[must_use]
    pub fn total(&self) -> Split {
        self.0.iter().fold(Split::default(), |acc, s| acc.add(*s))
    }

    /// JKK plus JKM: the insurance part (JHT is savings, JP a pension).
    #[must_use]
    pub fn insurance(&self) -> Rupiah {
        self.get(Program::Jkk).total() + self.get(Program::Jkm).total()
    }

    /// Program by program, payer and worker added.
    pub(crate) fn add(self, other: ByProgram) -> ByProgram {
        let mut out = self;
        for p in Program::ALL {
            out.set(p, self.get(p).add(other.get(p)));
        }
        out
    }

    fn times(self, n: u32) -> ByProgram {
        let mut out = self;
        for p in Program::ALL {
            out.set(p, self.get(p).times(n));
        }
        out
    }
}

/// One person's premium for one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PersonMonth {
    /// The month costed.
    pub month: YearMonth,
    /// What is budgeted, per program.
    pub programs: ByProgram,
    /// The base the percentages apply to: the wage, or the declared income raised to the lowest level.
    pub base: Rupiah,
    /// The JP base after the cap, when JP is costed.
    pub jp_base: Option<Rupiah>,
    /// Saving of PP 50/2025 for this month (taken when `adjusted`, else only possible).
    pub adjustment_saving: Rupiah,
    /// Whether the PP 50/2025 adjustment was applied to this month.
    pub adjusted: bool,
}

/// The base a category's percentages apply to (BPU below the lowest level is costed at it).
#[must_use]
pub fn effective_base(category: &Category, month: YearMonth) -> Rupiah {
    match category.scheme {
        Scheme::Pu => category.base,
        Scheme::Bpu => {
            let floor = Rupiah::from_decimal(rates::value(RateKey::BpuMinIncome, month));
            category.base.max(floor)
        }
    }
}

fn pct(base: Rupiah, key: RateKey, month: YearMonth) -> Rupiah {
    base.times_rate(rates::value(key, month)).round_rupiah()
}

/// One person's premium in `month`; `apply_adjustment` is the user's PP 50/2025 switch.
#[must_use]
pub fn person_month(category: &Category, month: YearMonth, apply_adjustment: bool) -> PersonMonth {
    let base = effective_base(category, month);
    let mut programs = ByProgram::default();
    let mut jp_base = None;
    let mut adjustment_saving = Rupiah::ZERO;
    let mut adjusted = false;
    match category.scheme {
        Scheme::Pu => {
            let jkk = pct(base, RateKey::JkkPu(category.risk_class), month);
            programs.set(
                Program::Jkk,
                Split {
                    payer: jkk,
                    worker: Rupiah::ZERO,
                },
            );
            programs.set(
                Program::Jkm,
                Split {
                    payer: pct(base, RateKey::JkmPu, month),
                    worker: Rupiah::ZERO,
                },
            );
            if category.jht {
                let split = Split {
                    payer: pct(base, RateKey::JhtPuDesa, month),
                    worker: pct(base, RateKey::JhtPuWorker, month),
                };
                programs.set(Program::Jht, split);
            }
            if category.has_jp() {
                let cap = Rupiah::from_decimal(rates::value(RateKey::JpWageCap, month));
                let capped = base.min(cap);
                jp_base = Some(capped);
                let split = Split {
                    payer: pct(capped, RateKey::JpDesa, month),
                    worker: pct(capped, RateKey::JpWorker, month),
                };
                programs.set(Program::Jp, split);
            }
        }
        Scheme::Bpu => {
            // JKK is the level's fixed amount, 1 % of it; JKM is flat (PP 44/2015 Lampiran II).
            let jkk = pct(base, RateKey::JkkBpu, month);
            let jkm = Rupiah::from_decimal(rates::value(RateKey::JkmBpu, month)).round_rupiah();
            let (mut jkk_charged, mut jkm_charged) = (jkk, jkm);
            let window = if category.funding.is_apbd() {
                None
            } else {
                rates::adjustment(category.sector, month)
            };
            if let Some(window) = window {
                let jkk_adj = jkk.times_rate(window.factor).round_rupiah();
                let jkm_adj = jkm.times_rate(window.factor).round_rupiah();
                adjustment_saving = (jkk - jkk_adj) + (jkm - jkm_adj);
                if apply_adjustment {
                    (jkk_charged, jkm_charged) = (jkk_adj, jkm_adj);
                    adjusted = true;
                }
            }
            programs.set(
                Program::Jkk,
                Split {
                    payer: jkk_charged,
                    worker: Rupiah::ZERO,
                },
            );
            programs.set(
                Program::Jkm,
                Split {
                    payer: jkm_charged,
                    worker: Rupiah::ZERO,
                },
            );
            if category.jht {
                programs.set(
                    Program::Jht,
                    Split {
                        payer: pct(base, RateKey::JhtBpu, month),
                        worker: Rupiah::ZERO,
                    },
                );
            }
        }
    }
    PersonMonth {
        month,
        programs,
        base,
        jp_base,
        adjustment_saving,
        adjusted,
    }
}

/// A category's cost in one month, all its people together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct MonthCost {
    /// The month.
    pub month: YearMonth,
    /// All insured people of the category, per program.
    pub programs: ByProgram,
}

/// A category's cost over the budget period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CategoryCost {
    /// People insured.
    pub people: u32,
    /// One person in the first month covered (what "per orang per bulan" shows).
    pub per_person: PersonMonth,
    /// Each month covered, all people.
    pub months: Vec<MonthCost>,
    /// The whole period, all people, per program.
    pub period: ByProgram,
    /// PP 50/2025 saving over the period, all people (taken or possible).
    pub adjustment_saving: Rupiah,
    /// Whether any month was costed with the adjustment.
    pub adjusted: bool,
}

impl CategoryCost {
    /// True when the monthly cost changes within the period (JP cap, PP 50/2025).
    #[must_use]
    pub fn varies_by_month(&self) -> bool {
        self.months
            .windows(2)
            .any(|w| w[0].programs != w[1].programs)
    }

    /// All people in the first month covered, per program (zero for an empty period).
    #[must_use]
    pub fn first_month(&self) -> ByProgram {
        self.months.first().map(|m| m.programs).unwrap_or_default()
    }
}

/// A category's cost over `period`.
#[must_use]
pub fn category_cost(
    category: &Category,
    period: &BudgetPeriod,
    apply_adjustment: bool,
) -> CategoryCost {
    let people = category.insured;
    let first = YearMonth::new(period.year, period.first_month);
    let mut months = Vec::with_capacity(usize::from(period.months));
    let mut total = ByProgram::default();
    let mut saving = Rupiah::ZERO;
    let mut adjusted = false;
    for month in period.months() {
        let one = person_month(category, month, apply_adjustment);
        let all = one.programs.times(people);
        total = total.add(all);
        saving = saving + one.adjustment_saving.times(people);
        adjusted |= one.adjusted;
        months.push(MonthCost {
            month,
            programs: all,
        });
    }
    CategoryCost {
        people,
        per_person: person_month(category, first, apply_adjustment),
        months,
        period: total,
        adjustment_saving: saving,
        adjusted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::{CategoryKind, FundingSource};
    use crate::calc::rates::{RiskClass, Sector};

    fn pu(wage: i64) -> Category {
        let mut c = Category::new(CategoryKind::Lainnya, 1);
        c.scheme = Scheme::Pu;
        c.base = Rupiah::from_whole(wage);
        c
    }

    fn bpu(income: i64) -> Category {
        let mut c = Category::new(CategoryKind::PekerjaRentan, 1);
        c.base = Rupiah::from_whole(income);
        c
    }

    const JAN_2026: YearMonth = YearMonth::new(2026, 1);
    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    mod unit_test_values {
        //! The "Unit test values" table of sources.md.
        use super::*;

        #[test]
        fn bpu_minimum_jkk_jkm_is_16_800() {
            assert_eq!(
                person_month(&bpu(1_000_000), JAN_2026, false)
                    .programs
                    .total()
                    .total(),
                rp(16_800)
            );
        }

        #[test]
        fn bpu_minimum_with_jht_is_36_800() {
            let mut c = bpu(1_000_000);
            c.jht = true;
            assert_eq!(
                person_month(&c, JAN_2026, false).programs.total().total(),
                rp(36_800)
            );
        }

        #[test]
        fn pu_two_million_class_one_is_10_800() {
            assert_eq!(
                person_month(&pu(2_000_000), JAN_2026, false)
                    .programs
                    .total()
                    .total(),
                rp(10_800)
            );
        }

        #[test]
        fn pu_one_million_is_5_400_and_62_400_with_jht() {
            let mut c = pu(1_000_000);
            assert_eq!(
                person_month(&c, JAN_2026, false).programs.total().total(),
                rp(5_400)
            );
            c.jht = true;
            assert_eq!(
                person_month(&c, JAN_2026, false).programs.total().total(),
                rp(62_400)
            );
        }

        #[test]
        fn pu_ten_million_class_three_all_programs() {
            let mut c = pu(10_000_000);
            c.risk_class = RiskClass::III;
            c.jht = true;
            c.jp = true;
            let p = person_month(&c, JAN_2026, false).programs;
            assert_eq!(
                p.get(Program::Jht),
                Split {
                    payer: rp(370_000),
                    worker: rp(200_000)
                }
            );
            assert_eq!(p.get(Program::Jkk).total(), rp(89_000));
            assert_eq!(p.get(Program::Jkm).total(), rp(30_000));
            assert_eq!(
                p.get(Program::Jp),
                Split {
                    payer: rp(200_000),
                    worker: rp(100_000)
                }
            );
            assert_eq!(
                p.total(),
                Split {
                    payer: rp(689_000),
                    worker: rp(300_000)
                }
            );
        }

        #[test]
        fn jp_above_the_cap_is_charged_on_the_cap() {
            // sources.md: wage 20,000,000 with the Feb 2021 cap 8,754,600 → JP 262,638. The table
            // starts in 2023, so the same rule is checked on the cap in force in January 2026.
            let mut c = pu(20_000_000);
            c.jp = true;
            let pm = person_month(&c, JAN_2026, false);
            assert_eq!(pm.jp_base, Some(rp(10_547_400)));
            assert_eq!(pm.programs.get(Program::Jp).total(), rp(316_422));
            let historical = Rupiah::from_whole(8_754_600);
            let jp = |r| historical.times_rate(r).round_rupiah();
            assert_eq!(
                jp(rust_decimal_macros::dec!(0.02)) + jp(rust_decimal_macros::dec!(0.01)),
                rp(262_638)
            );
        }
    }

    mod worked_examples {
        use super::*;

        #[test]
        fn kepala_desa_at_minimum_siltap() {
            // RULES.md §1 worked check.
            let kades = Category::new(CategoryKind::KepalaDesa, 1);
            let cost = category_cost(&kades, &BudgetPeriod::full_year(2026), false);
            assert_eq!(
                cost.per_person.programs.get(Program::Jkk).total(),
                rp(5_824)
            );
            assert_eq!(
                cost.per_person.programs.get(Program::Jkm).total(),
                rp(7_280)
            );
            assert_eq!(cost.per_person.programs.total().total(), rp(13_104));
            assert_eq!(cost.period.total().total(), rp(157_248));
        }

        #[test]
        fn the_first_month_is_all_people_and_an_empty_period_costs_nothing() {
            let mut perangkat = Category::new(CategoryKind::PerangkatDesa, 3);
            perangkat.jp = true;
            let cost = category_cost(&perangkat, &BudgetPeriod::full_year(2026), false);
            assert_eq!(cost.first_month(), cost.months[0].programs);
            assert_eq!(
                cost.first_month().total().total(),
                cost.per_person.programs.total().total().times(3)
            );
            let none = CategoryCost {
                months: Vec::new(),
                ..cost
            };
            assert_eq!(none.first_month(), ByProgram::default());
        }

        #[test]
        fn perangkat_with_all_four_programs() {
            // sources.md preset 6: Rp186,851 a month, worker 60,666, village 126,185.
            let mut c = Category::new(CategoryKind::PerangkatDesa, 1);
            c.jht = true;
            c.jp = true;
            let split = person_month(&c, JAN_2026, false).programs.total();
            assert_eq!(split.total(), rp(186_851));
            assert_eq!(split.worker, rp(60_666));
            assert_eq!(split.payer, rp(126_185));
        }
    }

    mod bpu_rules {
        use super::*;

        #[test]
        fn income_below_lowest_level_is_costed_at_it() {
            let pm = person_month(&bpu(600_000), JAN_2026, false);
            assert_eq!(pm.base, rp(1_000_000));
            assert_eq!(pm.programs.total().total(), rp(16_800));
        }

        #[test]
        fn higher_income_level_charges_one_percent() {
            assert_eq!(
                person_month(&bpu(2_500_000), JAN_2026, false)
                    .programs
                    .get(Program::Jkk)
                    .total(),
                rp(25_000)
            );
        }

        #[test]
        fn jp_is_not_charged_for_bpu() {
            let mut c = bpu(1_000_000);
            c.jp = true;
            assert_eq!(
                person_month(&c, JAN_2026, false)
                    .programs
                    .get(Program::Jp)
                    .total(),
                Rupiah::ZERO
            );
        }

        #[test]
        fn pp50_halves_jkk_and_jkm_only_when_switched_on_and_in_window() {
            let c = bpu(1_000_000);
            let may = YearMonth::new(2026, 5);
            let full = person_month(&c, may, false);
            assert_eq!(full.programs.total().total(), rp(16_800));
            assert_eq!(full.adjustment_saving, rp(8_400));
            assert!(!full.adjusted);
            let adj = person_month(&c, may, true);
            assert_eq!(adj.programs.total().total(), rp(8_400));
            assert!(adj.adjusted);
            // Other sectors start in April 2026.
            assert_eq!(
                person_month(&c, YearMonth::new(2026, 3), true)
                    .programs
                    .total()
                    .total(),
                rp(16_800)
            );
        }

        #[test]
        fn pp50_does_not_touch_jht() {
            let mut c = bpu(1_000_000);
            c.jht = true;
            assert_eq!(
                person_month(&c, YearMonth::new(2026, 5), true)
                    .programs
                    .total()
                    .total(),
                rp(28_400)
            );
        }

        #[test]
        fn pp50_never_applies_to_apbd_funded_premiums() {
            let mut c = bpu(1_000_000);
            c.funding = FundingSource::ApbdKabupaten;
            let pm = person_month(&c, YearMonth::new(2026, 5), true);
            assert_eq!(pm.programs.total().total(), rp(16_800));
            assert_eq!(pm.adjustment_saving, Rupiah::ZERO);
        }

        #[test]
        fn transport_sector_is_adjusted_from_january_2026() {
            let mut c = bpu(1_000_000);
            c.sector = Sector::Transport;
            let cost = category_cost(&c, &BudgetPeriod::full_year(2026), true);
            assert_eq!(cost.period.total().total(), rp(8_400 * 12));
            let other = category_cost(&bpu(1_000_000), &BudgetPeriod::full_year(2026), true);
            assert_eq!(other.period.total().total(), rp(16_800 * 3 + 8_400 * 9));
            assert!(other.varies_by_month());
        }
    }

    mod periods {
        use super::*;

        #[test]
        fn cost_of_a_period_is_the_sum_of_its_months_across_the_march_jp_cap() {
            let mut c = pu(12_000_000);
            c.jp = true;
            let cost = category_cost(&c, &BudgetPeriod::full_year(2026), false);
            // Jan–Feb under the 2025 cap, Mar–Dec under the 2026 cap.
            let jp = 2 * (210_948 + 105_474) + 10 * (221_726 + 110_863);
            assert_eq!(cost.period.get(Program::Jp).total(), rp(jp));
            assert!(cost.varies_by_month());
        }

        #[test]
        fn mid_year_start_costs_only_the_months_covered() {
            let kades = Category::new(CategoryKind::KepalaDesa, 1);
            let period = BudgetPeriod {
                year: 2026,
                first_month: 8,
                months: 5,
            };
            assert_eq!(
                category_cost(&kades, &period, false).period.total().total(),
                rp(13_104 * 5)
            );
        }

        #[test]
        fn zero_people_cost_nothing() {
            let c = Category::new(CategoryKind::Bpd, 0);
            assert_eq!(
                category_cost(&c, &BudgetPeriod::full_year(2026), false)
                    .period
                    .total()
                    .total(),
                Rupiah::ZERO
            );
        }
    }
}

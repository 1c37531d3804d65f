//! Premiums (iuran): per person per month by program, per category over the budget
//! period, split between the payer (desa, APBD, …) and the worker (RULES.md §1).
//!
//! Each program's amount for one person for one month is rounded to the rupiah; a
//! period's cost is the sum of its months, each costed with what is in force that month.

use super::category::{Category, Scheme};
use super::law::{Law, RateTable};
use super::money::Rupiah;
use super::period::YearMonth;
use super::program::{ByProgram, Program, Share};
use super::rates::{Adjustment, RateKey, RateRow};
use std::sync::Arc;

/// One term of a person's month as the core costed it: the row of the law used, the base,
/// the exact product, the rounded amount and what was charged. The words of a formula say
/// these; they never look a rate up or multiply again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// The program.
    pub program: Program,
    /// Who pays it.
    pub part: Share,
    /// The row of the law used: key, rate (or flat amount) and legal basis.
    pub rate: RateRow,
    /// The base the rate applies to; `None` for a flat amount (BPU JKM).
    pub base: Option<Rupiah>,
    /// Base × rate before rounding (a flat amount as it is).
    pub exact: Rupiah,
    /// Rounded to the rupiah (RULES.md §2), before any adjustment.
    pub rounded: Rupiah,
    /// What is charged: the rounded amount, after the adjustment when it was applied.
    pub charged: Rupiah,
    /// Whether the month's PP 50/2025 window (`PersonMonth::adjustment`) lowered this term.
    pub adjusted: bool,
}

impl Term {
    fn of(program: Program, part: Share, rate: RateRow, base: Rupiah) -> Term {
        let exact = base.times_rate(rate.value);
        let rounded = exact.round_rupiah();
        Term {
            program,
            part,
            rate,
            base: Some(base),
            exact,
            rounded,
            charged: rounded,
            adjusted: false,
        }
    }

    fn flat(program: Program, rate: RateRow) -> Term {
        let exact = Rupiah::from_decimal(rate.value);
        let rounded = exact.round_rupiah();
        Term {
            program,
            part: Share::Payer,
            rate,
            base: None,
            exact,
            rounded,
            charged: rounded,
            adjusted: false,
        }
    }

    /// This term under `window`: the saving it offers, and the term charged when `apply`.
    fn adjusted(self, window: Adjustment, apply: bool) -> (Rupiah, Term) {
        let after = self.rounded.times_rate(window.factor).round_rupiah();
        let saving = self.rounded - after;
        if apply {
            let term = Term {
                charged: after,
                adjusted: true,
                ..self
            };
            (saving, term)
        } else {
            (saving, self)
        }
    }
}

/// The terms of a person's month, at most one per program and part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Terms([Option<Term>; 6]);

impl Terms {
    // JKK and JKM have only a payer's part.
    const fn index(program: Program, part: Share) -> usize {
        match (program, part) {
            (Program::Jkk, _) => 0,
            (Program::Jkm, _) => 1,
            (Program::Jht, Share::Payer) => 2,
            (Program::Jht, Share::Worker) => 3,
            (Program::Jp, Share::Payer) => 4,
            (Program::Jp, Share::Worker) => 5,
        }
    }

    fn put(&mut self, term: Term) {
        if let Some(slot) = self.0.get_mut(Self::index(term.program, term.part)) {
            *slot = Some(term);
        }
    }

    /// The term of `program` paid by `part`, if it is costed.
    #[must_use]
    pub fn get(&self, program: Program, part: Share) -> Option<&Term> {
        self.0
            .get(Self::index(program, part))
            .and_then(Option::as_ref)
            .filter(|t| t.program == program && t.part == part)
    }

    /// Every term costed, in program order, the payer's part first.
    pub fn iter(&self) -> impl Iterator<Item = &Term> {
        self.0.iter().flatten()
    }

    /// The amounts charged, per program.
    fn programs(&self) -> ByProgram {
        let mut out = ByProgram::default();
        for t in self.iter() {
            let mut split = out.get(t.program);
            match t.part {
                Share::Payer => split.payer = split.payer + t.charged,
                Share::Worker => split.worker = split.worker + t.charged,
            }
            out.set(t.program, split);
        }
        out
    }
}

/// One person's premium for one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonMonth {
    /// The month costed.
    pub month: YearMonth,
    /// What is budgeted, per program.
    pub programs: ByProgram,
    /// What each amount was made of.
    pub terms: Terms,
    /// The base the percentages apply to: the wage, or the declared income raised to the lowest level.
    pub base: Rupiah,
    /// The JP base after the cap, when JP is costed.
    pub jp_base: Option<Rupiah>,
    /// The JP wage cap used, when JP is costed.
    pub jp_cap: Option<RateRow>,
    /// The lowest BPU income level the base was held to (BPU only).
    pub bpu_floor: Option<RateRow>,
    /// The PP 50/2025 window applied this month, if any.
    pub adjustment: Option<Adjustment>,
    /// When JP is costed in a month whose cap is not yet published: the first such month
    /// (the last published cap is used, and the words say so).
    pub jp_cap_unpublished: Option<YearMonth>,
    /// Saving of PP 50/2025 for this month (taken when `adjusted`, else only possible).
    pub adjustment_saving: Rupiah,
    /// Whether the PP 50/2025 adjustment was applied to this month.
    pub adjusted: bool,
}

/// The base a category's percentages apply to (BPU below the lowest level is costed at it).
#[must_use]
pub fn effective_base(category: &Category, law: &Law) -> Rupiah {
    match category.scheme {
        Scheme::Pu => category.base,
        Scheme::Bpu => category.base.max(law.amount(RateKey::BpuMinIncome)),
    }
}

/// One person's premium under `law` (one month); `apply_adjustment` is the user's PP 50/2025 switch.
#[must_use]
pub fn person_month(category: &Category, law: &Law, apply_adjustment: bool) -> PersonMonth {
    let base = effective_base(category, law);
    let mut terms = Terms::default();
    let mut jp_base = None;
    let mut jp_cap = None;
    let mut bpu_floor = None;
    let mut adjustment = None;
    let mut jp_cap_unpublished = None;
    let mut adjustment_saving = Rupiah::ZERO;
    let mut adjusted = false;
    let row = |key| law.row(key);
    match category.scheme {
        Scheme::Pu => {
            let key = RateKey::JkkPu(category.risk_class);
            terms.put(Term::of(Program::Jkk, Share::Payer, row(key), base));
            terms.put(Term::of(
                Program::Jkm,
                Share::Payer,
                row(RateKey::JkmPu),
                base,
            ));
            if category.jht {
                terms.put(Term::of(
                    Program::Jht,
                    Share::Payer,
                    row(RateKey::JhtPuDesa),
                    base,
                ));
                terms.put(Term::of(
                    Program::Jht,
                    Share::Worker,
                    row(RateKey::JhtPuWorker),
                    base,
                ));
            }
            if category.has_jp() {
                let cap = row(RateKey::JpWageCap);
                let capped = base.min(Rupiah::from_decimal(cap.value));
                jp_base = Some(capped);
                jp_cap_unpublished = law
                    .jp_cap_unpublished()
                    .then(|| law.jp_cap_unpublished_from());
                jp_cap = Some(cap);
                let jp = |part, key| Term::of(Program::Jp, part, row(key), capped);
                terms.put(jp(Share::Payer, RateKey::JpDesa));
                terms.put(jp(Share::Worker, RateKey::JpWorker));
            }
        }
        Scheme::Bpu => {
            // JKK is the level's fixed amount, 1 % of it; JKM is flat (PP 44/2015 Lampiran II).
            bpu_floor = Some(row(RateKey::BpuMinIncome));
            let mut jkk = Term::of(Program::Jkk, Share::Payer, row(RateKey::JkkBpu), base);
            let mut jkm = Term::flat(Program::Jkm, row(RateKey::JkmBpu));
            // APBD money is never adjusted (RULES.md §1).
            let window = (!category.funding.is_apbd())
                .then(|| law.adjustment(category.sector))
                .flatten();
            if let Some(window) = window {
                let (jkk_saving, jkk_after) = jkk.adjusted(window, apply_adjustment);
                let (jkm_saving, jkm_after) = jkm.adjusted(window, apply_adjustment);
                (jkk, jkm) = (jkk_after, jkm_after);
                adjustment_saving = jkk_saving + jkm_saving;
                adjusted = apply_adjustment;
                adjustment = apply_adjustment.then_some(window);
            }
            terms.put(jkk);
            terms.put(jkm);
            if category.jht {
                terms.put(Term::of(
                    Program::Jht,
                    Share::Payer,
                    row(RateKey::JhtBpu),
                    base,
                ));
            }
        }
    }
    PersonMonth {
        month: law.month,
        programs: terms.programs(),
        terms,
        base,
        jp_base,
        jp_cap,
        bpu_floor,
        adjustment,
        jp_cap_unpublished,
        adjustment_saving,
        adjusted,
    }
}

/// A category's cost in one month, all its people together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthCost {
    /// The month.
    pub month: YearMonth,
    /// One person's premium that month, every program and part.
    pub per_person: Rupiah,
    /// All insured people of the category, per program.
    pub programs: ByProgram,
}

/// A category's cost over the budget period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryCost {
    /// People insured.
    pub people: u32,
    /// One person in the first month covered (what "per orang per bulan" shows). Shared, not
    /// copied: with its terms it is a kilobyte, and the rekap hands it to every village.
    pub per_person: Arc<PersonMonth>,
    /// All people in the first month covered, per program.
    pub first: ByProgram,
    /// Each month covered, all people (the rekap keeps none: it shows only `first`).
    pub months: Vec<MonthCost>,
    /// The whole period, all people, per program.
    pub period: ByProgram,
    /// PP 50/2025 saving over the period, all people (taken or possible).
    pub adjustment_saving: Rupiah,
    /// Whether any month was costed with the adjustment.
    pub adjusted: bool,
    /// The first month whose JP is costed at a cap not yet published, for a wage above the
    /// cap, with the cap used (RULES.md §1).
    pub jp_cap_unpublished: Option<(YearMonth, RateRow)>,
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
        self.first
    }
}

/// A category's cost over the months whose law is `laws` (one `Law` per month, in order,
/// as `RateTable::period` gives them).
#[must_use]
pub fn category_cost(category: &Category, laws: &[Law], apply_adjustment: bool) -> CategoryCost {
    let people = category.insured;
    let mut months = Vec::with_capacity(laws.len());
    // One person over the period; times the people once at the end.
    let mut one_person = ByProgram::default();
    let mut one_saving = Rupiah::ZERO;
    let mut adjusted = false;
    let mut jp_note = None;
    let mut first: Option<PersonMonth> = None;
    // A person's month is costed again only when the law of its premiums changes (the JP
    // cap in March, a PP 50/2025 window): each run of months that cost the same is priced
    // once and counted by its length.
    let mut rest = laws;
    while let Some((law, _)) = rest.split_first() {
        let run = rest
            .iter()
            .take_while(|l| law.same_premiums(l))
            .count()
            .max(1);
        let (these, later) = rest.split_at(run.min(rest.len()));
        rest = later;
        let one = person_month(category, law, apply_adjustment);
        first.get_or_insert(one);
        let all = one.programs.times(people);
        let n = u32::try_from(these.len()).unwrap_or(u32::MAX);
        one_person.add_from(&one.programs.times(n));
        one_saving = one_saving + one.adjustment_saving.times(n);
        adjusted |= one.adjusted;
        // Only a wage above the cap is touched by it (RULES.md §1).
        let capped = one.jp_base.is_some_and(|b| b < one.base)
            && all.get(Program::Jp).total() > Rupiah::ZERO;
        if let (None, Some(from), true) = (jp_note, one.jp_cap_unpublished, capped) {
            jp_note = Some((from, law.row(RateKey::JpWageCap)));
        }
        let per_person = one.programs.total().total();
        months.extend(these.iter().map(|l| MonthCost {
            month: l.month,
            per_person,
            programs: all,
        }));
    }
    let per_person = first.unwrap_or_else(|| {
        // An empty period costs nothing; its "per person" is that of the table's first law.
        let earliest = RateTable::official().at(YearMonth::new(0, 1));
        person_month(category, &earliest, apply_adjustment)
    });
    CategoryCost {
        people,
        per_person: Arc::new(per_person),
        first: months.first().map(|m| m.programs).unwrap_or_default(),
        months,
        period: one_person.times(people),
        adjustment_saving: one_saving.times(people),
        adjusted,
        jp_cap_unpublished: jp_note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::period::BudgetPeriod;
    use crate::calc::program::Split;

    // The official law, as the app costs it.
    fn person_month(c: &Category, month: YearMonth, adjust: bool) -> PersonMonth {
        super::person_month(c, &Law::official(month), adjust)
    }

    fn category_cost(c: &Category, period: &BudgetPeriod, adjust: bool) -> CategoryCost {
        super::category_cost(c, &RateTable::official().period(period), adjust)
    }
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
            let none = crate::calc::premium::category_cost(&perangkat, &[], false);
            assert_eq!(none.first_month(), ByProgram::default());
            assert_eq!(none.period, ByProgram::default());
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

//! Property tests of the calculation core (issue 3), through its public API only.
//!
//! Strategies generate arbitrary but valid plans (years 2020–2035, any valid period, 0–12
//! categories of any kind, scheme, risk class, funding source and sector, counts and bases
//! from zero to the limits, whole and with sen, optional budget figures, any death rate,
//! PP 50/2025 switch on or off), plans broken in exactly one known way, and wild plans
//! with any value at all. Each property of RULES.md is one test below.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kalkulator::calc::benefit::chance_of_at_least_one;
use kalkulator::calc::budget::BudgetInputs;
use kalkulator::calc::category::{Category, CategoryId, CategoryKind, FundingSource, Scheme};
use kalkulator::calc::caution::Caution;
use kalkulator::calc::law::{Law, RateTable};
use kalkulator::calc::money::Rupiah;
use kalkulator::calc::outcome::Outcome;
use kalkulator::calc::period::{BudgetPeriod, YearMonth};
use kalkulator::calc::plan::{PlanError, MAX_CATEGORIES, MAX_CODE_CHARS, MAX_NAME_CHARS};
use kalkulator::calc::premium::{category_cost, person_month};
use kalkulator::calc::program::{ByProgram, Program};
use kalkulator::calc::rates::{RateKey, RiskClass, Sector};
use kalkulator::calc::{calculate, Plan};
use kalkulator::codec::input::{MAX_AMOUNT, MAX_COUNT};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

const KINDS: [CategoryKind; 10] = CategoryKind::ALL;

/// Amounts where the rules change: the BPU floor, the siltap minimums, every JP cap, the limit.
const EDGE_AMOUNTS: [i64; 12] = [
    0,
    1,
    999_999,
    1_000_000,
    1_000_001,
    2_022_200,
    2_426_640,
    9_559_600,
    10_042_300,
    10_547_400,
    11_086_300,
    1_000_000_000_000,
];

/// A valid amount: 0 ..= Rp1,000,000,000,000, whole or with sen, small ones more often.
fn amount() -> impl Strategy<Value = Rupiah> {
    prop_oneof![
        3 => (0i64..=20_000_000).prop_map(Rupiah::from_whole),
        2 => (0i64..=1_000_000_000_000).prop_map(Rupiah::from_whole),
        2 => (0i64..=100_000_000_000_000)
            .prop_map(|sen| Rupiah::from_decimal(Decimal::new(sen, 2))),
        1 => (0i64..=2_000_000_000).prop_map(|sen| Rupiah::from_decimal(Decimal::new(sen, 2))),
        1 => select(&EDGE_AMOUNTS[..]).prop_map(Rupiah::from_whole),
    ]
}

/// A valid head count: 0 ..= 1,000,000, small ones more often.
fn count() -> impl Strategy<Value = u32> {
    prop_oneof![
        3 => 0u32..=20,
        2 => 0u32..=5_000,
        2 => 0u32..=MAX_COUNT,
        1 => Just(MAX_COUNT),
    ]
}

fn kind() -> impl Strategy<Value = CategoryKind> {
    select(&KINDS[..])
}

fn scheme() -> impl Strategy<Value = Scheme> {
    prop_oneof![Just(Scheme::Pu), Just(Scheme::Bpu)]
}

fn risk_class() -> impl Strategy<Value = RiskClass> {
    select(&RiskClass::ALL[..])
}

fn funding() -> impl Strategy<Value = FundingSource> {
    select(&FundingSource::ALL[..])
}

fn sector() -> impl Strategy<Value = Sector> {
    prop_oneof![Just(Sector::Transport), Just(Sector::Other)]
}

/// A valid category whose head count comes from `counts`.
fn category_with(counts: impl Strategy<Value = u32>) -> impl Strategy<Value = Category> {
    (
        (kind(), name(), counts, proptest::option::of(count())),
        (scheme(), amount(), any::<bool>(), any::<bool>()),
        (
            risk_class(),
            funding(),
            sector(),
            "[0-9.]{0,30}",
            proptest::option::of(0..=120u8),
        ),
    )
        .prop_map(
            |(
                (kind, name, insured, population),
                (scheme, base, jht, jp),
                (risk_class, funding, sector, account_code, oldest_age),
            )| Category {
                id: CategoryId::fresh(),
                kind,
                name,
                insured,
                population,
                scheme,
                base,
                jht,
                jp,
                risk_class,
                funding,
                sector,
                account_code,
                oldest_age,
            },
        )
}

/// A name of up to 80 characters: usually short and plain, sometimes any Unicode.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![3 => "[A-Za-z ]{0,12}", 1 => "\\PC{0,80}"]
}

fn category() -> impl Strategy<Value = Category> {
    category_with(count())
}

/// A valid period: any year 2020–2035, any first month, any number of months to December.
fn period() -> impl Strategy<Value = BudgetPeriod> {
    (2020i32..=2035, 1u8..=12).prop_flat_map(|(year, first_month)| {
        (1u8..=13 - first_month).prop_map(move |months| BudgetPeriod {
            year,
            first_month,
            months,
        })
    })
}

fn budget() -> impl Strategy<Value = BudgetInputs> {
    (
        proptest::option::of(amount()),
        proptest::option::of(amount()),
        proptest::option::of(amount()),
        proptest::option::of(amount()),
    )
        .prop_map(
            |(alokasi_dana_desa, belanja, bengkok, siltap)| BudgetInputs {
                alokasi_dana_desa,
                belanja,
                bengkok,
                siltap,
            },
        )
}

/// A death rate per 1,000: 0 ..= 1000 with up to four decimals, with the ends and the default.
fn death_rate() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        4 => (0i64..=10_000_000).prop_map(|n| Decimal::new(n, 4)),
        2 => (0i64..=100_000).prop_map(|n| Decimal::new(n, 4)),
        1 => select(vec![dec!(0), dec!(3.6), dec!(1000)]),
    ]
}

fn plan_with(categories: impl Strategy<Value = Vec<Category>>) -> impl Strategy<Value = Plan> {
    (
        name(),
        period(),
        budget(),
        death_rate(),
        any::<bool>(),
        categories,
        proptest::option::of(2000..=2035i32),
    )
        .prop_map(
            |(
                village,
                period,
                budget,
                death_rate_per_mille,
                apply_adjustment,
                categories,
                insured_since,
            )| Plan {
                village,
                period,
                budget,
                death_rate_per_mille,
                apply_adjustment,
                categories,
                insured_since,
                place: None,
            },
        )
}

/// An arbitrary valid plan with 0–12 categories.
fn valid_plan() -> impl Strategy<Value = Plan> {
    plan_with(proptest::collection::vec(category(), 0..=12))
}

/// One way to break an otherwise valid plan, with the error `check` must give for it.
#[derive(Clone, Debug)]
enum Breakage {
    Year(i32),
    FirstMonth(u8),
    Months(u8),
    DeathRate(Decimal),
    BudgetAmount(usize, Rupiah),
    TooManyCategories(usize),
    Insured(Index, u32),
    Population(Index, u32),
    Base(Index, Rupiah),
    VillageName(String),
    CategoryName(Index, String),
    AccountCode(Index, String),
}

fn bad_amount() -> impl Strategy<Value = Rupiah> {
    prop_oneof![
        (1i64..=i64::MAX).prop_map(|sen| Rupiah::from_decimal(-Decimal::new(sen, 2))),
        (1i64..=i64::MAX)
            .prop_map(|sen| Rupiah::from_decimal(MAX_AMOUNT.amount() + Decimal::new(sen, 2))),
        Just(Rupiah::from_decimal(dec!(-0.01))),
        Just(Rupiah::from_decimal(dec!(1_000_000_000_000.01))),
        Just(Rupiah::from_decimal(Decimal::MAX)),
        Just(Rupiah::from_decimal(Decimal::MIN)),
    ]
}

fn breakage() -> impl Strategy<Value = Breakage> {
    let regex = |pattern: String| proptest::string::string_regex(&pattern).expect("a valid regex");
    let long_name = || {
        regex(format!(
            "\\PC{{{},{}}}",
            MAX_NAME_CHARS + 1,
            MAX_NAME_CHARS + 40
        ))
    };
    let long_code = regex(format!(
        "[0-9.]{{{},{}}}",
        MAX_CODE_CHARS + 1,
        MAX_CODE_CHARS + 40
    ));
    prop_oneof![
        prop_oneof![i32::MIN..2020, 2036..=i32::MAX, Just(2019), Just(2036)]
            .prop_map(Breakage::Year),
        prop_oneof![Just(0u8), 13u8..=u8::MAX].prop_map(Breakage::FirstMonth),
        prop_oneof![Just(0u8), 13u8..=u8::MAX].prop_map(Breakage::Months),
        prop_oneof![
            (1i64..=i64::MAX).prop_map(|n| -Decimal::new(n, 4)),
            (1i64..=i64::MAX).prop_map(|n| dec!(1000) + Decimal::new(n, 4)),
            Just(Decimal::MAX),
            Just(Decimal::MIN),
        ]
        .prop_map(Breakage::DeathRate),
        (0usize..4, bad_amount()).prop_map(|(i, a)| Breakage::BudgetAmount(i, a)),
        (MAX_CATEGORIES + 1..=MAX_CATEGORIES + 10).prop_map(Breakage::TooManyCategories),
        (any::<Index>(), MAX_COUNT + 1..=u32::MAX).prop_map(|(i, n)| Breakage::Insured(i, n)),
        (any::<Index>(), MAX_COUNT + 1..=u32::MAX).prop_map(|(i, n)| Breakage::Population(i, n)),
        (any::<Index>(), bad_amount()).prop_map(|(i, a)| Breakage::Base(i, a)),
        long_name().prop_map(Breakage::VillageName),
        (any::<Index>(), long_name()).prop_map(|(i, s)| Breakage::CategoryName(i, s)),
        (any::<Index>(), long_code).prop_map(|(i, s)| Breakage::AccountCode(i, s)),
    ]
}

/// Breaks `plan` in one way and returns the error `check` must report first.
fn break_plan(plan: &mut Plan, breakage: Breakage) -> PlanError {
    if plan.categories.is_empty() {
        plan.categories.push(Category::new(CategoryKind::Kader, 1));
    }
    let n = plan.categories.len();
    match breakage {
        Breakage::Year(y) => {
            plan.period.year = y;
            PlanError::YearOutOfRange
        }
        Breakage::FirstMonth(m) => {
            plan.period.first_month = m;
            PlanError::InvalidPeriod
        }
        Breakage::Months(m) => {
            // 0, or past December from whatever first month the plan has.
            plan.period.months = if m == 0 {
                0
            } else {
                m.max(14 - plan.period.first_month)
            };
            PlanError::InvalidPeriod
        }
        Breakage::DeathRate(r) => {
            plan.death_rate_per_mille = r;
            PlanError::DeathRateOutOfRange
        }
        Breakage::BudgetAmount(i, a) => {
            let b = &mut plan.budget;
            match i {
                0 => b.alokasi_dana_desa = Some(a),
                1 => b.belanja = Some(a),
                2 => b.bengkok = Some(a),
                _ => b.siltap = Some(a),
            }
            PlanError::AmountOutOfRange { category: None }
        }
        Breakage::TooManyCategories(total) => {
            while plan.categories.len() < total {
                plan.categories
                    .push(Category::new(CategoryKind::Lainnya, 0));
            }
            PlanError::TooManyCategories
        }
        Breakage::Insured(i, count) => {
            let i = i.index(n);
            plan.categories[i].insured = count;
            PlanError::CountOutOfRange { category: i }
        }
        Breakage::Population(i, count) => {
            let i = i.index(n);
            plan.categories[i].population = Some(count);
            PlanError::CountOutOfRange { category: i }
        }
        Breakage::Base(i, a) => {
            let i = i.index(n);
            plan.categories[i].base = a;
            PlanError::AmountOutOfRange { category: Some(i) }
        }
        Breakage::VillageName(s) => {
            plan.village = s;
            PlanError::NameTooLong { category: None }
        }
        Breakage::CategoryName(i, s) => {
            let i = i.index(n);
            plan.categories[i].name = s;
            PlanError::NameTooLong { category: Some(i) }
        }
        Breakage::AccountCode(i, s) => {
            let i = i.index(n);
            plan.categories[i].account_code = s;
            PlanError::CodeTooLong { category: i }
        }
    }
}

/// Any decimal at all (every mantissa, sign and scale rust_decimal can hold).
fn any_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28
        )
            .prop_map(|(lo, mid, hi, neg, scale)| Decimal::from_parts(lo, mid, hi, neg, scale)),
        (any::<i64>(), 0u32..=28).prop_map(|(n, scale)| Decimal::new(n, scale)),
        amount().prop_map(Rupiah::amount),
    ]
}

/// A plan with any value in any field: valid or not, in any way.
fn wild_plan() -> impl Strategy<Value = Plan> {
    let wild_category = (
        (
            kind(),
            "\\PC{0,100}",
            any::<u32>(),
            proptest::option::of(any::<u32>()),
        ),
        (scheme(), any_decimal(), any::<bool>(), any::<bool>()),
        (
            risk_class(),
            funding(),
            sector(),
            "\\PC{0,40}",
            proptest::option::of(any::<u8>()),
        ),
    )
        .prop_map(
            |(
                (kind, name, insured, population),
                (scheme, base, jht, jp),
                (risk_class, funding, sector, account_code, oldest_age),
            )| Category {
                id: CategoryId::fresh(),
                kind,
                name,
                insured,
                population,
                scheme,
                base: Rupiah::from_decimal(base),
                jht,
                jp,
                risk_class,
                funding,
                sector,
                account_code,
                oldest_age,
            },
        );
    let wild_budget =
        proptest::collection::vec(proptest::option::of(any_decimal()), 4).prop_map(|v| {
            let r = |i: usize| v.get(i).copied().flatten().map(Rupiah::from_decimal);
            BudgetInputs {
                alokasi_dana_desa: r(0),
                belanja: r(1),
                bengkok: r(2),
                siltap: r(3),
            }
        });
    (
        "\\PC{0,100}",
        (
            prop_oneof![2015i32..=2040, any::<i32>()],
            any::<u8>(),
            any::<u8>(),
        ),
        wild_budget,
        prop_oneof![any_decimal(), death_rate()],
        any::<bool>(),
        proptest::collection::vec(wild_category, 0..=34),
        proptest::option::of(any::<i32>()),
    )
        .prop_map(
            |(
                village,
                (year, first_month, months),
                budget,
                death_rate_per_mille,
                apply_adjustment,
                categories,
                insured_since,
            )| Plan {
                village,
                period: BudgetPeriod {
                    year,
                    first_month,
                    months,
                },
                budget,
                death_rate_per_mille,
                apply_adjustment,
                categories,
                insured_since,
                place: None,
            },
        )
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

fn outcome(plan: &Plan) -> Outcome {
    match calculate(plan) {
        Ok(o) => o,
        Err(e) => panic!("a valid plan was rejected with {e:?}: {plan:?}"),
    }
}

fn is_whole(r: Rupiah) -> bool {
    r.amount().fract().is_zero()
}

fn rp(n: i64) -> Rupiah {
    Rupiah::from_whole(n)
}

fn add(a: ByProgram, b: ByProgram) -> ByProgram {
    let mut out = a;
    for (slot, more) in out.0.iter_mut().zip(b.0) {
        slot.payer = slot.payer + more.payer;
        slot.worker = slot.worker + more.worker;
    }
    out
}

fn sum_programs<'a>(items: impl IntoIterator<Item = &'a ByProgram>) -> ByProgram {
    items
        .into_iter()
        .fold(ByProgram::default(), |acc, p| add(acc, *p))
}

/// Each program's payer and worker amounts, named, for messages.
fn parts(p: &ByProgram) -> impl Iterator<Item = (String, Rupiah)> + '_ {
    Program::ALL.into_iter().flat_map(move |prog| {
        let s = p.get(prog);
        [
            (format!("{} payer", prog.abbr()), s.payer),
            (format!("{} worker", prog.abbr()), s.worker),
        ]
    })
}

fn with_period(plan: &Plan, first_month: u8, months: u8) -> Plan {
    Plan {
        period: BudgetPeriod {
            year: plan.period.year,
            first_month,
            months,
        },
        ..plan.clone()
    }
}

fn month_strategy() -> impl Strategy<Value = YearMonth> {
    (2020i32..=2035, 1u8..=12).prop_map(|(y, m)| YearMonth::new(y, m))
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

proptest! {
    /// `calculate` never panics: every valid plan is costed.
    #[test]
    fn calculate_costs_every_valid_plan(plan in valid_plan()) {
        prop_assert_eq!(plan.check(), Ok(()));
        let result = calculate(&plan);
        prop_assert!(result.is_ok(), "valid plan rejected: {:?}", result.err());
    }

    /// `calculate` never panics: a plan broken in one way gives exactly that error.
    #[test]
    fn calculate_rejects_every_invalid_plan_with_its_first_problem(
        plan in valid_plan(),
        breakage in breakage(),
    ) {
        let mut plan = plan;
        let expected = break_plan(&mut plan, breakage);
        prop_assert_eq!(calculate(&plan).err(), Some(expected));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// `calculate` never panics on any plan at all; it is Ok exactly when the plan checks.
    #[test]
    fn calculate_never_panics_on_any_plan(plan in wild_plan()) {
        let checked = plan.check();
        let result = calculate(&plan);
        prop_assert_eq!(result.as_ref().err().copied(), checked.err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Doubling every category's head count doubles each category's cost, per month and over
    /// the period, for every program, payer and worker, and doubles the totals.
    #[test]
    fn cost_is_linear_in_head_count(
        plan in plan_with(proptest::collection::vec(category_with(0u32..=MAX_COUNT / 2), 0..=12)),
    ) {
        let mut doubled = plan.clone();
        for c in &mut doubled.categories {
            c.insured *= 2;
        }
        let one = outcome(&plan);
        let two = outcome(&doubled);
        let twice = |p: &ByProgram| add(*p, *p);
        for (i, (a, b)) in one.categories.iter().zip(&two.categories).enumerate() {
            prop_assert_eq!(twice(&a.cost.period), b.cost.period, "category {} period", i);
            for (ma, mb) in a.cost.months.iter().zip(&b.cost.months) {
                prop_assert_eq!(twice(&ma.programs), mb.programs, "category {} {:?}", i, ma.month);
            }
            prop_assert_eq!(&a.cost.per_person, &b.cost.per_person, "category {} per person", i);
            prop_assert_eq!(
                a.cost.adjustment_saving.times(2), b.cost.adjustment_saving, "category {} saving", i
            );
        }
        prop_assert_eq!(twice(&one.sums.period), two.sums.period);
        prop_assert_eq!(twice(&one.sums.first_month), two.sums.first_month);
    }

    /// One category, any head count: n people cost n times one person, program by program.
    #[test]
    fn cost_is_n_times_one_person(
        c in category_with(0u32..=MAX_COUNT),
        period in period(),
        switch in any::<bool>(),
    ) {
        let n = c.insured;
        let laws = RateTable::official().period(&period);
        let one = category_cost(&Category { insured: 1, ..c.clone() }, &laws, switch);
        let all = category_cost(&c, &laws, switch);
        for ((name, one), (_, all)) in parts(&one.period).zip(parts(&all.period)) {
            prop_assert_eq!(one.times(n), all, "{} over the period", name);
        }
    }

    /// A period's cost is the sum of its months, each costed as a one-month period.
    #[test]
    fn period_cost_is_the_sum_of_its_months_costed_one_by_one(plan in valid_plan()) {
        let whole = outcome(&plan);
        let months: Vec<Outcome> = (0..plan.period.months)
            .map(|k| outcome(&with_period(&plan, plan.period.first_month + k, 1)))
            .collect();
        prop_assert_eq!(sum_programs(months.iter().map(|o| &o.sums.period)), whole.sums.period);
        prop_assert_eq!(months.first().map(|o| o.sums.period), Some(whole.sums.first_month));
        for i in 0..plan.categories.len() {
            let by_month = sum_programs(months.iter().map(|o| &o.categories[i].cost.period));
            prop_assert_eq!(by_month, whole.categories[i].cost.period, "category {}", i);
            let saving: Rupiah =
                months.iter().map(|o| o.categories[i].cost.adjustment_saving).sum();
            prop_assert_eq!(
                saving, whole.categories[i].cost.adjustment_saving, "category {} saving", i
            );
        }
        let saving: Rupiah = months.iter().map(|o| o.sums.adjustment_saving).sum();
        prop_assert_eq!(saving, whole.sums.adjustment_saving);
    }

    /// Consecutive sub-periods add up to the period that holds them both.
    #[test]
    fn consecutive_sub_periods_add_up(plan in valid_plan(), split in any::<Index>()) {
        prop_assume!(plan.period.months >= 2);
        let first = plan.period.first_month;
        let k = 1 + u8::try_from(split.index(usize::from(plan.period.months - 1))).unwrap_or(0);
        let whole = outcome(&plan);
        let head = outcome(&with_period(&plan, first, k));
        let tail = outcome(&with_period(&plan, first + k, plan.period.months - k));
        prop_assert_eq!(add(head.sums.period, tail.sums.period), whole.sums.period);
        prop_assert_eq!(head.sums.adjustment_saving + tail.sums.adjustment_saving, whole.sums.adjustment_saving);
        for (i, c) in whole.categories.iter().enumerate() {
            prop_assert_eq!(
                add(head.categories[i].cost.period, tail.categories[i].cost.period),
                c.cost.period,
                "category {}", i
            );
        }
    }
}

proptest! {
    /// Payer + worker = total everywhere; totals are sums of categories; the funding sources
    /// share out exactly the payer's total; the worker's share is the workers' total.
    #[test]
    fn shares_and_totals_add_up(plan in valid_plan()) {
        let o = outcome(&plan);
        let check_split_sums = |what: &str, p: &ByProgram| -> Result<(), TestCaseError> {
            let t = p.total();
            prop_assert_eq!(t.payer + t.worker, t.total(), "{} total", what);
            let payer: Rupiah = Program::ALL.iter().map(|&g| p.get(g).payer).sum();
            let worker: Rupiah = Program::ALL.iter().map(|&g| p.get(g).worker).sum();
            prop_assert_eq!(payer, t.payer, "{} payer over programs", what);
            prop_assert_eq!(worker, t.worker, "{} worker over programs", what);
            for g in Program::ALL {
                let s = p.get(g);
                prop_assert_eq!(s.payer + s.worker, s.total(), "{} {}", what, g.abbr());
            }
            Ok(())
        };
        for (i, c) in o.categories.iter().enumerate() {
            check_split_sums(&format!("category {i} period"), &c.cost.period)?;
            check_split_sums(&format!("category {i} per person"), &c.cost.per_person.programs)?;
            prop_assert_eq!(
                sum_programs(c.cost.months.iter().map(|m| &m.programs)),
                c.cost.period,
                "category {} months", i
            );
            prop_assert_eq!(c.cost.months.len(), usize::from(plan.period.months));
            prop_assert_eq!(
                c.cost.months.first().map(|m| m.programs),
                Some(times_people(&c.cost.per_person.programs, c.cost.people)),
                "category {} first month is per person × people", i
            );
        }
        check_split_sums("period", &o.sums.period)?;
        check_split_sums("first month", &o.sums.first_month)?;
        prop_assert_eq!(sum_programs(o.categories.iter().map(|c| &c.cost.period)), o.sums.period);
        let first: Vec<ByProgram> = o
            .categories
            .iter()
            .filter_map(|c| c.cost.months.first().map(|m| m.programs))
            .collect();
        prop_assert_eq!(sum_programs(&first), o.sums.first_month);
        prop_assert_eq!(o.total_period(), o.sums.period.total().total());
        prop_assert_eq!(o.total_monthly(), o.sums.first_month.total().total());

        let b = &o.sums.budget;
        let by_source: Rupiah = b.by_source.iter().map(|(_, amount)| *amount).sum();
        prop_assert_eq!(by_source, o.sums.period.total().payer);
        prop_assert_eq!(b.worker_share, o.sums.period.total().worker);
        for source in FundingSource::ALL {
            let expected: Rupiah = plan
                .categories
                .iter()
                .zip(&o.categories)
                .filter(|(c, _)| c.funding == source)
                .map(|(_, co)| co.cost.period.total().payer)
                .sum();
            prop_assert_eq!(b.by_source[source], expected, "source {:?}", source);
        }
        prop_assert_eq!(b.charged_to_add, b.by_source[FundingSource::Add]);
        let apbdes: Rupiah = b
            .by_source
            .iter()
            .filter(|(source, _)| source.is_apbdes())
            .map(|(_, amount)| *amount)
            .sum();
        prop_assert_eq!(b.apbdes_total, apbdes);
        if let Some(add) = plan.budget.alokasi_dana_desa {
            prop_assert_eq!(b.add_remaining, Some(add - b.charged_to_add));
        }
        let saving: Rupiah = o.categories.iter().map(|c| c.cost.adjustment_saving).sum();
        prop_assert_eq!(saving, o.sums.adjustment_saving);
    }

    /// A BPU person with JKK + JKM only never costs less than Rp16,800 a month with the
    /// PP 50/2025 switch off, nor less than Rp8,400 with it on, whatever the income, month,
    /// sector or funding source.
    #[test]
    fn bpu_person_never_costs_less_than_the_floor(
        c in category(),
        month in month_strategy(),
        switch in any::<bool>(),
    ) {
        let c = Category { scheme: Scheme::Bpu, jht: false, ..c };
        let floor = if switch { rp(8_400) } else { rp(16_800) };
        let pm = person_month(&c, &Law::official(month), switch);
        let total = pm.programs.total().total();
        prop_assert!(total >= floor, "{:?} in {:?} costs {:?}", c.base, month, total);
        prop_assert_eq!(pm.programs.get(Program::Jht).total(), Rupiah::ZERO);
        prop_assert_eq!(pm.programs.get(Program::Jp).total(), Rupiah::ZERO);
        if !switch {
            prop_assert!(!pm.adjusted);
        }
    }

    /// JP never charges more than 2 % + 1 % of the cap in force (each rounded) for one person
    /// in a month, and exactly that once the wage reaches the cap.
    #[test]
    fn jp_never_exceeds_three_percent_of_the_cap(
        c in category(),
        month in month_strategy(),
        switch in any::<bool>(),
    ) {
        let c = Category { jp: true, ..c };
        let cap = Law::official(month).amount(RateKey::JpWageCap);
        let payer_max = cap.times_rate(dec!(0.02)).round_rupiah();
        let worker_max = cap.times_rate(dec!(0.01)).round_rupiah();
        let jp = person_month(&c, &Law::official(month), switch).programs.get(Program::Jp);
        prop_assert!(jp.payer <= payer_max, "payer {:?} over {:?}", jp.payer, payer_max);
        prop_assert!(jp.worker <= worker_max, "worker {:?} over {:?}", jp.worker, worker_max);
        prop_assert!(jp.total() <= payer_max + worker_max);
        if c.scheme == Scheme::Bpu {
            prop_assert_eq!(jp.total(), Rupiah::ZERO);
        } else if c.base >= cap {
            prop_assert_eq!((jp.payer, jp.worker), (payer_max, worker_max));
        }
    }

    /// Premiums never decrease as the wage or declared income rises, program by program,
    /// payer and worker, per person per month.
    #[test]
    fn premium_never_decreases_as_the_base_rises(
        c in category(),
        a in amount(),
        b in amount(),
        month in month_strategy(),
        switch in any::<bool>(),
    ) {
        let (low, high) = (a.min(b), a.max(b));
        let lo = person_month(&Category { base: low, ..c.clone() }, &Law::official(month), switch);
        let hi = person_month(&Category { base: high, ..c }, &Law::official(month), switch);
        for ((name, l), (_, h)) in parts(&lo.programs).zip(parts(&hi.programs)) {
            prop_assert!(l <= h, "{} at {:?}: {:?} > {:?} at {:?}", name, low, l, h, high);
        }
    }

    /// Every premium amount in the outcome is a whole number of rupiah and not negative;
    /// figures echoing the user's amounts are whole when those are; nothing but the ADD
    /// remainder is ever negative.
    #[test]
    fn every_amount_is_whole_rupiah_and_not_negative(plan in valid_plan()) {
        let o = outcome(&plan);
        let mut premiums: Vec<(String, Rupiah)> = Vec::new();
        let mut echoes: Vec<(String, Rupiah)> = Vec::new();
        let mut estimates: Vec<(String, Rupiah)> = Vec::new();
        fn named(list: &mut Vec<(String, Rupiah)>, what: String, p: &ByProgram) {
            list.extend(parts(p).map(|(n, r)| (format!("{what} {n}"), r)));
        }
        named(&mut premiums, "period".into(), &o.sums.period);
        named(&mut premiums, "first month".into(), &o.sums.first_month);
        for (i, c) in o.categories.iter().enumerate() {
            named(&mut premiums, format!("cat {i} period"), &c.cost.period);
            named(&mut premiums, format!("cat {i} per person"), &c.cost.per_person.programs);
            for m in &c.cost.months {
                named(&mut premiums, format!("cat {i} {:?}", m.month), &m.programs);
            }
            premiums.push((format!("cat {i} saving"), c.cost.adjustment_saving));
            premiums.push((format!("cat {i} person saving"), c.cost.per_person.adjustment_saving));
            echoes.push((format!("cat {i} base"), c.cost.per_person.base));
            if let Some(jp) = c.cost.per_person.jp_base {
                echoes.push((format!("cat {i} jp base"), jp));
            }
            let bf = &c.benefits;
            for (n, r) in [
                ("wage", bf.wage),
                ("jkm lump sum", bf.jkm_lump_sum),
                ("periodic", bf.periodic),
                ("funeral", bf.funeral),
                ("jkm death", bf.jkm_death),
                ("jkk death lump sum", bf.jkk_death_lump_sum),
                ("jkk death", bf.jkk_death),
                ("total disability", bf.total_disability),
                ("temporary first year", bf.temporary_first_year),
                ("temporary after", bf.temporary_after),
                ("scholarship per child", bf.scholarship_per_child),
                ("scholarship max", bf.scholarship_max),
            ] {
                echoes.push((format!("cat {i} benefit {n}"), r));
            }
        }
        premiums.push(("saving".into(), o.sums.adjustment_saving));
        let b = &o.sums.budget;
        for (source, amount) in b.by_source.iter() {
            premiums.push((format!("source {source:?}"), *amount));
        }
        premiums.push(("worker share".into(), b.worker_share));
        premiums.push(("charged to ADD".into(), b.charged_to_add));
        premiums.push(("APBDes total".into(), b.apbdes_total));
        if let Some(t) = b.thirty_percent {
            premiums.push(("30% premiums".into(), t.premiums));
            echoes.push(("30% base".into(), t.base));
            echoes.push(("30% siltap".into(), t.siltap));
            echoes.push(("30% used".into(), t.used));
            estimates.push(("30% limit".into(), t.limit));
        }
        for c in &o.cautions {
            match c {
                Caution::AdjustmentPossible { saving } | Caution::AdjustmentApplied { saving } => {
                    premiums.push((format!("{c:?}"), *saving));
                }
                Caution::ExceedsAdd { over } => {
                    prop_assert!(*over > Rupiah::ZERO, "{:?}", c);
                    echoes.push((format!("{c:?}"), *over));
                }
                _ => {}
            }
        }
        let g = &o.sums.group;
        echoes.push(("sum assured JKM".into(), g.sum_assured_jkm));
        echoes.push(("sum assured JKK death".into(), g.sum_assured_jkk_death));
        estimates.push(("expected payout a year".into(), g.expected_payout_per_year));
        estimates.push(("expected payout over the period".into(), g.expected_payout_period));

        for (what, r) in &premiums {
            prop_assert!(is_whole(*r), "{} = {:?} is not whole rupiah", what, r);
        }
        let inputs_whole = plan.categories.iter().all(|c| is_whole(c.base))
            && [
                plan.budget.alokasi_dana_desa,
                plan.budget.belanja,
                plan.budget.bengkok,
                plan.budget.siltap,
            ]
                .into_iter()
                .flatten()
                .all(is_whole);
        if inputs_whole {
            for (what, r) in &echoes {
                prop_assert!(is_whole(*r), "{} = {:?} is not whole rupiah", what, r);
            }
            if let Some(rest) = b.add_remaining {
                prop_assert!(is_whole(rest), "ADD remaining {:?}", rest);
            }
        }
        for (what, r) in premiums.iter().chain(&echoes).chain(&estimates) {
            prop_assert!(!r.is_negative(), "{} = {:?} is negative", what, r);
        }
    }

    /// The chance over the 8-year term is at least the chance this year, both in [0, 1].
    #[test]
    fn chance_over_the_term_is_at_least_the_chance_this_year(plan in valid_plan()) {
        let g = outcome(&plan).sums.group;
        let unit = Decimal::ZERO..=Decimal::ONE;
        prop_assert!(unit.contains(&g.chance_this_year), "this year {}", g.chance_this_year);
        prop_assert!(unit.contains(&g.chance_over_term), "over the term {}", g.chance_over_term);
        prop_assert!(g.chance_over_term >= g.chance_this_year,
            "term {} < year {}", g.chance_over_term, g.chance_this_year);
    }

    /// The same for the bare formula, at any rate in [0, 1] and any group size.
    #[test]
    fn chance_of_at_least_one_grows_with_years_and_stays_a_probability(
        rate in prop_oneof![
            (0i64..=1_000_000_000).prop_map(|n| Decimal::new(n, 9)),
            (0i64..=i64::MAX, 19u32..=28).prop_map(|(n, s)| Decimal::new(n, s).min(Decimal::ONE)),
        ],
        people in prop_oneof![0u64..=1_000, 0u64..=u64::from(u32::MAX) * 40],
        years in 1u32..=40,
    ) {
        let one = chance_of_at_least_one(rate, people, 1);
        let more = chance_of_at_least_one(rate, people, years);
        let unit = Decimal::ZERO..=Decimal::ONE;
        prop_assert!(unit.contains(&one), "{}", one);
        prop_assert!(unit.contains(&more), "{}", more);
        prop_assert!(more >= one, "{} years {} < 1 year {}", years, more, one);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Adding a category, anywhere in the list, never lowers any total.
    #[test]
    fn adding_a_category_never_lowers_any_total(
        plan in valid_plan(),
        extra in category(),
        at in any::<Index>(),
    ) {
        let before = outcome(&plan);
        let mut bigger = plan.clone();
        bigger.categories.insert(at.index(plan.categories.len() + 1), extra);
        let after = outcome(&bigger);
        let (bg, ag) = (&before.sums.group, &after.sums.group);
        let pairs = [
            ("monthly", before.total_monthly(), after.total_monthly()),
            ("period", before.total_period(), after.total_period()),
            ("period payer", before.sums.period.total().payer, after.sums.period.total().payer),
            ("period worker", before.sums.period.total().worker, after.sums.period.total().worker),
            ("monthly payer", before.sums.first_month.total().payer, after.sums.first_month.total().payer),
            ("monthly worker", before.sums.first_month.total().worker, after.sums.first_month.total().worker),
            ("charged to ADD", before.sums.budget.charged_to_add, after.sums.budget.charged_to_add),
            ("APBDes total", before.sums.budget.apbdes_total, after.sums.budget.apbdes_total),
            ("worker share", before.sums.budget.worker_share, after.sums.budget.worker_share),
            ("expected payout a year", bg.expected_payout_per_year, ag.expected_payout_per_year),
            ("expected payout period", bg.expected_payout_period, ag.expected_payout_period),
            ("sum assured JKM", bg.sum_assured_jkm, ag.sum_assured_jkm),
            ("sum assured JKK", bg.sum_assured_jkk_death, ag.sum_assured_jkk_death),
            ("saving", before.sums.adjustment_saving, after.sums.adjustment_saving),
        ];
        for (what, b, a) in pairs {
            prop_assert!(a >= b, "{} fell from {:?} to {:?}", what, b, a);
        }
        for g in Program::ALL {
            let (b, a) = (before.sums.period.get(g), after.sums.period.get(g));
            prop_assert!(a.payer >= b.payer && a.worker >= b.worker, "{} fell", g.abbr());
        }
        for source in FundingSource::ALL {
            let (b, a) = (before.sums.budget.by_source[source], after.sums.budget.by_source[source]);
            prop_assert!(a >= b, "source {:?} fell", source);
        }
        prop_assert!(after.sums.group.protected >= before.sums.group.protected);
        prop_assert!(after.sums.group.chance_this_year >= before.sums.group.chance_this_year);
        prop_assert!(after.sums.group.chance_over_term >= before.sums.group.chance_over_term);
    }
}

/// `ByProgram × people`, for the check that a month is one person's cost times the head count.
fn times_people(p: &ByProgram, n: u32) -> ByProgram {
    let mut out = *p;
    for s in &mut out.0 {
        s.payer = s.payer.times(n);
        s.worker = s.worker.times(n);
    }
    out
}

//! Property tests of the rekap core: the villages CSV never panics; for random policies, rows
//! and villages' own plans, a village's rekap figures equal `calculate()` of the plan the
//! rekap says it used, that plan takes only policy from the policy, and every total
//! (kecamatan, kabupaten) is the sum of its rows.
#![cfg(not(target_arch = "wasm32"))]

use kalkulator::calc::budget::BudgetInputs;
use kalkulator::calc::category::{ByKind, BySource, Category, CategoryKind, FundingSource, Scheme};
use kalkulator::calc::money::Rupiah;
use kalkulator::calc::period::BudgetPeriod;
use kalkulator::calc::rates::{RiskClass, Sector};
use kalkulator::calc::rekap::ahead::{rekap_again_ahead, rekap_ahead, CostedAhead};
use kalkulator::calc::rekap::policy::village_plan;
use kalkulator::calc::rekap::summary::{
    rekap, rekap_again, Rekap, Totals, VillageFigures, DEFAULT_ADD_THRESHOLD,
};
use kalkulator::calc::rekap::village::{counts_in_columns, VillageRow};
use kalkulator::calc::{calculate, Plan};
use kalkulator::codec::villages_csv;
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

proptest! {
    #[test]
    fn any_text_never_panics(text in ".{0,400}") {
        let _ = villages_csv::parse(&text);
    }

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = villages_csv::parse_bytes(&bytes);
    }

    #[test]
    fn csv_like_text_never_panics(
        cells in proptest::collection::vec(select(vec!["1", "\"", ";", ",", "\r\n", "\n", "3l8", "1.000", "-5", "kode desa;nama desa;kecamatan;ADD\n", "x"]), 0..80)
    ) {
        let _ = villages_csv::parse(&cells.concat());
    }

    #[test]
    fn village_figures_equal_calculate(
        counts in proptest::array::uniform9(0u32..5_000),
        add in proptest::option::of(0i64..5_000_000_000),
        belanja in proptest::option::of(0i64..10_000_000_000),
        year in 2024i32..2028,
        bpu in any::<bool>(),
        jht in any::<bool>(),
        source in select(FundingSource::ALL.to_vec()),
    ) {
        let mut policy = Plan::for_year(year);
        for c in &mut policy.categories {
            c.jht = jht;
            c.funding = source;
            if bpu { c.scheme = Scheme::Bpu; c.base = Rupiah::from_whole(1_000_000); }
        }
        let row = VillageRow {
            row: 2, kode: "1".into(), nama: "A".into(), kecamatan: "K".into(),
            add: add.map(Rupiah::from_whole), counts: counts_in_columns(counts),
            belanja: belanja.map(Rupiah::from_whole), siltap: None,
            bases: ByKind::default(), funding: ByKind::default(), has_problems: false,
        };
        let r = rekap(&policy, &[row.clone(), row], Vec::new(), DEFAULT_ADD_THRESHOLD);
        for v in &r.villages {
            let o = calculate(&v.plan());
            prop_assert!(o.is_ok());
            if let Ok(o) = o {
                prop_assert_eq!(v.period, o.sums.period);
                prop_assert_eq!(v.monthly, o.sums.first_month);
                prop_assert_eq!(&v.budget, &o.sums.budget);
                prop_assert_eq!(&v.group, &o.sums.group);
            }
        }
        prop_assert_eq!(r.total.period, r.villages[0].period.total().total() + r.villages[1].period.total().total());
    }
}

// ---------------------------------------------------------------------------------------
// Random policies, rows and own plans (issue 21): each village's figures are `calculate()`
// of the plan the rekap says it used, that plan is the policy's with the row's own figures,
// and every total is the sum of its rows.
// ---------------------------------------------------------------------------------------

fn amount() -> impl Strategy<Value = Rupiah> {
    prop_oneof![
        3 => (0i64..=20_000_000).prop_map(Rupiah::from_whole),
        1 => (0i64..=1_000_000_000_000).prop_map(Rupiah::from_whole),
        1 => (0i64..=2_000_000_000).prop_map(|sen| Rupiah::from_decimal(Decimal::new(sen, 2))),
    ]
}

fn budget() -> impl Strategy<Value = BudgetInputs> {
    proptest::array::uniform4(proptest::option::of(amount())).prop_map(|[a, b, k, s]| {
        BudgetInputs {
            alokasi_dana_desa: a,
            belanja: b,
            bengkok: k,
            siltap: s,
        }
    })
}

fn category() -> impl Strategy<Value = Category> {
    (
        (
            select(CategoryKind::ALL.to_vec()),
            "[A-Za-z ]{0,10}",
            0u32..3_000,
        ),
        (proptest::option::of(0u32..5_000), any::<bool>(), amount()),
        (
            any::<bool>(),
            any::<bool>(),
            select(RiskClass::ALL.to_vec()),
        ),
        (
            select(FundingSource::ALL.to_vec()),
            select(Sector::ALL.to_vec()),
            proptest::option::of(15u8..=120),
        ),
    )
        .prop_map(
            |(
                (kind, name, insured),
                (population, pu, base),
                (jht, jp, risk),
                (funding, sector, age),
            )| {
                let mut c = Category::new(kind, insured);
                c.name = name;
                c.population = population;
                c.scheme = if pu { Scheme::Pu } else { Scheme::Bpu };
                c.base = base;
                c.jht = jht;
                c.jp = jp;
                c.risk_class = risk;
                c.funding = funding;
                c.sector = sector;
                c.oldest_age = age;
                c
            },
        )
}

fn period() -> impl Strategy<Value = BudgetPeriod> {
    (2024i32..=2028, 1u8..=12).prop_flat_map(|(year, first_month)| {
        (1u8..=13 - first_month).prop_map(move |months| BudgetPeriod {
            year,
            first_month,
            months,
        })
    })
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        "[A-Za-z ]{0,12}",
        period(),
        budget(),
        (0i64..=100_000).prop_map(|n| Decimal::new(n, 4)),
        any::<bool>(),
        proptest::collection::vec(category(), 0..10),
        proptest::option::of(1990i32..=2030),
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

fn row() -> impl Strategy<Value = VillageRow> {
    (
        (
            prop_oneof![3 => "[A-Za-z ]{1,12}", 1 => "[a-z]{81,90}"],
            select(vec!["A", "B", "Kecamatan C"]),
        ),
        proptest::array::uniform9(0u32..3_000),
        proptest::array::uniform3(proptest::option::of(amount())),
        proptest::array::uniform9(proptest::option::of(amount())),
        proptest::array::uniform9(proptest::option::of(select(FundingSource::ALL.to_vec()))),
        any::<bool>(),
    )
        .prop_map(
            |((nama, kecamatan), counts, [add, belanja, siltap], bases, funding, has_problems)| {
                VillageRow {
                    row: 2,
                    kode: nama.clone(),
                    nama,
                    kecamatan: kecamatan.into(),
                    add,
                    counts: counts_in_columns(counts),
                    belanja,
                    siltap,
                    bases: in_columns(bases),
                    funding: in_columns(funding),
                    has_problems,
                }
            },
        )
}

/// Per-kind values given in the spreadsheet's column order.
fn in_columns<T: Copy + Default>(values: [T; 9]) -> ByKind<T> {
    let mut out = ByKind::default();
    for (kind, v) in CategoryKind::IN_SPREADSHEET.into_iter().zip(values) {
        out[kind] = v;
    }
    out
}

/// The sums of `villages`, added up here field by field (not with `Totals::add`).
fn sum(villages: &[&VillageFigures]) -> Totals {
    let mut people = ByKind::<u64>::default();
    let mut by_source = BySource::<Rupiah>::default();
    for v in villages {
        for kind in CategoryKind::ALL {
            people[kind] += u64::from(v.people[kind]);
        }
        for source in FundingSource::ALL {
            by_source[source] = by_source[source] + v.budget.by_source[source];
        }
    }
    let money = |f: &dyn Fn(&VillageFigures) -> Rupiah| villages.iter().map(|v| f(v)).sum();
    Totals {
        villages: villages.len(),
        people,
        monthly: money(&|v| v.monthly.total().total()),
        period: money(&|v| v.period.total().total()),
        payer: money(&|v| v.period.total().payer),
        worker: money(&|v| v.period.total().worker),
        by_source,
        alokasi_dana_desa: money(&|v| v.alokasi_dana_desa().unwrap_or(Rupiah::ZERO)),
        charged_to_add: money(&|v| v.budget.charged_to_add),
        expected_deaths_per_year: villages
            .iter()
            .map(|v| v.group.expected_deaths_per_year)
            .sum(),
        expected_payout_per_year: money(&|v| v.group.expected_payout_per_year),
        protected_where_known: villages
            .iter()
            .map(|v| u64::from(v.group.protected_where_known))
            .sum(),
        population: villages
            .iter()
            .map(|v| u64::from(v.group.population.unwrap_or(0)))
            .sum(),
        flagged: villages
            .iter()
            .filter(|v| {
                let f = v.flags;
                f.over_thirty_percent
                    || f.above_add_threshold
                    || f.dana_desa_for_officials
                    || f.no_one_insured
                    || f.has_problems
            })
            .count(),
    }
}

/// Each village equals `calculate()` of its plan, and counts every person of that plan.
fn check_village(v: &VillageFigures) -> Result<(), TestCaseError> {
    let o = calculate(&v.plan());
    prop_assert!(o.is_ok(), "{:?}", o.err());
    if let Ok(o) = o {
        prop_assert_eq!(v.period, o.sums.period);
        prop_assert_eq!(v.monthly, o.sums.first_month);
        prop_assert_eq!(&v.budget, &o.sums.budget);
        prop_assert_eq!(&v.group, &o.sums.group);
    }
    let mut people = ByKind::<u32>::default();
    for c in &v.plan().categories {
        people[c.kind] += c.insured;
    }
    prop_assert_eq!(v.people, people);
    prop_assert_eq!(v.flags.no_one_insured, people.iter().all(|(_, &n)| n == 0));
    prop_assert_eq!(
        v.flags.over_thirty_percent,
        v.budget.thirty_percent.is_some_and(|c| !c.within)
    );
    Ok(())
}

fn check_totals(r: &Rekap) -> Result<(), TestCaseError> {
    let all: Vec<&VillageFigures> = r.villages.iter().collect();
    prop_assert_eq!(&r.total, &sum(&all));
    let mut names: Vec<&str> = r
        .villages
        .iter()
        .map(|v| v.village.kecamatan.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    let listed: Vec<&str> = r.kecamatan.iter().map(|(n, _)| n.as_str()).collect();
    prop_assert_eq!(listed, names);
    for (name, totals) in &r.kecamatan {
        let of: Vec<&VillageFigures> = all
            .iter()
            .copied()
            .filter(|v| v.village.kecamatan == *name)
            .collect();
        prop_assert_eq!(totals, &sum(&of));
    }
    Ok(())
}

proptest! {
    #[test]
    fn random_policies_rows_and_plans_add_up(
        policy in plan(),
        rows in proptest::collection::vec(row(), 0..6),
        own in proptest::collection::vec((row(), plan()), 0..3),
        threshold in (0i64..=100).prop_map(|n| Decimal::new(n, 2)),
    ) {
        let own: Vec<(VillageRow, Plan)> = own;
        let r = rekap(&policy, &rows, own.clone(), threshold);
        prop_assert_eq!(r.villages.len(), rows.len() + own.len());
        for (v, row) in r.villages.iter().zip(&rows) {
            // The plan the rekap used is the policy's with this row's figures, nothing of the
            // policy village's own (bengkok, populations, ages, first year insured).
            prop_assert_eq!(&v.plan(), &village_plan(&policy, row));
            prop_assert_eq!(v.plan().budget.bengkok, None);
            prop_assert_eq!(v.alokasi_dana_desa(), row.add);
            prop_assert_eq!(v.plan().insured_since, None);
            prop_assert!(v.plan().categories.iter().all(|c| c.population.is_none() && c.oldest_age.is_none()));
            prop_assert_eq!(v.plan().period, policy.period);
            check_village(v)?;
        }
        for (v, (_, plan)) in r.villages[rows.len()..].iter().zip(&own) {
            prop_assert_eq!(&v.plan(), plan);
            check_village(v)?;
        }
        check_totals(&r)?;
    }
}

proptest! {
    // The rekap the page keeps after a typed cell or a new threshold (only the villages that
    // changed costed again) is the rekap made from nothing. Up to 40 rows, so that a few
    // changed villages move the totals by themselves (no sum over all) as well.
    #[test]
    fn a_rekap_made_again_from_the_last_equals_one_made_from_nothing(
        policy in plan(),
        rows in proptest::collection::vec(row(), 0..40),
        own in proptest::collection::vec((row(), plan()), 0..3),
        changed in proptest::collection::vec((0usize..43, row()), 0..3),
        add in proptest::collection::vec((0usize..43, proptest::option::of(amount())), 0..3),
        extra in proptest::option::of(row()),
        threshold in (0i64..=100).prop_map(|n| Decimal::new(n, 2)),
        before in (0i64..=100).prop_map(|n| Decimal::new(n, 2)),
    ) {
        let own: Vec<(VillageRow, Plan)> = own;
        let old = rekap(&policy, &rows, own.clone(), before);
        let mut new_rows = rows.clone();
        let mut new_own = own.clone();
        for (i, r) in changed {
            match new_rows.get_mut(i) {
                Some(slot) => *slot = r,
                None => if let Some((slot, _)) = new_own.get_mut(i - rows.len().min(i)) { *slot = r },
            }
        }
        for (i, a) in add {
            if let Some(r) = new_rows.get_mut(i) { r.add = a; }
        }
        new_rows.extend(extra);
        let again = rekap_again(old, rows.len(), &policy, &new_rows, &new_own, threshold);
        prop_assert_eq!(again, rekap(&policy, &new_rows, new_own, threshold));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Rows costed ahead (issue 22), any part of the rows, under this policy or another, with
    /// rows typed over since: the rekap that takes them, from nothing or made again with a
    /// file added, equals one made from nothing.
    #[test]
    fn a_rekap_of_rows_costed_ahead_equals_one_made_from_nothing(
        policy in plan(),
        other in plan(),
        same_policy in any::<bool>(),
        rows in proptest::collection::vec(row(), 0..30),
        from in 0usize..30,
        len in 0usize..30,
        retyped in proptest::collection::vec((0usize..30, row()), 0..3),
        threshold in (0i64..=100).prop_map(|n| Decimal::new(n, 2)),
        made_again in any::<bool>(),
    ) {
        let start = from.min(rows.len());
        let end = (from + len).min(rows.len());
        let mut ahead = CostedAhead::default();
        ahead.cost(if same_policy { &policy } else { &other }, &rows[start..end]);
        let mut new_rows = rows.clone();
        for (i, r) in retyped {
            if let Some(slot) = new_rows.get_mut(i) { *slot = r; }
        }
        let taken = if made_again {
            // The rekap before the file of rows start.. joined.
            let old = rekap(&policy, &new_rows[..start], Vec::new(), threshold);
            rekap_again_ahead(old, start, &policy, &new_rows, &[], threshold, &mut ahead)
        } else {
            rekap_ahead(&policy, &new_rows, Vec::new(), threshold, &mut ahead)
        };
        prop_assert!(ahead.is_empty());
        prop_assert_eq!(taken, rekap(&policy, &new_rows, Vec::new(), threshold));
    }
}

//! Planning back from a budget (issue 12): "we have RpX — how many people can we protect?"
//!
//! The cost compared with the ceiling is the payer's share of the whole plan over the months
//! covered (what the village or other payer budgets; the workers' own JHT/JP share is deducted
//! from their pay, so it is not counted). Every rule applies as in [`calculate`]: each person
//! is costed month by month and rounded per program per person per month (RULES.md §1), so a
//! category's cost is exactly its head count times one person's period cost. That makes the
//! answer exact: the largest whole number of people whose cost is within the ceiling.
//!
//! When every BPU category grows, the people are shared out in the categories' current
//! proportion by the D'Hondt rule (each next person goes to the category with the highest
//! `count ÷ (given + 1)`), so one more person never takes anyone away from a category.

use super::category::{Category, CategoryKind, Scheme};
use super::law::RateTable;
use super::money::Rupiah;
use super::outcome::calculate;
use super::plan::MAX_COUNT;
use super::plan::{Plan, PlanError};
use super::premium::category_cost;
use rust_decimal::Decimal;

/// The budget ceiling the user gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ceiling {
    /// A rupiah amount for the period.
    Amount(Rupiah),
    /// A share of the plan's ADD (a fraction: 0.05 is 5 %).
    ShareOfAdd(Decimal),
}

/// Which categories take the people that fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grow {
    /// One category, by index.
    Category(usize),
    /// Every BPU category, in its current proportion (equally when all are empty).
    AllBpu,
}

impl Grow {
    /// Pekerja rentan when the plan has them, else the first BPU category, else every BPU one.
    #[must_use]
    pub fn default_for(plan: &Plan) -> Grow {
        plan.categories
            .iter()
            .position(|c| c.kind == CategoryKind::PekerjaRentan)
            .or_else(|| plan.categories.iter().position(|c| c.scheme == Scheme::Bpu))
            .map_or(Grow::AllBpu, Grow::Category)
    }
}

/// How many people fit under a ceiling, and what is left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capacity {
    /// The ceiling in rupiah.
    pub ceiling: Rupiah,
    /// The cost of the categories that do not grow.
    pub fixed: Rupiah,
    /// New head count of each growing category: (category index, people).
    pub counts: Vec<(usize, u32)>,
    /// People in the growing categories together.
    pub people: u32,
    /// The whole plan's payer share with those counts.
    pub cost: Rupiah,
    /// Ceiling less cost.
    pub left: Rupiah,
    /// One more person would cost this much more (the cheapest next person).
    pub next_person: Option<Rupiah>,
}

/// Why no answer can be given; the UI words each per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapacityError {
    /// The plan itself cannot be costed.
    Plan(PlanError),
    /// A share of ADD was asked for, but no ADD is entered.
    NoAdd,
    /// The category to grow does not exist (or there is no BPU category).
    NoCategory,
    /// The categories that do not grow already cost more than the ceiling.
    FixedAboveCeiling {
        /// Their cost.
        fixed: Rupiah,
        /// The ceiling.
        ceiling: Rupiah,
    },
    /// The ceiling leaves room for no one.
    TooSmallForOne {
        /// What one more person costs.
        per_person: Rupiah,
        /// What is left under the ceiling.
        left: Rupiah,
    },
}

/// The people that fit under `ceiling` when the `grow` categories take them.
pub fn fit(plan: &Plan, ceiling: Ceiling, grow: Grow) -> Result<Capacity, CapacityError> {
    plan.check().map_err(CapacityError::Plan)?;
    let limit = ceiling_amount(plan, ceiling)?;
    let growing: Vec<usize> = match grow {
        Grow::Category(i) if i < plan.categories.len() => vec![i],
        Grow::Category(_) => Vec::new(),
        Grow::AllBpu => (0..plan.categories.len())
            .filter(|&i| {
                plan.categories
                    .get(i)
                    .is_some_and(|c| c.scheme == Scheme::Bpu)
            })
            .collect(),
    };
    if growing.is_empty() {
        return Err(CapacityError::NoCategory);
    }
    let mut rest = plan.clone();
    for &i in &growing {
        if let Some(c) = rest.categories.get_mut(i) {
            c.insured = 0;
        }
    }
    let fixed = payer_total(&rest)?;
    if fixed > limit {
        return Err(CapacityError::FixedAboveCeiling {
            fixed,
            ceiling: limit,
        });
    }
    let available = limit - fixed;
    let units: Vec<Rupiah> = growing
        .iter()
        .map(|&i| {
            plan.categories
                .get(i)
                .map_or(Rupiah::ZERO, |c| unit_cost(c, plan))
        })
        .collect();
    let weights: Vec<u64> = {
        let current: Vec<u64> = growing
            .iter()
            .map(|&i| plan.categories.get(i).map_or(0, |c| u64::from(c.insured)))
            .collect();
        if current.iter().all(|&w| w == 0) {
            vec![1; growing.len()]
        } else {
            current
        }
    };
    let counts = allocate(&weights, &units, available);
    let people: u32 = counts.iter().sum();
    let spent: Rupiah = counts.iter().zip(&units).map(|(&n, &u)| u.times(n)).sum();
    let left = available - spent;
    let next_person = next_pick(&weights, &counts).map(|k| units[k]);
    if people == 0 {
        if let Some(per_person) = next_person {
            return Err(CapacityError::TooSmallForOne { per_person, left });
        }
    }
    Ok(Capacity {
        ceiling: limit,
        fixed,
        counts: growing.iter().copied().zip(counts).collect(),
        people,
        cost: fixed + spent,
        left,
        next_person,
    })
}

/// The ceiling in rupiah. A share of ADD whose amount no decimal holds is an amount out of
/// range, never a panic: the page stops at 100 %, but the core takes any input.
fn ceiling_amount(plan: &Plan, ceiling: Ceiling) -> Result<Rupiah, CapacityError> {
    match ceiling {
        Ceiling::Amount(a) => Ok(a.max(Rupiah::ZERO)),
        Ceiling::ShareOfAdd(share) => {
            let add = plan.budget.alokasi_dana_desa.ok_or(CapacityError::NoAdd)?;
            add.amount()
                .checked_mul(share.max(Decimal::ZERO))
                .map(|amount| Rupiah::from_decimal(amount).round_rupiah())
                .ok_or(CapacityError::Plan(PlanError::AmountOutOfRange {
                    category: None,
                }))
        }
    }
}

/// The plan with the counts of `capacity` put in.
#[must_use]
pub fn apply(plan: &Plan, capacity: &Capacity) -> Plan {
    let mut p = plan.clone();
    for &(i, n) in &capacity.counts {
        if let Some(c) = p.categories.get_mut(i) {
            c.insured = n;
        }
    }
    p
}

fn payer_total(plan: &Plan) -> Result<Rupiah, CapacityError> {
    calculate(plan)
        .map(|o| o.sums.period.total().payer)
        .map_err(CapacityError::Plan)
}

/// One person's payer share over the plan's period, month by month with every rule.
fn unit_cost(category: &Category, plan: &Plan) -> Rupiah {
    let one = Category {
        insured: 1,
        ..category.clone()
    };
    let laws = RateTable::official().period(&plan.period);
    category_cost(&one, &laws, plan.apply_adjustment)
        .period
        .total()
        .payer
}

/// The category D'Hondt gives the next person to, among those not yet full.
fn next_pick(weights: &[u64], counts: &[u32]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for k in 0..weights.len() {
        if counts[k] >= MAX_COUNT || weights[k] == 0 {
            continue;
        }
        let better = match best {
            None => true,
            // w_k / (c_k + 1) > w_b / (c_b + 1), compared without division.
            Some(b) => {
                u128::from(weights[k]) * (u128::from(counts[b]) + 1)
                    > u128::from(weights[b]) * (u128::from(counts[k]) + 1)
            }
        };
        if better {
            best = Some(k);
        }
    }
    best
}

/// D'Hondt counts for the most people whose cost stays within `available`.
fn allocate(weights: &[u64], units: &[Rupiah], available: Rupiah) -> Vec<u32> {
    let mut counts = vec![0u32; weights.len()];
    // Whole rounds first: after m rounds D'Hondt gives exactly m × weight to each.
    let round_cost: Rupiah = weights
        .iter()
        .zip(units)
        .map(|(&w, &u)| u.times(u32::try_from(w).unwrap_or(u32::MAX)))
        .sum();
    let max_rounds = weights
        .iter()
        .filter(|&&w| w > 0)
        .map(|&w| u64::from(MAX_COUNT) / w)
        .min()
        .unwrap_or(0);
    let rounds = if round_cost > Rupiah::ZERO {
        available
            .amount()
            .checked_div(round_cost.amount())
            .map(|d| d.floor())
            .and_then(|d| u64::try_from(d).ok())
            .unwrap_or(0)
            .min(max_rounds)
    } else {
        max_rounds
    };
    let mut spent = Rupiah::ZERO;
    if rounds > 0 {
        for (c, &w) in counts.iter_mut().zip(weights) {
            *c = u32::try_from(w.saturating_mul(rounds)).unwrap_or(MAX_COUNT);
        }
        spent = counts.iter().zip(units).map(|(&n, &u)| u.times(n)).sum();
    }
    // Then one person at a time; the cost only grows, so the first that does not fit ends it.
    while let Some(k) = next_pick(weights, &counts) {
        let next = spent + units[k];
        if next > available {
            break;
        }
        spent = next;
        counts[k] += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::FundingSource;
    use rust_decimal_macros::dec;

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    fn payer(plan: &Plan) -> Rupiah {
        calculate(plan)
            .map(|o| o.sums.period.total().payer)
            .unwrap_or(rp(-1))
    }

    /// The most people by trying every count, with `calculate` itself as the judge.
    fn brute_force(plan: &Plan, grow: usize, ceiling: Rupiah) -> Option<u32> {
        let mut best = None;
        for n in 0..=2_000 {
            let mut p = plan.clone();
            p.categories[grow].insured = n;
            if payer(&p) <= ceiling {
                best = Some(n);
            } else {
                break;
            }
        }
        best
    }

    #[test]
    fn one_village_hundred_fits_in_its_twenty_million() {
        // RULES.md §1: Rp16,800 × 12 = Rp201,600 a person a year; Rp20,160,000 buys 100.
        let mut plan = Plan::default();
        for c in &mut plan.categories {
            c.insured = 0;
        }
        let grow = Grow::default_for(&plan);
        assert_eq!(grow, Grow::Category(6));
        let c = fit(&plan, Ceiling::Amount(rp(20_160_000)), grow);
        assert_eq!(c.as_ref().map(|c| c.people), Ok(100));
        assert_eq!(c.as_ref().map(|c| c.left), Ok(Rupiah::ZERO));
        let c = fit(&plan, Ceiling::Amount(rp(20_160_000 - 1)), grow);
        assert_eq!(c.as_ref().map(|c| c.people), Ok(99));
        assert_eq!(c.map(|c| c.left), Ok(rp(201_600 - 1)));
    }

    #[test]
    fn matches_brute_force_over_ceilings_months_and_rules() {
        let mut plan = Plan::default();
        plan.categories[6].jht = true;
        plan.categories[5].insured = 7;
        plan.categories[5].sector = crate::calc::rates::Sector::Transport;
        for (first, months, adjust) in [(1, 12, false), (3, 10, true), (11, 2, false)] {
            plan.period.first_month = first;
            plan.period.months = months;
            plan.apply_adjustment = adjust;
            let fixed = {
                let mut p = plan.clone();
                p.categories[6].insured = 0;
                payer(&p)
            };
            for extra in [0, 1, 36_799, 500_000, 3_333_333, 9_000_000] {
                let ceiling = fixed + rp(extra);
                let got = fit(&plan, Ceiling::Amount(ceiling), Grow::Category(6));
                let expected = brute_force(&plan, 6, ceiling);
                match got {
                    Ok(c) => {
                        assert_eq!(Some(c.people), expected, "{first}/{months}/{extra}");
                        let filled = apply(&plan, &c);
                        assert_eq!(payer(&filled), c.cost);
                        assert_eq!(c.cost + c.left, ceiling);
                    }
                    Err(CapacityError::TooSmallForOne { .. }) => {
                        assert_eq!(expected, Some(0));
                    }
                    Err(e) => panic!("{e:?}"),
                }
            }
        }
    }

    #[test]
    fn every_bpu_category_grows_in_proportion_and_is_exact() {
        let mut plan = Plan::default();
        plan.categories[3].insured = 2; // BPD
        plan.categories[4].insured = 1; // RT/RW
        plan.categories[6].insured = 3; // rentan
        plan.categories[6].base = rp(1_500_000);
        let ceiling = rp(9_000_000);
        let c = fit(&plan, Ceiling::Amount(ceiling), Grow::AllBpu);
        let c = c.unwrap_or_else(|e| panic!("{e:?}"));
        let filled = apply(&plan, &c);
        assert_eq!(payer(&filled), c.cost);
        assert!(c.cost <= ceiling);
        // Kader had no one, so stays at zero; the others keep about 2 : 1 : 3.
        let count = |i: usize| c.counts.iter().find(|(k, _)| *k == i).map(|(_, n)| *n);
        assert_eq!(count(5), Some(0));
        let (bpd, rtrw, rentan) = (count(3), count(4), count(6));
        assert!(bpd.zip(rtrw).is_some_and(|(b, r)| b.abs_diff(2 * r) <= 2));
        assert!(rtrw
            .zip(rentan)
            .is_some_and(|(r, v)| v.abs_diff(3 * r) <= 3));
        // Nobody more fits: the cheapest next person is over the ceiling.
        assert!(c.next_person.is_some_and(|n| c.cost + n > ceiling));
        // And D'Hondt never takes anyone away when the ceiling grows.
        let more = fit(
            &plan,
            Ceiling::Amount(ceiling + rp(2_000_000)),
            Grow::AllBpu,
        );
        let more = more.unwrap_or_else(|e| panic!("{e:?}"));
        for ((i, a), (j, b)) in c.counts.iter().zip(&more.counts) {
            assert_eq!(i, j);
            assert!(b >= a);
        }
    }

    #[test]
    fn share_of_add_and_the_errors_say_why() {
        let mut plan = Plan::default();
        assert_eq!(
            fit(&plan, Ceiling::ShareOfAdd(dec!(0.05)), Grow::Category(6)),
            Err(CapacityError::NoAdd)
        );
        plan.budget.alokasi_dana_desa = Some(rp(318_397_000));
        // 5 % of ADD = Rp15,919,850; the ten officials take Rp1,349,712 of it.
        let c = fit(&plan, Ceiling::ShareOfAdd(dec!(0.05)), Grow::Category(6));
        assert_eq!(c.as_ref().map(|c| c.ceiling), Ok(rp(15_919_850)));
        assert_eq!(c.as_ref().map(|c| c.fixed), Ok(rp(1_349_712)));
        assert_eq!(
            c.map(|c| c.people),
            Ok(((15_919_850 - 1_349_712) / 201_600) as u32)
        );
        assert_eq!(
            fit(&plan, Ceiling::Amount(rp(1_000_000)), Grow::Category(6)),
            Err(CapacityError::FixedAboveCeiling {
                fixed: rp(1_349_712),
                ceiling: rp(1_000_000)
            })
        );
        assert_eq!(
            fit(
                &plan,
                Ceiling::Amount(rp(1_349_712 + 100)),
                Grow::Category(6)
            ),
            Err(CapacityError::TooSmallForOne {
                per_person: rp(201_600),
                left: rp(100)
            })
        );
        assert_eq!(
            fit(&plan, Ceiling::Amount(rp(1)), Grow::Category(99)),
            Err(CapacityError::NoCategory)
        );
        plan.categories[6].funding = FundingSource::ApbdKabupaten;
        // Another payer still pays: the whole plan's payer share is what is counted.
        assert!(fit(&plan, Ceiling::Amount(rp(2_000_000)), Grow::Category(6)).is_ok());
    }

    #[test]
    fn a_share_of_add_beyond_any_number_is_an_answer_not_a_panic() {
        let mut plan = Plan::default();
        plan.budget.alokasi_dana_desa = Some(crate::calc::plan::MAX_AMOUNT);
        // 10^20 × Rp10^12 is beyond what a decimal holds.
        let share = Decimal::from_i128_with_scale(100_000_000_000_000_000_000, 0);
        assert_eq!(
            fit(&plan, Ceiling::ShareOfAdd(share), Grow::AllBpu),
            Err(CapacityError::Plan(PlanError::AmountOutOfRange {
                category: None
            }))
        );
        assert!(fit(&plan, Ceiling::ShareOfAdd(Decimal::MAX), Grow::AllBpu).is_err());
    }

    proptest::proptest! {
        #[test]
        fn never_panics(
            add in proptest::option::of(0i64..=1_000_000_000_000),
            share in proptest::num::i128::ANY,
            scale in 0u32..=28,
            amount in proptest::num::i128::ANY,
            counts in proptest::collection::vec(0u32..2_000, 7),
            grow in 0usize..9,
        ) {
            let mut plan = Plan::default();
            plan.budget.alokasi_dana_desa = add.map(rp);
            for (c, n) in plan.categories.iter_mut().zip(counts) {
                c.insured = n;
            }
            // Any decimal at all: the 96-bit mantissa range, any scale.
            let wide = |n: i128| Decimal::try_from_i128_with_scale(n >> 31, scale).unwrap_or(Decimal::MAX);
            let grow = if grow == 8 { Grow::AllBpu } else { Grow::Category(grow) };
            let _ = fit(&plan, Ceiling::ShareOfAdd(wide(share)), grow);
            let _ = fit(&plan, Ceiling::Amount(Rupiah::from_decimal(wide(amount))), grow);
        }
    }

    #[test]
    fn huge_ceilings_stop_at_the_count_limit_quickly() {
        let plan = Plan::default();
        let c = fit(
            &plan,
            Ceiling::Amount(crate::calc::plan::MAX_AMOUNT),
            Grow::AllBpu,
        );
        let c = c.unwrap_or_else(|e| panic!("{e:?}"));
        assert!(c.counts.iter().all(|&(_, n)| n <= MAX_COUNT));
        assert_eq!(payer(&apply(&plan, &c)), c.cost);
    }
}

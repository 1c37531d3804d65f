//! Comparing scenarios: the figures set side by side for each costed plan, and how each
//! differs from the first scenario's.

use super::money::Rupiah;
use super::Outcome;
use rust_decimal::Decimal;

/// A figure compared between scenarios, in the order the comparison shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Total premium over the months covered.
    Cost,
    /// Share of ADD charged to it.
    AddShare,
    /// People insured.
    Protected,
    /// Share of the population insured.
    Coverage,
    /// Expected benefits paid a year.
    ExpectedPayout,
}

impl Measure {
    /// Every figure, in the order shown.
    pub const ALL: [Measure; 5] = [
        Measure::Cost,
        Measure::AddShare,
        Measure::Protected,
        Measure::Coverage,
        Measure::ExpectedPayout,
    ];

    /// True when the figure and its difference are rupiah.
    #[must_use]
    pub const fn is_money(self) -> bool {
        matches!(self, Measure::Cost | Measure::ExpectedPayout)
    }
}

/// One scenario's value of a compared figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Compared {
    /// Which figure.
    pub measure: Measure,
    /// Its exact value (rupiah, percentage points or people), None when it has none (no ADD
    /// given, no population given).
    pub exact: Option<Decimal>,
}

/// The compared figures of one costed scenario, in [`Measure::ALL`] order.
#[must_use]
pub fn figures(o: &Outcome) -> [Compared; 5] {
    let money = |r: Rupiah| Some(r.amount());
    // Shares are compared in percentage points, as they are read.
    let points = |s: Option<Decimal>| s.map(|s| s * Decimal::ONE_HUNDRED);
    Measure::ALL.map(|measure| Compared {
        measure,
        exact: match measure {
            Measure::Cost => money(o.total_period()),
            Measure::AddShare => points(o.sums.budget.add_share),
            Measure::Protected => Some(Decimal::from(o.sums.group.protected)),
            Measure::Coverage => points(o.sums.group.coverage),
            Measure::ExpectedPayout => money(o.sums.group.expected_payout_per_year),
        },
    })
}

/// How a scenario's figure differs from the first scenario's: None when either has no value
/// or they are the same (nothing to point out).
#[must_use]
pub fn difference(first: Compared, this: Compared) -> Option<Decimal> {
    let diff = this.exact? - first.exact?;
    (!diff.is_zero()).then_some(diff)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::budget::BudgetFigure;
    use crate::calc::plan::{Action, CategoryEdit};
    use crate::calc::{calculate, Plan};

    fn outcome(edit: impl FnOnce(&mut Plan)) -> Outcome {
        let mut p = Plan::default();
        edit(&mut p);
        let Ok(o) = calculate(&p) else {
            panic!("the test plans are valid")
        };
        o
    }

    #[test]
    fn figures_read_the_outcome_in_order() {
        let o = outcome(|p| {
            let add = Rupiah::from_whole(1_000_000_000);
            p.apply(Action::SetBudgetFigure(BudgetFigure::Add, Some(add)));
        });
        let f = figures(&o);
        assert_eq!(f.map(|c| c.measure), Measure::ALL);
        assert_eq!(f[0].exact, Some(o.total_period().amount()));
        assert!(o.sums.budget.add_share.is_some(), "ADD given");
        let points = o.sums.budget.add_share.map(|s| s * Decimal::ONE_HUNDRED);
        assert_eq!(f[1].exact, points);
        assert_eq!(f[2].exact, Some(Decimal::from(10)));
        assert_eq!(f[3].exact, None, "no population given");
        assert!(Measure::Cost.is_money() && !Measure::Protected.is_money());
    }

    #[test]
    fn differences_are_against_the_first_and_only_when_both_are_known() {
        let first = figures(&outcome(|_| {}));
        let more = figures(&outcome(|p| {
            p.apply(Action::Edit(p.categories[2].id, CategoryEdit::Insured(10)))
        }));
        assert_eq!(difference(first[2], more[2]), Some(Decimal::from(2)));
        assert_eq!(difference(more[2], first[2]), Some(Decimal::from(-2)));
        assert!(difference(first[0], more[0]).is_some_and(|d| d > Decimal::ZERO));
        assert_eq!(difference(first[2], first[2]), None, "same figure");
        assert_eq!(difference(first[1], more[1]), None, "no ADD in either");
    }
}

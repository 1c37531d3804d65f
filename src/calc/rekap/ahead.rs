//! Villages costed before their rekap, a part at a time (issue 22): a spreadsheet of tens of
//! thousands of villages is read in steps so the page keeps drawing; costed in steps too, the
//! rekap that takes it in finds their figures made instead of costing them all in one task
//! (84,000 villages: a third of a second).

use super::summary::{above, Costing, VillageFigures, VillagePlan, DEFAULT_ADD_THRESHOLD};
use super::village::VillageRow;
use crate::calc::Plan;
use rust_decimal::Decimal;
use std::collections::VecDeque;
use std::sync::Arc;

/// How many figures made ahead a row may pass by to find its own: rows typed over on the page
/// since (their figures were made for the old figures) are passed, not the rest of the file.
const LOOK_PAST: usize = 4;

/// Figures of rows costed ahead under one policy, in the order of the rows.
#[derive(Default)]
pub struct CostedAhead {
    /// The policy they were costed under.
    policy: Option<Arc<Plan>>,
    costing: Costing,
    figures: VecDeque<VillageFigures>,
}

impl CostedAhead {
    /// Costs `rows` under `policy` after the rows costed already; those costed under another
    /// policy are dropped first.
    pub fn cost(&mut self, policy: &Plan, rows: &[VillageRow]) {
        if self.policy.as_deref() != Some(policy) {
            *self = CostedAhead {
                policy: Some(Arc::new(policy.clone())),
                ..CostedAhead::default()
            };
        }
        let Some(shared) = &self.policy else {
            return;
        };
        for row in rows {
            let source = VillagePlan::Policy(Arc::clone(shared));
            // The flag of the ADD threshold is set again when the figures are taken.
            let figures = self
                .costing
                .figures(row.clone(), source, DEFAULT_ADD_THRESHOLD);
            self.figures.push_back(figures);
        }
    }

    /// How many rows are costed ahead.
    #[must_use]
    pub fn len(&self) -> usize {
        self.figures.len()
    }

    /// True when none is.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.figures.is_empty()
    }

    /// Keeps the figures only if they were costed under `policy`.
    pub(super) fn keep_if_for(&mut self, policy: &Plan) {
        if self.policy.as_deref() != Some(policy) {
            self.figures.clear();
        }
    }

    /// The figures of `row`, for `threshold`, if it is among the next rows costed ahead; the
    /// rows before it that no row took are dropped.
    pub(super) fn take(&mut self, row: &VillageRow, threshold: Decimal) -> Option<VillageFigures> {
        let at = self
            .figures
            .iter()
            .take(LOOK_PAST + 1)
            .position(|f| f.village == *row)?;
        self.figures.drain(..at);
        let mut figures = self.figures.pop_front()?;
        figures.flags.above_add_threshold = above(&figures.budget, threshold);
        Some(figures)
    }

    /// Drops what no rekap took.
    pub(super) fn clear(&mut self) {
        self.figures.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::money::Rupiah;
    use crate::calc::rekap::summary::{rekap, rekap_ahead};
    use crate::calc::rekap::village::counts_in_columns;

    fn rows(n: usize) -> Vec<VillageRow> {
        (0..n)
            .map(|i| {
                let mut row = VillageRow::named(i + 2, &format!("{i}"), "Desa", "Kec");
                row.counts = counts_in_columns([1, 1, 3 + i as u32, 5, 2, 4, 0, 0, 0]);
                row.add = Some(Rupiah::from_whole(300_000_000 + i as i64));
                row
            })
            .collect()
    }

    /// Whether the rekap's village `i` is one costed ahead (its plan is the ahead's own copy).
    fn taken(r: &crate::calc::rekap::summary::Rekap, i: usize, policy: &Arc<Plan>) -> bool {
        matches!(&r.villages[i].source, VillagePlan::Policy(p) if Arc::ptr_eq(p, policy))
    }

    #[test]
    fn the_rekap_takes_the_rows_costed_ahead_and_passes_a_row_typed_over() {
        let policy = Plan::default();
        let mut all = rows(12);
        let mut ahead = CostedAhead::default();
        // A second file: rows 4 to 11 read and costed ahead, then row 6 typed over.
        ahead.cost(&policy, &all[4..]);
        let Some(shared) = ahead.policy.clone() else {
            panic!("costed under a policy")
        };
        all[6].add = Some(Rupiah::from_whole(1));
        let threshold = Decimal::new(3, 2);
        let r = rekap_ahead(&policy, &all, Vec::new(), threshold, &mut ahead);
        assert!(ahead.is_empty());
        assert_eq!(r, rekap(&policy, &all, Vec::new(), threshold));
        let from_ahead: Vec<usize> = (0..12).filter(|&i| taken(&r, i, &shared)).collect();
        assert_eq!(from_ahead, vec![4, 5, 7, 8, 9, 10, 11]);
    }

    #[test]
    fn rows_costed_under_another_policy_are_not_taken() {
        let policy = Plan::default();
        let mut other = Plan::default();
        other.apply_adjustment = !other.apply_adjustment;
        let all = rows(5);
        let mut ahead = CostedAhead::default();
        ahead.cost(&other, &all);
        assert_eq!(ahead.len(), 5);
        let r = rekap_ahead(&policy, &all, Vec::new(), DEFAULT_ADD_THRESHOLD, &mut ahead);
        assert!(ahead.is_empty());
        assert_eq!(r, rekap(&policy, &all, Vec::new(), DEFAULT_ADD_THRESHOLD));
    }
}

//! Villages costed before their rekap, a part at a time (issue 22): a spreadsheet of tens of
//! thousands of villages is read in steps so the page keeps drawing; costed in steps too, the
//! rekap that takes it in finds their figures made instead of costing them all in one task
//! (84,000 villages: a third of a second). A row takes figures only if they were made for a row
//! equal to it under the same policy, so what was costed ahead never changes a rekap.

use super::summary::{
    above, rekap_again_taking, rekap_taking, Costing, Rekap, VillageFigures, VillagePlan,
    DEFAULT_ADD_THRESHOLD,
};
use super::village::VillageRow;
use crate::calc::Plan;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::sync::Arc;

/// How many figures past the expected one a row is looked for before the index by row number.
const LOOK_PAST: usize = 4;

/// Figures of rows costed ahead under one policy.
#[derive(Default)]
pub struct CostedAhead {
    /// The policy they were costed under.
    policy: Option<Arc<Plan>>,
    costing: Costing,
    /// In the order they were costed; a slot is emptied when its figures are taken.
    figures: Vec<Option<VillageFigures>>,
    /// Where the next row is looked for first: rows mostly come in the order they were costed.
    next: usize,
    /// Slots by spreadsheet row number, made the first time a row is not near where expected
    /// (rows typed over since, a block pasted, files in another order).
    by_number: Option<HashMap<usize, Vec<usize>>>,
    /// How many figures are not taken yet.
    count: usize,
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
            self.figures.push(Some(figures));
        }
        self.count += rows.len();
        self.by_number = None;
    }

    /// How many rows are costed ahead and not taken.
    #[must_use]
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when none is.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Keeps the figures only if they were costed under `policy`.
    fn keep_if_for(&mut self, policy: &Plan) {
        if self.policy.as_deref() != Some(policy) {
            self.clear();
        }
    }

    /// The figures made ahead for a row equal to `row`, for `threshold`; each is taken once.
    fn take(&mut self, row: &VillageRow, threshold: Decimal) -> Option<VillageFigures> {
        if self.count == 0 {
            return None;
        }
        let at = self.find(row)?;
        let mut figures = self.figures.get_mut(at)?.take()?;
        self.count -= 1;
        self.next = at + 1;
        figures.flags.above_add_threshold = above(&figures.budget, threshold);
        Some(figures)
    }

    /// The slot of the figures made for a row equal to `row`: the next ones first, then by
    /// row number.
    fn find(&mut self, row: &VillageRow) -> Option<usize> {
        let made_for = |f: &Option<VillageFigures>| f.as_ref().is_some_and(|f| f.village == *row);
        let near = (self.next..self.figures.len())
            .take(LOOK_PAST + 1)
            .find(|&i| self.figures.get(i).is_some_and(made_for));
        if near.is_some() {
            return near;
        }
        let figures = &self.figures;
        let by_number = self.by_number.get_or_insert_with(|| {
            let mut index: HashMap<usize, Vec<usize>> = HashMap::new();
            for (i, f) in figures.iter().enumerate() {
                if let Some(f) = f {
                    index.entry(f.village.row).or_default().push(i);
                }
            }
            index
        });
        by_number
            .get(&row.row)?
            .iter()
            .copied()
            .find(|&i| figures.get(i).is_some_and(made_for))
    }

    /// Drops what no rekap took.
    fn clear(&mut self) {
        self.figures.clear();
        self.next = 0;
        self.by_number = None;
        self.count = 0;
    }
}

/// `rekap(policy, rows, own_plans, threshold)`, taking the figures of rows costed `ahead` under
/// the same policy instead of costing them again; `ahead` is empty after.
#[must_use]
pub fn rekap_ahead(
    policy: &Plan,
    rows: &[VillageRow],
    own_plans: Vec<(VillageRow, Plan)>,
    threshold: Decimal,
    ahead: &mut CostedAhead,
) -> Rekap {
    ahead.keep_if_for(policy);
    let r = rekap_taking(policy, rows, own_plans, threshold, |row| {
        ahead.take(row, threshold)
    });
    ahead.clear();
    r
}

/// `rekap_again`, taking the figures of rows costed `ahead` when villages came or went (a file
/// added); `ahead` is empty after.
#[must_use]
pub fn rekap_again_ahead(
    old: Rekap,
    old_rows: usize,
    policy: &Plan,
    rows: &[VillageRow],
    own_plans: &[(VillageRow, Plan)],
    threshold: Decimal,
    ahead: &mut CostedAhead,
) -> Rekap {
    ahead.keep_if_for(policy);
    let r = rekap_again_taking(old, old_rows, policy, rows, own_plans, threshold, |row| {
        ahead.take(row, threshold)
    });
    ahead.clear();
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::money::Rupiah;
    use crate::calc::rekap::summary::rekap;
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
    fn the_rekap_takes_the_rows_costed_ahead_and_passes_the_rows_typed_over() {
        let policy = Plan::default();
        let mut all = rows(12);
        let mut ahead = CostedAhead::default();
        // A second file: rows 4 to 11 read and costed ahead, then rows 6 to 10 typed over
        // but row 8 (a block pasted).
        ahead.cost(&policy, &all[4..]);
        let Some(shared) = ahead.policy.clone() else {
            panic!("costed under a policy")
        };
        for i in [6, 7, 9, 10] {
            all[i].add = Some(Rupiah::from_whole(1));
        }
        let threshold = Decimal::new(3, 2);
        let r = rekap_ahead(&policy, &all, Vec::new(), threshold, &mut ahead);
        assert!(ahead.is_empty());
        assert_eq!(r, rekap(&policy, &all, Vec::new(), threshold));
        let from_ahead: Vec<usize> = (0..12).filter(|&i| taken(&r, i, &shared)).collect();
        assert_eq!(from_ahead, vec![4, 5, 8, 11]);
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

//! The law as a value: a [`RateTable`] (by default the official table of `rates`) and the
//! [`Law`] it gives for one month, resolved once and then read by every rule of that month.
//!
//! `calculate` resolves each month of the period once; a premium, a benefit and a caution
//! read the month's `Law`, and the words only say what the core recorded. A test that needs
//! another law builds a table with the row added and passes it in.

use super::money::Rupiah;
use super::period::{BudgetPeriod, Date, YearMonth};
use super::rates::{
    self, Adjustment, RateKey, RateRow, RiskClass, Sector, ADJUSTMENTS, JP_CAP_PUBLISHED_THROUGH,
    RATES, RULES_CHECKED_ON,
};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::sync::Arc;

/// How many keys the table has (`RateKey::index` is below it).
const KEYS: usize = 34;

impl RateKey {
    /// Every key, in `index` order.
    pub const ALL: [RateKey; KEYS] = [
        RateKey::JkkPu(RiskClass::I),
        RateKey::JkkPu(RiskClass::II),
        RateKey::JkkPu(RiskClass::III),
        RateKey::JkkPu(RiskClass::IV),
        RateKey::JkkPu(RiskClass::V),
        RateKey::JkmPu,
        RateKey::JhtPuDesa,
        RateKey::JhtPuWorker,
        RateKey::JpDesa,
        RateKey::JpWorker,
        RateKey::JpWageCap,
        RateKey::JkkBpu,
        RateKey::JkmBpu,
        RateKey::JhtBpu,
        RateKey::BpuMinIncome,
        RateKey::JkmLumpSum,
        RateKey::PeriodicBenefit,
        RateKey::FuneralBenefit,
        RateKey::JkkDeathWageMonths,
        RateKey::JkkDeathMinimum,
        RateKey::TotalDisabilityWageMonths,
        RateKey::TemporaryFirstShare,
        RateKey::TemporaryFullMonths,
        RateKey::TemporaryAfterShare,
        RateKey::ScholarshipPerChild,
        RateKey::ScholarshipChildren,
        RateKey::ScholarshipJkmYears,
        RateKey::ScholarshipMaxAge,
        RateKey::JpPensionAge,
        RateKey::JpPensionMonths,
        RateKey::BpuMaxEntryAge,
        RateKey::SiltapKepalaDesa,
        RateKey::SiltapSekretarisDesa,
        RateKey::SiltapPerangkatDesa,
    ];

    /// The key's place in [`RateKey::ALL`] and in a [`Law`].
    #[must_use]
    pub const fn index(self) -> usize {
        match self {
            RateKey::JkkPu(RiskClass::I) => 0,
            RateKey::JkkPu(RiskClass::II) => 1,
            RateKey::JkkPu(RiskClass::III) => 2,
            RateKey::JkkPu(RiskClass::IV) => 3,
            RateKey::JkkPu(RiskClass::V) => 4,
            RateKey::JkmPu => 5,
            RateKey::JhtPuDesa => 6,
            RateKey::JhtPuWorker => 7,
            RateKey::JpDesa => 8,
            RateKey::JpWorker => 9,
            RateKey::JpWageCap => 10,
            RateKey::JkkBpu => 11,
            RateKey::JkmBpu => 12,
            RateKey::JhtBpu => 13,
            RateKey::BpuMinIncome => 14,
            RateKey::JkmLumpSum => 15,
            RateKey::PeriodicBenefit => 16,
            RateKey::FuneralBenefit => 17,
            RateKey::JkkDeathWageMonths => 18,
            RateKey::JkkDeathMinimum => 19,
            RateKey::TotalDisabilityWageMonths => 20,
            RateKey::TemporaryFirstShare => 21,
            RateKey::TemporaryFullMonths => 22,
            RateKey::TemporaryAfterShare => 23,
            RateKey::ScholarshipPerChild => 24,
            RateKey::ScholarshipChildren => 25,
            RateKey::ScholarshipJkmYears => 26,
            RateKey::ScholarshipMaxAge => 27,
            RateKey::JpPensionAge => 28,
            RateKey::JpPensionMonths => 29,
            RateKey::BpuMaxEntryAge => 30,
            RateKey::SiltapKepalaDesa => 31,
            RateKey::SiltapSekretarisDesa => 32,
            RateKey::SiltapPerangkatDesa => 33,
        }
    }
}

/// A table of the law: dated rows with their citations, the PP 50/2025 windows, and how
/// far the JP cap is published. [`RateTable::official`] is the law as checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateTable {
    /// Rows by key (`RateKey::index`), each key's rows in date order.
    rows: Vec<Vec<RateRow>>,
    adjustments: Vec<Adjustment>,
    jp_cap_published_through: YearMonth,
    checked_on: Date,
    /// Every month in which a row or a window begins or a window has ended, sorted.
    changes: Vec<YearMonth>,
}

impl RateTable {
    /// A table of `rows` (of one key in date order) and `adjustments`.
    #[must_use]
    pub fn new(rows: &[RateRow], adjustments: &[Adjustment]) -> Self {
        let mut by_key: Vec<Vec<RateRow>> = vec![Vec::new(); KEYS];
        for r in rows {
            if let Some(list) = by_key.get_mut(r.key.index()) {
                list.push(*r);
            }
        }
        let mut table = RateTable {
            rows: by_key,
            adjustments: adjustments.to_vec(),
            jp_cap_published_through: JP_CAP_PUBLISHED_THROUGH,
            checked_on: RULES_CHECKED_ON,
            changes: Vec::new(),
        };
        table.index_changes();
        table
    }

    fn index_changes(&mut self) {
        let rows = self.rows.iter().flatten().map(|r| r.from);
        let windows = self
            .adjustments
            .iter()
            .flat_map(|a| [a.from, a.through.next()]);
        // Kept sorted by inserting in place: a table of this size needs no sort routine in
        // the download.
        let mut changes: Vec<YearMonth> = Vec::new();
        for m in rows.chain(windows) {
            let at = changes.partition_point(|c| *c < m);
            if changes.get(at) != Some(&m) {
                changes.insert(at, m);
            }
        }
        self.changes = changes;
    }

    /// The official table (`rates::RATES`, `rates::ADJUSTMENTS`), built once.
    #[must_use]
    pub fn official() -> &'static RateTable {
        static OFFICIAL: std::sync::OnceLock<RateTable> = std::sync::OnceLock::new();
        OFFICIAL.get_or_init(|| RateTable::new(RATES, ADJUSTMENTS))
    }

    /// This table with `row` added, as a change in the law would add it (rows of its key
    /// stay in date order).
    #[must_use]
    pub fn with_row(mut self, row: RateRow) -> Self {
        if let Some(list) = self.rows.get_mut(row.key.index()) {
            let at = list.partition_point(|r| r.from <= row.from);
            list.insert(at, row);
        }
        self.index_changes();
        self
    }

    /// The row of `key` in force in `at`: the latest from on or before it; before the
    /// first row, the first row.
    #[must_use]
    pub fn in_force(&self, key: RateKey, at: YearMonth) -> RateRow {
        let rows = self.rows.get(key.index()).map_or(&[][..], Vec::as_slice);
        let n = rows.partition_point(|r| r.from <= at);
        rows.get(n.saturating_sub(1))
            .copied()
            .unwrap_or_else(|| missing(key))
    }

    /// The law in force in `month`: every row resolved once.
    #[must_use]
    pub fn at(&self, month: YearMonth) -> Law {
        let rules = Rules {
            rows: RateKey::ALL.map(|key| self.in_force(key, month)),
            adjustments: self.windows(month),
            relief: self
                .adjustments
                .iter()
                .rev()
                .find(|a| a.from <= month)
                .or(self.adjustments.first())
                .copied(),
            jp_cap_published_through: self.jp_cap_published_through,
            jp_cap_last_published: self.in_force(RateKey::JpWageCap, self.jp_cap_published_through),
            checked_on: self.checked_on,
        };
        Law {
            month,
            rules: Arc::new(rules),
        }
    }

    /// The law of each month of `period`, in order. Each month starts from the one before
    /// and takes only the rows that begin in it, so a year is resolved in one pass.
    #[must_use]
    pub fn period(&self, period: &BudgetPeriod) -> Vec<Law> {
        let mut months = period.months();
        let Some(first) = months.next() else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(usize::from(period.months));
        let mut law = self.at(first);
        for m in months {
            let begins = self.changes.binary_search(&m).is_ok();
            let next = if begins {
                self.at(m)
            } else {
                Law {
                    month: m,
                    ..law.clone()
                }
            };
            out.push(std::mem::replace(&mut law, next));
        }
        out.push(law);
        out
    }

    /// The PP 50/2025 window of each sector in `month` (`Sector::Transport`, `Sector::Other`).
    fn windows(&self, month: YearMonth) -> [Option<Adjustment>; 2] {
        let window = |sector| {
            self.adjustments
                .iter()
                .find(|a| a.sector == sector && a.from <= month && month <= a.through)
                .copied()
        };
        [window(Sector::Transport), window(Sector::Other)]
    }
}

// Every key has rows (a test checks it); this stands in only if a row were deleted.
fn missing(key: RateKey) -> RateRow {
    RateRow {
        key,
        from: YearMonth::new(0, 1),
        value: Decimal::ZERO,
        basis: "-",
        caveat: None,
    }
}

/// The law in force in one month, resolved from a [`RateTable`]: what a premium, a benefit,
/// a caution and their words read. Months under the same rows share them (cheap to clone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Law {
    /// The month.
    pub month: YearMonth,
    rules: Arc<Rules>,
}

/// The rows and windows of a month, shared by the months they stay in force.
#[derive(Debug, PartialEq, Eq)]
struct Rules {
    rows: [RateRow; KEYS],
    /// The PP 50/2025 window of each sector (`Sector::Transport`, `Sector::Other`).
    adjustments: [Option<Adjustment>; 2],
    /// The window the sentences name: the latest one begun by this month, else the first.
    relief: Option<Adjustment>,
    /// Last month whose JP cap is published; later months use that cap, with a note.
    jp_cap_published_through: YearMonth,
    /// The JP cap in force in that last published month.
    jp_cap_last_published: RateRow,
    /// The day the table was checked against its sources.
    checked_on: Date,
}

impl Law {
    /// The law of `month` under the official table.
    #[must_use]
    pub fn official(month: YearMonth) -> Law {
        RateTable::official().at(month)
    }

    /// The official law of the month the rules were checked in (resolved once).
    #[must_use]
    pub fn as_checked() -> Law {
        static CHECKED: std::sync::OnceLock<Law> = std::sync::OnceLock::new();
        CHECKED
            .get_or_init(|| Law::official(rates::RULES_CHECKED_ON.month()))
            .clone()
    }

    /// The row in force for `key`.
    #[must_use]
    pub fn row(&self, key: RateKey) -> RateRow {
        self.rules
            .rows
            .get(key.index())
            .copied()
            .unwrap_or_else(|| missing(key))
    }

    /// The value in force for `key`: a fraction for rates, rupiah for amounts.
    #[must_use]
    pub fn value(&self, key: RateKey) -> Decimal {
        self.row(key).value
    }

    /// The value of `key` as rupiah.
    #[must_use]
    pub fn amount(&self, key: RateKey) -> Rupiah {
        Rupiah::from_decimal(self.value(key))
    }

    /// The value of `key` as a whole number (months, children, years); 0 if it is not one.
    #[must_use]
    pub fn whole(&self, key: RateKey) -> u32 {
        self.value(key).to_u32().unwrap_or(0)
    }

    /// The PP 50/2025 window covering `sector` this month, if any.
    #[must_use]
    pub fn adjustment(&self, sector: Sector) -> Option<Adjustment> {
        let i = match sector {
            Sector::Transport => 0,
            Sector::Other => 1,
        };
        self.rules.adjustments.get(i).copied().flatten()
    }

    /// True when this month's JP cap is not yet published (the last published one is used).
    #[must_use]
    pub fn jp_cap_unpublished(&self) -> bool {
        self.month > self.rules.jp_cap_published_through
    }

    /// The first month whose JP cap is not yet published.
    #[must_use]
    pub fn jp_cap_unpublished_from(&self) -> YearMonth {
        self.rules.jp_cap_published_through.next()
    }

    /// The JP cap in force in the last month whose cap is published.
    #[must_use]
    pub fn jp_cap_last_published(&self) -> RateRow {
        self.rules.jp_cap_last_published
    }

    /// The PP 50/2025 window the sentences name: the latest begun by this month, else the first.
    #[must_use]
    pub fn relief(&self) -> Option<Adjustment> {
        self.rules.relief
    }

    /// The day the table was checked against its sources.
    #[must_use]
    pub fn checked_on(&self) -> Date {
        self.rules.checked_on
    }

    /// True when the premiums of this month and `other` come out the same for every
    /// category: the same rows of every premium rule and the same windows.
    #[must_use]
    pub fn same_premiums(&self, other: &Law) -> bool {
        if Arc::ptr_eq(&self.rules, &other.rules) {
            return self.jp_cap_unpublished() == other.jp_cap_unpublished();
        }
        // The premium keys come first in `RateKey::ALL`, through the BPU floor.
        let n = RateKey::BpuMinIncome.index() + 1;
        let mine = self.rules.rows.iter().take(n).map(|r| r.from);
        let theirs = other.rules.rows.iter().take(n).map(|r| r.from);
        self.rules.adjustments == other.rules.adjustments
            && mine.eq(theirs)
            && self.jp_cap_unpublished() == other.jp_cap_unpublished()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::rates::{coverage, Caveat, Coverage, COVERED_FROM, RATES};
    use rust_decimal_macros::dec;

    fn value(key: RateKey, at: YearMonth) -> Decimal {
        RateTable::official().in_force(key, at).value
    }

    fn in_force(key: RateKey, at: YearMonth) -> RateRow {
        RateTable::official().in_force(key, at)
    }

    fn adjustment(sector: Sector, at: YearMonth) -> Option<Adjustment> {
        Law::official(at).adjustment(sector)
    }

    /// The row a scan of the whole of `table` finds: the reference for the indexed lookup.
    fn in_force_in(table: &[RateRow], key: RateKey, at: YearMonth) -> Option<RateRow> {
        let mut rows = table.iter().filter(|r| r.key == key);
        let first = rows.clone().next().copied();
        rows.rfind(|r| r.from <= at).copied().or(first)
    }

    #[test]
    fn the_indexed_lookup_finds_what_a_scan_of_the_whole_table_finds() {
        for r in RATES {
            for year in 2014..=2036 {
                for month in [1, 2, 3, 6, 7, 12] {
                    let at = YearMonth::new(year, month);
                    assert_eq!(Some(in_force(r.key, at)), in_force_in(RATES, r.key, at));
                }
            }
        }
    }

    #[test]
    fn every_key_has_a_row_with_a_citation() {
        for key in RateKey::ALL {
            let found = in_force_in(RATES, key, COVERED_FROM);
            assert!(found.is_some(), "{key:?} has no row");
            assert!(
                found.is_some_and(|r| r.basis.len() > 3),
                "{key:?} has no legal basis"
            );
        }
    }

    #[test]
    fn rows_of_each_key_are_in_date_order() {
        for key in RateKey::ALL {
            let dates: Vec<_> = RATES
                .iter()
                .filter(|r| r.key == key)
                .map(|r| r.from)
                .collect();
            assert!(
                dates.windows(2).all(|w| w[0] < w[1]),
                "{key:?} rows out of order"
            );
        }
    }

    #[test]
    fn jp_cap_changes_on_the_first_of_march() {
        let cap = |y, m| value(RateKey::JpWageCap, YearMonth::new(y, m));
        assert_eq!(cap(2024, 2), dec!(9559600));
        assert_eq!(cap(2024, 3), dec!(10042300));
        assert_eq!(cap(2025, 2), dec!(10042300));
        assert_eq!(cap(2025, 3), dec!(10547400));
        assert_eq!(cap(2026, 2), dec!(10547400));
        assert_eq!(cap(2026, 3), dec!(11086300));
        assert_eq!(
            in_force(RateKey::JpWageCap, YearMonth::new(2026, 3)).caveat,
            Some(Caveat::SecondarySource)
        );
    }

    #[test]
    fn every_pu_rate_is_the_rule_book_figure() {
        // RULES.md §1, table "PU — wage based": a typo in any row must fail here.
        let at = YearMonth::new(2026, 1);
        let expected = [
            (RateKey::JkkPu(RiskClass::I), dec!(0.0024)),
            (RateKey::JkkPu(RiskClass::II), dec!(0.0054)),
            (RateKey::JkkPu(RiskClass::III), dec!(0.0089)),
            (RateKey::JkkPu(RiskClass::IV), dec!(0.0127)),
            (RateKey::JkkPu(RiskClass::V), dec!(0.0174)),
            (RateKey::JkmPu, dec!(0.003)),
            (RateKey::JhtPuDesa, dec!(0.037)),
            (RateKey::JhtPuWorker, dec!(0.02)),
            (RateKey::JpDesa, dec!(0.02)),
            (RateKey::JpWorker, dec!(0.01)),
            (RateKey::JkkBpu, dec!(0.01)),
            (RateKey::JkmBpu, dec!(6800)),
            (RateKey::JhtBpu, dec!(0.02)),
            (RateKey::BpuMinIncome, dec!(1000000)),
        ];
        for (key, rate) in expected {
            assert_eq!(value(key, at), rate, "{key:?}");
        }
    }

    #[test]
    fn benefits_and_ages_are_the_rule_book_figures() {
        let at = YearMonth::new(2026, 6);
        let expected = [
            (RateKey::JkmLumpSum, dec!(20000000)),
            (RateKey::PeriodicBenefit, dec!(12000000)),
            (RateKey::FuneralBenefit, dec!(10000000)),
            (RateKey::JkkDeathWageMonths, dec!(48)),
            (RateKey::JkkDeathMinimum, dec!(20000000)),
            (RateKey::TotalDisabilityWageMonths, dec!(56)),
            (RateKey::ScholarshipPerChild, dec!(87000000)),
            (RateKey::ScholarshipChildren, dec!(2)),
            (RateKey::ScholarshipJkmYears, dec!(3)),
            (RateKey::ScholarshipMaxAge, dec!(23)),
            (RateKey::TemporaryFirstShare, dec!(1)),
            (RateKey::TemporaryFullMonths, dec!(12)),
            (RateKey::TemporaryAfterShare, dec!(0.5)),
            (RateKey::JpPensionMonths, dec!(180)),
            (RateKey::BpuMaxEntryAge, dec!(65)),
        ];
        for (key, v) in expected {
            assert_eq!(value(key, at), v, "{key:?}");
        }
        let age = |y| value(RateKey::JpPensionAge, YearMonth::new(y, 6));
        assert_eq!(
            (age(2025), age(2027), age(2028)),
            (dec!(59), dec!(59), dec!(60))
        );
    }

    #[test]
    fn jp_cap_after_the_last_published_one_is_the_2026_cap() {
        assert!(JP_CAP_PUBLISHED_THROUGH < YearMonth::new(2027, 3));
        assert_eq!(
            value(RateKey::JpWageCap, YearMonth::new(2027, 3)),
            dec!(11086300)
        );
    }

    #[test]
    fn pp50_windows_by_sector() {
        assert!(adjustment(Sector::Transport, YearMonth::new(2026, 1)).is_some());
        assert!(adjustment(Sector::Transport, YearMonth::new(2027, 3)).is_some());
        assert!(adjustment(Sector::Transport, YearMonth::new(2027, 4)).is_none());
        assert!(adjustment(Sector::Other, YearMonth::new(2026, 3)).is_none());
        assert!(adjustment(Sector::Other, YearMonth::new(2026, 4)).is_some());
        assert!(adjustment(Sector::Other, YearMonth::new(2026, 12)).is_some());
        assert!(adjustment(Sector::Other, YearMonth::new(2025, 12)).is_none());
    }

    #[test]
    fn years_before_the_table_are_flagged_and_later_years_are_not() {
        assert_eq!(coverage(&BudgetPeriod::full_year(2026)), Coverage::Covered);
        assert_eq!(coverage(&BudgetPeriod::full_year(2024)), Coverage::Covered);
        // The rates have no end date: 2027 is costed with the law as checked.
        assert_eq!(coverage(&BudgetPeriod::full_year(2027)), Coverage::Covered);
        assert!(matches!(
            coverage(&BudgetPeriod::full_year(2023)),
            Coverage::BeforeTable { .. }
        ));
    }

    #[test]
    fn pp50_in_2027_adjusts_transport_january_to_march_only() {
        let adjusted = |sector| {
            BudgetPeriod::full_year(2027)
                .months()
                .filter(|&m| adjustment(sector, m).is_some())
                .map(|m| m.month)
                .collect::<Vec<_>>()
        };
        assert_eq!(adjusted(Sector::Transport), [1, 2, 3]);
        assert_eq!(adjusted(Sector::Other), Vec::<u8>::new());
    }

    #[test]
    fn every_key_has_its_own_index() {
        for (i, key) in RateKey::ALL.iter().enumerate() {
            assert_eq!(key.index(), i, "{key:?}");
        }
    }

    #[test]
    fn the_official_law_of_a_month_is_what_the_rows_say() {
        for year in 2014..=2036 {
            for month in 1..=12 {
                let at = YearMonth::new(year, month);
                let law = Law::official(at);
                for key in RateKey::ALL {
                    assert_eq!(
                        Some(law.row(key)),
                        in_force_in(RATES, key, at),
                        "{key:?} {at:?}"
                    );
                }
                for sector in [Sector::Transport, Sector::Other] {
                    let scan = ADJUSTMENTS
                        .iter()
                        .find(|a| a.sector == sector && a.from <= at && at <= a.through);
                    assert_eq!(law.adjustment(sector), scan.copied());
                }
            }
        }
    }

    #[test]
    fn a_row_added_to_a_table_takes_over_from_its_month() {
        let table = RateTable::official().clone().with_row(RateRow {
            key: RateKey::JkmBpu,
            from: YearMonth::new(2027, 1),
            value: dec!(7000),
            basis: "test",
            caveat: None,
        });
        assert_eq!(
            table.at(YearMonth::new(2026, 12)).value(RateKey::JkmBpu),
            dec!(6800)
        );
        assert_eq!(
            table.at(YearMonth::new(2027, 1)).value(RateKey::JkmBpu),
            dec!(7000)
        );
        // The official table is untouched.
        assert_eq!(
            Law::official(YearMonth::new(2027, 1)).value(RateKey::JkmBpu),
            dec!(6800)
        );
    }

    #[test]
    fn a_period_resolved_in_one_pass_is_each_month_resolved_alone() {
        let t = RateTable::official();
        for year in 2023..=2028 {
            for (first_month, months) in [(1, 12), (3, 10), (11, 2), (12, 1)] {
                let period = BudgetPeriod {
                    year,
                    first_month,
                    months,
                };
                let alone: Vec<Law> = period.months().map(|m| t.at(m)).collect();
                assert_eq!(t.period(&period), alone, "{period:?}");
            }
        }
    }

    #[test]
    fn months_with_the_same_premium_rows_are_known_as_such() {
        let t = RateTable::official();
        let law = |y, m| t.at(YearMonth::new(y, m));
        assert!(law(2026, 5).same_premiums(&law(2026, 6)));
        // The JP cap changes in March; PP 50/2025 for other sectors starts in April.
        assert!(!law(2026, 2).same_premiums(&law(2026, 3)));
        assert!(!law(2026, 3).same_premiums(&law(2026, 4)));
    }
}

//! The rate table: every rate, cap, floor and benefit amount as dated data with its
//! legal citation (RULES.md §1, §4). A change in the law is a new row here.
//!
//! A value is "in force" for a month when its row is the latest whose `from` is on or
//! before that month. The table has no end: it holds the law as checked on
//! [`RULES_CHECKED_ON`], and a month after that is costed with the rows in force then, as
//! the law stands until a change is published (a change is a new row). A budget period
//! before `COVERED_FROM` is costed with the earliest rows and flagged.

use super::code::coded;
use super::period::{BudgetPeriod, Date, YearMonth};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// JKK risk class of PP 44/2015 Pasal 16 (I = "sangat rendah" … V = "sangat tinggi").
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum RiskClass {
    /// 0.24 %: the class used for village government.
    #[default]
    I,
    /// 0.54 %.
    II,
    /// 0.89 %.
    III,
    /// 1.27 %.
    IV,
    /// 1.74 %.
    V,
}

// Lowest risk first; the code is the Roman numeral the regulation uses.
coded!(RiskClass { I => "I", II => "II", III => "III", IV => "IV", V => "V" });

impl RiskClass {
    /// Roman numeral shown to the user (the same as its code).
    #[must_use]
    pub const fn roman(self) -> &'static str {
        self.code()
    }
}

/// What a row of the table gives a value for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RateKey {
    /// PU JKK rate (fraction of wage) for a risk class, paid by the desa.
    JkkPu(RiskClass),
    /// PU JKM rate, paid by the desa.
    JkmPu,
    /// PU JHT share paid by the desa.
    JhtPuDesa,
    /// PU JHT share paid by the worker.
    JhtPuWorker,
    /// PU JP share paid by the desa (of the capped wage).
    JpDesa,
    /// PU JP share paid by the worker (of the capped wage).
    JpWorker,
    /// Monthly wage cap for JP, in rupiah.
    JpWageCap,
    /// BPU JKK rate: 1 % of the declared income level.
    JkkBpu,
    /// BPU JKM, a flat rupiah amount per month.
    JkmBpu,
    /// BPU JHT rate.
    JhtBpu,
    /// Lowest BPU declared income level, in rupiah.
    BpuMinIncome,
    /// JKM death benefit: lump sum (santunan sekaligus).
    JkmLumpSum,
    /// Death or total-disability periodic benefit, paid at once (santunan berkala).
    PeriodicBenefit,
    /// Funeral cost (biaya pemakaman).
    FuneralBenefit,
    /// JKK death: months of wage paid.
    JkkDeathWageMonths,
    /// JKK death: lowest lump sum.
    JkkDeathMinimum,
    /// JKK permanent total disability: months of wage paid.
    TotalDisabilityWageMonths,
    /// Temporary inability to work (STMB): share of the wage paid in the first months.
    TemporaryFirstShare,
    /// STMB: months paid at the first share before the lower share applies.
    TemporaryFullMonths,
    /// STMB: share of the wage paid after those months, until recovery.
    TemporaryAfterShare,
    /// Scholarship ceiling per child.
    ScholarshipPerChild,
    /// Number of children who may receive a scholarship.
    ScholarshipChildren,
    /// Years of contributions a JKM (non-work) death needs before a scholarship is paid.
    ScholarshipJkmYears,
    /// Age up to which a child receives the scholarship (unless married or working first).
    ScholarshipMaxAge,
    /// JP pension age: a worker must be below it when joining (PP 45/2015 Pasal 15).
    JpPensionAge,
    /// Months of JP contributions needed for a monthly pension (PP 45/2015 Pasal 15).
    JpPensionMonths,
    /// Upper age for new BPU participants set by BPJS branches (practice, not a regulation).
    BpuMaxEntryAge,
}

/// One dated value of the law.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateRow {
    /// What the value is for.
    pub key: RateKey,
    /// First month in force.
    pub from: YearMonth,
    /// The value: a fraction for rates, rupiah for amounts, a number for counts.
    pub value: Decimal,
    /// Legal basis to cite beside the number.
    pub basis: &'static str,
    /// A caveat to show with the number, where the source is weaker.
    pub caveat: Option<Caveat>,
}

/// Why a row is less certain than the rest; the UI words it per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Caveat {
    /// Published only in secondary sources so far (JP cap from March 2026).
    SecondarySource,
    /// Set by each BPJS branch office, not by a regulation (BPU entry age).
    BranchPractice,
}

const JKK_BASIS: &str = "PP 44/2015 Pasal 16 ayat (1) jo. PP 49/2023";
const JKM_BASIS: &str = "PP 44/2015 Pasal 18 ayat (1) jo. PP 49/2023";
const BPU_BASIS: &str = "PP 44/2015 Lampiran II jo. PP 49/2023";
const JHT_BASIS: &str = "PP 46/2015 Pasal 16 ayat (1)";
const JP_BASIS: &str = "PP 45/2015 Pasal 28 ayat (3)";
const JP_AGE_BASIS: &str = "PP 45/2015 Pasal 15 ayat (1)–(3)";
const BENEFIT_BASIS: &str = "PP 44/2015 jo. PP 82/2019; Permenaker 5/2021";

const fn row(key: RateKey, year: i32, month: u8, value: Decimal, basis: &'static str) -> RateRow {
    RateRow {
        key,
        from: YearMonth::new(year, month),
        value,
        basis,
        caveat: None,
    }
}

/// The rate table. Rows of one key must be in date order.
pub static RATES: &[RateRow] = &[
    // PU, wage based (RULES.md §1).
    row(
        RateKey::JkkPu(RiskClass::I),
        2015,
        7,
        dec!(0.0024),
        JKK_BASIS,
    ),
    row(
        RateKey::JkkPu(RiskClass::II),
        2015,
        7,
        dec!(0.0054),
        JKK_BASIS,
    ),
    row(
        RateKey::JkkPu(RiskClass::III),
        2015,
        7,
        dec!(0.0089),
        JKK_BASIS,
    ),
    row(
        RateKey::JkkPu(RiskClass::IV),
        2015,
        7,
        dec!(0.0127),
        JKK_BASIS,
    ),
    row(
        RateKey::JkkPu(RiskClass::V),
        2015,
        7,
        dec!(0.0174),
        JKK_BASIS,
    ),
    row(RateKey::JkmPu, 2015, 7, dec!(0.0030), JKM_BASIS),
    row(RateKey::JhtPuDesa, 2015, 7, dec!(0.037), JHT_BASIS),
    row(RateKey::JhtPuWorker, 2015, 7, dec!(0.02), JHT_BASIS),
    row(RateKey::JpDesa, 2015, 7, dec!(0.02), JP_BASIS),
    row(RateKey::JpWorker, 2015, 7, dec!(0.01), JP_BASIS),
    // JP wage cap, raised each March (PP 45/2015 Pasal 29; letters of BPJS Ketenagakerjaan).
    row(
        RateKey::JpWageCap,
        2023,
        3,
        dec!(9559600),
        "PP 45/2015 Pasal 29; surat BPJS TK B/77/022023",
    ),
    row(
        RateKey::JpWageCap,
        2024,
        3,
        dec!(10042300),
        "PP 45/2015 Pasal 29; surat BPJS TK B/1387/022024",
    ),
    row(
        RateKey::JpWageCap,
        2025,
        3,
        dec!(10547400),
        "PP 45/2015 Pasal 29; surat BPJS TK B/726/022025",
    ),
    RateRow {
        key: RateKey::JpWageCap,
        from: YearMonth::new(2026, 3),
        value: dec!(11086300),
        basis: "PP 45/2015 Pasal 29; surat BPJS TK B/1226/022026",
        caveat: Some(Caveat::SecondarySource),
    },
    // BPU, declared income (RULES.md §1).
    row(RateKey::JkkBpu, 2015, 7, dec!(0.01), BPU_BASIS),
    row(RateKey::JkmBpu, 2015, 7, dec!(6800), BPU_BASIS),
    row(
        RateKey::JhtBpu,
        2015,
        7,
        dec!(0.02),
        "PP 46/2015; Permenaker 5/2021",
    ),
    row(RateKey::BpuMinIncome, 2015, 7, dec!(1000000), BPU_BASIS),
    // Benefits (RULES.md §4), amounts of PP 82/2019 (in force December 2019).
    row(
        RateKey::JkmLumpSum,
        2019,
        12,
        dec!(20000000),
        "PP 44/2015 Pasal 34 jo. PP 82/2019",
    ),
    row(
        RateKey::PeriodicBenefit,
        2019,
        12,
        dec!(12000000),
        BENEFIT_BASIS,
    ),
    row(
        RateKey::FuneralBenefit,
        2019,
        12,
        dec!(10000000),
        BENEFIT_BASIS,
    ),
    row(
        RateKey::JkkDeathWageMonths,
        2019,
        12,
        dec!(48),
        "PP 44/2015 Lampiran III jo. PP 82/2019",
    ),
    row(
        RateKey::JkkDeathMinimum,
        2019,
        12,
        dec!(20000000),
        "PP 44/2015 Lampiran III jo. PP 82/2019",
    ),
    row(
        RateKey::TotalDisabilityWageMonths,
        2019,
        12,
        dec!(56),
        "PP 44/2015 Lampiran III jo. PP 82/2019",
    ),
    // STMB, PP 44/2015 Lampiran III as amended by PP 82/2019: the full wage for the first
    // 12 months, half of it after that until recovery (RULES.md §4).
    row(
        RateKey::TemporaryFirstShare,
        2019,
        12,
        dec!(1),
        "PP 44/2015 Lampiran III jo. PP 82/2019",
    ),
    row(
        RateKey::TemporaryFullMonths,
        2019,
        12,
        dec!(12),
        "PP 44/2015 Lampiran III jo. PP 82/2019",
    ),
    row(
        RateKey::TemporaryAfterShare,
        2019,
        12,
        dec!(0.5),
        "PP 44/2015 Lampiran III jo. PP 82/2019",
    ),
    row(
        RateKey::ScholarshipPerChild,
        2021,
        4,
        dec!(87000000),
        "PP 82/2019; Permenaker 5/2021",
    ),
    row(
        RateKey::ScholarshipChildren,
        2021,
        4,
        dec!(2),
        "PP 82/2019; Permenaker 5/2021",
    ),
    row(
        RateKey::ScholarshipJkmYears,
        2021,
        4,
        dec!(3),
        "PP 82/2019; Permenaker 5/2021",
    ),
    row(
        RateKey::ScholarshipMaxAge,
        2021,
        4,
        dec!(23),
        "PP 82/2019; Permenaker 5/2021",
    ),
    // JP pension age: 56 in 2015, one year more every three years from 2019 (PP 45/2015
    // Pasal 15 ayat (1)–(3)); RULES.md §7 gives 59 in 2025–2027 and 60 from 2028.
    row(RateKey::JpPensionAge, 2022, 1, dec!(58), JP_AGE_BASIS),
    row(RateKey::JpPensionAge, 2025, 1, dec!(59), JP_AGE_BASIS),
    row(RateKey::JpPensionAge, 2028, 1, dec!(60), JP_AGE_BASIS),
    row(
        RateKey::JpPensionMonths,
        2015,
        7,
        dec!(180),
        "PP 45/2015 Pasal 15 ayat (1) dan Pasal 24",
    ),
    RateRow {
        key: RateKey::BpuMaxEntryAge,
        from: YearMonth::new(2015, 7),
        value: dec!(65),
        basis: "ketentuan kantor cabang BPJS Ketenagakerjaan (contoh: Kudus, Jurnal Pantura)",
        caveat: Some(Caveat::BranchPractice),
    },
];

/// Last month whose JP wage cap is published; later months use it too, with a note
/// (RULES.md §1: the cap from March 2027 is not known yet).
pub const JP_CAP_PUBLISHED_THROUGH: YearMonth = YearMonth::new(2027, 2);

/// First month for which every rate is known.
pub const COVERED_FROM: YearMonth = YearMonth::new(2024, 1);

/// The day the rules of this table (and the Dana Desa rules beside it) were last checked
/// against their sources: the date of RULES.md's latest change. Months after it are costed
/// with the law in force on that day.
pub const RULES_CHECKED_ON: Date = Date::new(2026, 12, 6);

/// The row in force for `key` in month `at`; before the first row, the first row.
#[must_use]
pub fn in_force(key: RateKey, at: YearMonth) -> RateRow {
    let found = in_force_in(rows_of(key), key, at).unwrap_or(MISSING);
    #[cfg(test)]
    let found = test_rows::newer(found, key, at);
    found
}

/// Tests add a row of a new law here, as a change in the law would add it to `RATES`,
/// and see it in every figure and sentence that reads the table (issue 10).
#[cfg(test)]
pub(crate) mod test_rows {
    use super::{RateKey, RateRow, YearMonth};
    use std::cell::RefCell;

    thread_local! {
        static EXTRA: RefCell<Vec<RateRow>> = const { RefCell::new(Vec::new()) };
    }

    /// Runs `f` with `row` added to the table (on this thread only: tests run in parallel).
    pub(crate) fn with_row<R>(row: RateRow, f: impl FnOnce() -> R) -> R {
        EXTRA.with(|e| e.borrow_mut().push(row));
        let out = f();
        EXTRA.with(|e| e.borrow_mut().clear());
        out
    }

    /// The added row instead of `found` where it is in force and newer.
    pub(super) fn newer(found: RateRow, key: RateKey, at: YearMonth) -> RateRow {
        EXTRA.with(|e| {
            e.borrow()
                .iter()
                .rfind(|r| r.key == key && r.from <= at && r.from >= found.from)
                .copied()
                .unwrap_or(found)
        })
    }
}

/// The rows of one key, in table order. The table sorted by key once (a stable sort keeps
/// each key's rows in the order written), so a lookup reads a few rows, not all of them:
/// the rekap looks rates up for every category of thousands of villages.
fn rows_of(key: RateKey) -> &'static [RateRow] {
    static BY_KEY: std::sync::OnceLock<Vec<RateRow>> = std::sync::OnceLock::new();
    let table = BY_KEY.get_or_init(|| {
        // Insertion after the equal keys keeps each key's rows in table order; for a table of
        // this size it is as fast as a library sort and adds less to the download.
        let mut rows: Vec<RateRow> = Vec::with_capacity(RATES.len());
        for r in RATES {
            let at = rows.partition_point(|x| x.key <= r.key);
            rows.insert(at, *r);
        }
        rows
    });
    let start = table.partition_point(|r| r.key < key);
    let end = table.partition_point(|r| r.key <= key);
    table.get(start..end).unwrap_or_default()
}

// Every key has rows; this stands in only if a row were deleted by mistake, and a test
// checks that it is never reached.
const MISSING: RateRow = row(RateKey::JkmPu, 0, 1, Decimal::ZERO, "-");

fn in_force_in(table: &[RateRow], key: RateKey, at: YearMonth) -> Option<RateRow> {
    let mut rows = table.iter().filter(|r| r.key == key);
    let first = rows.clone().next().copied();
    rows.rfind(|r| r.from <= at).copied().or(first)
}

/// The value of `key` in force in month `at`.
#[must_use]
pub fn value(key: RateKey, at: YearMonth) -> Decimal {
    in_force(key, at).value
}

/// The PP 50/2025 temporary adjustment of BPU JKK and JKM (RULES.md §1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Adjustment {
    /// Sector the window applies to.
    pub sector: Sector,
    /// First contribution month adjusted.
    pub from: YearMonth,
    /// Last contribution month adjusted.
    pub through: YearMonth,
    /// Factor applied to the normal JKK and JKM amounts.
    pub factor: Decimal,
    /// The regulation, as a formula names it ("PP 50/2025").
    pub regulation: &'static str,
    /// Legal basis.
    pub basis: &'static str,
}

/// Economic sector of a BPU category; PP 50/2025 adjusts the two over different months.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sector {
    /// Transport: ojek, drivers, couriers.
    Transport,
    /// Every other sector.
    #[default]
    Other,
}

coded!(Sector { Transport => "transport", Other => "other" });

/// The PP 50/2025 windows (Pasal 4): 50 % of BPU JKK and JKM.
pub static ADJUSTMENTS: &[Adjustment] = &[
    Adjustment {
        sector: Sector::Transport,
        from: YearMonth::new(2026, 1),
        through: YearMonth::new(2027, 3),
        factor: dec!(0.5),
        regulation: "PP 50/2025",
        basis: "PP 50/2025 Pasal 4",
    },
    Adjustment {
        sector: Sector::Other,
        from: YearMonth::new(2026, 4),
        through: YearMonth::new(2026, 12),
        factor: dec!(0.5),
        regulation: "PP 50/2025",
        basis: "PP 50/2025 Pasal 4",
    },
];

/// The adjustment window covering `sector` in month `at`, if any.
#[must_use]
pub fn adjustment(sector: Sector, at: YearMonth) -> Option<Adjustment> {
    ADJUSTMENTS
        .iter()
        .find(|a| a.sector == sector && a.from <= at && at <= a.through)
        .copied()
}

/// How a budget period sits against the months the table is known to cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// Every month is from the table's first on: the law as checked applies.
    Covered,
    /// Some months are before the table; the earliest known rows were used.
    BeforeTable { from: YearMonth },
}

/// Whether the table covers every month of `period`. There is no upper end: a later month
/// is costed with the law as checked on [`RULES_CHECKED_ON`], which every page says.
#[must_use]
pub fn coverage(period: &BudgetPeriod) -> Coverage {
    let first = YearMonth::new(period.year, period.first_month);
    if first < COVERED_FROM {
        Coverage::BeforeTable { from: COVERED_FROM }
    } else {
        Coverage::Covered
    }
}

/// True when some month of `period` is after the month the rules were checked in: it is
/// costed with the law as it stood then.
#[must_use]
pub fn after_rules_checked(period: &BudgetPeriod) -> bool {
    period.last() > RULES_CHECKED_ON.month()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    const ALL_KEYS: [RateKey; 31] = [
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
    ];

    #[test]
    fn every_key_has_a_row_with_a_citation() {
        for key in ALL_KEYS {
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
        for key in ALL_KEYS {
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
    fn a_new_row_takes_over_from_its_month() {
        // A change in the law is one row: the lookup must pick it from its month on.
        let mut table = RATES.to_vec();
        table.push(row(RateKey::JkmBpu, 2027, 1, dec!(7000), "test"));
        let at = |y, m| in_force_in(&table, RateKey::JkmBpu, YearMonth::new(y, m)).map(|r| r.value);
        assert_eq!(at(2026, 12), Some(dec!(6800)));
        assert_eq!(at(2027, 1), Some(dec!(7000)));
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
    fn months_after_the_check_date_are_known_as_such() {
        assert!(!after_rules_checked(&BudgetPeriod::full_year(2026)));
        assert!(after_rules_checked(&BudgetPeriod::full_year(2027)));
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
}

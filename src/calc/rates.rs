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
    /// Lowest siltap (fixed monthly pay) of a kepala desa: 120 % of a PNS II/a base pay.
    SiltapKepalaDesa,
    /// Lowest siltap of a sekretaris desa: 110 %.
    SiltapSekretarisDesa,
    /// Lowest siltap of other perangkat desa: 100 %.
    SiltapPerangkatDesa,
}

/// One dated value of the law.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
const SILTAP_BASIS: &str = "PP 11/2019 Pasal 81 ayat (2)";
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
    // Siltap minimums (RULES.md §2): the default wage base of the officials; districts may pay
    // more, so the base stays editable.
    row(
        RateKey::SiltapKepalaDesa,
        2019,
        3,
        dec!(2426640),
        SILTAP_BASIS,
    ),
    row(
        RateKey::SiltapSekretarisDesa,
        2019,
        3,
        dec!(2224420),
        SILTAP_BASIS,
    ),
    row(
        RateKey::SiltapPerangkatDesa,
        2019,
        3,
        dec!(2022200),
        SILTAP_BASIS,
    ),
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

/// The PP 50/2025 temporary adjustment of BPU JKK and JKM (RULES.md §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

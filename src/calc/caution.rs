//! What the user should know about a plan (RULES.md §3 and §7): each caution as data, its
//! weight, and the checks that raise them. They never block a plan; `report` words them.

use super::budget::{dana_desa_use, BudgetFit, DanaDesaUse};
use super::category::{CategoryKind, Scheme};
use super::law::{Law, RateTable};
use super::money::Rupiah;
use super::period::YearMonth;
use super::plan::Plan;
use super::rates::{self, Caveat, Coverage, RateKey};
use rust_decimal::prelude::ToPrimitive;

/// Something the user should know about the plan; never blocks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caution {
    /// The budget year starts before the rate table: earliest known rates used.
    RatesBeforeTable {
        /// First month the table covers.
        from: YearMonth,
    },
    /// A JP wage base above the cap is capped at the March 2026 cap, published only in
    /// secondary sources.
    JpCapSecondarySource,
    /// A JP wage base above the cap: months from this one are costed at the last published
    /// cap (the next is not out yet).
    JpCapNotPublished {
        /// First month costed at an unpublished cap.
        from: YearMonth,
    },
    /// Dana Desa pays a premium where it is allowed only with care (named for PKTD).
    DanaDesaUsed,
    /// Dana Desa pays some premium: how much of it is already spoken for (PMK 7/2026),
    /// context shown once with the Dana Desa notes.
    DanaDesaContext,
    /// Dana Desa pays a premium its rules for the year prohibit (RULES.md §3).
    DanaDesaProhibited {
        /// Category index.
        category: usize,
    },
    /// Dana Desa pays a premium in a year whose Dana Desa rules were not checked.
    DanaDesaRulesUnchecked {
        /// The budget year.
        year: i32,
    },
    /// The premium charged to ADD is more than ADD.
    ExceedsAdd {
        /// Amount above ADD.
        over: Rupiah,
    },
    /// Siltap, allowances and officials' premiums are above 30 % of belanja.
    ThirtyPercentExceeded,
    /// JP chosen, no age given: the entry age and 15-year rules (PP 45/2015 Pasal 15).
    JpAge {
        /// Category index.
        category: usize,
        /// Pension age in the budget year.
        pension_age: u8,
    },
    /// JP chosen for someone at or above pension age: JP will not take them.
    JpAbovePensionAge {
        /// Category index.
        category: usize,
        /// Oldest member's age, as entered.
        age: u8,
        /// Pension age in the budget year.
        pension_age: u8,
    },
    /// JP chosen for someone who reaches pension age before 15 years of contributions.
    JpLumpSumOnly {
        /// Category index.
        category: usize,
        /// Oldest member's age, as entered.
        age: u8,
        /// Pension age in the budget year.
        pension_age: u8,
    },
    /// BPU income below the lowest level: costed at the lowest level.
    BpuBelowLowestLevel {
        /// Category index.
        category: usize,
    },
    /// BPU income above the lowest level: the branch office confirms the level's amount.
    BpuLevelToConfirm {
        /// Category index.
        category: usize,
    },
    /// More people insured than the category's total.
    InsuredAbovePopulation {
        /// Category index.
        category: usize,
    },
    /// PP 50/2025 could lower the premium by this much; costed at the full rate.
    AdjustmentPossible {
        /// The saving over the period.
        saving: Rupiah,
    },
    /// PP 50/2025 was applied, lowering the premium by this much.
    AdjustmentApplied {
        /// The saving over the period.
        saving: Rupiah,
    },
    /// A BPU group's oldest member is at or above the entry age branches set.
    BpuAboveEntryAge {
        /// Category index.
        category: usize,
        /// Oldest member's age, as entered.
        age: u8,
        /// The entry age limit.
        limit: u8,
    },
    /// BPU groups without an age: branches set an upper entry age.
    BpuAgeNotGiven {
        /// The entry age limit seen.
        limit: u8,
    },
    /// The program start is not given: a JKM scholarship needs 3 years of contributions.
    ScholarshipNeedsThreeYears {
        /// Years needed.
        years: u8,
    },
    /// The program is younger than the years a JKM scholarship needs.
    ScholarshipNotYet {
        /// First budget year in which a JKM death can give a scholarship.
        from_year: i32,
        /// Years needed.
        years: u8,
    },
    /// Two insured categories may hold the same people: count each person once.
    CountEachPersonOnce {
        /// Category index of a position (perangkat, BPD, RT/RW).
        first: usize,
        /// Category index of a group (kader, pekerja rentan, other).
        second: usize,
    },
}

impl Caution {
    /// The category a caution is about, if it is about one.
    #[must_use]
    pub const fn category(&self) -> Option<usize> {
        match *self {
            Caution::DanaDesaProhibited { category }
            | Caution::JpAge { category, .. }
            | Caution::JpAbovePensionAge { category, .. }
            | Caution::JpLumpSumOnly { category, .. }
            | Caution::BpuBelowLowestLevel { category }
            | Caution::BpuLevelToConfirm { category }
            | Caution::InsuredAbovePopulation { category }
            | Caution::BpuAboveEntryAge { category, .. } => Some(category),
            _ => None,
        }
    }
}

/// How much a caution matters, for its colour and order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Background fact.
    Info,
    /// Worth checking.
    Warning,
    /// Likely a problem.
    Strong,
}

impl Caution {
    /// How much it matters.
    #[must_use]
    pub const fn severity(&self) -> Severity {
        match self {
            Caution::ExceedsAdd { .. }
            | Caution::ThirtyPercentExceeded
            | Caution::DanaDesaProhibited { .. }
            | Caution::JpAbovePensionAge { .. } => Severity::Strong,
            Caution::RatesBeforeTable { .. }
            | Caution::DanaDesaUsed
            | Caution::DanaDesaRulesUnchecked { .. }
            | Caution::JpAge { .. }
            | Caution::JpLumpSumOnly { .. }
            | Caution::JpCapNotPublished { .. }
            | Caution::BpuAboveEntryAge { .. }
            | Caution::ScholarshipNotYet { .. }
            | Caution::InsuredAbovePopulation { .. }
            | Caution::JpCapSecondarySource => Severity::Warning,
            _ => Severity::Info,
        }
    }
}

/// The cautions of `plan`, strongest first: `budget` and `saving` as `calculate` summed
/// them, `laws` the law of each month, `table` for the middle of the year.
pub(crate) fn cautions(
    plan: &Plan,
    budget: &BudgetFit,
    saving: Rupiah,
    laws: &[Law],
    table: &RateTable,
) -> Vec<Caution> {
    let mut out = Vec::new();
    if let Coverage::BeforeTable { from } = rates::coverage(&plan.period) {
        out.push(Caution::RatesBeforeTable { from });
    }
    if let Some(remaining) = budget.add_remaining.filter(|r| r.is_negative()) {
        out.push(Caution::ExceedsAdd {
            over: Rupiah::ZERO - remaining,
        });
    }
    if budget.thirty_percent.is_some_and(|t| !t.within) {
        out.push(Caution::ThirtyPercentExceeded);
    }
    let year = plan.period.year;
    let mid_year = table.at(YearMonth::new(year, 6));
    let whole = |key| mid_year.value(key).to_u8().unwrap_or(u8::MAX);
    let pension_age = whole(RateKey::JpPensionAge);
    let pension_years = whole(RateKey::JpPensionMonths) / 12;
    let bpu_limit = whole(RateKey::BpuMaxEntryAge);
    let mut dana_desa_with_care = false;
    let mut dana_desa_unchecked = false;
    let mut dana_desa_any = false;
    let mut jp_secondary = false;
    let mut jp_unpublished: Option<YearMonth> = None;
    let mut bpu_without_age = false;
    for (i, c) in plan.categories.iter().enumerate() {
        if c.insured == 0 {
            continue;
        }
        let dana_desa = dana_desa_use(c, year);
        dana_desa_any |= dana_desa != DanaDesaUse::NotUsed;
        match dana_desa {
            DanaDesaUse::NotUsed => {}
            DanaDesaUse::Prohibited(_) => out.push(Caution::DanaDesaProhibited { category: i }),
            DanaDesaUse::WithCare => dana_desa_with_care = true,
            DanaDesaUse::Unchecked => dana_desa_unchecked = true,
        }
        if c.has_jp() {
            out.extend(match c.oldest_age {
                Some(age) if age >= pension_age => Some(Caution::JpAbovePensionAge {
                    category: i,
                    age,
                    pension_age,
                }),
                Some(age) if age.saturating_add(pension_years) > pension_age => {
                    Some(Caution::JpLumpSumOnly {
                        category: i,
                        age,
                        pension_age,
                    })
                }
                // Young enough for 15 years of contributions before pension age.
                Some(_) => None,
                None => Some(Caution::JpAge {
                    category: i,
                    pension_age,
                }),
            });
            // The cap only matters to a wage base above it (RULES.md §1): below the cap
            // neither its source nor the next cap changes a rupiah.
            let capped: Vec<&Law> = laws
                .iter()
                .filter(|law| c.base.amount() > law.value(RateKey::JpWageCap))
                .collect();
            jp_secondary |= capped
                .iter()
                .any(|law| law.row(RateKey::JpWageCap).caveat == Some(Caveat::SecondarySource));
            if let Some(law) = capped.iter().find(|law| law.jp_cap_unpublished()) {
                let m = law.month;
                jp_unpublished = Some(jp_unpublished.map_or(m, |u| u.min(m)));
            }
        }
        if c.scheme == Scheme::Bpu {
            let floor = mid_year.amount(RateKey::BpuMinIncome);
            if c.base < floor {
                out.push(Caution::BpuBelowLowestLevel { category: i });
            } else if c.base > floor {
                out.push(Caution::BpuLevelToConfirm { category: i });
            }
            match c.oldest_age {
                Some(age) if age >= bpu_limit => out.push(Caution::BpuAboveEntryAge {
                    category: i,
                    age,
                    limit: bpu_limit,
                }),
                Some(_) => {}
                None => bpu_without_age = true,
            }
        }
        if c.population.is_some_and(|p| c.insured > p) {
            out.push(Caution::InsuredAbovePopulation { category: i });
        }
    }
    if dana_desa_with_care {
        out.push(Caution::DanaDesaUsed);
    }
    if dana_desa_unchecked {
        out.push(Caution::DanaDesaRulesUnchecked { year });
    }
    if dana_desa_any {
        out.push(Caution::DanaDesaContext);
    }
    if jp_secondary {
        out.push(Caution::JpCapSecondarySource);
    }
    if let Some(from) = jp_unpublished {
        out.push(Caution::JpCapNotPublished { from });
    }
    if saving > Rupiah::ZERO {
        out.push(if plan.apply_adjustment {
            Caution::AdjustmentApplied { saving }
        } else {
            Caution::AdjustmentPossible { saving }
        });
    }
    if bpu_without_age {
        out.push(Caution::BpuAgeNotGiven { limit: bpu_limit });
    }
    if plan.categories.iter().any(|c| c.insured > 0) {
        let years = whole(RateKey::ScholarshipJkmYears);
        match plan.insured_since {
            Some(since) if year - since >= i32::from(years) => {}
            Some(since) => out.push(Caution::ScholarshipNotYet {
                from_year: since + i32::from(years),
                years,
            }),
            None => out.push(Caution::ScholarshipNeedsThreeYears { years }),
        }
    }
    if let Some((first, second)) = overlapping_pair(plan) {
        out.push(Caution::CountEachPersonOnce { first, second });
    }
    // Strongest first, each level in the order above. Three passes rather than a sort: the
    // list is short, and a stable sort routine cost 5 KB of the first download.
    [Severity::Strong, Severity::Warning, Severity::Info]
        .into_iter()
        .flat_map(|level| out.iter().filter(move |c| c.severity() == level).copied())
        .collect()
}

/// The first insured position (perangkat, BPD, RT/RW) and insured group (kader, pekerja
/// rentan, other) whose people may be the same (RULES.md §7, double cover).
fn overlapping_pair(plan: &Plan) -> Option<(usize, usize)> {
    let insured = |kinds: &dyn Fn(CategoryKind) -> bool| {
        plan.categories
            .iter()
            .position(|c| c.insured > 0 && kinds(c.kind))
    };
    let first = insured(&|k| {
        k.is_official()
            || matches!(
                k,
                CategoryKind::Bpd | CategoryKind::RtRw | CategoryKind::StafDesa
            )
    })?;
    let second = insured(&|k| {
        matches!(
            k,
            CategoryKind::Kader
                | CategoryKind::PekerjaRentan
                | CategoryKind::PekerjaKeagamaan
                | CategoryKind::Lainnya
        )
    })?;
    Some((first, second))
}

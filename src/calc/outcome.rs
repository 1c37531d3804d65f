//! The outcome of a plan: every figure the app, the printed sheet and the comparison
//! show, computed in one pass by [`calculate`], with the cautions of RULES.md §3 and §7.

use super::benefit::{group_coverage, person_benefits, GroupCoverage, GroupMember, PersonBenefits};
use super::budget::{budget_fit, BudgetFit};
use super::category::{CategoryKind, FundingSource, Scheme};
use super::money::Rupiah;
use super::period::YearMonth;
use super::plan::{Plan, PlanError};
use super::premium::{category_cost, ByProgram, CategoryCost};
use super::rates::{self, Caveat, Coverage, RateKey};
use rust_decimal::Decimal;
use serde::Serialize;

/// One category's figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CategoryOutcome {
    /// Premium per person, per month and over the period.
    pub cost: CategoryCost,
    /// What one person's family receives.
    pub benefits: PersonBenefits,
    /// Insured ÷ total people, when the total is known.
    pub coverage: Option<Decimal>,
}

/// Something the user should know about the plan; never blocks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Caution {
    /// The budget year starts before the rate table: earliest known rates used.
    RatesBeforeTable {
        /// First month the table covers.
        from: YearMonth,
    },
    /// The budget year runs past the rate table: latest known rates used.
    RatesAfterTable {
        /// Last month the table covers.
        through: YearMonth,
    },
    /// A JP figure uses the March 2026 cap, published only in secondary sources.
    JpCapSecondarySource,
    /// Dana Desa pays a premium: its use is narrowed to PKTD for 2026 (RULES.md §3).
    DanaDesaUsed,
    /// Dana Desa pays for officials or RT/RW: stronger caution.
    DanaDesaForOfficials {
        /// Category index.
        category: usize,
    },
    /// The premium charged to ADD is more than ADD.
    ExceedsAdd {
        /// Amount above ADD.
        over: Rupiah,
    },
    /// Siltap, allowances and officials' premiums are above 30 % of belanja.
    ThirtyPercentExceeded,
    /// JP takes only workers below pension age when they join (PP 45/2015 Pasal 15).
    JpAge {
        /// Category index.
        category: usize,
    },
    /// BPU income below the lowest level: costed at Rp1,000,000.
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
    /// BPJS branches set an upper age for new BPU participants (65 in one district).
    BpuAge,
    /// A JKM scholarship needs 3 years of contributions.
    ScholarshipNeedsThreeYears,
    /// Each person is insured once, even when in two categories.
    CountEachPersonOnce,
}

/// How much a caution matters, for its colour and order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
            | Caution::DanaDesaForOfficials { .. } => Severity::Strong,
            Caution::RatesBeforeTable { .. }
            | Caution::RatesAfterTable { .. }
            | Caution::DanaDesaUsed
            | Caution::JpAge { .. }
            | Caution::InsuredAbovePopulation { .. }
            | Caution::JpCapSecondarySource => Severity::Warning,
            _ => Severity::Info,
        }
    }
}

/// Every figure of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// Per category, in the plan's order.
    pub categories: Vec<CategoryOutcome>,
    /// All categories in the first month covered.
    pub first_month: ByProgram,
    /// True when some month costs differently from the first.
    pub monthly_varies: bool,
    /// All categories over the period.
    pub period: ByProgram,
    /// Against the village budget.
    pub budget: BudgetFit,
    /// What the premium buys for the group.
    pub group: GroupCoverage,
    /// PP 50/2025 saving over the period (taken or possible).
    pub adjustment_saving: Rupiah,
    /// Things to tell the user, strongest first.
    pub cautions: Vec<Caution>,
}

impl Outcome {
    /// Total premium a month (first month covered), payer and worker together.
    #[must_use]
    pub fn total_monthly(&self) -> Rupiah {
        self.first_month.total().total()
    }

    /// Total premium over the months covered, payer and worker together.
    #[must_use]
    pub fn total_period(&self) -> Rupiah {
        self.period.total().total()
    }
}

/// Costs a plan; a plan outside the core's limits gives its first problem instead.
pub fn calculate(plan: &Plan) -> Result<Outcome, PlanError> {
    plan.check()?;
    let period = plan.period;
    let first = YearMonth::new(period.year, period.first_month);
    let costs: Vec<CategoryCost> = plan
        .categories
        .iter()
        .map(|c| category_cost(c, &period, plan.apply_adjustment))
        .collect();
    let pairs: Vec<_> = plan.categories.iter().zip(costs.iter()).collect();
    let budget = budget_fit(&plan.budget, &pairs);
    let members: Vec<GroupMember<'_>> = pairs
        .iter()
        .map(|(c, cost)| GroupMember {
            category: c,
            insurance_premium: cost.period.insurance(),
        })
        .collect();
    let group = group_coverage(&members, first, period.months, plan.death_rate_per_mille);

    let mut first_month = ByProgram::default();
    let mut total = ByProgram::default();
    for cost in &costs {
        first_month = first_month.add(cost.months.first().map(|m| m.programs).unwrap_or_default());
        total = total.add(cost.period);
    }
    let monthly_varies = costs.iter().any(CategoryCost::varies_by_month);
    let adjustment_saving = costs.iter().map(|c| c.adjustment_saving).sum();
    let cautions = cautions(plan, &costs, &budget, adjustment_saving);
    let categories = plan
        .categories
        .iter()
        .zip(costs)
        .map(|(c, cost)| CategoryOutcome {
            benefits: person_benefits(c, first),
            coverage: c.population.and_then(|p| {
                Rupiah::from_whole(i64::from(c.insured)).ratio_to(Rupiah::from_whole(i64::from(p)))
            }),
            cost,
        })
        .collect();
    Ok(Outcome {
        categories,
        first_month,
        monthly_varies,
        period: total,
        budget,
        group,
        adjustment_saving,
        cautions,
    })
}

fn cautions(
    plan: &Plan,
    costs: &[CategoryCost],
    budget: &BudgetFit,
    saving: Rupiah,
) -> Vec<Caution> {
    let mut out = Vec::new();
    match rates::coverage(&plan.period) {
        Coverage::Covered => {}
        Coverage::BeforeTable { from } => out.push(Caution::RatesBeforeTable { from }),
        Coverage::AfterTable { through } => out.push(Caution::RatesAfterTable { through }),
    }
    if let Some(remaining) = budget.add_remaining.filter(|r| r.is_negative()) {
        out.push(Caution::ExceedsAdd {
            over: Rupiah::ZERO - remaining,
        });
    }
    if budget.thirty_percent.is_some_and(|t| !t.within) {
        out.push(Caution::ThirtyPercentExceeded);
    }
    let insured = |i: usize| plan.categories.get(i).is_some_and(|c| c.insured > 0);
    let mut dana_desa = false;
    let mut jp_secondary = false;
    let mut any_bpu = false;
    for (i, c) in plan.categories.iter().enumerate() {
        if !insured(i) {
            continue;
        }
        if c.funding == FundingSource::DanaDesa {
            dana_desa = true;
            if c.kind.is_official() || c.kind == CategoryKind::RtRw {
                out.push(Caution::DanaDesaForOfficials { category: i });
            }
        }
        if c.has_jp() {
            out.push(Caution::JpAge { category: i });
            let uses_secondary = costs.get(i).is_some_and(|cost| {
                cost.months.iter().any(|m| {
                    rates::in_force(RateKey::JpWageCap, m.month).caveat
                        == Some(Caveat::SecondarySource)
                })
            });
            jp_secondary |= uses_secondary;
        }
        if c.scheme == Scheme::Bpu {
            any_bpu = true;
            let floor = Rupiah::from_whole(1_000_000);
            if c.base < floor {
                out.push(Caution::BpuBelowLowestLevel { category: i });
            } else if c.base > floor {
                out.push(Caution::BpuLevelToConfirm { category: i });
            }
        }
        if c.population.is_some_and(|p| c.insured > p) {
            out.push(Caution::InsuredAbovePopulation { category: i });
        }
    }
    if dana_desa {
        out.push(Caution::DanaDesaUsed);
    }
    if jp_secondary {
        out.push(Caution::JpCapSecondarySource);
    }
    if saving > Rupiah::ZERO {
        out.push(if plan.apply_adjustment {
            Caution::AdjustmentApplied { saving }
        } else {
            Caution::AdjustmentPossible { saving }
        });
    }
    if any_bpu {
        out.push(Caution::BpuAge);
    }
    if (0..plan.categories.len()).any(insured) {
        out.push(Caution::ScholarshipNeedsThreeYears);
        out.push(Caution::CountEachPersonOnce);
    }
    out.sort_by_key(|c| std::cmp::Reverse(c.severity()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::Category;
    use crate::calc::plan::{Action, CategoryEdit};

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    #[test]
    fn default_plan_is_the_example_village_of_preset_five() {
        // 1 kades, 1 sekdes, 8 perangkat: Rp112,476 a month, Rp1,349,712 a year.
        let o = calculate(&Plan::default()).map_err(|e| format!("{e:?}"));
        let o = o.as_ref();
        assert_eq!(o.map(Outcome::total_monthly), Ok(rp(112_476)));
        assert_eq!(o.map(Outcome::total_period), Ok(rp(1_349_712)));
        assert_eq!(o.map(|o| o.group.protected), Ok(10));
    }

    #[test]
    fn dana_desa_for_perangkat_gives_the_strong_caution_first() {
        let mut p = Plan::default();
        p.apply(Action::Edit(
            2,
            CategoryEdit::Funding(FundingSource::DanaDesa),
        ));
        let cautions = calculate(&p).map(|o| o.cautions).unwrap_or_default();
        assert_eq!(
            cautions.first(),
            Some(&Caution::DanaDesaForOfficials { category: 2 })
        );
        assert!(cautions.contains(&Caution::DanaDesaUsed));
    }

    #[test]
    fn budget_year_after_the_table_is_flagged() {
        let p = Plan::for_year(2027);
        let cautions = calculate(&p).map(|o| o.cautions).unwrap_or_default();
        assert!(cautions
            .iter()
            .any(|c| matches!(c, Caution::RatesAfterTable { .. })));
    }

    #[test]
    fn pp50_saving_is_shown_but_not_taken_by_default() {
        let mut p = Plan {
            categories: vec![Category::new(CategoryKind::PekerjaRentan, 100)],
            ..Plan::default()
        };
        let o = calculate(&p);
        assert_eq!(
            o.as_ref().map(Outcome::total_period).ok(),
            Some(rp(20_160_000))
        );
        assert_eq!(
            o.as_ref()
                .map(|o| o.cautions.contains(&Caution::AdjustmentPossible {
                    saving: rp(840_000 * 9)
                }))
                .ok(),
            Some(true)
        );
        p.apply_adjustment = true;
        assert_eq!(
            calculate(&p).map(|o| o.total_period()).ok(),
            Some(rp(20_160_000 - 7_560_000))
        );
    }

    #[test]
    fn invalid_plan_is_an_error_not_a_panic() {
        let mut p = Plan::default();
        p.period.first_month = 0;
        assert_eq!(calculate(&p).err(), Some(PlanError::InvalidPeriod));
    }
}

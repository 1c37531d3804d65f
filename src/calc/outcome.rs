//! The outcome of a plan: every figure the app, the printed sheet and the comparison
//! show, computed in one pass by [`calculate`], with the cautions of RULES.md §3 and §7.

use super::benefit::{
    group_coverage, head_share, person_benefits, Chances, GroupCoverage, GroupMember,
    PersonBenefits,
};
use super::budget::{budget_fit, BudgetFit};
use super::category::Category;
use super::caution::{cautions, Caution};
use super::law::{Law, RateTable};
use super::money::Rupiah;
use super::period::YearMonth;
use super::plan::{Plan, PlanError};
use super::premium::{category_cost, CategoryCost};
use super::program::ByProgram;
use rust_decimal::Decimal;

/// One category's figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryOutcome {
    /// Premium per person, per month and over the period.
    pub cost: CategoryCost,
    /// What one person's family receives.
    pub benefits: PersonBenefits,
    /// Insured ÷ total people, when the total is known.
    pub coverage: Option<Decimal>,
}

/// Every figure of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Per category, in the plan's order.
    pub categories: Vec<CategoryOutcome>,
    /// What the categories add up to ([`assemble`], the same for the rekap's villages).
    pub sums: Sums,
    /// Things to tell the user, strongest first.
    pub cautions: Vec<Caution>,
    /// The law of the first month covered, whose rows the sentences and the sheet cite.
    pub law: Law,
}

impl Outcome {
    /// Total premium a month (first month covered), payer and worker together.
    #[must_use]
    pub fn total_monthly(&self) -> Rupiah {
        self.sums.first_month.total().total()
    }

    /// Total premium over the months covered, payer and worker together.
    #[must_use]
    pub fn total_period(&self) -> Rupiah {
        self.sums.period.total().total()
    }

    /// What insuring one person (JKK and JKM) costs on average over the months covered,
    /// rounded to the rupiah; None when nobody is insured.
    #[must_use]
    pub fn insurance_per_person(&self) -> Option<Rupiah> {
        let people = self.sums.group.protected;
        if people == 0 {
            return None;
        }
        let each = self.sums.period.insurance().per(people)?;
        Some(each.round_rupiah())
    }

    /// The benefits a family can count on, over the categories with people insured: the
    /// highest JKM death benefit, the lowest JKK death benefit ("at least") and the highest
    /// scholarship ceiling; zero when nobody is insured.
    #[must_use]
    pub fn benefit_summary(&self) -> BenefitSummary {
        let insured = || self.categories.iter().filter(|c| c.cost.people > 0);
        BenefitSummary {
            jkm_death: insured()
                .map(|c| c.benefits.jkm_death)
                .max()
                .unwrap_or_default(),
            jkk_death_at_least: insured()
                .map(|c| c.benefits.jkk_death)
                .min()
                .unwrap_or_default(),
            scholarship_max: insured()
                .map(|c| c.benefits.scholarship_max)
                .max()
                .unwrap_or_default(),
        }
    }
}

/// The benefits of a whole plan in one line (see [`Outcome::benefit_summary`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BenefitSummary {
    /// Highest JKM death benefit (death not caused by work).
    pub jkm_death: Rupiah,
    /// Lowest JKK death benefit (death from a work accident).
    pub jkk_death_at_least: Rupiah,
    /// Highest scholarship ceiling, all children together.
    pub scholarship_max: Rupiah,
}

/// Costs a plan under the official law; a plan outside the core's limits gives its first
/// problem instead.
pub fn calculate(plan: &Plan) -> Result<Outcome, PlanError> {
    calculate_under(plan, RateTable::official())
}

/// Costs a plan under the law of `table`, each month's law resolved once.
pub fn calculate_under(plan: &Plan, table: &RateTable) -> Result<Outcome, PlanError> {
    plan.check()?;
    let laws = table.period(&plan.period);
    let law = laws
        .first()
        .cloned()
        .unwrap_or_else(|| table.at(YearMonth::new(plan.period.year, plan.period.first_month)));
    let costs: Vec<CategoryCost> = plan
        .categories
        .iter()
        .map(|c| category_cost(c, &laws, plan.apply_adjustment))
        .collect();
    let benefits: Vec<PersonBenefits> = plan
        .categories
        .iter()
        .map(|c| person_benefits(c, &law))
        .collect();
    let sums = assemble(
        plan,
        &plan.categories,
        &costs,
        &benefits,
        &law,
        &mut Chances::default(),
    );
    let cautions = cautions(plan, &sums.budget, sums.adjustment_saving, &laws, table);
    let categories = plan
        .categories
        .iter()
        .zip(costs)
        .zip(benefits)
        .map(|((c, cost), benefits)| CategoryOutcome {
            benefits,
            coverage: c.population.and_then(|p| head_share(c.insured, p)),
            cost,
        })
        .collect();
    Ok(Outcome {
        categories,
        sums,
        cautions,
        law,
    })
}

/// What a plan's categories add up to: the totals, the budget fit and the group view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sums {
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
}

/// The one assembly of a plan's figures from its categories' costs and one person's
/// benefits in each (same order as `categories`), used by `calculate` and by the rekap for
/// every village: the same computation, whoever prices the categories. `chances` remembers
/// the group's chances of a death by head count (the rekap keeps one for all its villages).
#[must_use]
pub fn assemble(
    plan: &Plan,
    categories: &[Category],
    costs: &[CategoryCost],
    benefits: &[PersonBenefits],
    law: &Law,
    chances: &mut Chances,
) -> Sums {
    let pairs: Vec<(&Category, &CategoryCost)> = categories.iter().zip(costs).collect();
    let budget = budget_fit(&plan.budget, &pairs);
    let members: Vec<GroupMember<'_>> = pairs
        .iter()
        .zip(benefits)
        .map(|((c, cost), b)| GroupMember {
            category: c,
            insurance_premium: cost.period.insurance(),
            benefits: Some(*b),
        })
        .collect();
    let group = group_coverage(
        &members,
        law,
        plan.period.months,
        plan.death_rate_per_mille,
        chances,
    );
    let mut first_month = ByProgram::default();
    let mut period = ByProgram::default();
    for cost in costs {
        first_month.add_from(&cost.first);
        period.add_from(&cost.period);
    }
    Sums {
        first_month,
        monthly_varies: costs.iter().any(CategoryCost::varies_by_month),
        period,
        budget,
        group,
        adjustment_saving: costs.iter().map(|c| c.adjustment_saving).sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::{Category, CategoryKind, FundingSource};
    use crate::calc::caution::Severity;
    use crate::calc::plan::{Action, CategoryEdit};
    use crate::calc::rates::Sector;

    #[test]
    fn per_person_cost_and_benefit_summary_of_the_insured() {
        let mut p = Plan::default();
        let Ok(o) = calculate(&p) else {
            panic!("the default plan is valid")
        };
        let exact = o.sums.period.insurance().amount() / Decimal::from(10);
        assert_eq!(
            o.insurance_per_person(),
            Some(Rupiah::from_decimal(exact).round_rupiah())
        );
        let s = o.benefit_summary();
        let kades = o.categories[0].benefits;
        assert_eq!(s.jkm_death, kades.jkm_death);
        assert!(o.categories[..3]
            .iter()
            .all(|c| c.benefits.jkk_death >= s.jkk_death_at_least));
        assert!(s.scholarship_max > Rupiah::ZERO);
        for i in 0..3 {
            p.apply(Action::Edit(p.categories[i].id, CategoryEdit::Insured(0)));
        }
        let Ok(o) = calculate(&p) else {
            panic!("nobody insured is still a plan")
        };
        assert_eq!(o.insurance_per_person(), None);
        assert_eq!(o.benefit_summary(), BenefitSummary::default());
    }

    fn cautions_of(p: &Plan) -> Vec<Caution> {
        calculate(p).map(|o| o.cautions).unwrap_or_default()
    }

    fn only(category: Category) -> Plan {
        Plan {
            categories: vec![category],
            ..Plan::default()
        }
    }

    #[test]
    fn dana_desa_for_bpd_is_prohibited_but_for_rt_rw_and_rentan_only_cautioned() {
        let on_dd = |kind| Category {
            funding: FundingSource::DanaDesa,
            ..Category::new(kind, 5)
        };
        let c = cautions_of(&only(on_dd(CategoryKind::Bpd)));
        assert!(c.contains(&Caution::DanaDesaProhibited { category: 0 }));
        for kind in [CategoryKind::RtRw, CategoryKind::PekerjaRentan] {
            let c = cautions_of(&only(on_dd(kind)));
            assert!(c.contains(&Caution::DanaDesaUsed), "{kind:?}");
            assert!(!c
                .iter()
                .any(|c| matches!(c, Caution::DanaDesaProhibited { .. })));
        }
        // Nobody insured: nothing is paid, nothing to warn about.
        assert!(
            !cautions_of(&only(on_dd(CategoryKind::Bpd)).clone_with_insured(0))
                .iter()
                .any(|c| matches!(c, Caution::DanaDesaProhibited { .. }))
        );
    }

    #[test]
    fn dana_desa_in_a_year_without_checked_rules_says_so() {
        let mut p = only(Category {
            funding: FundingSource::DanaDesa,
            ..Category::new(CategoryKind::KepalaDesa, 1)
        });
        p.period.year = 2025;
        let c = cautions_of(&p);
        assert!(c.contains(&Caution::DanaDesaRulesUnchecked { year: 2025 }));
        assert!(!c
            .iter()
            .any(|c| matches!(c, Caution::DanaDesaProhibited { .. })));
    }

    #[test]
    fn jp_warnings_follow_the_oldest_age() {
        let jp = |age| {
            only(Category {
                jp: true,
                oldest_age: age,
                ..Category::new(CategoryKind::KepalaDesa, 1)
            })
        };
        assert!(cautions_of(&jp(None)).contains(&Caution::JpAge {
            category: 0,
            pension_age: 59
        }));
        assert!(
            cautions_of(&jp(Some(61))).contains(&Caution::JpAbovePensionAge {
                category: 0,
                age: 61,
                pension_age: 59
            })
        );
        // 50 + 15 years > 59: reaches pension age with too few months for a pension.
        assert!(
            cautions_of(&jp(Some(50))).contains(&Caution::JpLumpSumOnly {
                category: 0,
                age: 50,
                pension_age: 59
            })
        );
        let young = cautions_of(&jp(Some(44)));
        assert!(!young.iter().any(|c| matches!(
            c,
            Caution::JpAge { .. }
                | Caution::JpLumpSumOnly { .. }
                | Caution::JpAbovePensionAge { .. }
        )));
        let mut later = jp(None);
        later.period.year = 2028;
        assert!(cautions_of(&later).contains(&Caution::JpAge {
            category: 0,
            pension_age: 60
        }));
    }

    #[test]
    fn jp_months_after_the_published_cap_are_noted_only_above_the_cap() {
        let above = Rupiah::from_whole(12_000_000);
        let mut p = only(Category {
            jp: true,
            base: above,
            ..Category::new(CategoryKind::KepalaDesa, 1)
        });
        let unpublished = |p: &Plan| {
            cautions_of(p)
                .into_iter()
                .filter(|c| matches!(c, Caution::JpCapNotPublished { .. }))
                .collect::<Vec<_>>()
        };
        assert_eq!(unpublished(&p), []);
        p.period.year = 2027;
        assert_eq!(
            unpublished(&p),
            [Caution::JpCapNotPublished {
                from: YearMonth::new(2027, 3)
            }]
        );
        p.period.months = 2;
        assert_eq!(unpublished(&p), []);
        // Below the cap (every siltap minimum is), the cap changes nothing: no note at all.
        p.period.months = 12;
        p.categories[0].base = Rupiah::from_whole(11_086_300);
        assert_eq!(unpublished(&p), []);
        assert!(!cautions_of(&p).contains(&Caution::JpCapSecondarySource));
        p.categories[0].base = Rupiah::from_whole(11_086_301);
        assert_eq!(unpublished(&p).len(), 1);
        assert!(cautions_of(&p).contains(&Caution::JpCapSecondarySource));
    }

    #[test]
    fn bpu_age_warning_fires_on_the_age_entered() {
        let bpu = |age| {
            only(Category {
                oldest_age: age,
                ..Category::new(CategoryKind::PekerjaRentan, 10)
            })
        };
        assert!(cautions_of(&bpu(None)).contains(&Caution::BpuAgeNotGiven { limit: 65 }));
        assert!(
            cautions_of(&bpu(Some(70))).contains(&Caution::BpuAboveEntryAge {
                category: 0,
                age: 70,
                limit: 65
            })
        );
        let ok = cautions_of(&bpu(Some(64)));
        assert!(!ok.iter().any(|c| matches!(
            c,
            Caution::BpuAgeNotGiven { .. } | Caution::BpuAboveEntryAge { .. }
        )));
    }

    #[test]
    fn scholarship_rule_follows_the_year_the_program_started() {
        let mut p = only(Category::new(CategoryKind::PekerjaRentan, 10));
        assert!(cautions_of(&p).contains(&Caution::ScholarshipNeedsThreeYears { years: 3 }));
        p.insured_since = Some(2025);
        assert!(cautions_of(&p).contains(&Caution::ScholarshipNotYet {
            from_year: 2028,
            years: 3
        }));
        p.insured_since = Some(2023);
        assert!(!cautions_of(&p).iter().any(|c| matches!(
            c,
            Caution::ScholarshipNotYet { .. } | Caution::ScholarshipNeedsThreeYears { .. }
        )));
    }

    #[test]
    fn double_cover_reminder_names_a_position_and_a_group() {
        let mut p = Plan::default();
        assert!(!cautions_of(&p)
            .iter()
            .any(|c| matches!(c, Caution::CountEachPersonOnce { .. })));
        p.apply(Action::Edit(p.categories[5].id, CategoryEdit::Insured(20)));
        assert!(cautions_of(&p).contains(&Caution::CountEachPersonOnce {
            first: 0,
            second: 5
        }));
        let mut p = only(Category::new(CategoryKind::Bpd, 7));
        p.categories
            .push(Category::new(CategoryKind::PekerjaRentan, 100));
        assert!(cautions_of(&p).contains(&Caution::CountEachPersonOnce {
            first: 0,
            second: 1
        }));
    }

    #[test]
    fn per_category_cautions_name_their_category() {
        let mut p = Plan::default();
        p.categories[6].insured = 4;
        p.categories[6].sector = Sector::Transport;
        p.categories[6].oldest_age = Some(70);
        let c = cautions_of(&p);
        assert!(c
            .iter()
            .filter(|c| matches!(c, Caution::BpuAboveEntryAge { .. }))
            .all(|c| c.category() == Some(6)));
        assert_eq!(Caution::ExceedsAdd { over: rp(1) }.category(), None);
    }

    trait WithInsured {
        fn clone_with_insured(&self, n: u32) -> Plan;
    }

    impl WithInsured for Plan {
        fn clone_with_insured(&self, n: u32) -> Plan {
            let mut p = self.clone();
            for c in &mut p.categories {
                c.insured = n;
            }
            p
        }
    }

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
        assert_eq!(o.map(|o| o.sums.group.protected), Ok(10));
    }

    #[test]
    fn dana_desa_for_perangkat_in_2026_is_a_prohibition_first() {
        let mut p = Plan::default();
        p.apply(Action::Edit(
            p.categories[2].id,
            CategoryEdit::Funding(FundingSource::DanaDesa),
        ));
        let cautions = calculate(&p).map(|o| o.cautions).unwrap_or_default();
        assert_eq!(
            cautions.first(),
            Some(&Caution::DanaDesaProhibited { category: 2 })
        );
        // The PKTD caution is for the groups Dana Desa may pay, not for officials.
        assert!(!cautions.contains(&Caution::DanaDesaUsed));
    }

    #[test]
    fn cautions_come_strongest_first_each_level_in_its_own_order() {
        let on_dd = |kind| Category {
            funding: FundingSource::DanaDesa,
            ..Category::new(kind, 3)
        };
        let mut p = Plan::for_year(2027);
        p.categories = vec![
            on_dd(CategoryKind::PekerjaRentan),
            on_dd(CategoryKind::KepalaDesa),
            on_dd(CategoryKind::PerangkatDesa),
        ];
        let c = cautions_of(&p);
        let levels: Vec<Severity> = c.iter().map(Caution::severity).collect();
        assert!(levels.windows(2).all(|w| w[0] >= w[1]), "{c:?}");
        assert!(levels.contains(&Severity::Strong) && levels.contains(&Severity::Info));
        // Within a level, the order they were found in: category 1 before category 2.
        let at = |i| {
            c.iter()
                .position(|x| *x == Caution::DanaDesaProhibited { category: i })
        };
        assert!(at(1) < at(2) && at(1).is_some(), "{c:?}");
    }

    #[test]
    fn budget_year_2027_is_costed_without_a_rate_table_alarm() {
        let p = Plan::for_year(2027);
        let cautions = calculate(&p).map(|o| o.cautions).unwrap_or_default();
        assert!(
            !cautions.iter().any(|c| c.severity() > Severity::Info),
            "{cautions:?}"
        );
    }

    #[test]
    fn dana_desa_in_2027_warns_officials_by_the_2026_stand_in_and_gives_context_once() {
        let on_dd = |kind| Category {
            funding: FundingSource::DanaDesa,
            ..Category::new(kind, 3)
        };
        let mut p = Plan::for_year(2027);
        p.categories = vec![
            on_dd(CategoryKind::KepalaDesa),
            on_dd(CategoryKind::PerangkatDesa),
            on_dd(CategoryKind::Bpd),
            on_dd(CategoryKind::PekerjaRentan),
        ];
        let c = cautions_of(&p);
        for i in 0..3 {
            assert!(
                c.contains(&Caution::DanaDesaProhibited { category: i }),
                "{i}"
            );
        }
        assert!(c.contains(&Caution::DanaDesaUsed));
        assert!(!c
            .iter()
            .any(|c| matches!(c, Caution::DanaDesaRulesUnchecked { .. })));
        assert_eq!(
            c.iter().filter(|c| **c == Caution::DanaDesaContext).count(),
            1
        );
        assert_eq!(
            Caution::DanaDesaProhibited { category: 0 }.severity(),
            Severity::Strong
        );
        // Without Dana Desa, no context either.
        for cat in &mut p.categories {
            cat.funding = FundingSource::Add;
        }
        assert!(!cautions_of(&p).contains(&Caution::DanaDesaContext));
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

//! The figures of the first screen, named as data, so that the page can ask for a formula
//! without carrying the code that words it: that code arrives later, in its own part.

use super::*;
use crate::calc::category::FundingSource;

/// A figure of the first screen whose formula can be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// All categories, one month.
    TotalMonthly,
    /// All categories, the budget period.
    TotalPeriod,
    /// The payer's (`worker: false`) or the workers' share of the period.
    ShareTotal {
        /// The workers' own share rather than the payer's.
        worker: bool,
    },
    /// One person of the plan's category (by index) for one month, by program.
    PersonMonth(usize),
    /// The plan's category (by index), one month.
    CategoryMonth(usize),
    /// The plan's category (by index), the budget period.
    CategoryPeriod(usize),
    /// One part of one program, the budget period.
    ProgramPart(Program, Part),
    /// What one funding source pays over the period.
    SourceTotal(FundingSource),
    /// The payer's share charged to the ADD.
    ChargedToAdd,
    /// That share as a part of the ADD.
    AddShare,
    /// The ADD left after it.
    AddRemaining,
    /// The 30 % rule's share.
    ThirtyPercent,
}

/// The formula and basis of `topic` for `plan` and its `outcome`; no formula for a
/// category index the plan does not have.
#[must_use]
pub fn topic(lang: Lang, plan: &Plan, outcome: &Outcome, topic: Topic) -> Explanation {
    let category = |i: usize| plan.categories.get(i).zip(outcome.categories.get(i));
    match topic {
        Topic::TotalMonthly => total_monthly(lang, plan, outcome),
        Topic::TotalPeriod => total_period(lang, plan, outcome),
        Topic::ShareTotal { worker } => share_total(lang, plan, outcome, worker),
        Topic::PersonMonth(i) => category(i).map_or_else(Explanation::none, |(c, co)| {
            person_month_by_program(lang, c, &co.cost.per_person)
        }),
        Topic::CategoryMonth(i) => {
            category(i).map_or_else(Explanation::none, |(_, co)| category_month(lang, &co.cost))
        }
        Topic::CategoryPeriod(i) => {
            category(i).map_or_else(Explanation::none, |(_, co)| category_period(lang, &co.cost))
        }
        Topic::ProgramPart(program, part) => program_part(lang, plan, outcome, program, part),
        Topic::SourceTotal(source) => source_total(lang, plan, outcome, source),
        Topic::ChargedToAdd => charged_to_add(lang, plan, outcome),
        Topic::AddShare => add_share(lang, outcome, plan.budget.alokasi_dana_desa),
        Topic::AddRemaining => add_remaining(lang, plan, outcome),
        Topic::ThirtyPercent => thirty_percent(lang, outcome),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::outcome::calculate;

    #[test]
    fn a_topic_words_the_same_formula_as_its_function() {
        let plan = Plan::default();
        let o = calculate(&plan).unwrap();
        let lang = Lang::Id;
        assert_eq!(
            topic(lang, &plan, &o, Topic::TotalPeriod),
            total_period(lang, &plan, &o)
        );
        assert_eq!(
            topic(lang, &plan, &o, Topic::CategoryMonth(0)),
            category_month(lang, &o.categories[0].cost)
        );
        assert_eq!(
            topic(lang, &plan, &o, Topic::PersonMonth(1)),
            person_month_by_program(lang, &plan.categories[1], &o.categories[1].cost.per_person)
        );
        assert_eq!(
            topic(Lang::En, &plan, &o, Topic::AddShare),
            add_share(Lang::En, &o, plan.budget.alokasi_dana_desa)
        );
    }

    #[test]
    fn a_category_the_plan_does_not_have_has_no_formula() {
        let plan = Plan::default();
        let o = calculate(&plan).unwrap();
        let missing = plan.categories.len();
        for t in [
            Topic::PersonMonth(missing),
            Topic::CategoryMonth(missing),
            Topic::CategoryPeriod(missing),
        ] {
            assert_eq!(topic(Lang::Id, &plan, &o, t), Explanation::none());
        }
    }
}

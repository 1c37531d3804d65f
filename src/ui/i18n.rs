//! Every word the page shows, in one table per language. A missing word in either
//! language is a compile error, because both tables fill the same struct.

mod en;
mod id;

use crate::calc::explain::category_name;
use crate::calc::input::InputError;
use crate::calc::lang::Lang;
use crate::calc::outcome::Caution;
use crate::calc::plan::{Plan, PlanError};

/// The page's fixed texts.
pub struct Texts {
    pub title: &'static str,
    pub tagline: &'static str,
    pub lang_toggle: &'static str,
    pub privacy: &'static str,
    pub section_village: &'static str,
    pub village_name: &'static str,
    pub village_placeholder: &'static str,
    pub budget_year: &'static str,
    pub first_month: &'static str,
    pub months: &'static str,
    pub months_hint: &'static str,
    pub add: &'static str,
    pub add_hint: &'static str,
    pub belanja: &'static str,
    pub belanja_hint: &'static str,
    pub bengkok: &'static str,
    pub siltap: &'static str,
    pub optional: &'static str,
    pub assumptions: &'static str,
    pub death_rate: &'static str,
    pub death_rate_hint: &'static str,
    pub adjustment: &'static str,
    pub adjustment_hint: &'static str,
    pub section_workers: &'static str,
    pub workers_hint: &'static str,
    pub category_name: &'static str,
    pub insured: &'static str,
    pub population: &'static str,
    pub population_hint: &'static str,
    pub scheme: &'static str,
    pub scheme_pu: &'static str,
    pub scheme_bpu: &'static str,
    pub wage: &'static str,
    pub income: &'static str,
    pub income_hint: &'static str,
    pub programs: &'static str,
    pub jkk_jkm_always: &'static str,
    pub jht: &'static str,
    pub jp: &'static str,
    pub risk_class: &'static str,
    pub funding: &'static str,
    pub sector: &'static str,
    pub sector_transport: &'static str,
    pub sector_other: &'static str,
    pub account_code: &'static str,
    pub remove: &'static str,
    pub add_category: &'static str,
    pub add_category_kind: &'static str,
    pub section_cost: &'static str,
    pub per_month: &'static str,
    pub per_period: &'static str,
    pub payer_share: &'static str,
    pub worker_share: &'static str,
    pub worker_share_hint: &'static str,
    pub by_category: &'static str,
    pub category: &'static str,
    pub people: &'static str,
    pub per_person_month: &'static str,
    pub by_program: &'static str,
    pub program: &'static str,
    pub by_source: &'static str,
    pub source: &'static str,
    pub total: &'static str,
    pub varies_note: &'static str,
    pub section_budget: &'static str,
    pub charged_to_add: &'static str,
    pub add_share: &'static str,
    pub add_remaining: &'static str,
    pub add_missing: &'static str,
    pub chart_title: &'static str,
    pub premium_legend: &'static str,
    pub remaining_legend: &'static str,
    pub thirty_title: &'static str,
    pub thirty_within: &'static str,
    pub thirty_over: &'static str,
    pub thirty_missing: &'static str,
    pub cautions: &'static str,
    pub section_protection: &'static str,
    pub people_protected: &'static str,
    pub coverage: &'static str,
    pub unprotected: &'static str,
    pub family_receives: &'static str,
    pub event: &'static str,
    pub benefit: &'static str,
    pub jkm_death: &'static str,
    pub jkk_death: &'static str,
    pub disability: &'static str,
    pub temporary: &'static str,
    pub medical: &'static str,
    pub medical_value: &'static str,
    pub scholarship: &'static str,
    pub scholarship_note: &'static str,
    pub group_title: &'static str,
    pub sum_assured: &'static str,
    pub expected_deaths: &'static str,
    pub expected_payout: &'static str,
    pub chance_year: &'static str,
    pub chance_term: &'static str,
    pub payout_ratio: &'static str,
    pub jht_is_savings: &'static str,
    pub stale: &'static str,
    pub plan_invalid: &'static str,
    pub formula: &'static str,
    pub legal_basis: &'static str,
    pub show_formula: &'static str,
    pub footer: &'static str,
    pub sources_note: &'static str,
    pub per_year: &'static str,
    pub payment_title: &'static str,
    pub payment_pu: &'static str,
    pub payment_bpu: &'static str,
}

/// The texts of a language.
#[must_use]
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Id => &id::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The message for a rejected input.
#[must_use]
pub fn input_error(lang: Lang, error: &InputError) -> String {
    match lang {
        Lang::Id => id::input_error(error),
        Lang::En => en::input_error(error),
    }
}

/// The message for a plan the core cannot cost.
#[must_use]
pub fn plan_error(lang: Lang, error: &PlanError) -> String {
    match lang {
        Lang::Id => id::plan_error(error),
        Lang::En => en::plan_error(error),
    }
}

/// The sentence for a caution, naming categories from the plan.
#[must_use]
pub fn caution(lang: Lang, caution: &Caution, plan: &Plan) -> String {
    let name = |i: usize| {
        plan.categories
            .get(i)
            .map(|c| category_name(lang, c))
            .unwrap_or_default()
    };
    match lang {
        Lang::Id => id::caution(caution, &name),
        Lang::En => en::caution(caution, &name),
    }
}

/// The name of a funding source (one copy of the text, in the core).
pub use crate::calc::rab::source_name;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_is_empty_in_either_language() {
        for lang in [Lang::Id, Lang::En] {
            let t = texts(lang);
            for (i, s) in [
                t.title,
                t.tagline,
                t.lang_toggle,
                t.add,
                t.insured,
                t.stale,
                t.footer,
            ]
            .iter()
            .enumerate()
            {
                assert!(!s.trim().is_empty(), "{lang:?} text {i} empty");
            }
        }
        assert_ne!(texts(Lang::Id).title, texts(Lang::En).title);
    }
}

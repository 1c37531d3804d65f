//! "Yang diterima keluarga": each category's benefits per event, and the note on medical
//! care and scholarships.

use crate::calc::benefit::PersonBenefits;
use crate::calc::law::Law;
use crate::calc::money::Rupiah;
use crate::report::explain::{self, Explanation};
use crate::report::lang::Lang;
use crate::report::texts::names::category_name;
use crate::ui::components::data_table::data_table;
use crate::ui::components::figure::Figure;
use crate::ui::shared::shared;
use crate::ui::state::{tr, use_app};
use crate::ui::state::{tr_later, tr_later_cited};
use leptos::prelude::*;

/// Each column: the amount, and its formula.
type Column = (
    fn(&PersonBenefits) -> Rupiah,
    fn(Lang, &PersonBenefits, &Law) -> Explanation,
);

/// The columns after the category, in order.
const COLUMNS: [Column; 5] = [
    (|b| b.jkm_death, |lang, b, _| explain::jkm_benefit(lang, b)),
    (|b| b.jkk_death, explain::jkk_death_benefit),
    (|b| b.total_disability, explain::disability_benefit),
    (|b| b.temporary_first_year, explain::temporary_benefit),
    (|b| b.scholarship_max, explain::scholarship),
];

/// The benefits table.
#[component(transparent)]
pub fn BenefitsTable() -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    let benefit_rows = move || {
        let lang = lang();
        let plan = state.plan.get();
        state.outcome.with(|o| {
            let Some(o) = o else { return Vec::new() };
            // The law the benefits were computed under (the first month); a clone shares it.
            let law = &o.law;
            // Each column's name, beside its figure when a row is a card on a phone.
            let (t, scholarship) = (state.later(), state.later_cited(|t| t.scholarship));
            let labels = [
                t.jkm_death.to_string(),
                t.jkk_death.to_string(),
                t.disability.to_string(),
                format!("{} / {}", t.temporary, t.a_month_unit),
                scholarship,
            ];
            plan.categories
                .iter()
                .zip(&o.categories)
                .filter(|(c, _)| c.insured > 0)
                .map(|(c, co)| {
                    let b = co.benefits;
                    let cells = COLUMNS
                        .into_iter()
                        .zip(labels.clone())
                        .map(|((amount, why), label)| {
                            let law = law.clone();
                            view! {
                                <td class="num" data-label=label>
                                    <Figure
                                        value=lang.rupiah(amount(&b))
                                        explain=move || why(lang, &b, &law)
                                    />
                                </td>
                            }
                        })
                        .collect::<Vec<_>>();
                    view! {
                        <tr>
                            <th scope="row">{category_name(lang, c)}</th>
                            {cells}
                        </tr>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        {data_table(
            |t| t.family_receives,
            view! {
                <th scope="col">{tr(|t| t.category)}</th>
                <th scope="col" class="num">
                    {tr_later(|t| t.jkm_death)}
                </th>
                <th scope="col" class="num">
                    {tr_later(|t| t.jkk_death)}
                </th>
                <th scope="col" class="num">
                    {tr_later(|t| t.disability)}
                </th>
                <th scope="col" class="num">
                    {move || {
                        format!("{} / {}", state.later().temporary, state.later().a_month_unit)
                    }}
                </th>
                <th scope="col" class="num">
                    {tr_later_cited(|t| t.scholarship)}
                </th>
            }
                .into_any(),
            shared(benefit_rows),
            false,
        )}
        <p class="note">
            {move || {
                format!(
                    "{}: {}. {}: {}.",
                    state.later().medical,
                    state.later().medical_value,
                    state.later_cited(|t| t.scholarship),
                    state.later_cited(|t| t.scholarship_note),
                )
            }}
        </p>
    }
}

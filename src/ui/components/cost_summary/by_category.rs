//! The cost table by category: people, per person per month, per month, for the period.

use super::period_label;
use crate::report::explain::Topic;
use crate::report::texts::names::category_name;
use crate::ui::components::data_table::data_table;
use crate::ui::components::figure::Figure;
use crate::ui::shared::shared;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;

/// One row per insured category.
#[component(transparent)]
pub fn ByCategory() -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    let rows = move || {
        let plan = state.plan.get();
        let lang = lang();
        state.outcome.with(|o| {
            let Some(o) = o else { return Vec::new() };
            plan.categories
                .iter()
                .zip(&o.categories)
                .enumerate()
                .filter(|(_, (c, _))| c.insured > 0)
                .map(|(i, (c, co))| {
                    let per_person = co.cost.per_person.programs.total().total();
                    let month_total = co.cost.first_month().total().total();
                    let t = state.t();
                    view! {
                        <tr>
                            <th scope="row">{category_name(lang, c)}</th>
                            <td class="num" data-label=t.people>
                                {lang.count(c.insured)}
                            </td>
                            <td class="num" data-label=t.per_person_month>
                                <Figure
                                    value=lang.rupiah(per_person)
                                    explain=Topic::PersonMonth(i)
                                />
                            </td>
                            <td class="num" data-label=t.per_month>
                                <Figure
                                    value=lang.rupiah(month_total)
                                    explain=Topic::CategoryMonth(i)
                                    testid=format!("cat-month-{i}")
                                />
                            </td>
                            <td class="num" data-label=lang.period_heading(plan.period.months)>
                                <Figure
                                    value=lang.rupiah(co.cost.period.total().total())
                                    explain=Topic::CategoryPeriod(i)
                                    testid=format!("cat-period-{i}")
                                />
                            </td>
                        </tr>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        {data_table(
            |t| t.by_category,
            view! {
                <th scope="col">{tr(|t| t.category)}</th>
                <th scope="col" class="num">
                    {tr(|t| t.people)}
                </th>
                <th scope="col" class="num">
                    {tr(|t| t.per_person_month)}
                </th>
                <th scope="col" class="num">
                    {tr(|t| t.per_month)}
                </th>
                <th scope="col" class="num">
                    {shared(period_label(state))}
                </th>
            }
                .into_any(),
            shared(rows),
            true,
        )}
    }
}

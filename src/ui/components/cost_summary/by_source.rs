//! The cost table by funding source, for the period.

use super::period_label;
use crate::report::explain::Topic;
use crate::report::texts::names::source_name;
use crate::ui::components::data_table::data_table;
use crate::ui::components::figure::Figure;
use crate::ui::shared::shared;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;

/// One row per funding source that pays something.
#[component(transparent)]
pub fn BySource() -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    let rows = move || {
        let lang = lang();
        let months = state.plan.with(|p| p.period.months);
        state.outcome.with(|o| {
            let Some(o) = o else { return Vec::new() };
            o.sums
                .budget
                .by_source
                .iter()
                .filter(|(_, amount)| **amount > crate::calc::money::Rupiah::ZERO)
                .map(|(source, amount)| {
                    view! {
                        <tr>
                            <th scope="row">{source_name(lang, source)}</th>
                            <td class="num" data-label=lang.period_heading(months)>
                                <Figure
                                    value=lang.rupiah(*amount)
                                    explain=Topic::SourceTotal(source)
                                    testid=format!("source-{}", source.code())
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
            |t| t.by_source,
            view! {
                <th scope="col">{tr(|t| t.source)}</th>
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

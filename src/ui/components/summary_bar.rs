//! The bar fixed at the bottom of a phone screen, where the results are below the form.

use crate::ui::state::use_app;
use leptos::prelude::*;

/// The bar fixed at the bottom of a phone screen: cost of the period and ADD share.
#[component]
pub fn SummaryBar() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="summary-bar no-print" aria-hidden="true" data-testid="summary-bar">
            {move || {
                let lang = state.lang.get();
                state
                    .outcome
                    .with(|o| {
                        o.as_ref()
                            .map(|o| {
                                let share = o
                                    .sums
                                    .budget
                                    .add_share
                                    .map(|s| {
                                        format!(
                                            " · {} {} ({})",
                                            state.t().bar_from_add,
                                            lang.rupiah(o.sums.budget.charged_to_add),
                                            lang.percent(s, 2),
                                        )
                                    })
                                    .unwrap_or_default();
                                let example = if state.example.get() {
                                    state.t().example
                                } else {
                                    ""
                                };
                                format!(
                                    "{example}{} {}{share}",
                                    lang.period_heading(state.plan.with(|p| p.period.months)),
                                    lang.rupiah(o.total_period()),
                                )
                            })
                    })
                    .unwrap_or_default()
            }}
        </div>
    }
}

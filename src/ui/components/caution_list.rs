//! The cautions of the core (RULES.md §3 and §7), strongest first.

use crate::calc::outcome::Severity;
use crate::report::texts::page::caution;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The list of cautions for the current plan.
#[component]
pub fn CautionList() -> impl IntoView {
    let state = use_app();
    let items = move || {
        let lang = state.lang.get();
        let plan = state.plan.get();
        state.outcome.with(|o| {
            o.as_ref()
                .map(|o| {
                    o.cautions
                        .iter()
                        .map(|c| {
                            let class = match c.severity() {
                                Severity::Strong => "caution caution--strong",
                                Severity::Warning => "caution caution--warn",
                                Severity::Info => "caution",
                            };
                            view! { <li class=class>{caution(lang, c, &plan)}</li> }
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <h3>{move || state.t().cautions}</h3>
        <ul class="cautions" data-testid="cautions">
            {items}
        </ul>
    }
}

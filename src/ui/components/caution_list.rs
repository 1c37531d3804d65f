//! The cautions of the core (RULES.md §3 and §7), strongest first.

use crate::calc::caution::{Caution, Severity};
use crate::calc::law::Law;
use crate::calc::Plan;
use crate::report::lang::Lang;
use crate::report::texts::page::{caution, rules_as_of};
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

/// One caution as a list item, marked by its severity.
pub fn caution_item(lang: Lang, c: &Caution, plan: &Plan, law: &Law) -> impl IntoView {
    let class = match c.severity() {
        Severity::Strong => "caution caution--strong",
        Severity::Warning => "caution caution--warn",
        Severity::Info => "caution",
    };
    view! { <li class=class>{caution(lang, c, plan, law)}</li> }
}

/// The plan's cautions that `keep` keeps, as list items (reactive; erased, as the other
/// lists of the first screen are, so they share one copy of the code for a list).
pub fn caution_items(state: AppState, keep: impl Fn(&Caution) -> bool) -> Vec<AnyView> {
    let lang = state.lang.get();
    let plan = state.plan.get();
    state.outcome.with(|o| {
        o.as_ref()
            .map(|o| {
                o.cautions
                    .iter()
                    .filter(|c| keep(c))
                    .map(|c| caution_item(lang, c, &plan, &o.law).into_any())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    })
}

/// The list of cautions for the current plan.
#[component]
pub fn CautionList() -> impl IntoView {
    let state = use_app();
    view! {
        <h3>{move || state.t().cautions.to_string()}</h3>
        <ul class="cautions" data-testid="cautions">
            {move || caution_items(state, |_| true)}
        </ul>
        <p class="note" data-testid="rules-as-of">
            {move || {
                state.plan.with(|p| rules_as_of(state.lang.get(), &p.period, &Law::as_checked()))
            }}
        </p>
    }
}

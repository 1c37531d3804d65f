//! The printable "Lembar Simulasi": everything the village meeting needs on A4, shown only
//! when printing. Screen controls never reach the paper.

mod coverage;
mod heading;
mod inputs_table;
mod notes_and_link;
mod rab_table;
mod summary;

use crate::calc::period::LocalTime;
use crate::calc::{Outcome, Plan};
use crate::report::lang::Lang;
use crate::report::texts::page::texts;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The sheet's sections, top to bottom.
fn sheet(lang: Lang, plan: &Plan, o: &Outcome, when: LocalTime) -> impl IntoView {
    let t = texts(lang);
    let signatures = [t.sign_kades, t.sign_sekdes, t.sign_kaur]
        .into_iter()
        .map(|role| view! { <div class="sign"><p>{role}</p><p class="sign__line">{t.sign_name}</p></div> })
        .collect_view();
    view! {
        {heading::heading(lang, plan, when)}
        {inputs_table::inputs_table(lang, plan)}
        {rab_table::rab_table(lang, plan, o)}
        {summary::summary(lang, plan, o)}
        {coverage::coverage(lang, o)}
        {notes_and_link::notes_and_link(lang, plan, o)}
        <div class="signs">{signatures}</div>
    }
}

/// The sheet, rendered for print only.
#[component]
pub fn PrintSheet() -> impl IntoView {
    let state = use_app();
    let content = move || {
        if !state.printing.get() {
            return None;
        }
        let lang = state.lang.get();
        let when = state.printed_at.get();
        let plan = state.plan.get();
        state
            .outcome
            .with(|o| o.as_ref().map(|o| sheet(lang, &plan, o, when)))
    };
    view! { <article class="sheet print-only" data-testid="print-sheet-content">{content}</article> }
}

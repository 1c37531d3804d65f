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
use crate::codec::office::OfficeSettings;
use crate::report::lang::Lang;
use crate::report::texts::page::later_texts;
use crate::ui::office::form::Role;
use crate::ui::office::{office, printed, VILLAGE};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The signers of the village sheet, in its order (their names and NIP are typed in the fold
/// beside the print button).
pub const ROLES: [Role; 3] = [
    Role {
        title: |l| later_texts(l).sign_kades,
        office_editable: false,
    },
    Role {
        title: |l| later_texts(l).sign_sekdes,
        office_editable: false,
    },
    Role {
        title: |l| later_texts(l).sign_kaur,
        office_editable: false,
    },
];

/// Letterhead, signers and logo of the sheet.
struct Office<'a> {
    settings: &'a OfficeSettings,
    logo: Option<String>,
}

/// The sheet's sections, top to bottom.
fn sheet(lang: Lang, plan: &Plan, o: &Outcome, when: LocalTime, office: &Office) -> impl IntoView {
    let t = later_texts(lang);
    let s = office.settings;
    let signatures = ROLES
        .iter()
        .enumerate()
        .map(|(i, role)| {
            printed::sign_block(None, (role.title)(lang), &s.signer(i), t.sign_name, "sign")
        })
        .collect_view();
    view! {
        {printed::letterhead(lang, s, office.logo.clone())}
        {heading::heading(lang, plan, when)}
        {printed::number_line(lang, s)}
        {inputs_table::inputs_table(lang, plan)}
        {rab_table::rab_table(lang, plan, o)}
        {summary::summary(lang, plan, o)}
        {coverage::coverage(lang, o)}
        {notes_and_link::notes_and_link(lang, plan, o)}
        <div class="signs-block">
            {printed::place_date_line(lang, s, when.date)}
            <div class=printed::signs_class(
                s,
                "",
            )>{printed::acknowledger_block(lang, s, t.sign_name)}{signatures}</div>
        </div>
    }
}

/// The sheet, rendered for print only.
#[component]
pub fn PrintSheet() -> impl IntoView {
    let state = use_app();
    let office = office(&VILLAGE);
    let content = move || {
        if !state.printing.get() {
            return None;
        }
        let lang = state.lang.get();
        let when = state.printed_at.get();
        let plan = state.plan.get();
        let logo = office.logo.get().0;
        office.settings.with(|settings| {
            let office = Office { settings, logo };
            state
                .outcome
                .with(|o| o.as_ref().map(|o| sheet(lang, &plan, o, when, &office)))
        })
    };
    let class = move || format!("sheet print-only {}", office.page_class(state.lang.get()));
    view! {
        {office.stylesheet()}
        <article class=class id="print-sheet-content" data-testid="print-sheet-content">
            {content}
        </article>
    }
}

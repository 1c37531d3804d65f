//! Section 7, "Skenario": share by link, scenarios saved on this device, JSON files.

mod saved_list;
mod scenario_files;
mod share_link;

use super::scenario_comparison::ScenarioComparison;
use crate::ui::scenario::{file_before_link, load_saved};
use crate::ui::state::tr_later;
use crate::ui::state::use_app;
use leptos::prelude::*;
use saved_list::SavedList;
use scenario_files::ScenarioFiles;
use share_link::ShareLink;

/// The scenarios section.
#[component]
pub fn ScenarioPanel() -> impl IntoView {
    let state = use_app();
    let (mut initial, problem) = load_saved();
    file_before_link(&mut initial);
    if problem.is_some() {
        state.notice.set(problem);
    }
    let saved = RwSignal::new(initial);
    view! {
        <section class="card no-print" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{tr_later(|t| t.section_scenarios)}</h2>
            <ShareLink />
            <SavedList saved=saved />
            <ScenarioComparison saved=saved />
            <ScenarioFiles />
        </section>
    }
}

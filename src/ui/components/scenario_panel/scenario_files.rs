//! "Berkas": the plan as a JSON file, exported and imported.

use crate::codec::file_names;
use crate::codec::scenario_file::{from_json, to_json, ImportProblem};
use crate::report::lang::Lang;
use crate::report::texts::page::import_problem;
use crate::ui::browser;
use crate::ui::state::tr_later;
use crate::ui::state::{use_app, Notice};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The export button and the import file picker.
#[component(transparent)]
pub fn ScenarioFiles() -> impl IntoView {
    let state = use_app();
    let export = move |_| {
        let plan = state.plan.get_untracked();
        browser::download(
            &file_names::scenario_json(&plan),
            "application/json",
            &to_json(&plan),
        );
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let Some(text) = browser::read_chosen_file(&input).await else {
                return;
            };
            input.set_value("");
            match from_json(&text) {
                Ok(plan) => {
                    state.replace(plan);
                    state.notice.set(Some(Notice::Imported));
                }
                Err(problems) => {
                    state
                        .notice
                        .set(Some(Notice::ImportFailed(problems, word_problems)));
                }
            }
        });
    };
    view! {
        <h3>{tr_later(|t| t.file_title)}</h3>
        <div class="actions">
            <button type="button" class="btn btn--quiet" data-testid="export-json" on:click=export>
                {tr_later(|t| t.export_json)}
            </button>
            <label class="btn btn--quiet" for="import-json">
                {tr_later(|t| t.import_json)}
            </label>
            <input
                id="import-json"
                data-testid="import-json"
                class="visually-hidden"
                type="file"
                accept=".json,application/json"
                on:change=import
            />
        </div>
    }
}

/// The problems of a refused file in `lang`: "path: message", separated by "; ".
fn word_problems(lang: Lang, problems: &[ImportProblem]) -> String {
    let each: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", p.path, import_problem(lang, &p.problem)))
        .collect();
    each.join("; ")
}

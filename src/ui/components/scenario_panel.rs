//! Section 7, "Skenario": share by link, scenarios saved on this device, JSON files.

use super::scenario_comparison::ScenarioComparison;
use crate::codec::scenario_file::{from_json, to_json};
use crate::codec::share;
use crate::codec::{file_names, saved_scenarios};
use crate::report::texts::page::import_problem;
use crate::ui::browser;
use crate::ui::scenario::{load_saved, share_link, store_saved, Saved};
use crate::ui::state::{tr, use_app, Notice};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The scenarios section.
#[component]
pub fn ScenarioPanel() -> impl IntoView {
    let state = use_app();
    let (initial, problem) = load_saved();
    if problem.is_some() {
        state.notice.set(problem);
    }
    let saved = RwSignal::new(initial);
    let update = move |f: &dyn Fn(&mut Vec<Saved>)| {
        saved.update(|list| f(list));
        saved.with_untracked(|list| store_saved(list));
    };
    let link = Memo::new(move |_| state.plan.with(share_link));
    let whatsapp = move || {
        let text = format!("{} {}", state.t().title, link.get());
        let encoded: String = js_sys::encode_uri_component(&text).into();
        format!("https://wa.me/?text={encoded}")
    };
    let new_name = RwSignal::new(String::new());
    let save_current = move |_| {
        let (name, code) = state.plan.with_untracked(|p| {
            let typed = new_name.get_untracked();
            (
                saved_scenarios::name_or_default(&typed, p),
                share::encode(p),
            )
        });
        update(&|list| saved_scenarios::add(list, name.clone(), code.clone()));
        new_name.set(String::new());
    };
    let rows = move || {
        saved
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let name_id = format!("saved-name-{i}");
                let name = RwSignal::new(s.name.clone());
                let code = s.code.clone();
                view! {
                    <li class="saved" data-testid=format!("saved-{i}")>
                        <label class="visually-hidden" for=name_id.clone()>{tr(|t| t.scenario_name)}</label>
                        <input
                            class="field__input"
                            id=name_id
                            type="text"
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))
                        />
                        <div class="saved__actions">
                            <button
                                type="button"
                                class="btn btn--quiet"
                                on:click=move |_| {
                                    match share::decode(&code) {
                                        Ok(plan) => state.replace(plan),
                                        Err(_) => state.notice.set(Some(Notice::StorageCorrupt)),
                                    }
                                }
                            >
                                {tr(|t| t.open)}
                            </button>
                            <button
                                type="button"
                                class="btn btn--quiet"
                                on:click=move |_| {
                                    let n = name.get_untracked();
                                    update(&|list| saved_scenarios::rename(list, i, n.clone()))
                                }
                            >
                                {tr(|t| t.rename)}
                            </button>
                            <button
                                type="button"
                                class="btn btn--quiet"
                                on:click=move |_| {
                                    update(&|list| saved_scenarios::duplicate(list, i))
                                }
                            >
                                {tr(|t| t.duplicate)}
                            </button>
                            <button
                                type="button"
                                class="btn btn--quiet"
                                on:click=move |_| {
                                    update(&|list| saved_scenarios::remove(list, i))
                                }
                            >
                                {tr(|t| t.delete)}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
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
                    let lang = state.lang.get_untracked();
                    let list = problems
                        .iter()
                        .map(|p| format!("{}: {}", p.path, import_problem(lang, &p.problem)))
                        .collect();
                    state.notice.set(Some(Notice::ImportFailed(list)));
                }
            }
        });
    };
    view! {
        <section class="card no-print" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{tr(|t| t.section_scenarios)}</h2>
            <h3>{tr(|t| t.share_title)}</h3>
            <label class="field__label" for="share-link">{tr(|t| t.share_link_label)}</label>
            <input class="field__input" id="share-link" data-testid="share-link" type="text" readonly prop:value=move || link.get() />
            <div class="actions">
                <button type="button" class="btn" data-testid="copy-link" on:click=move |_| browser::copy(&link.get_untracked())>
                    {tr(|t| t.copy)}
                </button>
                <a class="btn btn--quiet" href=whatsapp target="_blank" rel="noopener noreferrer">{tr(|t| t.whatsapp)}</a>
            </div>
            <p class="note">{tr(|t| t.share_note)}</p>
            <h3>{tr(|t| t.saved_title)}</h3>
            <p class="note">{tr(|t| t.autosave_note)}</p>
            <div class="add-cat">
                <label class="visually-hidden" for="new-scenario-name">{tr(|t| t.scenario_name)}</label>
                <input
                    class="field__input field__input--grow"
                    id="new-scenario-name"
                    data-testid="new-scenario-name"
                    type="text"
                    placeholder=tr(|t| t.scenario_name)
                    prop:value=move || new_name.get()
                    on:input=move |ev| new_name.set(event_target_value(&ev))
                />
                <button type="button" class="btn" data-testid="save-scenario" on:click=save_current>
                    {tr(|t| t.save)}
                </button>
            </div>
            <Show when=move || saved.with(Vec::is_empty)>
                <p class="note">{tr(|t| t.no_saved)}</p>
            </Show>
            <ul class="saved-list">{rows}</ul>
            <ScenarioComparison saved=saved />
            <h3>{tr(|t| t.file_title)}</h3>
            <div class="actions">
                <button type="button" class="btn btn--quiet" data-testid="export-json" on:click=export>
                    {tr(|t| t.export_json)}
                </button>
                <label class="btn btn--quiet" for="import-json">{tr(|t| t.import_json)}</label>
                <input id="import-json" data-testid="import-json" class="visually-hidden" type="file" accept=".json,application/json" on:change=import />
            </div>
        </section>
    }
}

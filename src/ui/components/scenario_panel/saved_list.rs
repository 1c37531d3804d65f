//! "Tersimpan di perangkat ini": save the plan under a name; open, rename, duplicate or
//! delete a saved one.

use crate::codec::{saved_scenarios, share};
use crate::report::texts::page::LaterTexts;
use crate::ui::scenario::{store_saved, Saved};
use crate::ui::state::tr_later;
use crate::ui::state::{use_app, Notice};
use leptos::prelude::*;

/// A quiet button of a saved scenario's row.
fn row_button(
    label: fn(&'static LaterTexts) -> &'static str,
    act: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button type="button" class="btn btn--quiet" on:click=move |_| act()>
            {tr_later(label)}
        </button>
    }
}

/// The saved scenarios and the field that saves the current plan.
#[component(transparent)]
pub fn SavedList(
    /// The scenarios saved on this device.
    saved: RwSignal<Vec<Saved>>,
) -> impl IntoView {
    let state = use_app();
    let update = move |f: &dyn Fn(&mut Vec<Saved>)| {
        saved.update(|list| f(list));
        saved.with_untracked(|list| store_saved(list));
    };
    let new_name = RwSignal::new(String::new());
    let save_current = move |_| {
        let (name, code) = state.plan.with_untracked(|p| {
            let typed = new_name.get_untracked();
            (
                saved_scenarios::name_or_default(&typed, p, state.later().unnamed_scenario),
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
                let open = move || match share::decode(&code) {
                    Ok(plan) => state.replace(plan),
                    Err(_) => state.notice.set(Some(Notice::StorageCorrupt)),
                };
                let rename = move || {
                    let n = name.get_untracked();
                    update(&|list| saved_scenarios::rename(list, i, n.clone()))
                };
                view! {
                    <li class="saved" data-testid=format!("saved-{i}")>
                        <label class="visually-hidden" for=name_id.clone()>
                            {tr_later(|t| t.scenario_name)}
                        </label>
                        <input
                            class="field__input"
                            id=name_id
                            type="text"
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))
                        />
                        <div class="saved__actions">
                            {row_button(|t| t.open, open)} {row_button(|t| t.rename, rename)}
                            {row_button(
                                |t| t.duplicate,
                                move || update(&|list| saved_scenarios::duplicate(list, i)),
                            )}
                            {row_button(
                                |t| t.delete,
                                move || update(&|list| saved_scenarios::remove(list, i)),
                            )}
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h3>{tr_later(|t| t.saved_title)}</h3>
        <p class="note">{tr_later(|t| t.autosave_note)}</p>
        <div class="add-cat">
            <label class="visually-hidden" for="new-scenario-name">
                {tr_later(|t| t.scenario_name)}
            </label>
            <input
                class="field__input field__input--grow"
                id="new-scenario-name"
                data-testid="new-scenario-name"
                type="text"
                placeholder=tr_later(|t| t.scenario_name)
                prop:value=move || new_name.get()
                on:input=move |ev| new_name.set(event_target_value(&ev))
            />
            <button type="button" class="btn" data-testid="save-scenario" on:click=save_current>
                {tr_later(|t| t.save)}
            </button>
        </div>
        <Show when=move || saved.with(Vec::is_empty)>
            <p class="note">{tr_later(|t| t.no_saved)}</p>
        </Show>
        <ul class="saved-list">{rows}</ul>
    }
}

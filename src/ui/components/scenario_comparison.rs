//! Two to four scenarios side by side, with the difference against the first: stacked on a
//! phone, in columns on a projector.

mod columns;

use crate::report::comparison;
use crate::ui::scenario::Saved;
use crate::ui::state::{tr, use_app};
use columns::columns;
use leptos::prelude::*;

/// Most scenarios compared at once.
const MAX: usize = 4;

/// The comparison: choose scenarios, see them side by side.
#[component]
pub fn ScenarioComparison(
    /// The scenarios saved on this device.
    saved: RwSignal<Vec<Saved>>,
) -> impl IntoView {
    let state = use_app();
    let chosen = RwSignal::new(Vec::<String>::new());
    // Every scenario that can be compared, built once per change for both the boxes and the
    // columns.
    let candidates = Memo::new(move |_| {
        saved.with(|s| comparison::candidates(state.lang.get(), state.plan.get(), s))
    });
    let toggle = move |id: String, on: bool| {
        chosen.update(|c| {
            c.retain(|x| x != &id);
            if on && c.len() < MAX {
                c.push(id);
            }
        })
    };
    let boxes = move || {
        let picked = chosen.get();
        let mut saved_index = 0;
        candidates
            .get()
            .into_iter()
            .map(|c| {
                let checked = picked.contains(&c.id);
                let disabled = !checked && picked.len() >= MAX;
                let box_id = if c.is_saved() {
                    saved_index += 1;
                    format!("cmp-saved-{}", saved_index - 1)
                } else {
                    format!("cmp-{}", c.id)
                };
                let id = c.id;
                view! {
                    <div class="check">
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            data-testid=box_id.clone()
                            prop:checked=checked
                            disabled=disabled
                            on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))
                        />
                        <label for=box_id>{c.label}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let compared = move || {
        let picked = chosen.get();
        if picked.len() < 2 {
            return None;
        }
        Some(candidates.with(|all| columns(state, &picked, all)))
    };
    view! {
        <h3>{tr(|t| t.compare_title)}</h3>
        <p class="note">{tr(|t| t.compare_hint)}</p>
        <fieldset class="compare__pick">
            <legend class="visually-hidden">{tr(|t| t.compare_title)}</legend>
            {boxes}
        </fieldset>
        {compared}
    }
}

//! Two to four scenarios side by side, with the difference against the first: stacked on a
//! phone, in columns on a projector.

mod columns;
mod figures;

use crate::calc::Plan;
use crate::codec::preset::PRESETS;
use crate::codec::share;
use crate::report::texts::presets::preset_text;
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
    // Every scenario that can be compared: (id, label, plan).
    let candidates = move || {
        let lang = state.lang.get();
        let mut list: Vec<(String, String, Plan)> = vec![(
            "current".into(),
            state.t().compare_current.to_string(),
            state.plan.get(),
        )];
        for p in PRESETS {
            list.push((
                format!("preset-{}", p.id),
                preset_text(lang, p).name.to_string(),
                (p.build)(),
            ));
        }
        for s in saved.get() {
            if let Ok(plan) = share::decode(&s.code) {
                // Keyed by content, so deleting another scenario never swaps the choice.
                list.push((format!("saved:{}", s.code), s.name, plan));
            }
        }
        list
    };
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
        candidates()
            .into_iter()
            .map(|(id, label, _)| {
                let checked = picked.contains(&id);
                let disabled = !checked && picked.len() >= MAX;
                let box_id = if id.starts_with("saved:") {
                    saved_index += 1;
                    format!("cmp-saved-{}", saved_index - 1)
                } else {
                    format!("cmp-{id}")
                };
                let id2 = id.clone();
                view! {
                    <div class="check">
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            data-testid=box_id.clone()
                            prop:checked=checked
                            disabled=disabled
                            on:change=move |ev| toggle(id2.clone(), event_target_checked(&ev))
                        />
                        <label for=box_id>{label}</label>
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
        Some(columns(state, &picked, &candidates()))
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

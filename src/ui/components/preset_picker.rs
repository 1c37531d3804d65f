//! "Mulai dari program nyata": replace the plan with a preset from a real program.

use crate::codec::preset::PRESETS;
use crate::report::texts::presets::preset_text;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;

/// The preset chooser.
#[component]
pub fn PresetPicker() -> impl IntoView {
    let state = use_app();
    let chosen = RwSignal::new(0usize);
    let options = move || {
        let lang = state.lang.get();
        let current = chosen.get();
        PRESETS
            .iter()
            .enumerate()
            .map(|(i, p)| {
                view! {
                    <option value=i.to_string() selected=i == current>
                        {preset_text(lang, p).name}
                    </option>
                }
            })
            .collect_view()
    };
    let note = move || {
        let lang = state.lang.get();
        PRESETS
            .get(chosen.get())
            .map(|p| preset_text(lang, p).note.to_string())
    };
    let apply = move |_| {
        if let Some(p) = PRESETS.get(chosen.get_untracked()) {
            state.replace((p.build)());
        }
    };
    view! {
        <section class="card card--presets no-print" aria-labelledby="presets-title">
            <h2 id="presets-title">{tr(|t| t.presets_title)}</h2>
            <div class="add-cat">
                <label for="preset-select" class="visually-hidden">{tr(|t| t.preset_label)}</label>
                <select
                    id="preset-select"
                    data-testid="preset-select"
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse() {
                            chosen.set(i);
                        }
                    }
                >
                    {options}
                </select>
                <button type="button" class="btn" data-testid="preset-apply" on:click=apply>
                    {tr(|t| t.preset_apply)}
                </button>
            </div>
            <p class="note">{note}</p>
        </section>
    }
}

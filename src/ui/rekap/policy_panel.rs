//! "Kebijakan kabupaten": one plan for every village, and the ADD share above which a
//! village is flagged.

use super::controls::{field_label, options};
use super::rekap_state::use_rekap;
use super::store;
use crate::codec::preset::PRESETS;
use crate::report::texts::presets::preset_text;
use crate::report::texts::rekap::threshold_hint;
use leptos::prelude::*;

/// The kabupaten policy and the flag threshold.
#[component]
pub fn PolicyPanel() -> impl IntoView {
    let state = use_rekap();
    let options = move || {
        let lang = state.lang.get();
        let current = state.settings.with(|w| w.policy.clone());
        let mut list = vec![("current".to_string(), state.t().policy_current.to_string())];
        list.extend(PRESETS.iter().map(|p| {
            (
                format!("preset:{}", p.id),
                preset_text(lang, p).name.to_string(),
            )
        }));
        options(list, &current)
    };
    let missing = move || !state.policy.with(|(_, found)| *found);
    let threshold_error = move || {
        state
            .settings
            .with(|w| store::threshold(&w.threshold).is_none())
    };
    view! {
        <section class="card" aria-labelledby="rekap-policy-h">
            <h2 id="rekap-policy-h">{move || state.t().section_policy}</h2>
            <div class="field">
                {field_label("rekap-policy", move || state.t().policy_label)}
                <select
                    class="field__input"
                    id="rekap-policy"
                    data-testid="rekap-policy"
                    aria-describedby="rekap-policy-hint"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        state.settings.update(|w| w.set_policy(v, store::village_page_code()));
                    }
                >
                    {options}
                </select>
                <p class="field__hint" id="rekap-policy-hint">{move || state.t().policy_hint}</p>
                <Show when=missing>
                    <p class="note note--warn">{move || state.t().policy_current_missing}</p>
                </Show>
            </div>
            <div class="field" class:field--invalid=threshold_error>
                {field_label("rekap-threshold", move || state.t().threshold)}
                <input
                    class="field__input"
                    id="rekap-threshold"
                    data-testid="rekap-threshold"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    prop:value=move || state.settings.with(|w| w.threshold.clone())
                    aria-invalid=move || threshold_error().then_some("true")
                    aria-describedby="rekap-threshold-hint"
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        state.settings.update(|w| w.threshold = v);
                    }
                />
                <p class="field__hint" id="rekap-threshold-hint">
                    {move || threshold_hint(state.lang.get())}
                    {move || threshold_error().then(|| {
                        format!(" {}", crate::report::texts::page::input_error(state.lang.get(), &store::THRESHOLD_ERROR))
                    })}
                </p>
            </div>
        </section>
    }
}

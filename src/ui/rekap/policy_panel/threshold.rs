//! The ADD share above which a village is flagged.

use super::super::controls::field_label;
use super::super::rekap_state::use_rekap;
use crate::codec::rekap_files;
use crate::report::texts::rekap::threshold_hint;
use leptos::prelude::*;

/// The flag threshold, in percent, marked when it is not a number in 0–100.
#[component]
pub fn ThresholdField() -> impl IntoView {
    let state = use_rekap();
    let threshold_error = move || {
        state
            .settings
            .with(|w| rekap_files::threshold(&w.threshold).is_none())
    };
    view! {
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
                    format!(" {}", crate::report::texts::page::input_error(state.lang.get(), &rekap_files::THRESHOLD_ERROR))
                })}
            </p>
        </div>
    }
}

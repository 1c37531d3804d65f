//! The ADD share above which a village is flagged.

use super::super::rekap_state::use_rekap;
use crate::codec::rekap_files;
use crate::report::texts::page::input_error;
use crate::report::texts::rekap::threshold_hint;
use crate::ui::fields::SharedTextInput;
use leptos::prelude::*;
use std::sync::Arc;

/// The flag threshold, in percent, marked when it is not a number in 0–100. The text is kept
/// as typed (and saved so); an unreadable one flags at the default share.
#[component]
pub fn ThresholdField() -> impl IntoView {
    let state = use_rekap();
    let invalid = move || {
        state
            .settings
            .with(|w| rekap_files::threshold(&w.threshold).is_none())
    };
    SharedTextInput {
        id: "rekap-threshold".to_string().into(),
        label: Signal::derive(move || state.t().threshold.to_string()),
        text: Box::new(move || state.settings.with(|w| w.threshold.clone())),
        on_input: Box::new(move |v: String| state.settings.update(|w| w.threshold = v)),
        invalid: Arc::new(invalid),
        error: Box::new(move || {
            invalid().then(|| input_error(state.lang.get(), &rekap_files::THRESHOLD_ERROR))
        }),
        hint: Some(Signal::derive(move || threshold_hint(state.lang.get()))),
        inputmode: "decimal",
        on_commit: Arc::new(|| {}),
    }
    .view()
}

//! The form as a part of its own (issue 26): the first answer (the totals of the plan from the
//! link, the device or the example) needs none of the form's code, so with `split` the form's
//! chunk is downloaded right after the totals are on screen, into a slot that keeps its space
//! (`.form-slot`). Drawn with the later parts' placeholder and retry
//! ([`DeferredParts`](super::deferred::DeferredParts)), in words of its own; without `split` it
//! is drawn at once.

use super::components::plan_form::PlanForm;
use super::deferred::{village_draw, village_words, Later, LaterWords, Pending};
use super::later::LoadFailed;
use leptos::prelude::*;

/// The form column's one part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormPart;

impl Later for FormPart {
    const SPLIT: bool = cfg!(feature = "split");

    fn name(self) -> &'static str {
        "form"
    }

    /// Fetched at once: the user types into it.
    fn asked_for(self) -> bool {
        true
    }

    fn load(self) -> impl std::future::Future<Output = Result<AnyView, LoadFailed>> {
        load()
    }

    fn draw(parts: &'static [Self], pending: Pending) -> impl IntoView {
        village_draw(parts, pending)
    }

    fn words() -> impl Fn() -> LaterWords + Copy + Send + Sync + 'static {
        village_words(|t| t.form_loading, |t| t.form_failed)
    }
}

/// The form's split point.
#[cfg_attr(
    feature = "split",
    ::leptos::wasm_split::wasm_split(form, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn form() -> Result<AnyView, LoadFailed> {
    Ok(view! { <PlanForm /> }.into_any())
}

#[cfg(feature = "split")]
async fn load() -> Result<AnyView, LoadFailed> {
    form().await
}

#[cfg(not(feature = "split"))]
async fn load() -> Result<AnyView, LoadFailed> {
    form()
}

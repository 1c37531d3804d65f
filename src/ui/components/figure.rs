//! A number the user can tap to see its formula and legal basis (drawn by the formulas part,
//! `ui::formula_panel`).

use crate::calc::{Outcome, Plan};
use crate::report::explain::{Explanation, Topic};
use crate::ui::later::{formulas, formulas_here, LoadFailed};
use crate::ui::shared::{shared, when};
use crate::ui::state::{tr, use_app, AppState};
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// How a figure's explanation is made when it is opened.
#[derive(Clone)]
pub enum Explainer {
    /// Worded here: figures of the later parts, which carry the wording they need (drawn, like
    /// every panel, by the formulas part). Boxed, so `Figure` is compiled once rather than once
    /// per call site.
    Now(Arc<dyn Fn() -> Explanation + Send + Sync>),
    /// A figure of the first screen: worded by the formulas part, which arrives after the
    /// first answer (`later::formulas`), from the plan and its last good outcome.
    Later(Topic),
}

impl<F: Fn() -> Explanation + Send + Sync + 'static> From<F> for Explainer {
    fn from(f: F) -> Self {
        Explainer::Now(Arc::new(f))
    }
}

impl From<Topic> for Explainer {
    fn from(topic: Topic) -> Self {
        Explainer::Later(topic)
    }
}

/// Explains a figure from the plan and its last good outcome, both read untracked when the
/// figure is opened; no explanation while there is no outcome.
pub fn from_outcome(
    state: AppState,
    f: impl Fn(&Plan, &Outcome) -> Explanation + Send + Sync + 'static,
) -> Explainer {
    outcome_explainer(state, Arc::new(f))
}

/// The body of `from_outcome`, compiled once rather than once per figure.
fn outcome_explainer(state: AppState, f: Arc<ExplainOutcome>) -> Explainer {
    Explainer::from(move || explain_now(state, |plan, o| f(plan, o)))
}

/// Explains from the plan and its last good outcome, read untracked.
fn explain_now(state: AppState, f: impl Fn(&Plan, &Outcome) -> Explanation) -> Explanation {
    state.plan.with_untracked(|plan| {
        state
            .outcome
            .with_untracked(|o| o.as_ref().map_or_else(Explanation::none, |o| f(plan, o)))
    })
}

/// Builds an explanation from the plan and its outcome.
type ExplainOutcome = dyn Fn(&Plan, &Outcome) -> Explanation + Send + Sync;

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A figure: the value as a button that opens its explanation below it.
#[component]
pub fn Figure(
    /// The formatted value.
    #[prop(into)]
    value: Signal<String>,
    /// Builds the explanation when opened.
    #[prop(into)]
    explain: Explainer,
    /// Stable hook for tests.
    #[prop(optional, into)]
    testid: Option<String>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let panel_id = format!("fig-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let controls = {
        let id = panel_id.clone();
        move || open.get().then(|| id.clone())
    };
    view! {
        <span class="fig">
            <button
                type="button"
                class="fig__value"
                aria-expanded=move || open.get().to_string()
                aria-controls=controls
                on:click=move |_| open.update(|o| *o = !*o)
                data-testid=testid
            >
                {move || value.get()}
            </button>
            {when(
                move || open.get(),
                move || {
                    let id = panel_id.clone();
                    let explain = explain.clone();
                    view! { <LaterPanel explain id /> }.into_any()
                },
            )}
        </span>
    }
}

/// A figure's explanation, drawn by the formulas part (which also words the first screen's
/// figures): at once when it is here, else a short "memuat…" until it arrives, or the parts'
/// message and retry if it cannot.
#[component]
fn LaterPanel(explain: Explainer, id: String) -> impl IntoView {
    let state = use_app();
    let word = RwSignal::new(formulas_here());
    let failed = RwSignal::new(false);
    let fetch = move || {
        failed.set(false);
        leptos::task::spawn_local(async move {
            match formulas().await {
                Ok(w) => word.set(Some(w)),
                Err(LoadFailed) => failed.set(true),
            }
        });
    };
    if word.get_untracked().is_none() {
        fetch();
    }
    shared(move || match word.get() {
        Some(formulas) => {
            let explanation = match &explain {
                Explainer::Now(f) => f(),
                Explainer::Later(topic) => {
                    let lang = state.lang.get();
                    explain_now(state, |p, o| (formulas.word)(lang, p, o, *topic))
                }
            };
            (formulas.panel)(state, id.clone(), explanation)
        }
        None if failed.get() => view! {
            <span class="fig__panel" id=id.clone() data-testid="deferred-failed">
                {tr(|t| t.deferred_failed)}
                " "
                <button
                    type="button"
                    class="btn btn--small"
                    data-testid="deferred-retry"
                    on:click=move |_| fetch()
                >
                    {tr(|t| t.deferred_retry)}
                </button>
            </span>
        }
        .into_any(),
        None => view! {
            <span class="fig__panel" id=id.clone() role="status" data-testid="formula-loading">
                {tr(|t| t.formula_loading)}
            </span>
        }
        .into_any(),
    })
}

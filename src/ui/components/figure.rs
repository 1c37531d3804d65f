//! A number the user can tap to see its formula and legal basis.

use crate::calc::{Outcome, Plan};
use crate::report::explain::Explanation;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Builds a figure's explanation on demand. Boxed, so `Figure` is compiled once rather
/// than once per call site (a large saving in wasm size).
#[derive(Clone)]
pub struct Explainer(Arc<dyn Fn() -> Explanation + Send + Sync>);

impl<F: Fn() -> Explanation + Send + Sync + 'static> From<F> for Explainer {
    fn from(f: F) -> Self {
        Explainer(Arc::new(f))
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
    Explainer::from(move || {
        state.plan.with_untracked(|plan| {
            state
                .outcome
                .with_untracked(|o| o.as_ref().map_or_else(Explanation::none, |o| f(plan, o)))
        })
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
    let state = use_app();
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
            <Show when=move || open.get()>
                {
                    let e = (explain.0)();
                    let t = state.t();
                    view! {
                        <span class="fig__panel" id=panel_id.clone()>
                            <span class="fig__formula">
                                <strong>{t.formula}": "</strong>
                                {terms(&e.formula)
                                    .into_iter()
                                    .map(|term| view! { <span class="fig__term">{term}</span> })
                                    .collect_view()}
                            </span>
                            <span class="fig__basis">
                                <strong>{t.legal_basis}": "</strong>
                                {e.basis}
                            </span>
                        </span>
                    }
                }
            </Show>
        </span>
    }
}

/// A formula cut before each operator ("a + b = c" into "a", " + b", " = c"), so that a phone
/// shows one term per line; joined again, the pieces are the formula as written.
fn terms(formula: &str) -> Vec<String> {
    const OPERATORS: [&str; 3] = [" + ", " − ", " = "];
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some((at, op)) = OPERATORS
        .iter()
        .filter_map(|op| formula[from..].find(op).map(|i| (from + i, *op)))
        .min()
    {
        out.push(formula[start..at].to_string());
        start = at;
        from = at + op.len();
    }
    out.push(formula[start..].to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::terms;

    #[test]
    fn a_formula_is_cut_before_each_operator_and_joins_back() {
        let f = "Kepala desa Rp157.248 + Sekretaris Rp100 − Rp1 = Rp157.347";
        let t = terms(f);
        assert_eq!(
            t,
            [
                "Kepala desa Rp157.248",
                " + Sekretaris Rp100",
                " − Rp1",
                " = Rp157.347"
            ]
        );
        assert_eq!(t.concat(), f);
        assert_eq!(terms("Rp16.800 × 40 orang"), ["Rp16.800 × 40 orang"]);
    }
}

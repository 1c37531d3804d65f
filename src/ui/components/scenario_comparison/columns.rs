//! The chosen scenarios in columns, each figure with its difference against the first.

use super::figures::{difference_text, figures, Shown};
use crate::calc::comparison;
use crate::calc::{calculate, Outcome, Plan};
use crate::ui::components::figure::Figure;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// One column: the scenario's label, its figures, and the scenario for their formulas.
type Column = (String, Vec<Shown>, Arc<(Plan, Outcome)>);

/// The columns of the `picked` scenarios, in the order picked, out of `all` (id, label, plan).
pub fn columns(
    state: AppState,
    picked: &[String],
    all: &[(String, String, Plan)],
) -> impl IntoView {
    let lang = state.lang.get();
    let rows: Vec<Column> = picked
        .iter()
        .filter_map(|id| all.iter().find(|(cid, _, _)| cid == id))
        .filter_map(|(cid, label, plan)| {
            // The current plan is costed already (the app's outcome memo).
            let outcome = if cid == "current" {
                state.with_outcome_now(|o| o.cloned())
            } else {
                calculate(plan).ok()
            };
            outcome.map(|o| {
                let figs = figures(lang, plan, &o);
                (label.clone(), figs, Arc::new((plan.clone(), o)))
            })
        })
        .collect();
    let first = rows.first().map(|(_, f, _)| f.clone()).unwrap_or_default();
    let cards =
        rows.into_iter()
            .enumerate()
            .map(|(col, (label, figs, scenario))| {
                let items = figs
                .into_iter()
                .enumerate()
                .map(|(i, shown)| {
                    let Shown { label: name, value, figure, explain: why } = shown;
                    let scenario = Arc::clone(&scenario);
                    let explain = move || why(lang, &scenario.0, &scenario.1);
                    let diff = if col == 0 {
                        None
                    } else {
                        first
                            .get(i)
                            .and_then(|f| comparison::difference(f.figure, figure))
                            .map(|d| difference_text(lang, d, figure.measure.is_money()))
                    };
                    let changed = diff.is_some();
                    view! {
                        <dt>{name}</dt>
                        <dd class:changed=changed>
                            <Figure value=value explain=explain />
                            {diff.map(|d| view! { <span class="diff">{format!(" ({d})")}</span> })}
                        </dd>
                    }
                })
                .collect_view();
                view! {
                    <div class="compare__col" data-testid=format!("compare-col-{col}")>
                        <h4>{label}</h4>
                        <dl>{items}</dl>
                    </div>
                }
            })
            .collect_view();
    view! { <div class="compare" data-testid="comparison">{cards}</div> }
}

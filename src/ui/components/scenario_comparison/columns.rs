//! The chosen scenarios in columns, each figure with its difference against the first.

use crate::calc::{calculate, Outcome, Plan};
use crate::codec::plan_source::PlanSource;
use crate::report::comparison::{difference, figures, Candidate, Shown};
use crate::ui::components::figure::Figure;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// One column: the scenario's label, its figures, and the scenario for their formulas.
type Column = (String, Vec<Shown>, Arc<(Plan, Outcome)>);

/// The columns of the `picked` scenarios, in the order picked, out of `all`.
pub fn columns(state: AppState, picked: &[PlanSource], all: &[Candidate]) -> impl IntoView {
    let lang = state.lang.get();
    let rows: Vec<Column> = picked
        .iter()
        .filter_map(|source| all.iter().find(|c| &c.source == source))
        .filter_map(|c| {
            // The current plan is costed already (the app's outcome memo).
            let outcome = if c.source == PlanSource::VillagePage {
                state.with_outcome_now(|o| o.cloned())
            } else {
                calculate(&c.plan).ok()
            };
            outcome.map(|o| {
                let figs = figures(lang, &c.plan, &o);
                (c.label.clone(), figs, Arc::new((c.plan.clone(), o)))
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
                    let diff = if col == 0 {
                        None
                    } else {
                        first.get(i).and_then(|f| difference(lang, f, &shown))
                    };
                    let Shown { label: name, value, explain: why, .. } = shown;
                    let scenario = Arc::clone(&scenario);
                    let explain = move || why(lang, &scenario.0, &scenario.1);
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
    view! {
        <div class="compare" data-testid="comparison">
            {cards}
        </div>
    }
}

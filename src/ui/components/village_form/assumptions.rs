//! The folded assumptions: death rate, the year the members were first insured, and
//! whether the PP 50/2025 adjustment applies.

use crate::calc::plan::{Action, INSURED_SINCE_YEARS, MAX_DEATH_RATE_PER_MILLE};
use crate::codec::input::{parse_decimal_in_range, parse_optional_whole_in};
use crate::report::format;
use crate::ui::fields::{CheckField, TextField};
use crate::ui::folds::{fold_body, Fold};
use crate::ui::state::{tr, tr_later, tr_later_cited_signal, tr_later_signal, use_app};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The assumptions the user may change, folded.
#[component(transparent)]
pub fn Assumptions() -> impl IntoView {
    view! {
        <details class="more">
            <summary>{tr(|t| t.assumptions)}</summary>
            {fold_body(Fold::Assumptions)}
        </details>
    }
}

/// The fields under the fold (a part of their own, `ui::folds`).
pub fn assumption_fields() -> impl IntoView {
    let state = use_app();
    let death_rate = Callback::new(move |text: String| {
        match parse_decimal_in_range(&text, Decimal::ZERO, MAX_DEATH_RATE_PER_MILLE) {
            Ok(rate) => {
                state.dispatch(Action::SetDeathRate(rate));
                None
            }
            Err(e) => Some(e),
        }
    });
    view! {
        <TextField
            lang=state.lang
            on_invalid=state.field_marker()
            id="death-rate-input".to_string()
            label=tr_later_signal(|t| t.death_rate)
            value=Signal::derive(move || {
                state.plan.with(|p| format::INDONESIAN.ungrouped(p.death_rate_per_mille, 4))
            })
            on_text=death_rate
            hint=tr_later_cited_signal(|t| t.death_rate_hint)
            inputmode="decimal"
        />
        <TextField
            lang=state.lang
            on_invalid=state.field_marker()
            id="insured-since-input".to_string()
            label=tr_later_signal(|t| t.insured_since)
            value=Signal::derive(move || {
                state.plan.with(|p| p.insured_since.map(|y| y.to_string()).unwrap_or_default())
            })
            on_text=Callback::new(move |text: String| {
                let (min, max) = (*INSURED_SINCE_YEARS.start(), *INSURED_SINCE_YEARS.end());
                let range = (min.unsigned_abs(), max.unsigned_abs());
                match parse_optional_whole_in(&text, range.0, range.1) {
                    Ok(year) => {
                        let year = year.and_then(|y| i32::try_from(y).ok());
                        state.dispatch(Action::SetInsuredSince(year));
                        None
                    }
                    Err(e) => Some(e),
                }
            })
            hint=tr_later_cited_signal(|t| t.insured_since_hint)
            inputmode="numeric"
        />
        <CheckField
            id="adjustment-input".to_string()
            label=tr_later_cited_signal(|t| t.adjustment)
            checked=Signal::derive(move || state.plan.with(|p| p.apply_adjustment))
            on_change=Callback::new(move |on| state.dispatch(Action::SetApplyAdjustment(on)))
        />
        <p class="note">{tr_later(|t| t.adjustment_hint)}</p>
    }
}

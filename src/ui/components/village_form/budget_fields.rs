//! The budget figures: ADD, and under "Batas 30 %" the belanja, bengkok and siltap the
//! check of PP 11/2019 Pasal 100 needs.

use crate::calc::budget::BudgetFigure;
use crate::calc::money::Rupiah;
use crate::calc::plan::Action;
use crate::codec::input::{parse_optional_rupiah, InputError};
use crate::report::format;
use crate::ui::fields::{TextField, TextFieldProps};
use crate::ui::folds::{fold_body, Fold};
use crate::ui::shared::shared;
use crate::ui::state::{tr_cited, tr_later_cited_signal, tr_later_signal, use_app, AppState};
use leptos::prelude::*;

fn amount_text(amount: Option<Rupiah>) -> String {
    amount
        .map(|a| format::INDONESIAN.number(a.amount(), 2))
        .unwrap_or_default()
}

/// A callback that parses an optional amount and sets that one budget figure.
fn budget_setter(state: AppState, figure: BudgetFigure) -> Callback<String, Option<InputError>> {
    Callback::new(move |text: String| match parse_optional_rupiah(&text) {
        Ok(value) => {
            state.dispatch(Action::SetBudgetFigure(figure, value));
            None
        }
        Err(e) => Some(e),
    })
}

/// The field of one budget figure, with its label and, if any, its hint.
pub fn budget_field(
    state: AppState,
    id: &'static str,
    figure: BudgetFigure,
    label: Signal<String>,
    hint: Option<Signal<String>>,
) -> impl IntoView {
    TextField(TextFieldProps {
        id: id.to_string().into(),
        label,
        value: Signal::derive(move || state.plan.with(|p| amount_text(p.budget.get(figure)))),
        on_text: budget_setter(state, figure),
        hint,
        // Not "decimal": the hint's "Rp318 juta" needs letters on a phone keyboard.
        inputmode: "text",
        placeholder: None,
        lang: state.lang,
        on_invalid: Some(state.field_marker()),
        max_chars: None,
    })
}

/// The folded figures for the 30 % check.
#[component(transparent)]
pub fn ThirtyFields() -> impl IntoView {
    view! {
        <details class="more">
            <summary>{shared(tr_cited(|t| t.thirty_title))}</summary>
            {fold_body(Fold::Thirty)}
        </details>
    }
}

/// The fields under the fold (a part of their own, `ui::folds`).
pub fn thirty_fields() -> impl IntoView {
    let state = use_app();
    view! {
        {budget_field(
            state,
            "belanja-input",
            BudgetFigure::Belanja,
            tr_later_signal(|t| t.belanja),
            Some(tr_later_cited_signal(|t| t.belanja_hint)),
        )}
        {budget_field(
            state,
            "bengkok-input",
            BudgetFigure::Bengkok,
            tr_later_signal(|t| t.bengkok),
            None,
        )}
        {budget_field(
            state,
            "siltap-input",
            BudgetFigure::Siltap,
            tr_later_signal(|t| t.siltap),
            None,
        )}
    }
}

//! The card's folded name and account code (kode rekening) fields.

use crate::calc::category::Category;
use crate::calc::plan::{CategoryEdit, MAX_CODE_CHARS, MAX_NAME_CHARS};
use crate::report::texts::names::category_name;
use crate::ui::card_state::Card;
use crate::ui::fields::TextField;
use crate::ui::folds::{fold_body, Fold};
use crate::ui::state::tr_signal;
use leptos::prelude::*;

/// "Nama kategori · Kode rekening".
#[component(transparent)]
pub fn Naming(
    /// The card.
    card: Card,
) -> impl IntoView {
    let state = card.state;
    let t = move || state.t();
    view! {
        <details class="more">
            <summary>{move || format!("{} · {}", t().category_name, t().account_code)}</summary>
            {fold_body(Fold::Naming(card))}
        </details>
    }
}

/// The name and code fields under the fold (a part of their own, `ui::folds`).
pub fn naming_fields(card: Card) -> impl IntoView {
    let state = card.state;
    view! {
        <TextField
            lang=state.lang
            on_invalid=state.field_marker()
            id=card.field("name")
            label=tr_signal(|t| t.category_name)
            value=card.shown(|c| c.name.clone())
            on_text=card.edit_text(CategoryEdit::Name)
            max_chars=MAX_NAME_CHARS
            placeholder=Signal::derive(move || {
                category_name(state.lang.get(), &Category::new(card.cat().kind, 0))
            })
        />
        <TextField
            lang=state.lang
            on_invalid=state.field_marker()
            id=card.field("code")
            label=tr_signal(|t| t.account_code)
            value=card.shown(|c| c.account_code.clone())
            on_text=card.edit_text(CategoryEdit::AccountCode)
            max_chars=MAX_CODE_CHARS
        />
    }
}

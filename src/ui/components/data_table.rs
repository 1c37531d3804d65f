//! A table of figures with its caption, its head row and its rows. On a phone each row is a
//! card (style/main.css `.cards`): what it is, then each figure under its column's name (the
//! cells' `data-label`), the main amount first when the last column is one (`lead`).

use crate::report::texts::page::Texts;
use crate::ui::state::tr;
use leptos::prelude::*;

/// The table; `head` is the head row's cells; `lead`: the last column is the row's main
/// amount, shown first on a phone.
pub fn data_table(
    caption: fn(&'static Texts) -> &'static str,
    head: impl IntoView,
    rows: impl IntoView,
    lead: bool,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0">
            <table class=if lead { "cards cards--lead" } else { "cards" }>
                <caption>{tr(caption)}</caption>
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

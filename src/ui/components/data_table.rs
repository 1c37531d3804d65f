//! A table of figures that scrolls sideways on a phone (focusable, so the keyboard scrolls it
//! too), with its caption, its head row and its rows.

use crate::report::texts::page::Texts;
use crate::ui::state::tr;
use leptos::prelude::*;

/// The table; `head` is the head row's cells.
pub fn data_table(
    caption: fn(&'static Texts) -> &'static str,
    head: impl IntoView,
    rows: impl IntoView,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0">
            <table>
                <caption>{tr(caption)}</caption>
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

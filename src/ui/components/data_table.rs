//! A table of figures with its caption, its head row and its rows. On a phone each row is a
//! card (style/main.css `.cards`): what it is, then each figure under its column's name (the
//! cells' `data-label`), the main amount first when the last column is one (`lead`).

use crate::report::texts::page::Texts;
use crate::ui::state::tr;
use leptos::prelude::*;
use leptos::tachys::reactive_graph::SharedReactiveFunction;

/// The table; `head` is the head row's cells, `rows` its rows (each erased, so that every
/// table shares one copy of this code, issue 26); `lead`: the last column is the row's main
/// amount, shown first on a phone.
pub fn data_table(
    caption: fn(&'static Texts) -> &'static str,
    head: AnyView,
    rows: SharedReactiveFunction<Vec<AnyView>>,
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

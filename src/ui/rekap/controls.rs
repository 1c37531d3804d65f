//! The kecamatan choices and "show more" paging the rekap's panels share (its selects and
//! text fields are the shared `crate::ui::fields`).

use super::rekap_state::RekapState;
use leptos::prelude::*;

/// (value, label) for every kecamatan of the rekap, after one for "all" (value ""): the
/// options of a [`SelectField`](crate::ui::fields::SelectField).
pub fn kecamatan_choices(state: RekapState, all: &'static str) -> Vec<(String, String)> {
    let mut list = vec![(String::new(), all.to_string())];
    state
        .kecamatan
        .with(|names| list.extend(names.iter().map(|k| (k.clone(), k.clone()))));
    list
}

/// Rows a long table shows at a time, and adds per "show more" (3,215 villages stay smooth on
/// a phone).
pub const PAGE: usize = 100;

/// "Tampilkan lebih banyak" under a paged table, while `more` says rows are left.
pub fn more_button(
    state: RekapState,
    limit: RwSignal<usize>,
    testid: &'static str,
    more: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <Show when=more>
            <button
                type="button"
                class="btn btn--quiet"
                data-testid=testid
                on:click=move |_| limit.update(|l| *l += PAGE)
            >
                {move || state.t().more}
            </button>
        </Show>
    }
}

//! The labels, selects, `<option>` lists and "show more" paging the rekap's panels share.

use super::rekap_state::RekapState;
use leptos::prelude::*;

/// `<option>`s of (value, label), with `current` selected.
pub fn options(list: Vec<(String, String)>, current: &str) -> impl IntoView {
    list.into_iter()
        .map(|(value, label)| {
            let selected = value == current;
            view! {
                <option value=value selected=selected>
                    {label}
                </option>
            }
        })
        .collect_view()
}

/// `<option>`s for every kecamatan of the rekap, after one for "all" (value ""), with
/// `current` selected.
pub fn kecamatan_options(state: RekapState, all: &'static str, current: &str) -> impl IntoView {
    let mut list = vec![(String::new(), all.to_string())];
    state
        .kecamatan
        .with(|names| list.extend(names.iter().map(|k| (k.clone(), k.clone()))));
    options(list, current)
}

/// The label of the field `id`.
pub fn field_label(id: &'static str, text: impl IntoView) -> impl IntoView {
    view! {
        <label class="field__label" for=id>
            {text}
        </label>
    }
}

/// A labelled select whose id is also its test hook.
pub fn select_field(
    id: &'static str,
    label: impl IntoView,
    on_change: impl FnMut(leptos::ev::Event) + 'static,
    options: impl IntoView,
) -> impl IntoView {
    view! {
        <div class="field">
            {field_label(id, label)}
            <select class="field__input" id=id data-testid=id on:change=on_change>
                {options}
            </select>
        </div>
    }
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

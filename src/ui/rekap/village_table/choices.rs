//! The table's filter and sort choices, as `<option>`s.

use crate::calc::rekap::selection::{FlagFilter, SortBy};
use crate::report::texts::rekap::RekapTexts;
use leptos::prelude::*;

/// The label of a flag filter.
pub fn filter_label(t: &RekapTexts, f: FlagFilter) -> &'static str {
    match f {
        FlagFilter::All => t.all,
        FlagFilter::Any => t.flag_any,
        FlagFilter::None => t.flag_none,
        FlagFilter::ThirtyPercent => t.flag_thirty,
        FlagFilter::AboveAdd => t.flag_above,
        FlagFilter::DanaDesa => t.flag_dana_desa,
        FlagFilter::NoOne => t.flag_no_one,
        FlagFilter::Problems => t.flag_problems,
    }
}

/// The label of a sort order.
pub fn sort_label(t: &RekapTexts, s: SortBy) -> &'static str {
    match s {
        SortBy::Input => t.sort_row,
        SortBy::Name => t.sort_name,
        SortBy::Kecamatan => t.sort_kecamatan,
        SortBy::AddShare => t.sort_share,
        SortBy::Premium => t.sort_premium,
    }
}

/// An `<option>` for each of `all`, labelled by `label`, with `current` selected.
pub fn code_options<T: Copy + PartialEq>(
    all: &[T],
    current: T,
    code: fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> impl IntoView {
    all.iter()
        .map(|&x| {
            view! {
                <option value=code(x) selected=x == current>
                    {label(x)}
                </option>
            }
        })
        .collect_view()
}

//! The table's filter and sort choices, as (code, label) pairs.

use crate::calc::rekap::selection::{FlagFilter, SortBy};
use crate::report::texts::rekap::RekapTexts;

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

/// (code, label) for each of `all`: a select's options.
pub fn code_choices<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&x| (code(x).to_string(), label(x).to_string()))
        .collect()
}

//! One village's row: its figures, its flags in words, and its own link.

use crate::calc::rekap::summary::{Flags, VillageFigures};
use crate::report::lang::Lang;
use crate::report::rekap::share_link;
use crate::report::texts::rekap::RekapTexts;
use leptos::prelude::*;

/// The words for a village's flags.
pub fn flag_words(t: &RekapTexts, f: Flags) -> Vec<&'static str> {
    f.named([
        t.flag_thirty,
        t.flag_above,
        t.flag_dana_desa,
        t.flag_no_one,
        t.flag_problems,
    ])
}

/// The 30 % check of a village, when its belanja is given.
fn thirty(t: &RekapTexts, v: &VillageFigures) -> &'static str {
    match v.budget.thirty_percent {
        Some(c) if c.within => t.within,
        Some(_) => t.over,
        None => "–",
    }
}

/// The row of a village; `premium` is the premium column's heading.
/// On a phone each row is a card, each cell labelled by its column (`data-label`, CSS).
pub fn row_view(
    lang: Lang,
    t: &'static RekapTexts,
    premium: &str,
    v: &VillageFigures,
) -> impl IntoView {
    let people = v.insured();
    let flags = flag_words(t, v.flags).join("; ");
    let flagged = !flags.is_empty();
    // A JSON village without a kode shows none, never its file's name.
    let kode = if v.village.kode.is_empty() {
        "–".to_string()
    } else {
        v.village.kode.clone()
    };
    view! {
        <tr data-testid="rekap-row" data-kode=v.village.kode.clone() class:row--flagged=flagged>
            <td class="num" data-label=t.col_row>{v.village.row}</td>
            <td data-label=t.col_kode>{kode}</td>
            <th scope="row">{v.village.nama.clone()}</th>
            <td data-label=t.kecamatan>{v.village.kecamatan.clone()}</td>
            <td class="num" data-label=t.col_people>{lang.count(people)}</td>
            <td class="num" data-label=premium.to_string() data-testid="rekap-row-premium">{lang.rupiah(v.period.total().total())}</td>
            <td class="num" data-label=t.col_share data-testid="rekap-row-share">{lang.share_or_dash(v.budget.add_share, 2)}</td>
            <td data-label=crate::report::texts::rekap::col_thirty(lang)>{thirty(t, v)}</td>
            <td data-label=t.col_flags data-testid="rekap-row-flags">{flags}</td>
            <td>
                <a href=share_link(&v.plan()) data-testid="rekap-row-link" target="_blank" rel="noopener">
                    {t.open_plan}
                </a>
            </td>
        </tr>
    }
}

//! One village's row: its figures, its flags in words, and its own link.

use crate::calc::rekap::summary::{Flags, VillageFigures};
use crate::report::lang::Lang;
use crate::report::rekap::share_link;
use crate::report::texts::rekap::{col_thirty, RekapTexts};
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

/// A row as drawn: every text it shows. Rows are keyed by it, so a recompute redraws only the
/// rows whose text changed (a new threshold flags a few; a typed cell changes one).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RowText {
    /// The village's place in the rekap: two villages' rows may read the same.
    index: usize,
    lang: Lang,
    /// The premium column's heading (its cells' label on a phone).
    premium_heading: String,
    row: usize,
    kode: String,
    nama: String,
    kecamatan: String,
    people: String,
    premium: String,
    share: String,
    thirty: &'static str,
    flags: String,
    link: String,
}

/// The texts of the row of village `index`; `premium_heading` is the premium column's heading.
pub fn row_text(
    index: usize,
    lang: Lang,
    t: &RekapTexts,
    premium_heading: &str,
    v: &VillageFigures,
) -> RowText {
    RowText {
        index,
        lang,
        premium_heading: premium_heading.to_string(),
        row: v.village.row,
        kode: v.village.kode.clone(),
        nama: v.village.nama.clone(),
        kecamatan: v.village.kecamatan.clone(),
        people: lang.count(v.insured()),
        premium: lang.rupiah(v.period.total().total()),
        share: lang.share_or_dash(v.budget.add_share, 2),
        thirty: thirty(t, v),
        flags: flag_words(t, v.flags).join("; "),
        link: share_link(&v.plan()),
    }
}

/// The row of a village.
/// On a phone each row is a card, each cell labelled by its column (`data-label`, CSS).
pub fn row_view(t: &'static RekapTexts, r: RowText) -> impl IntoView {
    let flagged = !r.flags.is_empty();
    // A JSON village without a kode shows none, never its file's name.
    let kode = if r.kode.is_empty() {
        "–".to_string()
    } else {
        r.kode.clone()
    };
    view! {
        <tr data-testid="rekap-row" data-kode=r.kode class:row--flagged=flagged>
            <td class="num" data-label=t.col_row>{r.row}</td>
            <td data-label=t.col_kode>{kode}</td>
            <th scope="row">{r.nama}</th>
            <td data-label=t.kecamatan>{r.kecamatan}</td>
            <td class="num" data-label=t.col_people>{r.people}</td>
            <td class="num" data-label=r.premium_heading data-testid="rekap-row-premium">{r.premium}</td>
            <td class="num" data-label=t.col_share data-testid="rekap-row-share">{r.share}</td>
            <td data-label=col_thirty(r.lang)>{r.thirty}</td>
            <td data-label=t.col_flags data-testid="rekap-row-flags">{r.flags}</td>
            <td>
                <a href=r.link data-testid="rekap-row-link" target="_blank" rel="noopener">
                    {t.open_plan}
                </a>
            </td>
        </tr>
    }
}

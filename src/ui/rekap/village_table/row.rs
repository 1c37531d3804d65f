//! One village's row: its figures, its flags in words, and its own link.

use crate::calc::rekap::summary::{Flags, VillageFigures};
use crate::report::lang::Lang;
use crate::report::rekap::share_link;
use crate::report::texts::rekap::{col_thirty, rekap_texts, RekapTexts};
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

/// A row as drawn: every text it shows. A row on screen keeps its place and sets only the texts
/// that changed: a policy change rewrites a few cells of each row instead of building every row
/// again (a page of 100 rows took half of a 3,215-village recompute), a typed cell one row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowText {
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

/// The texts of a village's row; `premium_heading` is the premium column's heading.
pub fn row_text(lang: Lang, t: &RekapTexts, premium_heading: &str, v: &VillageFigures) -> RowText {
    RowText {
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

/// The row in place `at` of the rows shown, following what that place shows.
/// On a phone each row is a card, each cell labelled by its column (`data-label`, CSS).
pub fn row_view(rows: Memo<Vec<RowText>>, at: usize) -> impl IntoView {
    // This place's texts: unchanged texts stop here, so its cells are not visited.
    let r = Memo::new(move |_| rows.with(|rows| rows.get(at).cloned().unwrap_or_default()));
    let text = move |f: fn(&RowText) -> String| move || r.with(f);
    let label =
        move |f: fn(&RekapTexts) -> &'static str| move || r.with(|r| f(rekap_texts(r.lang)));
    view! {
        <tr
            data-testid="rekap-row"
            data-kode=move || r.with(|r| r.kode.clone())
            class:row--flagged=move || r.with(|r| !r.flags.is_empty())
        >
            <td class="num" data-label=label(|t| t.col_row)>
                {move || r.with(|r| r.row)}
            </td>
            // A JSON village without a kode shows none, never its file's name.
            <td data-label=label(|t| t.col_kode)>
                {text(|r| if r.kode.is_empty() { "–".to_string() } else { r.kode.clone() })}
            </td>
            <th scope="row">{text(|r| r.nama.clone())}</th>
            <td data-label=label(|t| t.kecamatan)>{text(|r| r.kecamatan.clone())}</td>
            <td class="num" data-label=label(|t| t.col_people)>
                {text(|r| r.people.clone())}
            </td>
            <td
                class="num"
                data-label=text(|r| r.premium_heading.clone())
                data-testid="rekap-row-premium"
            >
                {text(|r| r.premium.clone())}
            </td>
            <td class="num" data-label=label(|t| t.col_share) data-testid="rekap-row-share">
                {text(|r| r.share.clone())}
            </td>
            <td data-label=move || r.with(|r| col_thirty(r.lang))>{move || r.with(|r| r.thirty)}</td>
            <td data-label=label(|t| t.col_flags) data-testid="rekap-row-flags">
                {text(|r| r.flags.clone())}
            </td>
            <td>
                <a
                    href=text(|r| r.link.clone())
                    data-testid="rekap-row-link"
                    target="_blank"
                    rel="noopener"
                >
                    {label(|t| t.open_plan)}
                </a>
            </td>
        </tr>
    }
}

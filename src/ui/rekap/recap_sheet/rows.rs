//! The printed recap's rows: each village with its 30 % check and flags, and each
//! kecamatan's subtotal after its villages.

use super::super::village_table::flag_words;
use crate::calc::rekap::summary::{Totals, VillageFigures};
use crate::report::lang::Lang;
use crate::report::rekap::kecamatan_label;
use crate::report::texts::rekap::RekapTexts;
use leptos::prelude::*;

/// One village's row.
fn village_row(lang: Lang, t: &'static RekapTexts, v: &VillageFigures) -> AnyView {
    let period = v.period.total();
    let thirty = match v.budget.thirty_percent {
        Some(c) if c.within => t.within,
        Some(_) => t.over,
        None => "–",
    };
    let flags = flag_words(t, v.flags).join("; ");
    let flagged = !flags.is_empty();
    view! {
        <tr class:row--flagged=flagged>
            <td>{v.village.kode.clone()}</td>
            <td>{v.village.nama.clone()}</td>
            <td class="num">{lang.count(v.insured())}</td>
            <td class="num">{lang.rupiah(v.monthly.total().total())}</td>
            <td class="num">{lang.rupiah(period.total())}</td>
            <td class="num">{lang.rupiah(period.payer)}</td>
            <td class="num">{lang.rupiah(period.worker)}</td>
            <td class="num">{lang.share_or_dash(v.budget.add_share, 2)}</td>
            <td>{thirty}</td>
            <td>{flags}</td>
        </tr>
    }
    .into_any()
}

/// The figures of a totals row after its label cell (two columns wide).
pub fn totals_cells(lang: Lang, totals: &Totals, testid: Option<&'static str>) -> impl IntoView {
    let share = totals.add_share();
    view! {
        <td class="num">{lang.count(totals.people_total())}</td>
        <td class="num">{lang.rupiah(totals.monthly)}</td>
        <td class="num" data-testid=testid>
            {lang.rupiah(totals.period)}
        </td>
        <td class="num">{lang.rupiah(totals.payer)}</td>
        <td class="num">{lang.rupiah(totals.worker)}</td>
        <td class="num">{lang.share_or_dash(share, 2)}</td>
        <td></td>
        <td>{lang.count(totals.flagged as u64)}</td>
    }
}

/// Every kecamatan of `kecamatan` in `villages`: its villages, then its subtotal.
pub fn body_rows(
    lang: Lang,
    t: &'static RekapTexts,
    villages: &[VillageFigures],
    kecamatan: &[(String, Totals)],
) -> impl IntoView {
    let mut by_kec: std::collections::BTreeMap<&str, Vec<&VillageFigures>> = Default::default();
    for v in villages {
        by_kec
            .entry(v.village.kecamatan.as_str())
            .or_default()
            .push(v);
    }
    kecamatan
        .iter()
        .filter_map(|(name, totals)| {
            let rows = by_kec.get(name.as_str())?;
            // JSON villages filed under no kecamatan, as the kecamatan table shows them.
            let kecamatan = if name.is_empty() {
                "–".to_string()
            } else {
                kecamatan_label(lang, name)
            };
            let label = (t.sheet_subtotal)(&kecamatan, &lang.count(totals.villages as u64));
            Some(view! {
                {rows.iter().map(|v| village_row(lang, t, v)).collect_view()}
                <tr class="sheet__subtotal" data-testid="recap-subtotal">
                    <th colspan="2" scope="row">
                        {label}
                    </th>
                    {totals_cells(lang, totals, None)}
                </tr>
            })
        })
        .collect_view()
}

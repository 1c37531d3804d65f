//! The printed recap: A4 landscape, per kecamatan or for the kabupaten, with the total in
//! words and a signature block for the camat or the head of DPMD. Only shown when printing.

use super::rekap_state::use_rekap;
use crate::calc::rekap::summary::Totals;
use crate::ui::browser;
use leptos::prelude::*;

/// The sheet.
#[component]
pub fn RecapSheet() -> impl IntoView {
    let state = use_rekap();
    // Stamped when the sheet is drawn and again before printing.
    let printed_at = RwSignal::new(browser::now());
    // Drawn only for printing: thousands of rows would otherwise be rebuilt on every change.
    let printing = RwSignal::new(false);
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
        printed_at.set(browser::now());
        printing.set(true);
    });
    let _ = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    browser::on_print_media(move || {
        printed_at.set(browser::now());
        printing.set(true);
    });
    let scope = move || state.settings.with(|w| w.print_scope.clone());
    let body = move || {
        if !printing.get() {
            return None;
        }
        let lang = state.lang.get();
        let t = state.t();
        let chosen = scope();
        Some(state.rekap.with(|r| {
            // A kecamatan whose file was removed falls back to the whole kabupaten.
            let found = r.kecamatan.iter().find(|(k, _)| *k == chosen);
            let scope = if found.is_some() { chosen.clone() } else { String::new() };
            let totals: Totals = found.map_or_else(|| r.total.clone(), |(_, t)| t.clone());
            let rows = r
                .villages
                .iter()
                .filter(|v| scope.is_empty() || v.village.kecamatan == scope)
                .map(|v| {
                    let period = v.period.total();
                    let n = v.insured();
                    view! {
                        <tr>
                            <td>{v.village.kode.clone()}</td>
                            <td>{v.village.nama.clone()}</td>
                            <td>{v.village.kecamatan.clone()}</td>
                            <td class="num">{lang.count(n)}</td>
                            <td class="num">{lang.rupiah(v.monthly.total().total())}</td>
                            <td class="num">{lang.rupiah(period.total())}</td>
                            <td class="num">{lang.rupiah(period.payer)}</td>
                            <td class="num">{lang.rupiah(period.worker)}</td>
                            <td class="num">{lang.share_or_dash(v.budget.add_share, 2)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let heading = if scope.is_empty() {
                t.whole_kabupaten.to_string()
            } else {
                crate::report::rekap::kecamatan_label(lang, &scope)
            };
            let signer = if scope.is_empty() { t.sign_dpmd } else { t.sign_camat };
            let (y, m, d, h, min) = printed_at.get();
            view! {
                <h1>{t.sheet_title}</h1>
                <p data-testid="recap-scope">{heading}</p>
                <p>{format!("{}: {d:02}-{m:02}-{y} {h:02}.{min:02}", t.sheet_printed)}</p>
                <table class="sheet__table">
                    <thead>
                        <tr>
                            <th>{t.col_kode}</th>
                            <th>{t.col_nama}</th>
                            <th>{t.kecamatan}</th>
                            <th class="num">{t.col_people}</th>
                            <th class="num">{t.monthly}</th>
                            <th class="num">{t.period}</th>
                            <th class="num">{t.desa_share}</th>
                            <th class="num">{t.worker_share}</th>
                            <th class="num">{t.col_share}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th colspan="3">{(t.sheet_total_row)(&lang.count(totals.villages as u64))}</th>
                            <td class="num">{lang.count(totals.people_total())}</td>
                            <td class="num">{lang.rupiah(totals.monthly)}</td>
                            <td class="num" data-testid="recap-total">{lang.rupiah(totals.period)}</td>
                            <td class="num">{lang.rupiah(totals.payer)}</td>
                            <td class="num">{lang.rupiah(totals.worker)}</td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
                <p>{format!("{}: {}", t.sheet_total_words, lang.words(totals.period))}</p>
                <div class="sheet__signs">
                    <div class="sheet__sign">
                        <p>{signer}</p>
                        <p class="sheet__sign-line">{t.sign_name}</p>
                    </div>
                </div>
            }
        }))
    };
    view! {
        <article class="sheet print-only" data-testid="recap-sheet">{body}</article>
    }
}

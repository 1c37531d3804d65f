//! The printed recap: A4 landscape, per kecamatan or for the kabupaten (named), with the
//! policy line, the date of the rules, each kecamatan's subtotal, the 30 % check and flags of
//! each village, the total in words and a signature block for the camat or the head of DPMD.
//! Only shown when printing.

mod rows;

use super::rekap_state::{use_rekap, RecapDrawn};
use crate::calc::rekap::summary::Totals;
use crate::report::rekap::kecamatan_label;
use crate::report::texts::rekap::col_thirty;
use crate::ui::browser;
use crate::ui::office::{office, printed, REKAP};
use leptos::prelude::*;
use rows::{body_rows, totals_cells};

/// The sheet.
#[component]
pub fn RecapSheet() -> impl IntoView {
    let state = use_rekap();
    let office = office(&REKAP);
    // Dated when the sheet is drawn and again before printing.
    let printed_on = RwSignal::new(browser::today());
    // Drawn only for printing (or a share): thousands of rows would otherwise be rebuilt on
    // every change.
    let printing = use_context::<RecapDrawn>().map_or_else(|| RwSignal::new(false), |d| d.0);
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
        printed_on.set(browser::today());
        printing.set(true);
    });
    let _ = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    browser::on_print_media(move || {
        printed_on.set(browser::today());
        printing.set(true);
    });
    let body =
        move || {
            if !printing.get() {
                return None;
            }
            let lang = state.lang.get();
            let t = state.t();
            let (chosen, kabupaten) = state
                .settings
                .with(|w| (w.print_scope.clone(), w.kabupaten.trim().to_string()));
            let district = (!kabupaten.is_empty()).then(|| (t.sheet_kabupaten)(&kabupaten));
            let (policy, rules) = (state.policy_line(), state.rules_line());
            let premium = state.period_heading();
            let settings = office.settings.get();
            let logo = office.logo.get().0;
            let day = printed_on.get();
            Some(state.rekap.with(|r| {
            // A kecamatan whose file was removed falls back to the whole kabupaten; "" is the
            // whole kabupaten, never the JSON villages filed under no kecamatan.
            let found = r
                .kecamatan
                .iter()
                .find(|(k, _)| !chosen.is_empty() && *k == chosen);
            let totals: Totals = found.map_or_else(|| r.total.clone(), |(_, t)| t.clone());
            let kecamatan = found.map_or(&r.kecamatan[..], std::slice::from_ref);
            let heading = match (found, district) {
                (Some((k, _)), Some(d)) => format!("{}, {d}", kecamatan_label(lang, k)),
                (Some((k, _)), None) => kecamatan_label(lang, k),
                (None, Some(d)) => d,
                (None, None) => t.whole_kabupaten.to_string(),
            };
            let signer = if found.is_some() { t.sign_camat } else { t.sign_dpmd };
            view! {
                {printed::letterhead(lang, &settings, logo)}
                <h1>{t.sheet_title}</h1>
                {printed::number_line(lang, &settings)}
                <p data-testid="recap-scope">
                    <strong>{heading}</strong>
                </p>
                <p data-testid="recap-policy-line">{policy}</p>
                <p data-testid="recap-rules">{rules}</p>
                <p data-testid="recap-date">{format!("{}: {}", t.sheet_printed, lang.date(day))}</p>
                <table class="sheet__table">
                    <thead>
                        <tr>
                            <th>{t.col_kode}</th>
                            <th>{t.col_nama}</th>
                            <th class="num">{t.col_people}</th>
                            <th class="num">{t.monthly}</th>
                            <th class="num">{premium}</th>
                            <th class="num">{t.desa_share}</th>
                            <th class="num">{t.worker_share}</th>
                            <th class="num">{t.col_share}</th>
                            <th class="sheet__nowrap">{col_thirty(lang)}</th>
                            <th>{t.col_flags}</th>
                        </tr>
                    </thead>
                    <tbody>{body_rows(lang, t, &r.villages, kecamatan)}</tbody>
                    <tfoot>
                        <tr>
                            <th colspan="2" scope="row">
                                {(t.sheet_total_row)(&lang.count(totals.villages as u64))}
                            </th>
                            {totals_cells(lang, &totals, Some("recap-total"))}
                        </tr>
                    </tfoot>
                </table>
                <p>{format!("{}: {}", t.sheet_total_words, lang.words(totals.period))}</p>
                <div class="signs-block">
                    {printed::place_date_line(lang, &settings, day)}
                    <div class=printed::signs_class(
                        &settings,
                        " sheet__signs",
                    )>
                        {printed::acknowledger_block(lang, &settings, t.sign_name)}
                        {printed::sign_block(
                            None,
                            signer,
                            &settings.signer(0),
                            t.sign_name,
                            "sign",
                        )}
                    </div>
                </div>
            }
        }))
        };
    let class = move || format!("sheet print-only {}", office.page_class(state.lang.get()));
    view! {
        <article class=class id="recap-sheet" data-testid="recap-sheet">
            {body}
        </article>
    }
}

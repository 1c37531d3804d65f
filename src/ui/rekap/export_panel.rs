//! "Unduh dan cetak": the rekap as CSV, and the printed recap for a kecamatan or the kabupaten.

use super::controls::kecamatan_choices;
use super::rekap_state::{use_rekap, RecapDrawn, RecapSheetArrived};
use crate::codec::sheet_file::sheet_document;
use crate::codec::xlsx::MIME as XLSX;
use crate::report::rekap::{rekap_csv, rekap_xlsx, totals_csv, village_page_address};
use crate::report::texts::rekap::rekap_texts;
use crate::report::texts::xlsx::xlsx_texts;
use crate::ui::browser;
use crate::ui::fields::{no_line, SharedSelectField, TextInput};
use crate::ui::office::form::{OfficeFields, PaperChoice, Role};
use crate::ui::office::{office, REKAP};
use crate::ui::share_file::{share_button, share_sheet_button};
use leptos::prelude::*;

/// The recap's signer (its office is typed, else camat or DPMD by the scope printed).
pub const ROLES: [Role; 1] = [Role {
    title: |l| rekap_texts(l).sign_main,
    office_editable: true,
}];

/// The type of the CSV files.
const CSV: &str = "text/csv;charset=utf-8";

/// CSV download and print.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let state = use_rekap();
    // Each file ends with the policy line and the date of the rules.
    let notes = move || vec![state.policy_line(), state.rules_line()];
    // The rekap's CSV: its name and text, the same for "Unduh" and "Bagikan".
    let csv_file = move || {
        let lang = state.lang.get_untracked();
        let page = village_page_address(&browser::page_address());
        let text = state
            .rekap
            .with_untracked(|r| rekap_csv(r, lang, &page, &notes()));
        ("rekap-iuran-jamsostek.csv".to_string(), text)
    };
    let csv = move |_| {
        let (name, text) = csv_file();
        browser::download(&name, CSV, &text);
    };
    let share_csv = share_button(
        move || state.t().share_csv,
        "rekap-share-csv",
        CSV,
        move || {
            state
                .rekap
                .with_untracked(|r| !r.villages.is_empty())
                .then(csv_file)
        },
    );
    let drawn = use_context::<RecapDrawn>();
    let share_sheet = share_sheet_button(
        move || state.t().share_sheet,
        "rekap-share-sheet",
        "recap-sheet",
        move |draw| {
            if let Some(RecapDrawn(d)) = drawn {
                d.set(draw);
            }
        },
        move |styles, html| {
            let lang = state.lang.get_untracked();
            let stem = "rekap-iuran-jamsostek";
            let doc = sheet_document(lang.code(), stem, styles, html);
            Some((format!("{stem}-lembar.html"), doc))
        },
    );
    let totals = move |_| {
        let lang = state.lang.get();
        let text = state.rekap.with(|r| totals_csv(r, lang, &notes()));
        browser::download("rekap-iuran-jamsostek-jumlah.csv", CSV, &text);
    };
    let xlsx = move |_| {
        let lang = state.lang.get();
        let page = village_page_address(&browser::page_address());
        let paper = office(&REKAP).paper.get_untracked();
        let rules = state.rules_line();
        let bytes = state
            .rekap
            .with(|r| rekap_xlsx(r, lang, &page, &notes(), &rules, paper));
        browser::download_bytes("rekap-iuran-jamsostek.xlsx", XLSX, &bytes);
    };
    let empty = move || state.rekap.with(|r| r.villages.is_empty());
    let recap = use_context::<RecapSheetArrived>();
    let cannot_print = move || empty() || recap.is_some_and(|r| !r.0.settled());
    view! {
        <section class="card" aria-labelledby="rekap-export-h">
            <h2 id="rekap-export-h">{move || state.t().section_export}</h2>
            {TextInput {
                id: "rekap-kabupaten-name".to_string().into(),
                label: Signal::derive(move || state.t().kabupaten_name.to_string()),
                text: move || state.settings.with(|s| s.kabupaten.clone()),
                on_input: move |v: String| state.settings.update(|s| s.kabupaten = v),
                invalid: || false,
                error: no_line,
                warning: no_line,
                hint: None,
                inputmode: "text",
                placeholder: None,
                maxlength: "80",
                on_commit: || {},
            }
                .view()}
            <SharedSelectField
                id="rekap-print-scope".to_string()
                label=Signal::derive(move || state.t().print_scope.to_string())
                options=Signal::derive(move || kecamatan_choices(state, state.t().whole_kabupaten))
                selected=Signal::derive(move || state.settings.with(|w| w.print_scope.clone()))
                on_change=Callback::new(move |v| state.settings.update(|w| w.print_scope = v))
            />
            <div class="actions">
                <button
                    type="button"
                    class="btn"
                    data-testid="rekap-download-csv"
                    disabled=empty
                    on:click=csv
                >
                    {move || state.t().download_csv}
                </button>
                {share_csv}
                <button
                    type="button"
                    class="btn btn--quiet"
                    data-testid="rekap-download-totals"
                    disabled=empty
                    on:click=totals
                >
                    {move || state.t().download_totals}
                </button>
                <button
                    type="button"
                    class="btn btn--quiet"
                    data-testid="rekap-download-xlsx"
                    disabled=empty
                    on:click=xlsx
                >
                    {move || xlsx_texts(state.lang.get()).download_rekap}
                </button>
                <button
                    type="button"
                    class="btn btn--quiet"
                    data-testid="rekap-print"
                    disabled=cannot_print
                    on:click=move |_| browser::print()
                >
                    {move || state.t().print}
                </button>
                {share_sheet}
            </div>
            <PaperChoice lang=state.lang keys=&REKAP />
            <OfficeFields lang=state.lang keys=&REKAP roles=&ROLES />
        </section>
    }
}

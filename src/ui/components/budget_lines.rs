//! Section 6, "Dokumen APBDes": the budget lines (RAB) a treasurer types into the village
//! budget system, grouped by funding source, with spreadsheet downloads and printing.

mod rab_table;

use super::figure::Figure;
use crate::calc::money::Rupiah;
use crate::codec::file_names;
use crate::codec::sheet_file::sheet_document;
use crate::codec::xlsx::MIME as XLSX;
use crate::report::csv::{categories_csv, rab_csv, rab_xlsx};
use crate::report::explain::{self, Explanation};
use crate::report::lang::Lang;
use crate::report::rab::{budget_lines, Rab};
use crate::report::texts::xlsx::xlsx_texts;
use crate::ui::browser;
use crate::ui::components::print_sheet::ROLES;
use crate::ui::office::form::{OfficeFields, PaperChoice};
use crate::ui::office::{office, VILLAGE};
use crate::ui::share_file::{share_button, share_sheet_button};
use crate::ui::state::tr_later;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use rab_table::rab_table;

/// The type of the CSV files.
const CSV: &str = "text/csv;charset=utf-8";

/// The workers' own share, which is not a budget line, when there is one.
fn worker_share(state: AppState, lang: Lang, rab: &Rab) -> impl IntoView {
    let t = state.later();
    (rab.worker_share > Rupiah::ZERO).then(|| {
        view! {
            <p class="note">
                {format!("{}: ", t.worker_share_line)}
                <Figure
                    value=lang.rupiah(rab.worker_share)
                    explain=move || {
                        state
                            .plan
                            .with_untracked(|p| {
                                state
                                    .with_outcome_now_untracked(|o| {
                                        o.map_or_else(
                                            Explanation::none,
                                            |o| { explain::share_total(lang, p, o, true) },
                                        )
                                    })
                            })
                    }
                    testid="rab-worker-share"
                />
            </p>
        }
    })
}

/// The budget-lines section.
#[component]
pub fn BudgetLines() -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    // From the app's outcome memo: the plan is costed once for every section.
    let rab = Memo::new(move |_| {
        let lang = lang();
        state
            .plan
            .with(|p| state.with_outcome_now(|o| o.map(|o| budget_lines(p, o, lang))))
    });
    let table = move || {
        let lang = lang();
        let t = state.later();
        rab.with(|rab| match rab.as_ref().filter(|r| !r.groups.is_empty()) {
            None => view! { <p class="note">{t.rab_empty}</p> }.into_any(),
            Some(rab) => view! {
                {rab_table(state, lang, rab)}
                {worker_share(state, lang, rab)}
            }
            .into_any(),
        })
    };
    // Each CSV's name and text, the same for "Unduh" and "Bagikan".
    let rab_file = move || {
        let lang = state.lang.get_untracked();
        let name = state.plan.with_untracked(file_names::rab_csv);
        rab.with_untracked(|rab| rab.as_ref().map(|rab| (name, rab_csv(rab, lang))))
    };
    let categories_file = move || {
        let lang = state.lang.get_untracked();
        let plan = state.plan.get_untracked();
        state.with_outcome_now_untracked(|o| {
            o.map(|outcome| {
                (
                    file_names::categories_csv(&plan),
                    categories_csv(&plan, outcome, lang),
                )
            })
        })
    };
    let download = |file: Option<(String, String)>| {
        if let Some((name, text)) = file {
            browser::download(&name, CSV, &text);
        }
    };
    let download_rab = move |_| download(rab_file());
    let download_xlsx = move |_| {
        let lang = lang();
        let plan = state.plan.get_untracked();
        let paper = office(&VILLAGE).paper.get_untracked();
        rab.with_untracked(|rab| {
            state.with_outcome_now_untracked(|o| {
                if let (Some(rab), Some(outcome)) = (rab, o) {
                    let bytes = rab_xlsx(rab, &plan, outcome, lang, paper);
                    browser::download_bytes(&file_names::rab_xlsx(&plan), XLSX, &bytes);
                }
            });
        });
    };
    let download_categories = move |_| download(categories_file());
    let share_rab = share_button(move || state.later().share_rab, "share-rab", CSV, rab_file);
    let share_categories = share_button(
        move || state.later().share_categories,
        "share-categories",
        CSV,
        categories_file,
    );
    let share_sheet = share_sheet_button(
        move || state.later().share_sheet,
        "share-sheet",
        "print-sheet-content",
        // Once drawn, the village sheet stays drawn (as after printing).
        move |draw| {
            if draw {
                state.prepare_print();
            }
        },
        move |styles, html| {
            let lang = state.lang.get_untracked();
            let (name, title) = state
                .plan
                .with_untracked(|p| (file_names::sheet_html(p), file_names::document_stem(p)));
            Some((name, sheet_document(lang.code(), &title, styles, html)))
        },
    );
    view! {
        <section class="card" aria-labelledby="documents-title">
            <h2 id="documents-title">{tr_later(|t| t.section_documents)}</h2>
            {table}
            <div class="actions no-print">
                <button
                    type="button"
                    class="btn"
                    data-testid="print-sheet"
                    on:click=move |_| state.print()
                >
                    {tr_later(|t| t.print_button)}
                </button>
                {share_sheet}
                <button
                    type="button"
                    class="btn btn--quiet"
                    data-testid="download-rab"
                    on:click=download_rab
                >
                    {tr_later(|t| t.csv_rab)}
                </button>
                {share_rab}
                <button
                    type="button"
                    class="btn btn--quiet"
                    data-testid="rab-download-xlsx"
                    on:click=download_xlsx
                >
                    {move || xlsx_texts(lang()).download_rab}
                </button>
                <button
                    type="button"
                    class="btn btn--quiet"
                    data-testid="download-categories"
                    on:click=download_categories
                >
                    {tr_later(|t| t.csv_categories)}
                </button>
                {share_categories}
            </div>
            <p class="note no-print">{tr_later(|t| t.csv_note)}</p>
            <PaperChoice lang=state.lang keys=&VILLAGE />
            <OfficeFields lang=state.lang keys=&VILLAGE roles=&ROLES />
        </section>
    }
}

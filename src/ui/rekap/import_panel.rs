//! "Berkas desa": the file picker and drop zone, the kecamatan for JSON files, and the list of
//! files read.

mod file_list;

use super::controls::field_label;
use super::rekap_state::use_rekap;
use super::storage_line::StorageLine;
use crate::codec::rekap_files;
use crate::codec::rekap_files::Work;
use crate::codec::villages_csv;
use crate::codec::xlsx;
use crate::report::lang::Lang;
use crate::report::texts::xlsx::{import_texts, read_error};
use crate::ui::browser;
use file_list::{file_items, file_notes};
use leptos::prelude::*;

/// Brings the kabupaten totals into view: after an import they are the answer, and they sit
/// below the fold on most screens.
fn show_totals() {
    let totals = leptos::prelude::document()
        .query_selector("[data-testid='rekap-totals']")
        .ok()
        .flatten();
    if let Some(el) = totals {
        el.scroll_into_view();
    }
}

/// What reading a workbook said, shown in the page's language.
#[derive(Clone)]
enum WorkbookNote {
    /// Not read: the file and why.
    NotRead(String, xlsx::ReadError),
    /// Of a workbook with several sheets, the one read.
    SheetRead(String, String, usize),
}

impl WorkbookNote {
    fn text(&self, lang: Lang) -> String {
        match self {
            WorkbookNote::NotRead(name, e) => read_error(lang, name, *e),
            WorkbookNote::SheetRead(name, sheet, n) => {
                (import_texts(lang).sheet_read)(name, sheet, *n)
            }
        }
    }
}

/// A spreadsheet program's own file, read as a workbook (or named as one that cannot be).
fn is_workbook(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]
        .iter()
        .any(|e| name.ends_with(e))
}

/// A workbook's villages sheet as the CSV text the rest of the page reads, so every check
/// of a CSV applies; or why it was not read.
async fn read_workbook(
    file: &web_sys::File,
    notes: &mut Vec<WorkbookNote>,
) -> Option<rekap_files::SourceFile> {
    let name = file.name();
    let bytes = if file.size() > rekap_files::MAX_FILE_BYTES {
        None
    } else {
        browser::file_bytes(file).await
    };
    let Some(bytes) = bytes else {
        return Some(rekap_files::SourceFile {
            name,
            text: String::new(),
            unreadable: true,
        });
    };
    match xlsx::read(&bytes) {
        Ok(sheets) => {
            let sheet = sheets.get(xlsx::villages_sheet(&sheets))?;
            if sheets.len() > 1 {
                notes.push(WorkbookNote::SheetRead(
                    name.clone(),
                    sheet.name.clone(),
                    sheets.len(),
                ));
            }
            Some(rekap_files::SourceFile {
                name,
                text: xlsx::villages_text(sheet),
                unreadable: false,
            })
        }
        Err(e) => {
            notes.push(WorkbookNote::NotRead(name, e));
            None
        }
    }
}

/// File picker and drop zone; the list of files read.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = use_rekap();
    let busy = RwSignal::new(false);
    let workbook_notes = RwSignal::new(Vec::<WorkbookNote>::new());
    let add_files = move |files: Option<web_sys::FileList>| {
        let Some(list) = files else { return };
        let files = browser::files_of(&list);
        if files.is_empty() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            let mut notes = Vec::new();
            for file in files {
                if is_workbook(&file.name()) {
                    read.extend(read_workbook(&file, &mut notes).await);
                    continue;
                }
                let text = browser::file_text(&file, rekap_files::MAX_FILE_BYTES).await;
                read.push(rekap_files::SourceFile {
                    name: file.name(),
                    unreadable: text.is_none(),
                    text: text.unwrap_or_default(),
                });
            }
            workbook_notes.set(notes);
            // Let "Sedang menghitung…" reach the screen before the rows are read and costed
            // (a second or more for tens of thousands of villages), and clear it after.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        let mut notes = Vec::new();
                        state.work.update(|w| notes = w.add_files(read));
                        state.add_notes.set(notes);
                        set_timeout(
                            move || {
                                busy.set(false);
                                show_totals();
                            },
                            std::time::Duration::ZERO,
                        );
                    },
                    std::time::Duration::ZERO,
                );
            });
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            add_files(input.files());
            // The same file may be chosen again after it was removed.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        add_files(ev.data_transfer().and_then(|d| d.files()));
    };
    // A file input opens on Space only; Enter, as on a button, opens it too.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        use wasm_bindgen::JsCast;
        if ev.key() != "Enter" {
            return;
        }
        ev.prevent_default();
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            input.click();
        }
    };
    let template = move |_| {
        browser::download(
            "rekap-desa-contoh.csv",
            "text/csv;charset=utf-8",
            villages_csv::TEMPLATE,
        );
    };
    let has_files = move || state.work.with(|w| !w.files.is_empty());
    let kecamatan_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        state.work.update(|w| w.json_kecamatan = v);
    };
    view! {
        <section class="card" aria-labelledby="rekap-import-h">
            <h2 id="rekap-import-h">{move || state.t().section_import}</h2>
            <div
                class="drop"
                on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=on_drop
            >
                <label class="btn" for="rekap-import">
                    {move || state.t().import_label}
                </label>
                <input
                    id="rekap-import"
                    data-testid="rekap-import"
                    class="visually-hidden"
                    type="file"
                    multiple=true
                    accept=".csv,.json,.xlsx,.xls,.ods,text/csv,application/json"
                    on:change=on_change
                    on:keydown=on_key
                />
                <p class="note">
                    {move || state.t().import_hint} " " {move || state.t().drop_hint}
                </p>
            </div>
            <p>
                <button
                    type="button"
                    class="btn btn--quiet"
                    data-testid="rekap-template"
                    on:click=template
                >
                    {move || state.t().template}
                </button>
            </p>
            <div class="field">
                {field_label("rekap-json-kecamatan", move || state.t().json_kecamatan)}
                <input
                    class="field__input"
                    id="rekap-json-kecamatan"
                    data-testid="rekap-json-kecamatan"
                    type="text"
                    autocomplete="off"
                    prop:value=move || state.work.with(|w| w.json_kecamatan.clone())
                    on:change=kecamatan_input
                    aria-describedby="rekap-json-kecamatan-hint"
                /> <p class="field__hint" id="rekap-json-kecamatan-hint">
                    {move || state.t().json_kecamatan_hint}
                </p>
            </div>
            <Show when=move || busy.get()>
                <p role="status" data-testid="rekap-busy">
                    {move || state.t().working}
                </p>
            </Show>
            {file_notes()}
            {move || {
                let lang = state.lang.get();
                let notes = workbook_notes.get();
                (!notes.is_empty())
                    .then(|| {
                        view! {
                            <ul class="files__notes" role="status" data-testid="rekap-xlsx-notes">
                                {notes
                                    .iter()
                                    .map(|n| view! { <li>{n.text(lang)}</li> })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }}
            <Show when=has_files>
                <h3>{move || state.t().files}</h3>
                <ul class="files" data-testid="rekap-files">
                    {file_items()}
                </ul>
                <button
                    type="button"
                    class="btn btn--quiet"
                    data-testid="rekap-clear"
                    on:click=move |_| state.work.update(Work::clear)
                >
                    {move || state.t().clear}
                </button>
            </Show>
            <StorageLine />
        </section>
    }
}

//! "Berkas desa": the file picker and drop zone, the kecamatan for JSON files, and the list of
//! files read.

mod file_list;

use super::files_reader;
use super::later::{self, ReadWorkbook};
use super::rekap_state::{use_rekap, RekapState};
use super::storage_line::StorageLine;
use crate::codec::rekap_files;
use crate::codec::rekap_files::{AddNote, Work};
use crate::codec::villages_csv;
use crate::codec::xlsx;
use crate::report::lang::Lang;
use crate::report::texts::xlsx::{import_texts, read_error};
use crate::ui::browser;
use crate::ui::fields::{no_line, option_list, SelectInput, SharedTextInput};
use file_list::{file_items, file_notes};
use leptos::prelude::*;
use std::sync::Arc;

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

/// A workbook of several sheets: each sheet as the CSV text the rest of the page reads, and
/// the one read, which the user may change.
#[derive(Clone)]
struct Workbook {
    /// The name its file is kept under.
    file: String,
    /// Each sheet's name and text.
    sheets: Vec<(String, String)>,
    /// The sheet read.
    chosen: usize,
}

/// What reading a workbook said, shown in the page's language.
#[derive(Clone)]
enum WorkbookNote {
    /// Not read: the file and why.
    NotRead(String, xlsx::ReadError),
    /// Not read: the reader's code could not be downloaded (offline on a first visit).
    ReaderMissing(String),
    /// Not read: the files reader's code could not be downloaded (`files_reader::fetch`).
    FilesReaderMissing(String),
    /// Of a workbook with several sheets, the one read.
    SheetRead(Workbook),
}

impl WorkbookNote {
    fn text(&self, lang: Lang) -> String {
        match self {
            WorkbookNote::NotRead(name, e) => read_error(lang, name, *e),
            WorkbookNote::ReaderMissing(name) => (import_texts(lang).reader_missing)(name),
            WorkbookNote::FilesReaderMissing(name) => {
                (import_texts(lang).files_reader_missing)(name)
            }
            WorkbookNote::SheetRead(book) => {
                let sheet = book.sheets.get(book.chosen).map_or("", |(n, _)| n);
                (import_texts(lang).sheet_read)(&book.file, sheet, book.sheets.len())
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
/// of a CSV applies; or why it was not read. `reader` is `None` when its code could not be
/// downloaded.
async fn read_workbook(
    file: &web_sys::File,
    reader: Option<ReadWorkbook>,
    notes: &mut Vec<WorkbookNote>,
) -> Option<rekap_files::SourceFile> {
    let name = file.name();
    if file.size() > rekap_files::MAX_FILE_BYTES {
        notes.push(WorkbookNote::NotRead(name, xlsx::ReadError::TooLarge));
        return None;
    }
    let Some(bytes) = browser::file_bytes(file).await else {
        return Some(rekap_files::SourceFile {
            name,
            text: String::new(),
            unreadable: true,
        });
    };
    let Some(read) = reader else {
        notes.push(WorkbookNote::ReaderMissing(name));
        return None;
    };
    match read(&bytes) {
        Ok(sheets) => {
            let chosen = xlsx::villages_sheet(&sheets);
            let mut texts: Vec<(String, String)> = sheets
                .iter()
                .map(|s| (s.name.clone(), xlsx::villages_text(s)))
                .collect();
            let text = texts.get(chosen)?.1.clone();
            if texts.len() > 1 {
                notes.push(WorkbookNote::SheetRead(Workbook {
                    file: name.clone(),
                    sheets: std::mem::take(&mut texts),
                    chosen,
                }));
            }
            Some(rekap_files::SourceFile {
                name,
                text,
                unreadable: false,
            })
        }
        Err(e) => {
            notes.push(WorkbookNote::NotRead(name, e));
            None
        }
    }
}

/// A workbook read under a new name (a file of its name was read before) is known by it.
fn follow_renames(notes: &mut [WorkbookNote], added: &[AddNote]) {
    for a in added {
        if let AddNote::Renamed { name, kept_as } = a {
            let book = notes.iter_mut().find_map(|n| match n {
                WorkbookNote::SheetRead(b) if b.file == *name => Some(b),
                _ => None,
            });
            if let Some(book) = book {
                book.file.clone_from(kept_as);
            }
        }
    }
}

/// The note on a workbook, with a choice of its sheets when it has several.
fn workbook_note(state: RekapState, notes: RwSignal<Vec<WorkbookNote>>, i: usize) -> AnyView {
    // The sentence follows the language and the sheet chosen; the choice itself is drawn once,
    // so choosing a sheet by keyboard keeps the focus on it.
    let text = move || {
        let lang = state.lang.get();
        notes.with(|n| n.get(i).map(|n| n.text(lang)))
    };
    let book = notes.with_untracked(|n| match n.get(i) {
        Some(WorkbookNote::SheetRead(b)) => Some(b.clone()),
        _ => None,
    });
    let Some(book) = book else {
        return view! { <li>{text}</li> }.into_any();
    };
    let id = format!("rekap-xlsx-sheet-{i}");
    let file = book.file.clone();
    let label = move || (import_texts(state.lang.get()).sheet_choice)(&file);
    let sheets: Vec<(String, String)> = book
        .sheets
        .iter()
        .enumerate()
        .map(|(k, (name, _))| (k.to_string(), name.clone()))
        .collect();
    // Drawn once: a choice leaves the options, and the focus, where they are.
    let options = option_list(sheets, &book.chosen.to_string());
    let pick = move |value: String| {
        let Ok(k) = value.parse::<usize>() else {
            return;
        };
        let mut chosen = None;
        notes.update(|n| {
            if let Some(WorkbookNote::SheetRead(b)) = n.get_mut(i) {
                if let Some((_, text)) = b.sheets.get(k) {
                    b.chosen = k;
                    chosen = Some((b.file.clone(), text.clone()));
                }
            }
        });
        if let Some((file, text)) = chosen {
            // Another sheet of tens of thousands of rows is read a part at a time too (the
            // reader is here: a workbook of the work was read).
            leptos::task::spawn_local(async move {
                if let Some(reader) = files_reader::fetch(state.reader).await {
                    (reader.read_ahead)(state.read_ahead, text.clone(), Box::new(|_| {})).await;
                    (reader.cost_ahead)(state.read_ahead, state.policy_plan(), state.ahead).await;
                }
                state.work.update(|w| w.set_text(&file, text));
            });
        }
    };
    view! {
        <li>
            {text}
            {SelectInput {
                id: id.into(),
                testid: Some("rekap-xlsx-sheet"),
                label: Signal::derive(label),
                hint: None,
                described_by: None,
                disabled: None,
                options,
                on_change: pick,
                after: (),
            }
                .view()}
        </li>
    }
    .into_any()
}

/// File picker and drop zone; the list of files read.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = use_rekap();
    let busy = RwSignal::new(false);
    // The spreadsheet being read and the share read, as the page says it.
    let reading = RwSignal::new(None::<(String, String)>);
    let workbook_notes = RwSignal::new(Vec::<WorkbookNote>::new());
    // How many times files were read: the notes are drawn again only then, not when a sheet
    // is chosen.
    let notes_read = RwSignal::new(0_u32);
    let add_files = move |files: Option<web_sys::FileList>| {
        let Some(list) = files else { return };
        let files = browser::files_of(&list);
        if files.is_empty() {
            return;
        }
        busy.set(true);
        // Set once a frame has shown "Sedang menghitung…".
        let shown = std::rc::Rc::new(std::cell::Cell::new(false));
        let frame_shown = std::rc::Rc::clone(&shown);
        browser::after_paint(move || frame_shown.set(true));
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            let mut notes = Vec::new();
            // Fetched when the page opened, so mostly here already.
            let Some(files_reader) = files_reader::fetch(state.reader).await else {
                notes.extend(
                    files
                        .iter()
                        .map(|f| WorkbookNote::FilesReaderMissing(f.name())),
                );
                workbook_notes.set(notes);
                notes_read.update(|n| *n += 1);
                busy.set(false);
                return;
            };
            // The reader's code is fetched the first time a workbook is chosen.
            let reader = if files.iter().any(|f| is_workbook(&f.name())) {
                later::workbook_reader().await.ok()
            } else {
                None
            };
            for file in files {
                if is_workbook(&file.name()) {
                    read.extend(read_workbook(&file, reader, &mut notes).await);
                    continue;
                }
                let text = browser::file_text(&file, rekap_files::MAX_FILE_BYTES).await;
                read.push(rekap_files::SourceFile {
                    name: file.name(),
                    unreadable: text.is_none(),
                    text: text.unwrap_or_default(),
                });
            }
            // Spreadsheets are read a part at a time, the share read on screen; joined to the
            // work below, they are taken as read.
            let mut read_ahead = false;
            for file in read.iter().filter(|f| rekap_files::is_spreadsheet(f)) {
                let name = file.name.clone();
                let lang = state.lang.get_untracked();
                let say = move |share: f64| {
                    let percent = lang.count((share * 100.0).floor() as u64);
                    reading.set(Some((name.clone(), percent)));
                };
                let ahead =
                    (files_reader.read_ahead)(state.read_ahead, file.text.clone(), Box::new(say));
                read_ahead |= ahead.await;
            }
            reading.set(None);
            // Their rows costed ahead too, under the policy of now ("Sedang menghitung…"): the
            // rekap that takes them in then costs none of them in one long task.
            if read_ahead {
                (files_reader.cost_ahead)(state.read_ahead, state.policy_plan(), state.ahead).await;
            }
            // Let "Sedang menghitung…" reach the screen before the rows are read and costed
            // (a second or more for tens of thousands of villages), and clear it after. Small
            // files read while a frame showed it already are taken in at once.
            let take_in = move || {
                let mut added = Vec::new();
                state.work.update(|w| added = w.add_files(read));
                follow_renames(&mut notes, &added);
                workbook_notes.set(notes);
                notes_read.update(|n| *n += 1);
                state.add_notes.set(added);
                set_timeout(
                    move || {
                        busy.set(false);
                        show_totals();
                    },
                    std::time::Duration::ZERO,
                );
            };
            if shown.get() && !read_ahead {
                take_in();
            } else {
                browser::after_paint(take_in);
            }
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
    // What is typed applies when the field is left (Enter), not at every keystroke: each
    // change recomputes the rekap.
    let typed = StoredValue::new(None::<String>);
    let kecamatan_field = SharedTextInput {
        id: "rekap-json-kecamatan".to_string().into(),
        label: Signal::derive(move || state.t().json_kecamatan.to_string()),
        text: Box::new(move || state.work.with(|w| w.json_kecamatan.clone())),
        on_input: Box::new(move |v: String| typed.set_value(Some(v))),
        invalid: Arc::new(|| false),
        error: Box::new(no_line),
        hint: Some(Signal::derive(move || {
            state.t().json_kecamatan_hint.to_string()
        })),
        inputmode: "text",
        on_commit: Arc::new(move || {
            let Some(v) = typed.try_update_value(Option::take).flatten() else {
                return;
            };
            if state.work.with_untracked(|w| w.json_kecamatan != v) {
                state.work.update(|w| w.json_kecamatan = v);
            }
        }),
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
            {kecamatan_field.view()}
            <Show when=move || busy.get()>
                <p role="status" data-testid="rekap-busy">
                    {move || {
                        let t = state.t();
                        reading
                            .with(|r| {
                                r.as_ref().map(|(name, percent)| (t.reading)(name, percent))
                            })
                            .unwrap_or_else(|| t.working.to_string())
                    }}
                </p>
            </Show>
            {file_notes()}
            {move || {
                notes_read.track();
                let count = workbook_notes.with_untracked(Vec::len);
                (count > 0)
                    .then(|| {
                        view! {
                            <ul class="files__notes" role="status" data-testid="rekap-xlsx-notes">
                                {(0..count)
                                    .map(|i| move || workbook_note(state, workbook_notes, i))
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

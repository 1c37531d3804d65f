//! Where the rekap page keeps its work on the device (issue 22). The files read and how to
//! file their villages are one record (`codec::kept_rekap`) in IndexedDB, which holds the
//! 84,000 villages of the whole country; where the browser has no usable IndexedDB, in local
//! storage as before (about 5 MB). The settings stay in local storage. The work is read once,
//! asynchronously, and nothing is written before it was read; a record from before issue 22
//! moves over, and its old copy is removed only once the move succeeded. An unreadable
//! record is set aside, never wiped; a refused write is said, with the files offered as a
//! download.

use super::files_reader;
use super::indexed_db::{self, Database};
use super::rekap_notice::RekapNotice;
use super::rekap_state::RekapState;
use crate::codec::kept_rekap::{self, EditsOpening, Opening, EDITS_KEY, STORE, WORK_KEY};
use crate::codec::rekap_files::{self, Settings, Work};
use crate::codec::share;
use crate::ui::{browser, scenario};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

/// Local-storage key of the rekap page's settings.
pub const KEY: &str = "kalkulator-jamsostek-desa.rekap";
/// Local-storage key of the files the rekap page read: before issue 22, and where the browser
/// has no IndexedDB.
pub const FILES_KEY: &str = "kalkulator-jamsostek-desa.rekap-files";

/// What is kept, as the storage line says it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kept {
    /// The kept work was read (before that the page shows that it is reading).
    pub read: bool,
    /// The browser has no usable IndexedDB: local storage stands in.
    pub local_only: bool,
    /// Bytes of the work kept; 0 when there is none to speak of.
    pub bytes: usize,
    /// The last write was refused: the work on screen is not kept.
    pub refused: bool,
    /// Whether the browser agreed to keep the site's data (None: it cannot say).
    pub persisted: Option<bool>,
    /// Bytes the site uses, and may use.
    pub usage: Option<(f64, f64)>,
}

/// The storage line's state, from its context.
#[derive(Clone, Copy)]
pub struct Keeping(pub RwSignal<Kept>);

/// The storage line's state.
pub fn use_kept() -> RwSignal<Kept> {
    expect_context::<Keeping>().0
}

/// The saved settings (the village page's plan copied in where settings from before issue 21
/// ask for it), and whether an unreadable record was set aside.
#[must_use]
pub fn load_settings() -> (Settings, bool) {
    let (mut settings, unreadable) = match browser::load(KEY) {
        None => (Settings::default(), false),
        Some(text) => match serde_json::from_str::<Settings>(&text) {
            Ok(value) => (value, false),
            Err(_) => {
                scenario::set_aside(KEY, &text);
                (Settings::default(), true)
            }
        },
    };
    settings.migrate(village_page_code, browser::today());
    (settings, unreadable)
}

/// Keeps the settings.
pub fn save_settings(settings: &Settings) {
    if let Ok(text) = serde_json::to_string(settings) {
        browser::save(KEY, &text);
    }
}

/// The village page's current plan on this device (its share code), if it has a readable one.
#[must_use]
pub fn village_page_code() -> Option<String> {
    browser::load(scenario::CURRENT_KEY).filter(|s| share::decode(s).is_ok())
}

/// The key a record is set aside under, now.
fn aside_key(key: &str) -> String {
    let now = browser::now();
    let stamp = (
        now.date.year,
        now.date.month,
        now.date.day,
        now.hour,
        now.minute,
    );
    kept_rekap::aside_key(key, stamp, js_sys::Date::now() as u64)
}

/// The whole work as its record's text, and the bytes it keeps (`kept_bytes`).
fn encoded_work(state: RekapState) -> Option<(String, usize)> {
    state.work.with_untracked(|w| {
        kept_rekap::encode(w).map(|t| {
            let bytes = kept_bytes(w, t.len());
            (t, bytes)
        })
    })
}

/// Bytes worth a line, of a work kept in `len` bytes: none for a work with nothing in it.
fn kept_bytes(work: &Work, len: usize) -> usize {
    if work.files.is_empty() && work.registry.is_none() {
        0
    } else {
        len
    }
}

/// Opens the work kept in `db` (with its typed figures' record `edits`), moving over or
/// setting aside records as `kept_rekap::opening` says; false in the second place when a write
/// the opening needed was refused; the bytes the work opened is kept in.
async fn open_from(
    db: &Database,
    kept: Option<String>,
    edits: Option<String>,
) -> (Opening, bool, usize) {
    let old = browser::load(FILES_KEY);
    let mut opening = kept_rekap::opening(kept.as_deref(), old.as_deref());
    let edits_opening = kept_rekap::open_edits(&mut opening, edits.as_deref());
    let aside = aside_key(WORK_KEY);
    let edits_aside = aside_key(EDITS_KEY);
    let mut put: Vec<(&str, &str)> = Vec::new();
    if let (true, Some(text)) = (opening.set_aside_kept, kept.as_deref()) {
        put.push((&aside, text));
    }
    if let (true, Some(text)) = (opening.move_old, old.as_deref()) {
        put.push((WORK_KEY, text));
    }
    let mut delete: Vec<&str> = Vec::new();
    if opening.set_aside_kept && !opening.move_old {
        delete.push(WORK_KEY);
    }
    if let (EditsOpening::SetAside, Some(text)) = (edits_opening, edits.as_deref()) {
        put.push((&edits_aside, text));
        delete.push(EDITS_KEY);
    }
    let mut written = true;
    if !put.is_empty() || !delete.is_empty() {
        written = db.write(&put, &delete).await;
        // The old copy stays as it was until the move succeeded.
        if written && opening.move_old {
            browser::remove(FILES_KEY);
        }
    }
    if let (true, Some(text)) = (opening.set_aside_old, old.as_deref()) {
        scenario::set_aside(FILES_KEY, text);
    }
    let len = if opening.move_old {
        old.as_ref().map_or(0, String::len)
    } else {
        let typed = match edits_opening {
            EditsOpening::Applied => edits.as_ref().map_or(0, String::len),
            _ => 0,
        };
        kept.as_ref().map_or(0, String::len) + typed
    };
    (opening, written, len)
}

/// What the browser says about keeping the site's data: whether it agreed (asking it when
/// `ask`), and how much the site uses of what it may.
async fn ask_browser(kept: RwSignal<Kept>, ask: bool) {
    let persisted = indexed_db::persisted(ask).await;
    let usage = indexed_db::estimate().await;
    kept.update(|k| {
        k.persisted = persisted;
        k.usage = usage;
    });
}

/// Tells the user the browser refused to keep the work.
fn say_refused(state: RekapState) {
    state.notice.set(Some(RekapNotice::StorageRefused));
}

/// Reads the kept work into `state.work`, then keeps the work after each change; the storage
/// line's state is provided as context.
pub fn keep(state: RekapState) {
    let kept = RwSignal::new(Kept::default());
    provide_context(Keeping(kept));
    // Set once the database opened; read by every write after.
    let db: Rc<RefCell<Option<Rc<Database>>>> = Rc::default();
    let opened_db = Rc::clone(&db);
    // The next change of the work is the kept work arriving: it is not written back.
    let arriving = StoredValue::new(false);
    // The browser is asked to keep the data once per visit, after the first large write.
    let asked = StoredValue::new(false);
    // The files reader is fetched at once, beside the reading of the kept work: kept work
    // waits for it, and a file chosen soon after opening need not wait long.
    leptos::task::spawn_local(async move {
        let _ = files_reader::fetch(state.reader).await;
    });
    leptos::task::spawn_local(async move {
        let opened = indexed_db::open(kept_rekap::DATABASE, kept_rekap::DATABASE_VERSION, STORE)
            .await
            .map(Rc::new);
        // A database that opens but cannot be read is no better than none.
        let kept_text = match &opened {
            Some(d) => d.get(WORK_KEY).await,
            None => None,
        };
        let edits_text = match &opened {
            Some(d) => d.get(EDITS_KEY).await.flatten(),
            None => None,
        };
        let (opening, written, len, local_only) = match (opened, kept_text) {
            (Some(d), Some(text)) => {
                let (opening, written, len) = open_from(&d, text, edits_text).await;
                *opened_db.borrow_mut() = Some(d);
                (opening, written, len, false)
            }
            _ => {
                let old = browser::load(FILES_KEY);
                let opening = kept_rekap::opening(None, old.as_deref());
                if let (true, Some(text)) = (opening.set_aside_old, old.as_deref()) {
                    scenario::set_aside(FILES_KEY, text);
                }
                let len = old.as_ref().map_or(0, String::len);
                (opening, true, len, true)
            }
        };
        let bytes = kept_bytes(&opening.work, len);
        // A work with something to read waits for the files reader, fetched again until it
        // arrives (the page says it is opening meanwhile).
        let work = &opening.work;
        if !work.files.is_empty() || work.registry.is_some() || !work.edits.is_empty() {
            let reader = loop {
                match files_reader::fetch(state.reader).await {
                    Some(reader) => break reader,
                    None => browser::wait(2000).await,
                }
            };
            // Large spreadsheets are read a part at a time before the work arrives, and their
            // rows costed too, so that opening 84,000 villages holds the page in no long task.
            for file in work.files.iter().filter(|f| rekap_files::is_spreadsheet(f)) {
                (reader.read_ahead)(state.read_ahead, file.text.clone(), Box::new(|_| {})).await;
            }
            (reader.cost_ahead)(state.read_ahead, state.policy_plan(), state.ahead).await;
        }
        arriving.set_value(true);
        state.work.set(opening.work);
        kept.set(Kept {
            read: true,
            local_only,
            bytes: if written { bytes } else { 0 },
            refused: !written,
            ..Kept::default()
        });
        if opening.unreadable {
            state.notice.set(Some(RekapNotice::StorageCorrupt));
        } else if !written {
            say_refused(state);
        }
        if !local_only {
            ask_browser(kept, false).await;
        }
    });
    let read = Memo::new(move |_| kept.with(|k| k.read));
    // The files' change the work record holds: a change of the typed figures alone is kept by
    // writing them alone (`kept_rekap::EDITS_KEY`), not the megabytes of the files again.
    let whole = StoredValue::new(Whole::default());
    // The work is written after the frame that shows its totals, once for the changes made
    // before it (a pasted block, a typed row): writing megabytes is never what the user waits
    // for. `changes` counts the changes, `saved` the last one written.
    let changes = StoredValue::new(0u64);
    let saved = StoredValue::new(0u64);
    let save = Rc::new(move || {
        let change = changes.get_value();
        if saved.get_value() == change {
            return;
        }
        saved.set_value(change);
        save_work(state, kept, &db, asked, whole);
    });
    let on_leave = Rc::clone(&save);
    Effect::new(move |_| {
        state.work.track();
        if !read.get() {
            return;
        }
        if arriving.get_value() {
            arriving.set_value(false);
            let bytes = kept.with_untracked(|k| k.bytes);
            whole.set_value(Whole {
                files: Some(state.files_changes.get_untracked()),
                bytes,
            });
            return;
        }
        changes.update_value(|c| *c += 1);
        let (after_frame, hidden) = (Rc::clone(&save), Rc::clone(&save));
        browser::after_paint(move || after_frame());
        // A hidden page draws no frame: the work is still written.
        set_timeout(move || hidden(), Duration::from_secs(1));
    });
    // Leaving the page writes what is not written yet.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| on_leave());
}

/// What the work record in IndexedDB holds.
#[derive(Clone, Copy, Debug, Default)]
struct Whole {
    /// The files' change it was written at (`RekapState::files_changes`); None: not known.
    files: Option<u64>,
    /// Its bytes, as the storage line counts them.
    bytes: usize,
}

/// Writes the work as it is now: in IndexedDB the typed figures alone when only they changed
/// since the work record was written, else the whole work.
fn save_work(
    state: RekapState,
    kept: RwSignal<Kept>,
    db: &Rc<RefCell<Option<Rc<Database>>>>,
    asked: StoredValue<bool>,
    whole: StoredValue<Whole>,
) {
    let Some(database) = db.borrow().clone() else {
        save_locally(state, kept);
        return;
    };
    let files = state.files_changes.get_untracked();
    let (put, text, bytes) = if whole.get_value().files == Some(files) {
        let Some(text) = state
            .work
            .with_untracked(|w| kept_rekap::encode_edits(&w.edits))
        else {
            return;
        };
        let bytes = whole.get_value().bytes + text.len();
        (EDITS_KEY, text, bytes)
    } else {
        let Some((text, bytes)) = encoded_work(state) else {
            return;
        };
        // Known once written; until then a failed write must not leave the figures alone.
        whole.set_value(Whole::default());
        (WORK_KEY, text, bytes)
    };
    leptos::task::spawn_local(async move {
        // Writes complete in the order they were made, so the last one made is kept. The work
        // record takes the typed figures in: a record of them alone would replace them.
        let delete: &[&str] = if put == WORK_KEY { &[EDITS_KEY] } else { &[] };
        // Megabytes of work are handed to the browser in a task of their own, after the one
        // that wrote their text (each a fraction of a second for the whole country).
        if put == WORK_KEY {
            browser::yield_now().await;
        }
        let written = database.write(&[(put, &text)], delete).await;
        if written {
            // The work on screen grew from any old copy a failed move left: it is moved now.
            browser::remove(FILES_KEY);
            if put == WORK_KEY {
                whole.set_value(Whole {
                    files: Some(files),
                    bytes,
                });
            }
        } else {
            database.write(&[], &[WORK_KEY, EDITS_KEY]).await;
            whole.set_value(Whole::default());
            say_refused(state);
        }
        kept.update(|k| {
            k.refused = !written;
            k.bytes = if written { bytes } else { 0 };
        });
        let ask = written && text.len() >= kept_rekap::LARGE_RECORD && !asked.get_value();
        if ask {
            asked.set_value(true);
        }
        ask_browser(kept, ask).await;
    });
}

/// Writes the whole work to local storage, as before issue 22: too large a work removes the
/// old copy, so a reload never shows files other than the ones on screen.
fn save_locally(state: RekapState, kept: RwSignal<Kept>) {
    let Some((text, bytes)) = encoded_work(state) else {
        return;
    };
    let saved = browser::save(FILES_KEY, &text);
    if !saved {
        browser::remove(FILES_KEY);
        say_refused(state);
    }
    kept.update(|k| {
        k.refused = !saved;
        k.bytes = if saved { bytes } else { 0 };
    });
}

//! Spreadsheets read before they join the work, a part at a time with the browser drawing in
//! between (issue 22): 84,000 villages read in one go would freeze the page for seconds. The
//! state's parse (`rekap_files::parse_files_with`) then takes each as read.

use crate::calc::rekap::ahead::CostedAhead;
use crate::calc::Plan;
use crate::codec::rekap_files::{self, Parsed, Work};
use crate::codec::villages_csv::{self, FileError, Reader, VillagesImport};
use crate::ui::browser;
use leptos::prelude::*;

/// Texts shorter than this (about 6,000 villages) are read where the work is parsed, in one
/// go: well under a long task, so steps would only add frames to wait for.
const READ_AHEAD_FROM: usize = 512 * 1024;
/// Rows read between two looks at the clock.
const ROWS_PER_LOOK: usize = 500;
/// How long one step may run before the browser gets a turn (ms): well under the 50 ms a
/// browser calls a long task, so a frame is drawn between steps.
const STEP_MS: f64 = 40.0;

/// What a spreadsheet's text gave.
type Read = Result<VillagesImport, FileError>;

/// A spreadsheet read ahead.
struct Entry {
    /// Its text.
    text: String,
    /// What it gave, kept while the work has the file (another file added reads it again).
    read: Read,
    /// A copy of `read` made in steps too, for the parse that takes the file in: copying tens
    /// of thousands of rows there would add to the one task that costs and draws them.
    spare: Option<Read>,
    /// Rows costed ahead so far (`cost_ahead`), while the file is new.
    costed: Option<usize>,
}

/// The spreadsheets read ahead.
#[derive(Clone, Copy)]
pub struct ReadAhead(StoredValue<Vec<Entry>>);

impl ReadAhead {
    /// None read yet.
    pub fn new() -> Self {
        ReadAhead(StoredValue::new(Vec::new()))
    }

    /// Reads `text` in steps, telling `progress` the share of it read (0–1) after each, and
    /// keeps what it gave for the next parse of the work; a short text is left to that parse.
    /// True when it read (or copied) rows ahead.
    pub async fn read(&self, text: String, progress: impl Fn(f64)) -> bool {
        if text.len() < READ_AHEAD_FROM {
            return false;
        }
        // Read before (the same file again, or under another name): only a new copy.
        let known = self.0.with_value(|all| {
            all.iter()
                .find(|e| e.text == text)
                .map(|e| e.spare.is_none().then(|| e.read.clone()))
        });
        if let Some(copy) = known {
            if let Some(read) = copy {
                let spare = Some(copy_in_steps(&read).await);
                self.0.update_value(|all| {
                    if let Some(e) = all.iter_mut().find(|e| e.text == text) {
                        e.spare = e.spare.take().or(spare);
                    }
                });
            }
            return true;
        }
        let read = match Reader::new(&text) {
            Err(e) => Err(e),
            Ok(mut reader) => {
                loop {
                    let start = js_sys::Date::now();
                    let mut done = false;
                    while !done && js_sys::Date::now() - start < STEP_MS {
                        done = reader.step(ROWS_PER_LOOK);
                    }
                    if done {
                        break;
                    }
                    let (at, of) = reader.progress();
                    progress(at as f64 / of.max(1) as f64);
                    browser::yield_now().await;
                }
                reader.finish()
            }
        };
        let spare = Some(copy_in_steps(&read).await);
        self.0.update_value(|all| {
            all.push(Entry {
                text,
                read,
                spare,
                costed: Some(0),
            });
        });
        true
    }

    /// Costs the rows of the spreadsheets newly read under `policy` into `into`, a part at a time
    /// with the browser drawing in between, so that the rekap that takes them in finds their
    /// figures made (`rekap_ahead`) instead of costing tens of thousands in one task.
    pub async fn cost_ahead(&self, policy: Plan, into: StoredValue<CostedAhead>) {
        loop {
            let start = js_sys::Date::now();
            let mut more = true;
            while more && js_sys::Date::now() - start < STEP_MS {
                more = self
                    .0
                    .try_update_value(|all| {
                        let Some(e) = all.iter_mut().find(|e| e.costed.is_some()) else {
                            return false;
                        };
                        let at = e.costed.unwrap_or(0);
                        let rows = match &e.read {
                            Ok(import) => import.villages.get(at..).unwrap_or(&[]),
                            Err(_) => &[],
                        };
                        let part = rows.get(..ROWS_PER_LOOK.min(rows.len())).unwrap_or(&[]);
                        into.update_value(|ahead| ahead.cost(&policy, part));
                        e.costed = (!part.is_empty()).then_some(at + part.len());
                        true
                    })
                    .unwrap_or(false);
            }
            if !more {
                break;
            }
            browser::yield_now().await;
        }
    }

    /// Every file of `work` read as `rekap_files::parse_files` reads them, the spreadsheets
    /// read ahead taken as read; what no file of the work has any more is forgotten.
    pub fn parse_files(&self, work: &Work) -> Parsed {
        self.0.update_value(|all| {
            all.retain(|e| work.files.iter().any(|f| f.text == e.text));
        });
        rekap_files::parse_files_with(work, |text| {
            self.0
                .try_update_value(|all| {
                    let e = all.iter_mut().find(|e| e.text == text)?;
                    Some(e.spare.take().unwrap_or_else(|| e.read.clone()))
                })
                .flatten()
                .unwrap_or_else(|| villages_csv::parse(text))
        })
    }
}

/// A copy of `read`, its rows copied a part at a time with the browser drawing in between.
async fn copy_in_steps(read: &Read) -> Read {
    let Ok(import) = read else {
        return read.clone();
    };
    let mut villages = Vec::with_capacity(import.villages.len());
    let mut start = js_sys::Date::now();
    for part in import.villages.chunks(ROWS_PER_LOOK) {
        villages.extend_from_slice(part);
        if js_sys::Date::now() - start >= STEP_MS {
            browser::yield_now().await;
            start = js_sys::Date::now();
        }
    }
    Ok(VillagesImport {
        villages,
        problems: import.problems.clone(),
        more_problems: import.more_problems,
        unknown_columns: import.unknown_columns.clone(),
        skipped: import.skipped,
    })
}

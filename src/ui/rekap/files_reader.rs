//! What turns the work's files into rows, a part of the rekap page of its own (issue 26): the
//! CSV and JSON readers, the registry's checks and the read-ahead of large spreadsheets. The
//! page fetches it as it opens (`store::keep`); with the `split-rekap` feature it is a split
//! point cut into a chunk by `scripts/split_wasm.mjs`, without it simply here. Apart from
//! `later` (the parts with views), so that the page's state can hold it without importing them.

use super::read_ahead::ReadAhead;
use crate::calc::rekap::ahead::CostedAhead;
use crate::calc::Plan;
use crate::codec::rekap_files::{self, Parsed, Work};
use crate::codec::village_edits::Edits;
#[cfg(feature = "split-rekap")]
use crate::ui::later::LoadFailed;
use leptos::prelude::*;

/// A spreadsheet read ahead (`ReadAhead::read`): true when it read rows ahead.
pub type ReadAheadFuture = std::pin::Pin<Box<dyn std::future::Future<Output = bool>>>;

/// The rows read ahead being costed (`ReadAhead::cost_ahead`).
pub type CostAheadFuture = std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

/// Told the share of a spreadsheet read so far (0–1).
pub type Progress = Box<dyn Fn(f64)>;

/// What turns the work's files into rows: the CSV and JSON readers, the registry's checks and
/// the read-ahead of large spreadsheets. An empty page reads no file, so this is a part of its
/// own, there before any file joins the work ([`fetch`]).
#[derive(Clone, Copy)]
pub struct FilesReader {
    /// Every file of the work read (`ReadAhead::parse_files`).
    pub parse: fn(&ReadAhead, &Work) -> Parsed,
    /// The typed figures set into the rows read (`rekap_files::retype`).
    pub retype: fn(&mut Parsed, &Edits),
    /// Reads a spreadsheet's text ahead, telling the share read (`ReadAhead::read`).
    pub read_ahead: fn(ReadAhead, String, Progress) -> ReadAheadFuture,
    /// Costs the rows read ahead under a policy, in steps (`ReadAhead::cost_ahead`).
    pub cost_ahead: fn(ReadAhead, Plan, StoredValue<CostedAhead>) -> CostAheadFuture,
}

/// The files reader's functions.
const FILES_READER: FilesReader = FilesReader {
    parse: |ahead, work| ahead.parse_files(work),
    retype: rekap_files::retype,
    read_ahead: |ahead, text, progress| Box::pin(async move { ahead.read(text, progress).await }),
    cost_ahead: |ahead, policy, into| Box::pin(async move { ahead.cost_ahead(policy, into).await }),
};

#[cfg(feature = "split-rekap")]
#[::leptos::wasm_split::wasm_split(files_reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn files_reader_part() -> Result<FilesReader, LoadFailed> {
    Ok(FILES_READER)
}

/// The files reader if it is here: without `split-rekap`, always.
#[must_use]
pub fn here() -> Option<FilesReader> {
    #[cfg(feature = "split-rekap")]
    {
        None
    }
    #[cfg(not(feature = "split-rekap"))]
    {
        Some(FILES_READER)
    }
}

/// The files reader, kept in `slot` (`RekapState::reader`): with `split-rekap` its chunk is
/// fetched the first time (again after a failure). None when it could not be downloaded.
pub async fn fetch(slot: RwSignal<Option<FilesReader>>) -> Option<FilesReader> {
    if let Some(reader) = slot.get_untracked() {
        return Some(reader);
    }
    #[cfg(feature = "split-rekap")]
    {
        let reader = files_reader_part().await.ok()?;
        slot.set(Some(reader));
        Some(reader)
    }
    #[cfg(not(feature = "split-rekap"))]
    {
        None
    }
}

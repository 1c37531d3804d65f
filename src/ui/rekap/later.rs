//! The rekap page's parts that arrive once the page is usable (issue 26): the grid "Isi data
//! desa", the table of every village, the export panel with its CSV and workbook writers, the
//! printed recap and the workbook reader, fetched when a workbook is picked (the files reader
//! is `files_reader`). With the `split-rekap` feature (release build) each is a split point
//! cut into a chunk of its own by `scripts/split_wasm.mjs`; without it they are simply here.
//!
//! The parts with views share the village page's placeholders, retry and idle turns
//! ([`DeferredParts`](crate::ui::deferred::DeferredParts)).

use super::data_grid::DataGrid;
use super::export_panel::ExportPanel;
use super::recap_sheet::RecapSheet;
use super::rekap_state::use_rekap;
use super::village_table::VillageTable;
use crate::codec::xlsx;
use crate::ui::deferred::{split, Later, LaterWords, Pending};
use crate::ui::later::LoadFailed;
use leptos::prelude::*;

/// A part of the rekap page that may arrive later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RekapPart {
    /// The grid "Isi data desa": drawn once there are villages; its code is fetched when the
    /// browser is first idle ([`fetch_grid`]), or at once when needed before.
    Grid,
    /// The table of every village, below the totals, with its filters and sort orders.
    Villages,
    /// "Unduh dan cetak": CSV and `.xlsx` downloads, paper, letterhead and signers.
    Export,
    /// The printed recap, drawn only for printing.
    RecapSheet,
}

impl Later for RekapPart {
    const SPLIT: bool = cfg!(feature = "split-rekap");

    fn name(self) -> &'static str {
        match self {
            RekapPart::Grid => "rekap-grid",
            RekapPart::Villages => "village-table",
            RekapPart::Export => "rekap-export",
            RekapPart::RecapSheet => "recap-sheet",
        }
    }

    fn asked_for(self) -> bool {
        self == RekapPart::Grid
    }

    fn load(self) -> impl std::future::Future<Output = Result<AnyView, LoadFailed>> {
        load(self)
    }

    fn draw(parts: &'static [Self], pending: Pending) -> impl IntoView {
        #[cfg(feature = "split-rekap")]
        {
            split::parts_in_order(parts, pending)
        }
        #[cfg(not(feature = "split-rekap"))]
        {
            let _ = pending;
            parts.iter().map(|&p| split::drawn_now(p)).collect_view()
        }
    }

    fn words() -> impl Fn() -> LaterWords + Copy + Send + Sync + 'static {
        let state = use_rekap();
        move || {
            let t = state.t();
            LaterWords {
                loading: t.later_loading,
                failed: t.later_failed,
                retry: t.later_retry,
            }
        }
    }
}

/// One split point per part (see `ui::deferred`'s macro of the same name).
macro_rules! split_point {
    ($name:ident, $chunk:ident, $view:expr) => {
        #[cfg_attr(
            feature = "split-rekap",
            ::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $name() -> Result<AnyView, LoadFailed> {
            Ok($view.into_any())
        }
    };
}

/// The grid's split point, with a function that fetches its chunk without drawing it.
#[cfg_attr(
    feature = "split-rekap",
    ::leptos::wasm_split::wasm_split(
        rekap_grid,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_grid)
    )
)]
fn grid() -> Result<AnyView, LoadFailed> {
    Ok(view! { <DataGrid /> }.into_any())
}

/// Fetches the grid's code when the browser is idle; `here` turns true once it is here, or
/// could not be fetched (the grid then shows its retry). Without `split-rekap`, at once.
pub fn fetch_grid(here: RwSignal<bool>) {
    #[cfg(feature = "split-rekap")]
    leptos::task::spawn_local(async move {
        crate::ui::browser::idle(1000).await;
        let _ = preload_grid().await;
        here.set(true);
    });
    #[cfg(not(feature = "split-rekap"))]
    here.set(true);
}

split_point!(villages, village_table, view! { <VillageTable /> });
split_point!(export, rekap_export, view! { <ExportPanel /> });
split_point!(recap_sheet, recap_sheet, view! { <RecapSheet /> });

#[cfg(feature = "split-rekap")]
async fn load(part: RekapPart) -> Result<AnyView, LoadFailed> {
    match part {
        RekapPart::Grid => grid().await,
        RekapPart::Villages => villages().await,
        RekapPart::Export => export().await,
        RekapPart::RecapSheet => recap_sheet().await,
    }
}

#[cfg(not(feature = "split-rekap"))]
async fn load(part: RekapPart) -> Result<AnyView, LoadFailed> {
    match part {
        RekapPart::Grid => grid(),
        RekapPart::Villages => villages(),
        RekapPart::Export => export(),
        RekapPart::RecapSheet => recap_sheet(),
    }
}

/// Reads a workbook's sheets (`codec::xlsx::read`).
pub type ReadWorkbook = fn(&[u8]) -> Result<Vec<xlsx::read::Sheet>, xlsx::ReadError>;

#[cfg(feature = "split-rekap")]
#[::leptos::wasm_split::wasm_split(workbook_reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reader_part() -> Result<ReadWorkbook, LoadFailed> {
    Ok(xlsx::read)
}

/// The workbook reader: with `split-rekap` its chunk is fetched the first time (again after a
/// failure); without it, it is here.
pub async fn workbook_reader() -> Result<ReadWorkbook, LoadFailed> {
    #[cfg(feature = "split-rekap")]
    {
        reader_part().await
    }
    #[cfg(not(feature = "split-rekap"))]
    {
        Ok(xlsx::read)
    }
}

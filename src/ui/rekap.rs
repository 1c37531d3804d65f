//! The rekap page for camat and DPMD offices: many villages at once, on the `calc::rekap` core.
//! Its own Trunk page and binary (`src/bin/rekap.rs`), so the village page does not grow.
//!
//! State flow (`rekap_state`): the files read (`rekap_files::Work`, kept on the device) → parsed
//! rows (memo) → the rekap under the chosen policy and threshold (memo) → the views.

mod after_frame;
mod controls;
mod data_grid;
mod export_panel;
mod files_reader;
mod import_panel;
mod indexed_db;
mod kabupaten_totals;
mod kecamatan_table;
mod later;
mod policy_panel;
mod problems;
mod read_ahead;
mod recap_sheet;
mod registry_panel;
mod rekap_notice;
mod rekap_state;
mod storage_line;
pub mod store;
mod village_table;

use crate::report::texts::rekap::rekap_texts;
use crate::report::texts::rekap_storage::rekap_storage_texts;
use crate::ui::deferred::{DeferredParts, Pending};
use crate::ui::page;
use import_panel::ImportPanel;
use kabupaten_totals::KabupatenTotals;
use kecamatan_table::KecamatanTable;
use later::RekapPart;
use leptos::prelude::*;
use policy_panel::PolicyPanel;
use problems::Problems;
use registry_panel::RegistryPanel;
use rekap_notice::RekapNotice;
pub use rekap_state::RekapState;

/// The whole rekap page.
#[component]
pub fn RekapApp() -> impl IntoView {
    let (settings, corrupt) = store::load_settings();
    let state = RekapState::new(settings);
    let RekapState {
        lang,
        settings,
        notice,
        ..
    } = state;
    provide_context(state);
    if corrupt {
        notice.set(Some(RekapNotice::StorageCorrupt));
    }
    // Read the work kept on the device, then keep it after each change.
    store::keep(state);
    let kept = store::use_kept();
    let read = Memo::new(move |_| kept.with(|k| k.read));
    Effect::new(move |_| settings.with(store::save_settings));
    page::remove_boot_header();
    page::follow_language(lang, |l| rekap_texts(l).title);
    let toggle = move |_| page::toggle_language(lang);
    let export_pending = Pending::new::<RekapPart>(2);
    let grid_pending = Pending::new::<RekapPart>(1);
    // With villages kept on the device, the page waits for the grid's code as well as for the
    // work, so the grid never pushes the totals down after they are drawn.
    let grid_here = RwSignal::new(false);
    later::fetch_grid(grid_here);
    let any_village = move || state.parsed.with(|p| !p.rows.is_empty());
    // Latched: only the opening waits; a grid still on its way later shows its placeholder.
    let ready = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || (read.get() && (grid_here.get() || !any_village()))
    });
    let sheet_pending = Pending::new::<RekapPart>(1);
    provide_context(rekap_state::RecapSheetArrived(sheet_pending));
    provide_context(rekap_state::RecapDrawn(RwSignal::new(false)));
    view! {
        <header class="top no-print">
            <div class="top__inner">
                <h1>{move || state.t().title}</h1>
                <button
                    type="button"
                    class="btn btn--lang"
                    data-testid="lang-toggle"
                    on:click=toggle
                >
                    {move || state.t().lang_toggle}
                </button>
            </div>
            <p class="top__tagline">{move || state.t().tagline}</p>
            <p class="top__tagline">
                <a class="top__link" href="../" data-testid="rekap-back">
                    {move || state.t().back}
                </a>
            </p>
        </header>
        {move || {
            notice
                .get()
                .map(|n| {
                    view! {
                        <div
                            class="alert alert--info no-print"
                            role="status"
                            data-testid="rekap-notice"
                        >
                            <p>{move || n.text(lang.get())}</p>
                            <button
                                type="button"
                                class="btn btn--quiet"
                                on:click=move |_| notice.set(None)
                            >
                                "×"
                            </button>
                        </div>
                    }
                })
        }}
        <main class="rekap no-print" data-testid="page">
            // Nothing of the work is drawn before it was read: no empty page that then jumps.
            <Show
                when=move || ready.get()
                fallback=move || {
                    view! {
                        <p class="card" role="status" data-testid="rekap-loading">
                            {move || rekap_storage_texts(lang.get()).opening}
                        </p>
                    }
                }
            >
                <RegistryPanel />
                <ImportPanel />
                <Show when=any_village>
                    <DeferredParts parts=&[RekapPart::Grid] pending=grid_pending />
                </Show>
                <PolicyPanel />
                <Problems />
                <KabupatenTotals />
                <KecamatanTable />
                <DeferredParts
                    parts=&[RekapPart::Villages, RekapPart::Export]
                    pending=export_pending
                />
            </Show>
        </main>
        <footer class="foot no-print">
            <p>{move || state.t().privacy}</p>
        </footer>
        <Show when=move || read.get()>
            <DeferredParts parts=&[RekapPart::RecapSheet] pending=sheet_pending />
        </Show>
    }
}

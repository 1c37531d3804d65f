//! "Unduh dan cetak": the rekap as CSV, and the printed recap for a kecamatan or the kabupaten.

use super::controls::{kecamatan_options, select_field};
use super::rekap_state::use_rekap;
use crate::report::rekap::rekap_csv;
use crate::ui::browser;
use leptos::prelude::*;

/// CSV download and print.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let state = use_rekap();
    let csv = move |_| {
        let lang = state.lang.get();
        let text = state.rekap.with(|r| rekap_csv(r, lang));
        browser::download("rekap-iuran-jamsostek.csv", "text/csv;charset=utf-8", &text);
    };
    let scope_options = move || {
        let current = state.settings.with(|w| w.print_scope.clone());
        kecamatan_options(state, state.t().whole_kabupaten, &current)
    };
    let empty = move || state.rekap.with(|r| r.villages.is_empty());
    view! {
        <section class="card" aria-labelledby="rekap-export-h">
            <h2 id="rekap-export-h">{move || state.t().section_export}</h2>
            {select_field(
                "rekap-print-scope",
                move || state.t().print_scope,
                move |ev| {
                    let v = event_target_value(&ev);
                    state.settings.update(|w| w.print_scope = v);
                },
                scope_options,
            )}
            <div class="actions">
                <button type="button" class="btn" data-testid="rekap-download-csv" disabled=empty on:click=csv>
                    {move || state.t().download_csv}
                </button>
                <button type="button" class="btn btn--quiet" data-testid="rekap-print" disabled=empty on:click=move |_| browser::print()>
                    {move || state.t().print}
                </button>
            </div>
        </section>
    }
}

//! "Berkas yang dibaca": each file with what it gave ("12 desa dibaca, 1 baris dilewati,
//! 0 masalah"), what adding files did beyond that, and the villages counted once.

use super::super::rekap_state::use_rekap;
use crate::codec::rekap_files::{AddNote, DuplicateOf};
use crate::report::texts::rekap::file_summary;
use leptos::prelude::*;

/// The files read, each with its summary, and a remove button.
pub fn file_items() -> impl IntoView {
    let state = use_rekap();
    move || {
        let lang = state.lang.get();
        let t = state.t();
        state.parsed.with(|p| {
            p.reports
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let summary = file_summary(lang, r.villages, r.skipped(), r.problems());
                    view! {
                        <li>
                            <span>{r.name.clone()}</span>
                            " "
                            <small class="note" data-testid="rekap-file-summary">
                                {summary}
                            </small>
                            " "
                            <button
                                type="button"
                                class="btn btn--quiet btn--small"
                                on:click=move |_| state.work.update(|w| w.remove_file(i))
                            >
                                {t.remove}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    }
}

/// What the last files added did beyond being added, and the villages counted once with a
/// choice of which copy counts.
pub fn file_notes() -> impl IntoView {
    let state = use_rekap();
    let added = move || {
        let t = state.t();
        state.add_notes.with(|notes| {
            notes
                .iter()
                .map(|n| match n {
                    AddNote::Renamed { name, kept_as } => (t.file_renamed)(name, kept_as),
                    AddNote::Identical(name) => (t.file_identical)(name),
                })
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        })
    };
    let duplicates = move || {
        let t = state.t();
        state.parsed.with(|p| {
            p.duplicates
                .iter()
                .map(|d| {
                    let line = match &d.other {
                        DuplicateOf::Row(sheet, row) => {
                            (t.duplicate_row)(&d.nama, &d.file, sheet, *row, d.json_kept)
                        }
                        DuplicateOf::Json(first) if !d.kode.is_empty() => {
                            (t.same_kode_json)(&d.kode, &d.nama, &d.file, first, d.json_kept)
                        }
                        DuplicateOf::Json(first) => {
                            (t.duplicate_json)(&d.nama, &d.file, first, d.json_kept)
                        }
                    };
                    let (file, keep) = (d.file.clone(), !d.json_kept);
                    let label = if keep { t.keep_json } else { t.keep_other };
                    view! {
                        <li data-testid="rekap-duplicate">
                            {line} " "
                            <button
                                type="button"
                                class="btn btn--quiet btn--small"
                                data-testid="rekap-duplicate-keep"
                                on:click=move |_| {
                                    state.work.update(|w| w.set_keep_json(&file, keep))
                                }
                            >
                                {label}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let any = move || {
        !state.add_notes.with(Vec::is_empty) || state.parsed.with(|p| !p.duplicates.is_empty())
    };
    view! {
        <Show when=any>
            <ul class="files__notes" role="status" data-testid="rekap-file-notes">
                {added}
                {duplicates}
            </ul>
        </Show>
    }
}

//! The line under the files read that says how much of the work is kept on this device and
//! whether the browser agreed to keep it; where the browser refused, that it is not kept, with
//! the files offered as downloads.

use super::rekap_state::use_rekap;
use super::store::use_kept;
use crate::codec::rekap_files::Work;
use crate::report::texts::rekap_storage::{rekap_storage_texts, size};
use crate::ui::browser;
use leptos::prelude::*;

/// Offers every file read as a download, as it was chosen.
fn download_files(work: RwSignal<Work>) {
    work.with(|w| {
        for file in w.files.iter().filter(|f| !f.unreadable) {
            let mime = if file.name.to_ascii_lowercase().ends_with(".json") {
                "application/json"
            } else {
                "text/csv;charset=utf-8"
            };
            browser::download(&file.name, mime, &file.text);
        }
    });
}

/// How much is kept and whether the browser agreed to keep it, or that it refused.
#[component]
pub fn StorageLine() -> impl IntoView {
    let state = use_rekap();
    let kept = use_kept();
    move || {
        let lang = state.lang.get();
        let t = rekap_storage_texts(lang);
        kept.with(|k| {
            let mut line = Vec::new();
            if k.local_only {
                line.push(t.local_only.to_string());
            }
            if k.refused {
                line.push(t.refused.to_string());
            } else if k.bytes > 0 {
                line.push((t.kept)(&size(lang, k.bytes as f64)));
                match k.persisted {
                    Some(true) => line.push(t.persisted.to_string()),
                    Some(false) => line.push(t.not_persisted.to_string()),
                    None => {}
                }
                if let Some((used, quota)) = k.usage {
                    line.push((t.usage)(&size(lang, used), &size(lang, quota)));
                }
            }
            if line.is_empty() {
                return None;
            }
            let has_files = state.work.with(|w| w.files.iter().any(|f| !f.unreadable));
            let offer = (k.refused && has_files).then(|| {
                view! {
                    <button
                        type="button"
                        class="btn btn--quiet"
                        data-testid="rekap-download-files"
                        on:click=move |_| download_files(state.work)
                    >
                        {t.download_files}
                    </button>
                }
            });
            let class = if k.refused {
                "alert alert--bad"
            } else {
                "note"
            };
            Some(view! {
                <div class=class role="status" data-testid="rekap-storage">
                    <p>{line.join(" ")}</p>
                    {offer}
                </div>
            })
        })
    }
}

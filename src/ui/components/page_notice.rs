//! The notice under the header: a link opened or broken, a file imported or refused, data on
//! the device that could not be read. It stays until dismissed, and is worded each time it is
//! drawn, so switching the language rewords it.

use crate::ui::shared::shared;
use crate::ui::state::{tr, use_app, Notice};
use leptos::prelude::*;

/// The current notice, if any.
#[component(transparent)]
pub fn PageNotice() -> impl IntoView {
    let state = use_app();
    shared(move || {
        state.notice.get().map(|n| {
            let lang = state.lang.get();
            let t = state.t();
            let (class, text) = match n {
                Notice::LinkOpened => ("alert alert--info", t.link_opened.to_string()),
                Notice::Imported => ("alert alert--info", t.import_ok.to_string()),
                Notice::LinkBroken => ("alert alert--bad", t.link_broken.to_string()),
                Notice::StorageCorrupt => ("alert alert--bad", t.storage_corrupt.to_string()),
                Notice::ImportFailed(problems, word) => (
                    "alert alert--bad",
                    format!("{} {}", t.import_failed, word(lang, &problems)),
                ),
            };
            view! {
                <div class=class role="status" data-testid="notice">
                    <p>{text}</p>
                    <button
                        type="button"
                        class="btn btn--quiet"
                        on:click=move |_| state.notice.set(None)
                    >
                        {tr(|t| t.dismiss)}
                    </button>
                </div>
            }
            .into_any()
        })
    })
}

//! "Bagikan": the plan's link, a copy button and a WhatsApp link.

use crate::ui::browser;
use crate::ui::scenario::share_link;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;
use std::time::Duration;

/// The share link, with copy and WhatsApp.
#[component(transparent)]
pub fn ShareLink() -> impl IntoView {
    let state = use_app();
    let link = Memo::new(move |_| state.plan.with(share_link));
    // What the copy button last did: None before a copy, then whether the browser took it.
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            copied.set(Some(browser::copy(&text).await));
            set_timeout(move || copied.set(None), Duration::from_secs(4));
        });
    };
    let copy_label = move || match copied.get() {
        Some(true) => state.t().copied,
        Some(false) => state.t().copy_failed,
        None => state.t().copy,
    };
    let whatsapp = move || {
        let text = format!("{} {}", state.t().title, link.get());
        let encoded: String = js_sys::encode_uri_component(&text).into();
        format!("https://wa.me/?text={encoded}")
    };
    view! {
        <h3>{tr(|t| t.share_title)}</h3>
        <label class="field__label" for="share-link">{tr(|t| t.share_link_label)}</label>
        <input class="field__input" id="share-link" data-testid="share-link" type="text" readonly prop:value=move || link.get() />
        <div class="actions">
            <button type="button" class="btn" data-testid="copy-link" on:click=copy>
                <span aria-live="polite">{copy_label}</span>
            </button>
            <a class="btn btn--quiet" href=whatsapp target="_blank" rel="noopener noreferrer">{tr(|t| t.whatsapp)}</a>
        </div>
        <p class="note">{tr(|t| t.share_note)}</p>
    }
}

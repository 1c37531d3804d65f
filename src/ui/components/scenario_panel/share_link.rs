//! "Bagikan": the plan's link, a copy button and a WhatsApp link.

use crate::ui::browser;
use crate::ui::scenario::share_link;
use crate::ui::state::tr_later;
use crate::ui::state::use_app;
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
        Some(true) => state.later().copied,
        Some(false) => state.later().copy_failed,
        None => state.later().copy,
    };
    let whatsapp = move || {
        let lang = state.lang.get();
        let (village, year, months) = state
            .plan
            .with(|p| (p.village.clone(), p.period.year, p.period.months));
        let (total, share) = state.outcome.with(|o| {
            o.as_ref().map_or((String::new(), None), |o| {
                let total = format!(
                    "{} {}",
                    lang.rupiah(o.total_period()),
                    lang.period_phrase(months)
                );
                (total, o.sums.budget.add_share.map(|s| lang.percent(s, 2)))
            })
        });
        let text =
            (state.later().share_message)(&village, year, &total, share.as_deref(), &link.get());
        let encoded: String = js_sys::encode_uri_component(&text).into();
        format!("https://wa.me/?text={encoded}")
    };
    view! {
        <h3>{tr_later(|t| t.share_title)}</h3>
        <label class="field__label" for="share-link">
            {tr_later(|t| t.share_link_label)}
        </label>
        // The whole link, wrapped, not its first 30 characters.
        <textarea
            class="field__input share-link"
            id="share-link"
            data-testid="share-link"
            rows="4"
            readonly
            prop:value=move || link.get()
        ></textarea>
        <div class="actions">
            <button type="button" class="btn" data-testid="copy-link" on:click=copy>
                <span aria-live="polite">{copy_label}</span>
            </button>
            <a
                class="btn btn--quiet"
                data-testid="share-whatsapp"
                href=whatsapp
                target="_blank"
                rel="noopener noreferrer"
            >
                {tr_later(|t| t.whatsapp)}
            </a>
        </div>
        <p class="note">{tr_later(|t| t.share_note)}</p>
    }
}

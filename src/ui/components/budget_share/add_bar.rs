//! The bar of ADD: the part the premium takes and what remains.

use super::{charged, remaining};
use crate::report::chart::add_bar;
use crate::ui::shared::shared;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The bar, once ADD is given.
#[component(transparent)]
pub fn AddBar() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    shared(move || {
        let bar = state.outcome.with(|o| {
            o.as_ref()
                .and_then(|o| add_bar(o.sums.budget.charged_to_add, o.sums.budget.add_share))
        })?;
        let desc = format!(
            "{}: {} · {}: {}",
            t().charged_to_add,
            charged(state),
            t().add_remaining,
            remaining(state)
        );
        let used = bar.used.to_string();
        let rest = bar.remaining.to_string();
        Some(view! {
            <figure class="bar">
                <svg viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-labelledby="bar-title bar-desc" class:bar--over=bar.over>
                    <title id="bar-title">{t().chart_title}</title>
                    <desc id="bar-desc">{desc}</desc>
                    <rect class="bar__used" x="0" y="0" width=used.clone() height="12" />
                    <rect class="bar__rest" x=used height="12" width=rest />
                </svg>
                <figcaption class="bar__legend">
                    <span class="swatch swatch--used"></span>
                    {t().premium_legend}
                    " "
                    <span class="swatch swatch--rest"></span>
                    {t().remaining_legend}
                </figcaption>
            </figure>
        }
        .into_any())
    })
}

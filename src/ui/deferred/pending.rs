//! How many deferred parts are still on the way, so the page knows when it is complete.

use leptos::prelude::*;

/// How many deferred parts have not arrived (or failed) yet; the page is complete at zero.
#[derive(Clone, Copy)]
pub struct Pending(RwSignal<usize>);

impl Pending {
    /// `parts` deferred parts are on the way (none without `split`: they are drawn at once).
    pub fn new(parts: usize) -> Self {
        Pending(RwSignal::new(if cfg!(feature = "split") {
            parts
        } else {
            0
        }))
    }

    /// Every part is settled: drawn, or showing its retry message (reactive).
    pub fn settled(&self) -> bool {
        self.0.get() == 0
    }

    #[cfg(feature = "split")]
    pub(super) fn one_settled(&self) {
        self.0.update(|n| *n = n.saturating_sub(1));
    }
}

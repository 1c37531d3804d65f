//! How many deferred parts are still on the way, so the page knows when it is complete.

use super::Later;
use leptos::prelude::*;

/// How many deferred parts have not arrived (or failed) yet; the page is complete at zero.
#[derive(Clone, Copy)]
pub struct Pending(RwSignal<usize>);

impl Pending {
    /// `parts` deferred parts of type `P` are on the way (none without the page's split
    /// feature: they are drawn at once).
    pub fn new<P: Later>(parts: usize) -> Self {
        Pending(RwSignal::new(if P::SPLIT { parts } else { 0 }))
    }

    /// Every part is settled: drawn, or showing its retry message (reactive).
    pub fn settled(&self) -> bool {
        self.0.get() == 0
    }

    pub(super) fn one_settled(&self) {
        self.0.update(|n| *n = n.saturating_sub(1));
    }
}

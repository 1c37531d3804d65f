//! The shape both RAB tables share, the page's and the printed sheet's: each funding source's
//! lines, then its subtotal. Their cells differ (the page's figures open their formulas, the
//! sheet marks notes with * and †), so each table brings its own rows.

use crate::report::rab::{Rab, RabGroup, RabLine};
use leptos::prelude::*;

/// Every group of `rab`: its lines drawn by `line`, wrapped with its subtotal by `group`.
pub fn rab_groups<L: IntoView, G: IntoView>(
    rab: &Rab,
    line: impl Fn(&RabLine) -> L,
    group: impl Fn(&RabGroup, Vec<L>) -> G,
) -> Vec<G> {
    rab.groups
        .iter()
        .map(|g| group(g, g.lines.iter().map(&line).collect()))
        .collect()
}

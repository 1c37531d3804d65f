//! "Perlindungan": who is protected and what a family receives, in one paragraph.

use crate::calc::Outcome;
use crate::report::lang::Lang;
use crate::report::sheet;
use crate::report::texts::page::later_texts;
use leptos::prelude::*;

/// The coverage paragraph of the sheet; its sentence is `report::sheet::coverage`.
pub fn coverage(lang: Lang, o: &Outcome) -> impl IntoView {
    view! {
        <h2>{later_texts(lang).sheet_coverage}</h2>
        <p>{sheet::coverage(lang, o)}</p>
    }
}

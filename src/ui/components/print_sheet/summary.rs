//! "Ringkasan biaya": the totals, the part charged to ADD and the 30 % check.

use crate::calc::{Outcome, Plan};
use crate::report::lang::Lang;
use crate::report::sheet;
use crate::report::texts::page::later_texts;
use leptos::prelude::*;

/// The cost summary of the sheet.
pub fn summary(lang: Lang, plan: &Plan, o: &Outcome) -> impl IntoView {
    let s = sheet::summary(lang, plan, o);
    view! {
        <h2>{later_texts(lang).sheet_summary}</h2>
        <p>{s.totals}</p>
        <p>{s.add}</p>
        {s.thirty.map(|line| view! { <p>{line}</p> })}
    }
}

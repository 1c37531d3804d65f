//! The sheet's head: title, village, budget year, months covered and when it was printed.

use crate::calc::law::Law;
use crate::calc::period::LocalTime;
use crate::calc::Plan;
use crate::report::lang::Lang;
use crate::report::sheet;
use crate::report::texts::page::later_texts;
use crate::report::texts::page::{rules_as_of, texts};
use leptos::prelude::*;

/// The head of the sheet.
pub fn heading(lang: Lang, plan: &Plan, when: LocalTime) -> impl IntoView {
    let t = texts(lang);
    let l = later_texts(lang);
    let period = plan.period;
    let last = period.last().month;
    view! {
        <header class="sheet__head">
            <h1>{l.sheet_title}</h1>
            <p>
                {format!(
                    "{}: {} · {}: {} · {}: {}–{} {} ({} {}) · {}: {}",
                    l.sheet_village,
                    if plan.village.trim().is_empty() {
                        "…………"
                    } else {
                        plan.village.trim()
                    },
                    t.budget_year,
                    period.year,
                    l.sheet_period,
                    lang.month_name(period.first_month),
                    lang.month_name(last),
                    period.year,
                    period.months,
                    lang.formula().months,
                    l.sheet_printed,
                    sheet::printed_at(lang, when),
                )}
            </p>
            {sheet::place(lang, plan).map(|line| view! { <p data-testid="sheet-place">{line}</p> })}
            <p class="small" data-testid="sheet-rules-as-of">
                {rules_as_of(lang, &plan.period, &Law::as_checked())}
            </p>
        </header>
    }
}

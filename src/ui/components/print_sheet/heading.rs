//! The sheet's head: title, village, budget year, months covered and when it was printed.

use crate::calc::Plan;
use crate::report::lang::Lang;
use crate::ui::i18n::texts;
use leptos::prelude::*;

fn printed_at(lang: Lang, (y, m, d, h, min): (u32, u8, u8, u8, u8)) -> String {
    match lang {
        Lang::Id => format!("{d} {} {y}, pukul {h:02}.{min:02}", lang.month_name(m)),
        Lang::En => format!("{d} {} {y}, {h:02}:{min:02}", lang.month_name(m)),
    }
}

/// The head of the sheet.
pub fn heading(lang: Lang, plan: &Plan, when: (u32, u8, u8, u8, u8)) -> impl IntoView {
    let t = texts(lang);
    let period = plan.period;
    let last = period.last().month;
    view! {
        <header class="sheet__head">
            <h1>{t.sheet_title}</h1>
            <p>
                {format!(
                    "{}: {} · {}: {} · {}: {}–{} {} ({} {}) · {}: {}",
                    t.sheet_village,
                    if plan.village.trim().is_empty() { "…………" } else { plan.village.trim() },
                    t.budget_year,
                    period.year,
                    t.sheet_period,
                    lang.month_name(period.first_month),
                    lang.month_name(last),
                    period.year,
                    period.months,
                    lang.pick("bulan", "months"),
                    t.sheet_printed,
                    printed_at(lang, when),
                )}
            </p>
        </header>
    }
}

//! "Ringkasan biaya": the totals, the part charged to ADD and the 30 % check.

use crate::calc::{Outcome, Plan};
use crate::report::lang::Lang;
use crate::report::texts::page::cited;
use crate::report::texts::page::texts;
use leptos::prelude::*;

/// The cost summary of the sheet.
pub fn summary(lang: Lang, plan: &Plan, o: &Outcome) -> impl IntoView {
    let t = texts(lang);
    let period = plan.period;
    let add_line = match (o.budget.add_share, o.budget.add_remaining) {
        (Some(share), Some(rest)) => format!(
            "{}: {} ({} ADD); {}: {}",
            t.charged_to_add,
            lang.rupiah(o.budget.charged_to_add),
            lang.percent(share, 2),
            t.add_remaining,
            lang.rupiah(rest)
        ),
        _ => format!(
            "{}: {}",
            t.charged_to_add,
            lang.rupiah(o.budget.charged_to_add)
        ),
    };
    let thirty = o.budget.thirty_percent.map(|c| {
        format!(
            "{}: {} — {}",
            cited(lang, plan, |t| t.thirty_title),
            c.share.map(|s| lang.percent(s, 2)).unwrap_or_default(),
            if c.within {
                cited(lang, plan, |t| t.thirty_within)
            } else {
                cited(lang, plan, |t| t.thirty_over)
            }
        )
    });
    view! {
        <h2>{t.sheet_summary}</h2>
        <p>
            {format!(
                "{}: {} · {}: {} · {}: {} · {}: {}",
                t.per_month,
                lang.rupiah(o.total_monthly()),
                lang.period_heading(period.months),
                lang.rupiah(o.total_period()),
                t.payer_share,
                lang.rupiah(o.period.total().payer),
                t.worker_share,
                lang.rupiah(o.period.total().worker)
            )}
        </p>
        <p>{add_line}</p>
        {thirty.map(|s| view! { <p>{s}</p> })}
    }
}

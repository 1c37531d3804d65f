//! Section 3, "Biaya": totals per month and for the budget year, by category, by
//! program and by funding source, payer versus worker.

mod by_category;
mod by_program;
mod by_source;

use super::figure::Figure;
use super::total::Total;
use crate::calc::money::Rupiah;
use crate::calc::Outcome;
use crate::report::explain::Topic;
use crate::ui::shared::{shared, when};
use crate::ui::state::tr;
use crate::ui::state::{tr_cited, use_app, AppState};
use by_category::ByCategory;
use by_program::ByProgram;
use by_source::BySource;
use leptos::prelude::*;

/// A total: its label, its amount, its formula and its test hook.
type Line = (
    fn(AppState) -> String,
    fn(&Outcome) -> Rupiah,
    Topic,
    &'static str,
);

/// The totals, in order; the one for the period is the main one.
const TOTALS: [Line; 4] = [
    (
        |s| s.t().per_month.to_string(),
        Outcome::total_monthly,
        Topic::TotalMonthly,
        "total-monthly",
    ),
    (
        |s| period_label(s)(),
        Outcome::total_period,
        Topic::TotalPeriod,
        "total-annual",
    ),
    (
        |s| s.t().payer_share.to_string(),
        |o| o.sums.period.total().payer,
        Topic::ShareTotal { worker: false },
        "payer-total",
    ),
    (
        |s| s.t().worker_share.to_string(),
        |o| o.sums.period.total().worker,
        Topic::ShareTotal { worker: true },
        "worker-total",
    ),
];

/// "Setahun anggaran", or "6 bulan" when fewer months are costed.
fn period_label(state: AppState) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || {
        state
            .lang
            .get()
            .period_heading(state.plan.with(|p| p.period.months))
    }
}

/// The cost section.
#[component]
pub fn CostSummary() -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    let totals = TOTALS.into_iter().map(|(label, amount, why, testid)| {
        let value = Signal::derive(move || {
            state.outcome.with(|o| {
                o.as_ref()
                    .map(|o| lang().rupiah(amount(o)))
                    .unwrap_or_default()
            })
        });
        view! {
            <Total label=move || label(state) main=testid == "total-annual">
                <Figure value=value explain=why testid=testid />
            </Total>
        }
    });
    let totals = totals.collect_view();
    let varies = move || {
        state
            .outcome
            .with(|o| o.as_ref().is_some_and(|o| o.sums.monthly_varies))
    };
    view! {
        <section class="card" aria-labelledby="cost-title">
            <h2 id="cost-title">{tr(|t| t.section_cost)}</h2>
            <dl class="totals">{totals}</dl>
            <p class="note">{shared(tr_cited(|t| t.worker_share_hint))}</p>
            {when(
                varies,
                || view! { <p class="note note--warn">{tr(|t| t.varies_note)}</p> }.into_any(),
            )}
            <p class="note no-print">{tr(|t| t.show_formula)}</p>
            <ByCategory />
            <ByProgram />
            <BySource />
        </section>
    }
}

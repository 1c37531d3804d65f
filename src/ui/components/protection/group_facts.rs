//! "Untuk seluruh peserta": what the group can expect in a year and over the term.

use super::{explained, read};
use crate::calc::Outcome;
use crate::report::explain;
use crate::report::lang::Lang;
use crate::ui::components::figure::{from_outcome, Explainer, Figure};
use crate::ui::state::use_app;
use crate::ui::state::{tr_later, tr_later_cited};
use leptos::prelude::*;

/// One fact: its label, its value and its formula.
fn fact(
    label: impl IntoView + 'static,
    value: Signal<String>,
    explain: Explainer,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd>
            <Figure value=value explain=explain testid=testid />
        </dd>
    }
}

/// The group's facts, and the note that JHT is savings.
#[component(transparent)]
pub fn GroupFacts() -> impl IntoView {
    let state = use_app();
    let value = move |f: fn(Lang, &Outcome) -> String| read(state, f);
    let chance = move |over_term: bool| {
        from_outcome(state, move |_, o| {
            explain::chance(state.lang.get(), o, over_term)
        })
    };
    view! {
        <h3>{tr_later(|t| t.group_title)}</h3>
        <dl class="facts">
            {fact(
                tr_later(|t| t.sum_assured),
                value(|l, o| l.rupiah(o.sums.group.sum_assured_jkm)),
                explained(state, explain::sum_assured),
                "sum-assured",
            )}
            {fact(
                tr_later(|t| t.expected_deaths),
                value(|l, o| l.number(o.sums.group.expected_deaths_per_year, 2)),
                explained(state, explain::expected_deaths),
                "expected-deaths",
            )}
            {fact(
                tr_later(|t| t.chance_year),
                value(|l, o| l.percent(o.sums.group.chance_this_year, 1)),
                chance(false),
                "chance-year",
            )}
            {fact(
                tr_later_cited(|t| t.chance_term),
                value(|l, o| l.percent(o.sums.group.chance_over_term, 1)),
                chance(true),
                "chance-term",
            )}
            {fact(
                tr_later(|t| t.payout_ratio),
                value(|l, o| ratio_or_dash(l, o.sums.group.payout_to_premium)),
                explained(state, explain::payout_ratio),
                "payout-ratio",
            )}
        </dl>
        <p class="note">{tr_later(|t| t.jht_is_savings)}</p>
    }
}

/// A ratio with two decimals, or a dash where there is none (no premium).
fn ratio_or_dash(lang: Lang, ratio: Option<rust_decimal::Decimal>) -> String {
    ratio.map_or_else(|| "–".into(), |r| lang.number(r, 2))
}

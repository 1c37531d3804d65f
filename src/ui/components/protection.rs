//! Section 5, "Perlindungan": people protected, what a family receives per event, and
//! what the group can expect, in words a village meeting understands.

mod benefits_table;
mod group_facts;

use super::figure::{from_outcome, Explainer, Figure};
use super::total::Total;
use crate::calc::Outcome;
use crate::report::explain::{self, Explanation};
use crate::report::lang::Lang;
use crate::report::texts::page::later_texts;
use crate::ui::state::tr_later;
use crate::ui::state::{use_app, AppState};
use benefits_table::BenefitsTable;
use group_facts::GroupFacts;
use leptos::prelude::*;

/// A figure of the outcome as text, following the outcome and the language.
fn read(state: AppState, f: fn(Lang, &Outcome) -> String) -> Signal<String> {
    Signal::derive(move || {
        state.outcome.with(|o| {
            o.as_ref()
                .map(|o| f(state.lang.get(), o))
                .unwrap_or_default()
        })
    })
}

/// The formula of a figure of the outcome.
fn explained(state: AppState, f: fn(Lang, &Outcome) -> Explanation) -> Explainer {
    from_outcome(state, move |_, o| f(state.lang.get(), o))
}

/// The protection section.
#[component]
pub fn Protection() -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    let headline = move || {
        let lang = lang();
        let months = state.plan.with(|p| p.period.months);
        state.outcome.with(|o| {
            let o = o.as_ref()?;
            let each = lang.rupiah(o.insurance_per_person()?);
            let jkm = lang.short_rupiah(o.sums.group.jkm_benefit);
            Some((later_texts(lang).protection_headline)(&each, months, &jkm))
        })
    };
    let coverage = move || {
        state.outcome.with(|o| {
            let g = &o.as_ref()?.sums.group;
            let c = g.coverage?;
            Some(format!(
                "{} · {} {}",
                lang().percent(c, 1),
                lang().count(g.unprotected.unwrap_or(0)),
                state.later().unprotected
            ))
        })
    };
    view! {
        <section class="card" aria-labelledby="protection-title">
            <h2 id="protection-title">{tr_later(|t| t.section_protection)}</h2>
            <p class="headline" data-testid="headline">
                {headline}
            </p>
            <dl class="totals">
                <Total label=tr_later(|t| t.people_protected) main=true>
                    <Figure
                        value=read(state, |l, o| l.count(o.sums.group.protected))
                        explain=from_outcome(
                            state,
                            move |plan, o| explain::people_protected(lang(), plan, o),
                        )
                        testid="people-protected"
                    />
                </Total>
                <Show when=move || coverage().is_some()>
                    <Total label=tr_later(|t| t.coverage)>
                        <Figure
                            value=Signal::derive(move || coverage().unwrap_or_default())
                            explain=explained(state, explain::coverage)
                            testid="coverage"
                        />
                    </Total>
                </Show>
                <Total label=tr_later(|t| t.expected_payout)>
                    <Figure
                        value=read(state, |l, o| l.rupiah(o.sums.group.expected_payout_per_year))
                        explain=explained(state, explain::expected_payout)
                        testid="expected-payout"
                    />
                </Total>
            </dl>
            <BenefitsTable />
            <GroupFacts />
            <h3>{tr_later(|t| t.payment_title)}</h3>
            <ul class="plain">
                <li>{tr_later(|t| t.payment_pu)}</li>
                <li>{tr_later(|t| t.payment_bpu)}</li>
            </ul>
        </section>
    }
}

//! Section 5, "Perlindungan": people protected, what a family receives per event, and
//! what the group can expect, in words a village meeting understands.

use super::figure::Figure;
use crate::calc::Outcome;
use crate::report::explain::{self, category_name, Explanation};
use crate::ui::state::tr;
use crate::ui::state::tr_cited;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The protection section.
#[component]
pub fn Protection() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let lang = move || state.lang.get();
    let explained = move |f: fn(crate::report::lang::Lang, &Outcome) -> Explanation| {
        move || {
            state.outcome.with_untracked(|o| match o {
                Some(o) => f(lang(), o),
                None => Explanation::none(),
            })
        }
    };
    let read = move |f: fn(crate::report::lang::Lang, &Outcome) -> String| {
        Signal::derive(move || {
            state
                .outcome
                .with(|o| o.as_ref().map(|o| f(lang(), o)).unwrap_or_default())
        })
    };
    let headline = move || {
        let lang = lang();
        let months = state.plan.with(|p| p.period.months);
        state.outcome.with(|o| {
            let o = o.as_ref()?;
            let each = lang.rupiah(o.insurance_per_person()?);
            let jkm = lang.short_rupiah(o.group.jkm_benefit);
            Some((crate::report::texts::page::texts(lang).protection_headline)(&each, months, &jkm))
        })
    };
    let benefit_rows = move || {
        let lang = lang();
        let plan = state.plan.get();
        state.outcome.with(|o| {
            let Some(o) = o else { return Vec::new() };
            plan.categories
                .iter()
                .zip(&o.categories)
                .filter(|(c, _)| c.insured > 0)
                .map(|(c, co)| {
                    let b = co.benefits;
                    view! {
                        <tr>
                            <th scope="row">{category_name(lang, c)}</th>
                            <td class="num">
                                <Figure value=lang.rupiah(b.jkm_death) explain=move || explain::jkm_benefit(lang, &b) />
                            </td>
                            <td class="num">
                                <Figure value=lang.rupiah(b.jkk_death) explain=move || explain::jkk_death_benefit(lang, &b) />
                            </td>
                            <td class="num">
                                <Figure value=lang.rupiah(b.total_disability) explain=move || explain::disability_benefit(lang, &b) />
                            </td>
                            <td class="num">
                                <Figure value=lang.rupiah(b.temporary_first_year) explain=move || explain::temporary_benefit(lang, &b) />
                            </td>
                            <td class="num">
                                <Figure value=lang.rupiah(b.scholarship_max) explain=move || explain::scholarship(lang, &b) />
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let coverage = move || {
        state.outcome.with(|o| {
            let g = &o.as_ref()?.group;
            let c = g.coverage?;
            Some(format!(
                "{} · {} {}",
                lang().percent(c, 1),
                lang().count(g.unprotected.unwrap_or(0)),
                t().unprotected
            ))
        })
    };
    view! {
        <section class="card" aria-labelledby="protection-title">
            <h2 id="protection-title">{tr(|t| t.section_protection)}</h2>
            <p class="headline" data-testid="headline">{headline}</p>
            <dl class="totals">
                <div class="total total--main">
                    <dt>{tr(|t| t.people_protected)}</dt>
                    <dd>
                        <Figure
                            value=read(|l, o| l.count(o.group.protected))
                            explain=move || {
                                let plan = state.plan.get_untracked();
                                state.outcome.with_untracked(|o| match o {
                                    Some(o) => explain::people_protected(lang(), &plan, o),
                                    None => Explanation::none(),
                                })
                            }
                            testid="people-protected"
                        />
                    </dd>
                </div>
                <Show when=move || coverage().is_some()>
                    <div class="total">
                        <dt>{tr(|t| t.coverage)}</dt>
                        <dd>
                            <Figure
                                value=Signal::derive(move || coverage().unwrap_or_default())
                                explain=explained(explain::coverage)
                                testid="coverage"
                            />
                        </dd>
                    </div>
                </Show>
                <div class="total">
                    <dt>{tr(|t| t.expected_payout)}</dt>
                    <dd>
                        <Figure
                            value=read(|l, o| l.rupiah(o.group.expected_payout_per_year))
                            explain=explained(explain::expected_payout)
                            testid="expected-payout"
                        />
                    </dd>
                </div>
            </dl>
            <div class="table-wrap" tabindex="0">
                <table>
                    <caption>{tr(|t| t.family_receives)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(|t| t.category)}</th>
                            <th scope="col" class="num">{tr(|t| t.jkm_death)}</th>
                            <th scope="col" class="num">{tr(|t| t.jkk_death)}</th>
                            <th scope="col" class="num">{tr(|t| t.disability)}</th>
                            <th scope="col" class="num">{move || format!("{} / {}", t().temporary, t().a_month_unit)}</th>
                            <th scope="col" class="num">{tr_cited(|t| t.scholarship)}</th>
                        </tr>
                    </thead>
                    <tbody>{benefit_rows}</tbody>
                </table>
            </div>
            <p class="note">
                {move || format!("{}: {}. {}: {}.", t().medical, t().medical_value, state.cited(|t| t.scholarship), state.cited(|t| t.scholarship_note))}
            </p>
            <h3>{tr(|t| t.group_title)}</h3>
            <dl class="facts">
                <dt>{tr(|t| t.sum_assured)}</dt>
                <dd>
                    <Figure
                        value=read(|l, o| l.rupiah(o.group.sum_assured_jkm))
                        explain=explained(explain::sum_assured)
                        testid="sum-assured"
                    />
                </dd>
                <dt>{tr(|t| t.expected_deaths)}</dt>
                <dd>
                    <Figure
                        value=read(|l, o| l.number(o.group.expected_deaths_per_year, 2))
                        explain=explained(explain::expected_deaths)
                        testid="expected-deaths"
                    />
                </dd>
                <dt>{tr(|t| t.chance_year)}</dt>
                <dd>
                    <Figure
                        value=read(|l, o| l.percent(o.group.chance_this_year, 1))
                        explain=move || state.outcome.with_untracked(|o| match o {
                            Some(o) => explain::chance(lang(), o, false),
                            None => Explanation::none(),
                        })
                        testid="chance-year"
                    />
                </dd>
                <dt>{tr_cited(|t| t.chance_term)}</dt>
                <dd>
                    <Figure
                        value=read(|l, o| l.percent(o.group.chance_over_term, 1))
                        explain=move || state.outcome.with_untracked(|o| match o {
                            Some(o) => explain::chance(lang(), o, true),
                            None => Explanation::none(),
                        })
                        testid="chance-term"
                    />
                </dd>
                <dt>{tr(|t| t.payout_ratio)}</dt>
                <dd>
                    <Figure
                        value=read(|l, o| o.group.payout_to_premium.map(|r| l.number(r, 2)).unwrap_or_else(|| "–".into()))
                        explain=explained(explain::payout_ratio)
                        testid="payout-ratio"
                    />
                </dd>
            </dl>
            <p class="note">{tr(|t| t.jht_is_savings)}</p>
            <h3>{tr(|t| t.payment_title)}</h3>
            <ul class="plain">
                <li>{tr(|t| t.payment_pu)}</li>
                <li>{tr(|t| t.payment_bpu)}</li>
            </ul>
        </section>
    }
}

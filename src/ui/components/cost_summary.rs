//! Section 3, "Biaya": totals per month and for the budget year, by category, by
//! program and by funding source, payer versus worker.

use super::figure::Figure;
use crate::calc::premium::Program;
use crate::calc::{Outcome, Plan};
use crate::report::explain::{self, category_name, Explanation, Part};
use crate::report::texts::page::source_name;
use crate::ui::state::tr;
use crate::ui::state::tr_cited;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The cost section.
#[component]
pub fn CostSummary() -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    // Reads the last good outcome and the plan for an explanation, untracked: it is
    // built only when the user opens a figure.
    let with_both = move |f: &dyn Fn(&Plan, &Outcome) -> Explanation| -> Explanation {
        let plan = state.plan.get_untracked();
        state.outcome.with_untracked(|o| match o {
            Some(o) => f(&plan, o),
            None => Explanation::none(),
        })
    };
    let money = move |f: fn(&Outcome) -> crate::calc::money::Rupiah| {
        Signal::derive(move || {
            state
                .outcome
                .with(|o| o.as_ref().map(|o| lang().rupiah(f(o))).unwrap_or_default())
        })
    };
    let rows = move || {
        let plan = state.plan.get();
        let lang = lang();
        state.outcome.with(|o| {
            let Some(o) = o else { return Vec::new() };
            plan.categories
                .iter()
                .zip(&o.categories)
                .enumerate()
                .filter(|(_, (c, _))| c.insured > 0)
                .map(|(i, (c, co))| {
                    let per_person = co.cost.per_person;
                    let period = co.cost.clone();
                    let month_cost = co.cost.clone();
                    let cat = c.clone();
                    let month_total = co.cost.months.first().map(|m| m.programs.total().total()).unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{category_name(lang, c)}</th>
                            <td class="num">{lang.count(c.insured)}</td>
                            <td class="num">
                                <Figure
                                    value=lang.rupiah(per_person.programs.total().total())
                                    explain=move || {
                                        let mut e = explain::person_month(lang, &per_person);
                                        for p in Program::ALL {
                                            if per_person.programs.get(p).total() > crate::calc::money::Rupiah::ZERO {
                                                let pe = explain::program(lang, &cat, &per_person, p);
                                                e.formula.push_str(&format!(" | {}: {}", p.abbr(), pe.formula));
                                                e.basis.push_str(&format!(" | {}: {}", p.abbr(), pe.basis));
                                            }
                                        }
                                        e
                                    }
                                />
                            </td>
                            <td class="num">
                                <Figure
                                    value=lang.rupiah(month_total)
                                    explain=move || explain::category_month(lang, &month_cost)
                                    testid=format!("cat-month-{i}")
                                />
                            </td>
                            <td class="num">
                                <Figure
                                    value=lang.rupiah(co.cost.period.total().total())
                                    explain=move || explain::category_period(lang, &period)
                                    testid=format!("cat-period-{i}")
                                />
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let program_rows = move || {
        let lang = lang();
        state.outcome.with(|o| {
            let Some(o) = o else { return Vec::new() };
            Program::ALL
                .iter()
                .filter(|p| o.period.get(**p).total() > crate::calc::money::Rupiah::ZERO)
                .map(|&p| {
                    let s = o.period.get(p);
                    let cell = move |amount, part: Part, name: &str| {
                        view! {
                            <td class="num">
                                <Figure
                                    value=lang.rupiah(amount)
                                    explain=move || with_both(&|plan, o| explain::program_part(lang, plan, o, p, part))
                                    testid=format!("program-{}-{name}", p.abbr().to_lowercase())
                                />
                            </td>
                        }
                    };
                    view! {
                        <tr>
                            <th scope="row">{p.abbr()}</th>
                            {cell(s.payer, Part::Payer, "payer")}
                            {cell(s.worker, Part::Worker, "worker")}
                            {cell(s.total(), Part::Total, "total")}
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let source_rows = move || {
        let lang = lang();
        state.outcome.with(|o| {
            let Some(o) = o else { return Vec::new() };
            o.budget
                .by_source
                .iter()
                .filter(|s| s.amount > crate::calc::money::Rupiah::ZERO)
                .map(|s| {
                    let source = s.source;
                    view! {
                        <tr>
                            <th scope="row">{source_name(lang, source)}</th>
                            <td class="num">
                                <Figure
                                    value=lang.rupiah(s.amount)
                                    explain=move || with_both(&|plan, o| explain::source_total(lang, plan, o, source))
                                    testid=format!("source-{}", source.code())
                                />
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    // "Setahun anggaran", or "6 bulan" when fewer months are costed.
    let period_label = move || lang().period_heading(state.plan.with(|p| p.period.months));
    let varies = move || {
        state
            .outcome
            .with(|o| o.as_ref().is_some_and(|o| o.monthly_varies))
    };
    view! {
        <section class="card" aria-labelledby="cost-title">
            <h2 id="cost-title">{tr(|t| t.section_cost)}</h2>
            <dl class="totals">
                <div class="total">
                    <dt>{tr(|t| t.per_month)}</dt>
                    <dd>
                        <Figure
                            value=money(Outcome::total_monthly)
                            explain=move || with_both(&|p, o| explain::total_monthly(lang(), p, o))
                            testid="total-monthly"
                        />
                    </dd>
                </div>
                <div class="total total--main">
                    <dt>{period_label}</dt>
                    <dd>
                        <Figure
                            value=money(Outcome::total_period)
                            explain=move || with_both(&|p, o| explain::total_period(lang(), p, o))
                            testid="total-annual"
                        />
                    </dd>
                </div>
                <div class="total">
                    <dt>{tr(|t| t.payer_share)}</dt>
                    <dd>
                        <Figure
                            value=money(|o| o.period.total().payer)
                            explain=move || with_both(&|p, o| explain::share_total(lang(), p, o, false))
                            testid="payer-total"
                        />
                    </dd>
                </div>
                <div class="total">
                    <dt>{tr(|t| t.worker_share)}</dt>
                    <dd>
                        <Figure
                            value=money(|o| o.period.total().worker)
                            explain=move || with_both(&|p, o| explain::share_total(lang(), p, o, true))
                            testid="worker-total"
                        />
                    </dd>
                </div>
            </dl>
            <p class="note">{tr_cited(|t| t.worker_share_hint)}</p>
            <Show when=varies>
                <p class="note note--warn">{tr(|t| t.varies_note)}</p>
            </Show>
            <p class="note no-print">{tr(|t| t.show_formula)}</p>
            <div class="table-wrap" tabindex="0">
                <table>
                    <caption>{tr(|t| t.by_category)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(|t| t.category)}</th>
                            <th scope="col" class="num">{tr(|t| t.people)}</th>
                            <th scope="col" class="num">{tr(|t| t.per_person_month)}</th>
                            <th scope="col" class="num">{tr(|t| t.per_month)}</th>
                            <th scope="col" class="num">{period_label}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="table-wrap" tabindex="0">
                <table>
                    <caption>{tr(|t| t.by_program)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(|t| t.program)}</th>
                            <th scope="col" class="num">{tr(|t| t.payer_share)}</th>
                            <th scope="col" class="num">{tr(|t| t.worker_share)}</th>
                            <th scope="col" class="num">{tr(|t| t.total)}</th>
                        </tr>
                    </thead>
                    <tbody>{program_rows}</tbody>
                </table>
            </div>
            <div class="table-wrap" tabindex="0">
                <table>
                    <caption>{tr(|t| t.by_source)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(|t| t.source)}</th>
                            <th scope="col" class="num">{period_label}</th>
                        </tr>
                    </thead>
                    <tbody>{source_rows}</tbody>
                </table>
            </div>
        </section>
    }
}

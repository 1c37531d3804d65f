//! Section 6, "Dokumen APBDes": the budget lines (RAB) a treasurer types into the village
//! budget system, grouped by funding source, with spreadsheet downloads and printing.

use super::figure::Figure;
use crate::calc::money::Rupiah;
use crate::codec::file_names;
use crate::report::csv::{categories_csv, rab_csv};
use crate::report::explain::{self, Explanation};
use crate::report::rab::budget_lines;
use crate::report::texts::page::source_name;
use crate::ui::browser;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;

/// The budget-lines section.
#[component]
pub fn BudgetLines() -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    // From the app's outcome memo: the plan is costed once for every section.
    let rab = Memo::new(move |_| {
        let lang = lang();
        state
            .plan
            .with(|p| state.with_outcome_now(|o| o.map(|o| budget_lines(p, o, lang))))
    });
    // The cost of a line's category, for its formula (read when the figure is opened).
    let cost_of = move |category: usize| {
        state.with_outcome_now_untracked(|o| {
            o.and_then(|o| o.categories.get(category).map(|c| c.cost.clone()))
        })
    };
    let table = move || {
        let lang = lang();
        let t = state.t();
        rab.with(|rab| {
            let Some(rab) = rab.as_ref().filter(|r| !r.groups.is_empty()) else {
                return view! { <p class="note">{t.rab_empty}</p> }.into_any();
            };
            let groups = rab
                .groups
                .iter()
                .map(|g| {
                    let lines = g
                        .lines
                        .iter()
                        .map(|l| {
                            view! {
                                <tr>
                                    <td>{l.code()}</td>
                                    <td>
                                        {l.description.clone()}
                                        {l.varies.then(|| view! { <span class="line-note">{t.varies_line}</span> })}
                                        {l.prohibited.then(|| view! {
                                            <span class="line-note line-note--strong" data-testid="rab-prohibited">
                                                {crate::report::rab::prohibited_note(lang, rab.year)}
                                            </span>
                                        })}
                                    </td>
                                    <td class="num">{l.volume.clone()}</td>
                                    <td class="num">
                                        <Figure
                                            value=lang.rupiah(l.unit_price)
                                            explain={
                                                let l = l.clone();
                                                move || cost_of(l.category)
                                                    .map_or_else(Explanation::none, |c| explain::rab_unit_price(lang, &l, &c))
                                            }
                                        />
                                    </td>
                                    <td class="num">
                                        <Figure
                                            value=lang.rupiah(l.amount)
                                            explain={
                                                let l = l.clone();
                                                move || cost_of(l.category)
                                                    .map_or_else(Explanation::none, |c| explain::rab_line(lang, &l, &c))
                                            }
                                            testid=format!("rab-amount-{}", l.category)
                                        />
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <tbody>
                            <tr class="group-head">
                                <th scope="rowgroup" colspan="5">{source_name(lang, g.funding)}</th>
                            </tr>
                            {lines}
                            <tr class="subtotal">
                                <th scope="row" colspan="4">{format!("{} {}", t.subtotal, source_name(lang, g.funding))}</th>
                                <td class="num">
                                    <Figure
                                        value=lang.rupiah(g.subtotal)
                                        explain={
                                            let terms: Vec<(String, Rupiah)> =
                                                g.lines.iter().map(|l| (l.description.clone(), l.amount)).collect();
                                            let total = g.subtotal;
                                            move || explain::rab_sum(lang, &terms, total)
                                        }
                                    />
                                </td>
                            </tr>
                        </tbody>
                    }
                })
                .collect_view();
            let worker = (rab.worker_share > Rupiah::ZERO).then(|| {
                view! {
                    <p class="note">
                        {format!("{}: ", t.worker_share_line)}
                        <Figure
                            value=lang.rupiah(rab.worker_share)
                            explain=move || {
                                state.plan.with_untracked(|p| {
                                    state.with_outcome_now_untracked(|o| {
                                        o.map_or_else(Explanation::none, |o| {
                                            explain::share_total(lang, p, o, true)
                                        })
                                    })
                                })
                            }
                            testid="rab-worker-share"
                        />
                    </p>
                }
            });
            view! {
                <div class="table-wrap" tabindex="0">
                    <table class="rab" data-testid="rab-table">
                        <caption>{t.rab_title}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.rab_code}</th>
                                <th scope="col">{t.rab_description}</th>
                                <th scope="col" class="num">{t.rab_volume}</th>
                                <th scope="col" class="num">{t.rab_unit_price}</th>
                                <th scope="col" class="num">{t.rab_amount}</th>
                            </tr>
                        </thead>
                        {groups}
                        <tfoot>
                            <tr class="grand">
                                <th scope="row" colspan="4">{t.grand_total}</th>
                                <td class="num" data-testid="rab-total">
                                    <Figure
                                        value=lang.rupiah(rab.total)
                                        explain={
                                            let terms: Vec<(String, Rupiah)> = rab
                                                .groups
                                                .iter()
                                                .map(|g| (format!("{} {}", t.subtotal, source_name(lang, g.funding)), g.subtotal))
                                                .collect();
                                            let total = rab.total;
                                            move || explain::rab_sum(lang, &terms, total)
                                        }
                                    />
                                </td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <p class="words" data-testid="rab-words">
                    <strong>{t.in_words}": "</strong>
                    <em>{rab.total_words.clone()}</em>
                </p>
                {worker}
            }
            .into_any()
        })
    };
    let download_rab = move |_| {
        let lang = lang();
        let name = state.plan.with_untracked(file_names::rab_csv);
        rab.with_untracked(|rab| {
            if let Some(rab) = rab {
                browser::download(&name, "text/csv;charset=utf-8", &rab_csv(rab, lang));
            }
        });
    };
    let download_categories = move |_| {
        let lang = lang();
        let plan = state.plan.get_untracked();
        state.with_outcome_now_untracked(|o| {
            if let Some(outcome) = o {
                let csv = categories_csv(&plan, outcome, lang);
                let name = file_names::categories_csv(&plan);
                browser::download(&name, "text/csv;charset=utf-8", &csv);
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="documents-title">
            <h2 id="documents-title">{tr(|t| t.section_documents)}</h2>
            {table}
            <div class="actions no-print">
                <button type="button" class="btn" data-testid="print-sheet" on:click=move |_| state.print()>
                    {tr(|t| t.print_button)}
                </button>
                <button type="button" class="btn btn--quiet" data-testid="download-rab" on:click=download_rab>
                    {tr(|t| t.csv_rab)}
                </button>
                <button type="button" class="btn btn--quiet" data-testid="download-categories" on:click=download_categories>
                    {tr(|t| t.csv_categories)}
                </button>
            </div>
            <p class="note no-print">{tr(|t| t.csv_note)}</p>
        </section>
    }
}

//! Section 4, "Dibanding ADD": the premium charged to ADD as a bar against ADD, what
//! remains, the 30 % check and the cautions.

use super::caution_list::CautionList;
use super::figure::Figure;
use crate::report::chart::add_bar;
use crate::report::explain::{self, Explanation};
use crate::ui::state::tr;
use crate::ui::state::tr_cited;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The budget-fit section.
#[component]
pub fn BudgetShare() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let lang = move || state.lang.get();
    let add = move || state.plan.with(|p| p.budget.alokasi_dana_desa);
    let explain_share = move || -> Explanation {
        let add = state.plan.with_untracked(|p| p.budget.alokasi_dana_desa);
        state.outcome.with_untracked(|o| match o {
            Some(o) => explain::add_share(lang(), o, add),
            None => Explanation::none(),
        })
    };
    let share_text = Signal::derive(move || {
        state.outcome.with(|o| {
            o.as_ref()
                .and_then(|o| o.budget.add_share)
                .map(|s| lang().percent(s, 2))
                .unwrap_or_else(|| "–".into())
        })
    });
    let charged = move || {
        state.outcome.with(|o| {
            o.as_ref()
                .map(|o| lang().rupiah(o.budget.charged_to_add))
                .unwrap_or_default()
        })
    };
    let remaining = move || {
        state.outcome.with(|o| {
            o.as_ref()
                .and_then(|o| o.budget.add_remaining)
                .map(|r| lang().rupiah(r))
                .unwrap_or_else(|| "–".into())
        })
    };
    let chart = move || {
        let bar = state.outcome.with(|o| {
            o.as_ref()
                .and_then(|o| add_bar(o.budget.charged_to_add, add()))
        })?;
        let desc = format!(
            "{}: {} · {}: {}",
            t().charged_to_add,
            charged(),
            t().add_remaining,
            remaining()
        );
        let used = bar.used.to_string();
        let rest = bar.remaining.to_string();
        Some(view! {
            <figure class="bar">
                <svg viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-labelledby="bar-title bar-desc" class:bar--over=bar.over>
                    <title id="bar-title">{t().chart_title}</title>
                    <desc id="bar-desc">{desc}</desc>
                    <rect class="bar__used" x="0" y="0" width=used.clone() height="12" />
                    <rect class="bar__rest" x=used height="12" width=rest />
                </svg>
                <figcaption class="bar__legend">
                    <span class="swatch swatch--used"></span>
                    {t().premium_legend}
                    " "
                    <span class="swatch swatch--rest"></span>
                    {t().remaining_legend}
                </figcaption>
            </figure>
        })
    };
    let thirty = move || {
        let check = state
            .outcome
            .with(|o| o.as_ref().and_then(|o| o.budget.thirty_percent));
        match check {
            None => view! { <p class="note">{t().thirty_missing}</p> }.into_any(),
            Some(c) => {
                let share = c
                    .share
                    .map(|s| lang().percent(s, 2))
                    .unwrap_or_else(|| "–".into());
                let verdict = if c.within {
                    state.cited(|t| t.thirty_within)
                } else {
                    state.cited(|t| t.thirty_over)
                };
                view! {
                    <p class=if c.within { "verdict verdict--ok" } else { "verdict verdict--bad" } data-testid="thirty-check">
                        <Figure
                            value=share
                            explain=move || state.outcome.with_untracked(|o| match o {
                                Some(o) => explain::thirty_percent(lang(), o),
                                None => Explanation::none(),
                            })
                        />
                        " "
                        {verdict}
                    </p>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="budget-title">
            <h2 id="budget-title">{tr(|t| t.section_budget)}</h2>
            <dl class="totals">
                <div class="total">
                    <dt>{tr(|t| t.charged_to_add)}</dt>
                    <dd data-testid="charged-to-add">
                        <Figure
                            value=Signal::derive(charged)
                            explain=move || {
                                let plan = state.plan.get_untracked();
                                state.outcome.with_untracked(|o| match o {
                                    Some(o) => explain::charged_to_add(lang(), &plan, o),
                                    None => Explanation::none(),
                                })
                            }
                        />
                    </dd>
                </div>
                <div class="total total--main">
                    <dt>{tr(|t| t.add_share)}</dt>
                    <dd>
                        <Figure value=share_text explain=explain_share testid="add-share" />
                    </dd>
                </div>
                <div class="total">
                    <dt>{tr(|t| t.add_remaining)}</dt>
                    <dd>
                        <Figure
                            value=Signal::derive(remaining)
                            explain=move || {
                                let plan = state.plan.get_untracked();
                                state.outcome.with_untracked(|o| match o {
                                    Some(o) => explain::add_remaining(lang(), &plan, o),
                                    None => Explanation::none(),
                                })
                            }
                            testid="add-remaining"
                        />
                    </dd>
                </div>
            </dl>
            <Show when=move || add().is_none()>
                <p class="note">{tr(|t| t.add_missing)}</p>
            </Show>
            {chart}
            <h3>{tr_cited(|t| t.thirty_title)}</h3>
            {thirty}
            <CautionList />
        </section>
    }
}

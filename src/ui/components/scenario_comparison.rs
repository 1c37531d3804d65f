//! Two to four scenarios side by side, with the difference against the first: stacked on a
//! phone, in columns on a projector.

use super::figure::Figure;
use crate::calc::comparison::{self, Compared, Measure};
use crate::calc::money::Rupiah;
use crate::calc::{calculate, Outcome, Plan};
use crate::codec::preset::PRESETS;
use crate::codec::share;
use crate::report::explain::{self, Explanation};
use crate::report::lang::Lang;
use crate::ui::scenario::Saved;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::sync::Arc;

/// Most scenarios compared at once.
const MAX: usize = 4;

/// Builds the explanation of a compared figure from its scenario.
type Explain = fn(Lang, &Plan, &Outcome) -> Explanation;

/// One compared figure as shown: its label, its value as text, the figure itself (for the
/// difference) and its formula.
#[derive(Clone)]
struct Shown {
    label: String,
    value: String,
    figure: Compared,
    explain: Explain,
}

/// The figures compared for one scenario, worded for the page.
fn figures(lang: Lang, plan: &Plan, o: &Outcome) -> Vec<Shown> {
    let dash = || "–".to_string();
    comparison::figures(o)
        .into_iter()
        .map(|figure| {
            let (label, value, explain): (String, String, Explain) = match figure.measure {
                // "Biaya setahun anggaran", or "Biaya 6 bulan" for a part year.
                Measure::Cost => (
                    (crate::report::texts::page::texts(lang).compare_cost)(
                        &lang.period_phrase(plan.period.months),
                    ),
                    lang.rupiah(o.total_period()),
                    explain::total_period,
                ),
                Measure::AddShare => (
                    crate::report::texts::page::texts(lang)
                        .add_share
                        .to_string(),
                    o.budget
                        .add_share
                        .map(|s| lang.percent(s, 2))
                        .unwrap_or_else(dash),
                    |l, p, o| explain::add_share(l, o, p.budget.alokasi_dana_desa),
                ),
                Measure::Protected => (
                    crate::report::texts::page::texts(lang)
                        .people_protected
                        .to_string(),
                    lang.count(o.group.protected),
                    explain::people_protected,
                ),
                Measure::Coverage => (
                    crate::report::texts::page::texts(lang).coverage.to_string(),
                    o.group
                        .coverage
                        .map(|c| lang.percent(c, 1))
                        .unwrap_or_else(dash),
                    |l, _, o| explain::coverage(l, o),
                ),
                Measure::ExpectedPayout => (
                    crate::report::texts::page::texts(lang)
                        .compare_payout
                        .to_string(),
                    lang.rupiah(o.group.expected_payout_per_year),
                    |l, _, o| explain::expected_payout(l, o),
                ),
            };
            Shown {
                label,
                value,
                figure,
                explain,
            }
        })
        .collect()
}

/// A difference as shown: signed, in rupiah for money.
fn difference_text(lang: Lang, diff: Decimal, is_money: bool) -> String {
    let sign = if diff.is_sign_negative() { "−" } else { "+" };
    let abs = diff.abs();
    if is_money {
        format!("{sign}{}", lang.rupiah(Rupiah::from_decimal(abs)))
    } else {
        format!("{sign}{}", lang.number(abs, 2))
    }
}

/// The comparison: choose scenarios, see them side by side.
#[component]
pub fn ScenarioComparison(
    /// The scenarios saved on this device.
    saved: RwSignal<Vec<Saved>>,
) -> impl IntoView {
    let state = use_app();
    let chosen = RwSignal::new(Vec::<String>::new());
    // Every scenario that can be compared: (id, label, plan).
    let candidates = move || {
        let lang = state.lang.get();
        let mut list: Vec<(String, String, Plan)> = vec![(
            "current".into(),
            state.t().compare_current.to_string(),
            state.plan.get(),
        )];
        for p in PRESETS {
            list.push((
                format!("preset-{}", p.id),
                crate::report::texts::presets::preset_text(lang, p)
                    .name
                    .to_string(),
                (p.build)(),
            ));
        }
        for s in saved.get() {
            if let Ok(plan) = share::decode(&s.code) {
                // Keyed by content, so deleting another scenario never swaps the choice.
                list.push((format!("saved:{}", s.code), s.name, plan));
            }
        }
        list
    };
    let toggle = move |id: String, on: bool| {
        chosen.update(|c| {
            c.retain(|x| x != &id);
            if on && c.len() < MAX {
                c.push(id);
            }
        })
    };
    let boxes = move || {
        let picked = chosen.get();
        let mut saved_index = 0;
        candidates()
            .into_iter()
            .map(|(id, label, _)| {
                let checked = picked.contains(&id);
                let disabled = !checked && picked.len() >= MAX;
                let box_id = if id.starts_with("saved:") {
                    saved_index += 1;
                    format!("cmp-saved-{}", saved_index - 1)
                } else {
                    format!("cmp-{id}")
                };
                let id2 = id.clone();
                view! {
                    <div class="check">
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            data-testid=box_id.clone()
                            prop:checked=checked
                            disabled=disabled
                            on:change=move |ev| toggle(id2.clone(), event_target_checked(&ev))
                        />
                        <label for=box_id>{label}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let columns = move || {
        let lang = state.lang.get();
        let picked = chosen.get();
        if picked.len() < 2 {
            return None;
        }
        let all = candidates();
        type Column = (String, Vec<Shown>, Arc<(Plan, Outcome)>);
        let rows: Vec<Column> = picked
            .iter()
            .filter_map(|id| all.iter().find(|(cid, _, _)| cid == id))
            .filter_map(|(cid, label, plan)| {
                // The current plan is costed already (the app's outcome memo).
                let outcome = if cid == "current" {
                    state.with_outcome_now(|o| o.cloned())
                } else {
                    calculate(plan).ok()
                };
                outcome.map(|o| {
                    let figs = figures(lang, plan, &o);
                    (label.clone(), figs, Arc::new((plan.clone(), o)))
                })
            })
            .collect();
        let first = rows.first().map(|(_, f, _)| f.clone()).unwrap_or_default();
        let cards = rows
            .into_iter()
            .enumerate()
            .map(|(col, (label, figs, scenario))| {
                let items = figs
                    .into_iter()
                    .enumerate()
                    .map(|(i, shown)| {
                        let Shown { label: name, value, figure, explain: why } = shown;
                        let scenario = Arc::clone(&scenario);
                        let explain = move || why(lang, &scenario.0, &scenario.1);
                        let diff = if col == 0 {
                            None
                        } else {
                            first
                                .get(i)
                                .and_then(|f| comparison::difference(f.figure, figure))
                                .map(|d| difference_text(lang, d, figure.measure.is_money()))
                        };
                        let changed = diff.is_some();
                        view! {
                            <dt>{name}</dt>
                            <dd class:changed=changed>
                                <Figure value=value explain=explain />
                                {diff.map(|d| view! { <span class="diff">{format!(" ({d})")}</span> })}
                            </dd>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="compare__col" data-testid=format!("compare-col-{col}")>
                        <h4>{label}</h4>
                        <dl>{items}</dl>
                    </div>
                }
            })
            .collect_view();
        Some(view! { <div class="compare" data-testid="comparison">{cards}</div> })
    };
    view! {
        <h3>{tr(|t| t.compare_title)}</h3>
        <p class="note">{tr(|t| t.compare_hint)}</p>
        <fieldset class="compare__pick">
            <legend class="visually-hidden">{tr(|t| t.compare_title)}</legend>
            {boxes}
        </fieldset>
        {columns}
    }
}

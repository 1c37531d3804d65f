//! Two to four scenarios side by side, with the difference against the first: stacked on a
//! phone, in columns on a projector.

use crate::calc::lang::Lang;
use crate::calc::money::Rupiah;
use crate::calc::preset::PRESETS;
use crate::calc::{calculate, share, Outcome, Plan};
use crate::ui::scenario::Saved;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Most scenarios compared at once.
const MAX: usize = 4;

/// One compared figure: label, value text, exact value for the difference, and whether
/// the difference is money.
type Figure = (&'static str, String, Option<Decimal>, bool);

/// The figures compared for one scenario.
fn figures(lang: Lang, o: &Outcome) -> Vec<Figure> {
    let money = |r: Rupiah| (lang.rupiah(r), Some(r.amount()), true);
    let mut out = Vec::new();
    let (v, d, m) = money(o.total_period());
    out.push((
        lang.pick("Biaya setahun anggaran", "Cost for the budget year"),
        v,
        d,
        m,
    ));
    let share = o.budget.add_share;
    out.push((
        lang.pick("Bagian dari ADD", "Share of ADD"),
        share
            .map(|s| lang.percent(s, 2))
            .unwrap_or_else(|| "–".into()),
        share.map(|s| s * Decimal::ONE_HUNDRED),
        false,
    ));
    out.push((
        lang.pick("Orang terlindungi", "People protected"),
        lang.count(o.group.protected),
        Some(Decimal::from(o.group.protected)),
        false,
    ));
    let cov = o.group.coverage;
    out.push((
        lang.pick("Cakupan", "Coverage"),
        cov.map(|c| lang.percent(c, 1))
            .unwrap_or_else(|| "–".into()),
        cov.map(|c| c * Decimal::ONE_HUNDRED),
        false,
    ));
    let (v, d, m) = money(o.group.expected_payout_per_year);
    out.push((
        lang.pick("Perkiraan santunan per tahun", "Expected payout a year"),
        v,
        d,
        m,
    ));
    out
}

fn difference(
    lang: Lang,
    first: Option<Decimal>,
    this: Option<Decimal>,
    is_money: bool,
) -> Option<String> {
    let diff = this? - first?;
    if diff.is_zero() {
        return None;
    }
    let sign = if diff.is_sign_negative() { "−" } else { "+" };
    let abs = diff.abs();
    Some(if is_money {
        format!("{sign}{}", lang.rupiah(Rupiah::from_decimal(abs)))
    } else {
        format!("{sign}{}", lang.number(abs, 2))
    })
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
                lang.pick(p.name_id, p.name_en).to_string(),
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
        let rows: Vec<(String, Vec<Figure>)> = picked
            .iter()
            .filter_map(|id| all.iter().find(|(cid, _, _)| cid == id))
            .filter_map(|(_, label, plan)| {
                calculate(plan)
                    .ok()
                    .map(|o| (label.clone(), figures(lang, &o)))
            })
            .collect();
        let first = rows.first().map(|(_, f)| f.clone()).unwrap_or_default();
        let cards = rows
            .into_iter()
            .enumerate()
            .map(|(col, (label, figs))| {
                let items = figs
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, value, exact, is_money))| {
                        let diff = if col == 0 {
                            None
                        } else {
                            first.get(i).and_then(|f| difference(lang, f.2, exact, is_money))
                        };
                        let changed = diff.is_some();
                        view! {
                            <dt>{name}</dt>
                            <dd class:changed=changed>
                                {value}
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

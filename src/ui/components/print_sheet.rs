//! The printable "Lembar Simulasi": everything the village meeting needs on A4, shown only
//! when printing. Screen controls never reach the paper.

use crate::calc::category::Scheme;
use crate::calc::{Outcome, Plan};
use crate::report::explain::{category_name, rates_in_force};
use crate::report::lang::Lang;
use crate::report::qr::qr_svg_path;
use crate::report::rab::budget_lines;
use crate::report::texts::page::{source_name, texts};
use crate::ui::scenario::share_link;
use crate::ui::state::use_app;
use leptos::prelude::*;

fn programs(c: &crate::calc::category::Category) -> String {
    let mut p = vec!["JKK", "JKM"];
    if c.jht {
        p.push("JHT");
    }
    if c.has_jp() {
        p.push("JP");
    }
    p.join(" + ")
}

fn sheet(lang: Lang, plan: &Plan, o: &Outcome, when: (u32, u8, u8, u8, u8)) -> impl IntoView {
    let t = texts(lang);
    let period = plan.period;
    let last = period.last().month;
    let inputs = plan
        .categories
        .iter()
        .filter(|c| c.insured > 0)
        .map(|c| {
            let scheme = if c.scheme == Scheme::Pu {
                format!("PU, JKK {}", c.risk_class.roman())
            } else {
                "BPU".to_string()
            };
            view! {
                <tr>
                    <td class="wrap">{category_name(lang, c)}</td>
                    <td>{scheme}</td>
                    <td class="num">{lang.rupiah(c.base)}</td>
                    <td>{programs(c)}</td>
                    <td class="num">{lang.count(c.insured)}</td>
                    <td>{source_name(lang, c.funding)}</td>
                </tr>
            }
        })
        .collect_view();
    let rab = budget_lines(plan, o, lang);
    let rab_rows = rab
        .groups
        .iter()
        .map(|g| {
            let lines = g
                .lines
                .iter()
                .map(|l| {
                    view! {
                        <tr>
                            <td>
                                {l.code()}
                            </td>
                            <td class="wrap">{l.description.clone()}{l.varies.then_some(" *")}{l.prohibited.then_some(" †")}</td>
                            <td class="num">{l.volume.clone()}</td>
                            <td class="num">{lang.rupiah(l.unit_price)}</td>
                            <td class="num">{lang.rupiah(l.amount)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                {lines}
                <tr class="subtotal">
                    <td colspan="4">{format!("{} {}", t.subtotal, source_name(lang, g.funding))}</td>
                    <td class="num">{lang.rupiah(g.subtotal)}</td>
                </tr>
            }
        })
        .collect_view();
    let varies_note = rab
        .groups
        .iter()
        .flat_map(|g| &g.lines)
        .any(|l| l.varies)
        .then(|| view! { <p class="small">"* "{t.varies_line}</p> });
    let prohibited_note = rab
        .groups
        .iter()
        .flat_map(|g| &g.lines)
        .any(|l| l.prohibited)
        .then(|| {
            let note = crate::report::rab::prohibited_note(lang, rab.year);
            view! { <p class="small sheet__warning">"† "{note}</p> }
        });
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
            crate::report::texts::page::cited(lang, plan, |t| t.thirty_title),
            c.share.map(|s| lang.percent(s, 2)).unwrap_or_default(),
            if c.within {
                crate::report::texts::page::cited(lang, plan, |t| t.thirty_within)
            } else {
                crate::report::texts::page::cited(lang, plan, |t| t.thirty_over)
            }
        )
    });
    let coverage = crate::report::sheet::coverage(lang, plan, o);
    let rates = rates_in_force(lang, plan)
        .into_iter()
        .map(|r| view! { <li>{r.label}" — "<span class="basis">{r.basis}</span></li> })
        .collect_view();
    let assumptions = crate::report::sheet::assumptions(lang, plan, o)
        .into_iter()
        .map(|a| view! { <li>{a}</li> })
        .collect_view();
    let link = share_link(plan);
    let qr = qr_svg_path(&link).map(|q| {
        let view_box = format!("0 0 {0} {0}", q.size);
        view! {
            <svg class="qr" viewBox=view_box shape-rendering="crispEdges" role="img" aria-label=t.sheet_link data-testid="sheet-qr">
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=q.path fill="#000"></path>
            </svg>
        }
    });
    let signatures = [t.sign_kades, t.sign_sekdes, t.sign_kaur]
        .into_iter()
        .map(|role| view! { <div class="sign"><p>{role}</p><p class="sign__line">{t.sign_name}</p></div> })
        .collect_view();
    view! {
        <header class="sheet__head">
            <h1>{t.sheet_title}</h1>
            <p>
                {format!(
                    "{}: {} · {}: {} · {}: {}–{} {} ({} {}) · {}: {}",
                    t.sheet_village,
                    if plan.village.trim().is_empty() { "…………" } else { plan.village.trim() },
                    t.budget_year,
                    period.year,
                    t.sheet_period,
                    lang.month_name(period.first_month),
                    lang.month_name(last),
                    period.year,
                    period.months,
                    lang.formula().months,
                    t.sheet_printed,
                    crate::report::sheet::printed_at(lang, when),
                )}
            </p>
        </header>
        <h2>{t.sheet_inputs}</h2>
        <table>
            <thead>
                <tr>
                    <th>{t.category}</th>
                    <th>{t.scheme}</th>
                    <th class="num">{t.sheet_base}</th>
                    <th>{t.programs}</th>
                    <th class="num">{t.people}</th>
                    <th>{t.funding}</th>
                </tr>
            </thead>
            <tbody>{inputs}</tbody>
        </table>
        <h2>{t.rab_title}</h2>
        <table>
            <thead>
                <tr>
                    <th>{t.rab_code}</th>
                    <th>{t.rab_description}</th>
                    <th class="num">{t.rab_volume}</th>
                    <th class="num">{t.sheet_unit_price}</th>
                    <th class="num">{t.rab_amount}</th>
                </tr>
            </thead>
            <tbody>{rab_rows}</tbody>
            <tfoot>
                <tr class="grand">
                    <td colspan="4">{t.grand_total}</td>
                    <td class="num" data-testid="sheet-total">{lang.rupiah(rab.total)}</td>
                </tr>
            </tfoot>
        </table>
        <p class="words"><strong>{t.in_words}": "</strong><em data-testid="sheet-words">{rab.total_words.clone()}</em></p>
        {varies_note}
        {prohibited_note}
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
        <h2>{t.sheet_coverage}</h2>
        <p>{coverage}</p>
        <div class="sheet__cols">
            <div>
                <h2>{t.sheet_rates}</h2>
                <ul>{rates}</ul>
                <h2>{t.sheet_assumptions}</h2>
                <ul>{assumptions}</ul>
            </div>
            <div class="sheet__link">
                {qr}
                <p class="small">{t.sheet_link}</p>
                <p class="small link" data-testid="sheet-link">{link}</p>
            </div>
        </div>
        <div class="signs">{signatures}</div>
    }
}

/// The sheet, rendered for print only.
#[component]
pub fn PrintSheet() -> impl IntoView {
    let state = use_app();
    let content = move || {
        if !state.printing.get() {
            return None;
        }
        let lang = state.lang.get();
        let when = state.printed_at.get();
        let plan = state.plan.get();
        state
            .outcome
            .with(|o| o.as_ref().map(|o| sheet(lang, &plan, o, when)))
    };
    view! { <article class="sheet print-only" data-testid="print-sheet-content">{content}</article> }
}

//! The kabupaten's totals and the table of kecamatan totals.

use super::use_rekap;
use crate::calc::category::{CategoryKind, FundingSource};
use crate::calc::rekap::summary::Totals;
use crate::report::explain::kind_name;
use crate::report::lang::Lang;
use crate::report::rab::source_name;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// People in all categories.
pub fn people(t: &Totals) -> u64 {
    t.people.iter().sum()
}

/// A count the user reads ("3.525").
pub fn count(lang: Lang, n: u64) -> String {
    lang.number(Decimal::from(n), 0)
}

/// Coverage where the population is given, or a dash.
pub fn coverage(lang: Lang, t: &Totals) -> String {
    if t.population == 0 {
        return "–".into();
    }
    let share = Decimal::from(t.protected_where_known) / Decimal::from(t.population);
    lang.percent(share, 1)
}

/// The kabupaten's totals.
#[component]
pub fn KabupatenTotals() -> impl IntoView {
    let state = use_rekap();
    let figure = move |label: fn(&'static super::RekapTexts) -> &'static str,
                       testid: &'static str,
                       value: fn(Lang, &Totals) -> String| {
        view! {
            <div class="total">
                <dt>{move || label(state.t())}</dt>
                <dd data-testid=testid>{move || state.rekap.with(|r| value(state.lang.get(), &r.total))}</dd>
            </div>
        }
    };
    let empty = move || state.rekap.with(|r| r.villages.is_empty());
    let by_source = move || {
        let lang = state.lang.get();
        state.rekap.with(|r| {
            FundingSource::ALL
                .iter()
                .zip(r.total.by_source)
                .filter(|(_, amount)| *amount != crate::calc::money::Rupiah::ZERO)
                .map(|(s, amount)| {
                    view! {
                        <tr>
                            <th scope="row">{source_name(lang, *s)}</th>
                            <td class="num">{lang.rupiah(amount)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let by_kind = move || {
        let lang = state.lang.get();
        state.rekap.with(|r| {
            CategoryKind::DEFAULTS
                .iter()
                .zip(r.total.people)
                .map(|(k, n)| {
                    view! {
                        <tr>
                            <th scope="row">{kind_name(lang, *k)}</th>
                            <td class="num">{count(lang, n)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card" aria-labelledby="rekap-totals-h" data-testid="rekap-totals">
            <h2 id="rekap-totals-h">{move || state.t().section_totals}</h2>
            <Show when=empty>
                <p class="note" data-testid="rekap-empty">{move || state.t().empty}</p>
            </Show>
            <dl class="totals">
                {figure(|t| t.villages, "rekap-villages", |l, t| count(l, t.villages as u64))}
                {figure(|t| t.people, "rekap-people", |l, t| count(l, people(t)))}
                {figure(|t| t.monthly, "rekap-total-monthly", |l, t| l.rupiah(t.monthly))}
                {figure(|t| t.period, "rekap-total-annual", |l, t| l.rupiah(t.period))}
                {figure(|t| t.desa_share, "rekap-desa-share", |l, t| l.rupiah(t.payer))}
                {figure(|t| t.worker_share, "rekap-worker-share", |l, t| l.rupiah(t.worker))}
                {figure(|t| t.charged_to_add, "rekap-charged-to-add", |l, t| l.rupiah(t.charged_to_add))}
                {figure(|t| t.add_total, "rekap-add", |l, t| l.rupiah(t.add))}
                {figure(|t| t.deaths, "rekap-deaths", |l, t| l.number(t.expected_deaths_per_year, 2))}
                {figure(|t| t.payout, "rekap-payout", |l, t| l.rupiah(t.expected_payout_per_year))}
                {figure(|t| t.coverage, "rekap-coverage", coverage)}
                {figure(|t| t.flagged, "rekap-flagged", |l, t| count(l, t.flagged as u64))}
            </dl>
            <div class="rekap__pair">
                <div class="table-wrap" tabindex="0" role="region" aria-label=move || state.t().by_source>
                    <table data-testid="rekap-by-source">
                        <caption>{move || state.t().by_source}</caption>
                        <tbody>{by_source}</tbody>
                    </table>
                </div>
                <div class="table-wrap" tabindex="0" role="region" aria-label=move || state.t().people_by_kind>
                    <table data-testid="rekap-by-kind">
                        <caption>{move || state.t().people_by_kind}</caption>
                        <tbody>{by_kind}</tbody>
                    </table>
                </div>
            </div>
        </section>
    }
}

/// One row per kecamatan.
#[component]
pub fn KecamatanTable() -> impl IntoView {
    let state = use_rekap();
    let rows = move || {
        let lang = state.lang.get();
        state.rekap.with(|r| {
            r.kecamatan
                .iter()
                .map(|(name, t)| {
                    let name = if name.is_empty() {
                        "–".to_string()
                    } else {
                        name.clone()
                    };
                    view! {
                        <tr data-testid="rekap-kecamatan-row">
                            <th scope="row">{name}</th>
                            <td class="num">{count(lang, t.villages as u64)}</td>
                            <td class="num">{count(lang, people(t))}</td>
                            <td class="num">{lang.rupiah(t.monthly)}</td>
                            <td class="num">{lang.rupiah(t.period)}</td>
                            <td class="num">{lang.rupiah(t.payer)}</td>
                            <td class="num">{lang.rupiah(t.worker)}</td>
                            <td class="num">{lang.rupiah(t.charged_to_add)}</td>
                            <td class="num">{lang.rupiah(t.expected_payout_per_year)}</td>
                            <td class="num">{coverage(lang, t)}</td>
                            <td class="num">{count(lang, t.flagged as u64)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let any = move || state.rekap.with(|r| !r.villages.is_empty());
    view! {
        <Show when=any>
            <section class="card" aria-labelledby="rekap-kec-h">
                <h2 id="rekap-kec-h">{move || state.t().section_kecamatan}</h2>
                <div class="table-wrap" tabindex="0" role="region" aria-label=move || (state.t().table_of)(state.t().section_kecamatan)>
                    <table data-testid="rekap-kecamatan">
                        <thead>
                            <tr>
                                <th scope="col">{move || state.t().kecamatan}</th>
                                <th scope="col" class="num">{move || state.t().villages}</th>
                                <th scope="col" class="num">{move || state.t().people}</th>
                                <th scope="col" class="num">{move || state.t().monthly}</th>
                                <th scope="col" class="num">{move || state.t().period}</th>
                                <th scope="col" class="num">{move || state.t().desa_share}</th>
                                <th scope="col" class="num">{move || state.t().worker_share}</th>
                                <th scope="col" class="num">{move || state.t().charged_to_add}</th>
                                <th scope="col" class="num">{move || state.t().payout}</th>
                                <th scope="col" class="num">{move || state.t().coverage}</th>
                                <th scope="col" class="num">{move || state.t().flagged}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}

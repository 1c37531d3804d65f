//! The kabupaten's totals: villages, people, premiums, ADD, expected payouts, coverage and
//! flags, then the premium by funding source and the people by kind.

use super::rekap_state::{use_rekap, RekapState};
use crate::calc::category::CategoryKind;
use crate::calc::rekap::summary::Totals;
use crate::report::lang::Lang;
use crate::report::texts::names::kind_name;
use crate::report::texts::names::source_name;
use leptos::prelude::*;

/// A row of a two-column table: its label and its value.
fn label_row(label: impl IntoView, value: String) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{label}</th>
            <td class="num">{value}</td>
        </tr>
    }
}

/// The kabupaten's totals.
#[component]
pub fn KabupatenTotals() -> impl IntoView {
    let state = use_rekap();
    let figure = move |label: fn(&RekapState) -> String,
                       testid: &'static str,
                       value: fn(Lang, &Totals) -> String| {
        view! {
            <div class="total">
                <dt>{move || label(&state)}</dt>
                <dd data-testid=testid>
                    {move || state.rekap.with(|r| value(state.lang.get(), &r.total))}
                </dd>
            </div>
        }
    };
    let empty = move || state.rekap.with(|r| r.villages.is_empty());
    let by_source = move || {
        let lang = state.lang.get();
        state.rekap.with(|r| {
            r.total
                .by_source
                .iter()
                .filter(|(_, amount)| **amount != crate::calc::money::Rupiah::ZERO)
                .map(|(s, amount)| label_row(source_name(lang, s), lang.rupiah(*amount)))
                .collect_view()
        })
    };
    let by_kind = move || {
        let lang = state.lang.get();
        state.rekap.with(|r| {
            // Every kind, so the rows add up to the people protected; the kinds outside the
            // defaults only when someone is in them.
            r.total
                .people
                .iter()
                .filter(|(k, n)| **n > 0 || CategoryKind::DEFAULTS.contains(k))
                .map(|(k, n)| label_row(kind_name(lang, k), lang.count(*n)))
                .collect_view()
        })
    };
    view! {
        <section
            class="card rekap__totals"
            aria-labelledby="rekap-totals-h"
            data-testid="rekap-totals"
        >
            <h2 id="rekap-totals-h">{move || state.t().section_totals}</h2>
            <Show when=empty>
                <p class="note" data-testid="rekap-empty">
                    {move || state.t().empty}
                </p>
            </Show>
            <dl class="totals">
                {figure(
                    |s| s.t().villages.into(),
                    "rekap-villages",
                    |l, t| l.count(t.villages as u64),
                )}
                {figure(|s| s.t().people.into(), "rekap-people", |l, t| l.count(t.people_total()))}
                {figure(
                    |s| s.t().monthly.into(),
                    "rekap-total-monthly",
                    |l, t| l.rupiah(t.monthly),
                )}
                {figure(
                    RekapState::period_heading,
                    "rekap-total-annual",
                    |l, t| l.rupiah(t.period),
                )}
                {figure(|s| s.t().desa_share.into(), "rekap-desa-share", |l, t| l.rupiah(t.payer))}
                {figure(
                    |s| s.t().worker_share.into(),
                    "rekap-worker-share",
                    |l, t| l.rupiah(t.worker),
                )}
                {figure(
                    |s| s.t().charged_to_add.into(),
                    "rekap-charged-to-add",
                    |l, t| l.rupiah(t.charged_to_add),
                )}
                {figure(
                    |s| s.t().add_total.into(),
                    "rekap-add",
                    |l, t| l.rupiah(t.alokasi_dana_desa),
                )}
                {figure(
                    |s| s.t().deaths.into(),
                    "rekap-deaths",
                    |l, t| l.number(t.expected_deaths_per_year, 2),
                )}
                {figure(
                    |s| s.t().payout.into(),
                    "rekap-payout",
                    |l, t| l.rupiah(t.expected_payout_per_year),
                )}
                {figure(
                    |s| s.t().coverage.into(),
                    "rekap-coverage",
                    |l, t| l.share_or_dash(t.coverage(), 1),
                )}
                {figure(
                    |s| s.t().flagged.into(),
                    "rekap-flagged",
                    |l, t| l.count(t.flagged as u64),
                )}
            </dl>
            <div class="rekap__pair">
                <div
                    class="table-wrap"
                    tabindex="0"
                    role="region"
                    aria-label=move || state.t().by_source
                >
                    <table data-testid="rekap-by-source">
                        <caption>{move || state.t().by_source}</caption>
                        <tbody>{by_source}</tbody>
                    </table>
                </div>
                <div
                    class="table-wrap"
                    tabindex="0"
                    role="region"
                    aria-label=move || state.t().people_by_kind
                >
                    <table data-testid="rekap-by-kind">
                        <caption>{move || state.t().people_by_kind}</caption>
                        <tbody>{by_kind}</tbody>
                    </table>
                </div>
            </div>
        </section>
    }
}

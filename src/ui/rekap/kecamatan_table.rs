//! The table of kecamatan totals, one row per kecamatan.

use super::rekap_state::use_rekap;
use leptos::prelude::*;

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
                            <td class="num">{lang.count(t.villages as u64)}</td>
                            <td class="num">{lang.count(t.people_total())}</td>
                            <td class="num">{lang.rupiah(t.monthly)}</td>
                            <td class="num">{lang.rupiah(t.period)}</td>
                            <td class="num">{lang.rupiah(t.payer)}</td>
                            <td class="num">{lang.rupiah(t.worker)}</td>
                            <td class="num">{lang.rupiah(t.charged_to_add)}</td>
                            <td class="num">{lang.rupiah(t.expected_payout_per_year)}</td>
                            <td class="num">{lang.share_or_dash(t.coverage(), 1)}</td>
                            <td class="num">{lang.count(t.flagged as u64)}</td>
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
                <div
                    class="table-wrap"
                    tabindex="0"
                    role="region"
                    aria-label=move || (state.t().table_of)(state.t().section_kecamatan)
                >
                    <table data-testid="rekap-kecamatan">
                        <thead>
                            <tr>
                                <th scope="col">{move || state.t().kecamatan}</th>
                                <th scope="col" class="num">
                                    {move || state.t().villages}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.t().people}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.t().monthly}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.period_heading()}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.t().desa_share}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.t().worker_share}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.t().charged_to_add}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.t().payout}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.t().coverage}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.t().flagged}
                                </th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}

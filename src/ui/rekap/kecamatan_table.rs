//! The table of kecamatan totals, one row per kecamatan.

use super::controls::{more_button, PAGE};
use super::rekap_state::use_rekap;
use crate::calc::rekap::summary::Totals;
use crate::report::lang::Lang;
use leptos::prelude::*;

/// Columns after the name.
const COLUMNS: usize = 10;

/// A kecamatan's figures as its row shows them.
fn cells(lang: Lang, t: &Totals) -> [String; COLUMNS] {
    [
        lang.count(t.villages as u64),
        lang.count(t.people_total()),
        lang.rupiah(t.monthly),
        lang.rupiah(t.period),
        lang.rupiah(t.payer),
        lang.rupiah(t.worker),
        lang.rupiah(t.charged_to_add),
        lang.rupiah(t.expected_payout_per_year),
        lang.share_or_dash(t.coverage(), 1),
        lang.count(t.flagged as u64),
    ]
}

/// A kecamatan row's cells, and what they were worded from.
#[derive(Clone)]
struct Shown {
    signal: RwSignal<[String; COLUMNS]>,
    totals: Totals,
    lang: Lang,
}

/// One kecamatan's row; its cells follow its own `shown` figures.
fn row_view(name: String, shown: RwSignal<[String; COLUMNS]>) -> impl IntoView {
    let name = if name.is_empty() {
        "–".to_string()
    } else {
        name
    };
    let cell = move |k: usize| {
        view! { <td class="num">{move || shown.with(|c| c.get(k).cloned().unwrap_or_default())}</td> }
    };
    view! {
        <tr data-testid="rekap-kecamatan-row">
            <th scope="row">{name}</th>
            {(0..COLUMNS).map(cell).collect_view()}
        </tr>
    }
}

/// One row per kecamatan.
#[component]
pub fn KecamatanTable() -> impl IntoView {
    let state = use_rekap();
    // The rows stay while the kecamatan do (a new policy or threshold, a typed cell): each has
    // its figures in a signal of its own, which one effect sets where they changed. Thousands
    // of cells each following the rekap and the language would make every recompute
    // quadratic in the reactive graph (the whole country has about 7,000 kecamatan).
    // Each row's signal and the totals and language its cells were worded from: a row whose
    // totals stayed (a typed cell changes one kecamatan) is not worded again.
    let shown: StoredValue<Vec<Option<Shown>>> = StoredValue::new(Vec::new());
    // A page of rows at a time, as the village table: a whole province or the country has
    // thousands of kecamatan, and drawing them all would hold the page for a second.
    let limit = RwSignal::new(PAGE);
    let rows = move || {
        let n = limit.get();
        state.kecamatan.with(|names| {
            names
                .iter()
                .take(n)
                .cloned()
                .enumerate()
                .collect::<Vec<(usize, String)>>()
        })
    };
    let more = move || state.kecamatan.with(Vec::len) > limit.get();
    let row = move |(i, name): (usize, String)| {
        let lang = state.lang.get_untracked();
        let totals = state
            .rekap
            .with_untracked(|r| r.kecamatan.get(i).map(|(_, t)| t.clone()))
            .unwrap_or_default();
        let signal = RwSignal::new(cells(lang, &totals));
        shown.update_value(|s| {
            if s.len() <= i {
                s.resize(i + 1, None);
            }
            if let Some(slot) = s.get_mut(i) {
                *slot = Some(Shown {
                    signal,
                    totals,
                    lang,
                });
            }
        });
        row_view(name, signal)
    };
    Effect::new(move |_| {
        let lang = state.lang.get();
        state.rekap_later(|r| {
            shown.update_value(|s| {
                for ((_, t), slot) in r.kecamatan.iter().zip(s) {
                    let Some(row) = slot else { continue };
                    if row.totals == *t && row.lang == lang {
                        continue;
                    }
                    row.totals.clone_from(t);
                    row.lang = lang;
                    let new = cells(lang, t);
                    // A row gone with its kecamatan is disposed: nothing to set.
                    if row.signal.try_with_untracked(|old| *old != new) == Some(true) {
                        row.signal.try_set(new);
                    }
                }
            });
        });
    });
    let any = move || state.rekap_later(|r| !r.villages.is_empty());
    view! {
        <Show when=any>
            <section class="card card--long" aria-labelledby="rekap-kec-h">
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
                        <tbody>
                            <For each=rows key=|(i, name)| (*i, name.clone()) children=row />
                        </tbody>
                    </table>
                </div>
                {more_button(state, limit, "rekap-kecamatan-more", more)}
            </section>
        </Show>
    }
}

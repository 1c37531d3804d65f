//! The village table: filter by kecamatan, flag and name, sort, and each village's own link.
//! It shows a page of rows at a time, so 3,215 villages stay smooth on a phone.

mod choices;
mod row;

use super::controls::{kecamatan_options, more_button, select_field, PAGE};
use super::rekap_state::use_rekap;
use crate::calc::rekap::selection::{select, FlagFilter, Selection, SortBy};
use crate::report::texts::rekap::col_thirty;
use crate::report::texts::rekap::rekap_texts;
use choices::{code_options, filter_label, sort_label};
use leptos::prelude::*;
pub use row::flag_words;
use row::row_view;

/// The table of villages.
#[component]
pub fn VillageTable() -> impl IntoView {
    let state = use_rekap();
    let selection = RwSignal::new(Selection::default());
    let limit = RwSignal::new(PAGE);
    let shown = Memo::new(move |_| selection.with(|s| state.rekap.with(|r| select(r, s))));
    let rows = move || {
        let lang = state.lang.get();
        let t = state.t();
        let premium = state.period_heading();
        let n = limit.get();
        shown.with(|idx| {
            state.rekap.with(|r| {
                idx.iter()
                    .take(n)
                    .filter_map(|&i| r.villages.get(i))
                    .map(|v| row_view(lang, t, &premium, v))
                    .collect_view()
            })
        })
    };
    let kecamatan_options = move || {
        let current = selection.with(|s| s.kecamatan.clone().unwrap_or_default());
        kecamatan_options(state, state.t().all, &current)
    };
    let flag_options = move || {
        let t = state.t();
        let current = selection.with(|s| s.flag);
        code_options(&FlagFilter::ALL, current, FlagFilter::code, |f| {
            filter_label(t, f)
        })
    };
    let sort_options = move || {
        let t = state.t();
        let current = selection.with(|s| s.sort);
        code_options(&SortBy::ALL, current, SortBy::code, |s| sort_label(t, s))
    };
    let status = move || {
        let lang = state.lang.get();
        let total = state.rekap.with(|r| r.villages.len());
        let matching = shown.with(Vec::len);
        let on_screen = matching.min(limit.get());
        format!(
            "{} / {} {}",
            lang.count(on_screen as u64),
            lang.count(matching as u64),
            state.t().shown
        ) + &if matching < total {
            (rekap_texts(lang).of_all)(&lang.count(total as u64))
        } else {
            String::new()
        }
    };
    let more = move || shown.with(Vec::len) > limit.get();
    let any = move || state.rekap.with(|r| !r.villages.is_empty());
    let set = move |f: fn(&mut Selection, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            selection.update(|s| f(s, v));
            limit.set(PAGE);
        }
    };
    view! {
        <Show when=any>
            <section class="card" aria-labelledby="rekap-villages-h">
                <h2 id="rekap-villages-h">{move || state.t().section_villages}</h2>
                <div class="row">
                    {select_field(
                        "rekap-filter-kecamatan",
                        move || state.t().filter_kecamatan,
                        set(|s, v| s.kecamatan = (!v.is_empty()).then_some(v)),
                        kecamatan_options,
                    )}
                    {select_field(
                        "rekap-filter-flag",
                        move || state.t().filter_flag,
                        set(|s, v| s.flag = FlagFilter::from_code(&v)),
                        flag_options,
                    )} <div class="field">
                        <label class="field__label" for="rekap-search">
                            {move || state.t().search}
                        </label>
                        <input
                            class="field__input"
                            id="rekap-search"
                            data-testid="rekap-search"
                            type="search"
                            autocomplete="off"
                            on:input=set(|s, v| s.text = v)
                        />
                    </div>
                    {select_field(
                        "rekap-sort",
                        move || state.t().sort,
                        set(|s, v| s.sort = SortBy::from_code(&v)),
                        sort_options,
                    )}
                </div>
                <p class="note" role="status" data-testid="rekap-shown">
                    {status}
                </p>
                // Focusable, so the wide table scrolls from the keyboard too.
                <div
                    class="table-wrap"
                    tabindex="0"
                    role="region"
                    aria-label=move || (state.t().table_of)(state.t().section_villages)
                >
                    <table class="rekap__villages" data-testid="rekap-table">
                        <thead>
                            <tr>
                                <th scope="col" class="num">
                                    {move || state.t().col_row}
                                </th>
                                <th scope="col">{move || state.t().col_kode}</th>
                                <th scope="col">{move || state.t().col_nama}</th>
                                <th scope="col">{move || state.t().kecamatan}</th>
                                <th scope="col" class="num">
                                    {move || state.t().col_people}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.period_heading()}
                                </th>
                                <th scope="col" class="num">
                                    {move || state.t().col_share}
                                </th>
                                <th scope="col">{move || col_thirty(state.lang.get())}</th>
                                <th scope="col">{move || state.t().col_flags}</th>
                                <th scope="col">{move || state.t().col_link}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {more_button(state, limit, "rekap-more", more)}
            </section>
        </Show>
    }
}

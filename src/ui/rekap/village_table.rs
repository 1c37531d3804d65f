//! The village table: filter by kecamatan, flag and name, sort, and each village's own link.
//! It shows a page of rows at a time, so 3,215 villages stay smooth on a phone.

mod choices;
mod row;

use super::controls::{kecamatan_choices, more_button, PAGE};
use super::rekap_state::use_rekap;
use crate::calc::rekap::selection::{select, FlagFilter, Selection, SortBy};
use crate::report::texts::rekap::col_thirty;
use crate::report::texts::rekap::{rekap_texts, RekapTexts};
use crate::ui::fields::SharedSelectField;
use choices::{code_choices, filter_label, sort_label};
use leptos::prelude::*;
pub use row::flag_words;
use row::{row_text, row_view};

/// The table of villages.
#[component]
pub fn VillageTable() -> impl IntoView {
    let state = use_rekap();
    let selection = RwSignal::new(Selection::default());
    let limit = RwSignal::new(PAGE);
    let shown = Memo::new(move |_| selection.with(|s| state.rekap_later(|r| select(r, s))));
    // The rows shown as text; each row on screen sets only the texts of its own that changed.
    let rows = Memo::new(move |_| {
        let lang = state.lang.get();
        let t = state.t();
        let premium = state.period_heading();
        let n = limit.get();
        shown.with(|idx| {
            state.rekap_later(|r| {
                idx.iter()
                    .take(n)
                    .filter_map(|&i| r.villages.get(i))
                    .map(|v| row_text(lang, t, &premium, v))
                    .collect::<Vec<_>>()
            })
        })
    });
    let label = move |text: fn(&RekapTexts) -> &'static str| {
        Signal::derive(move || text(state.t()).to_string())
    };
    let chosen = move |code: fn(&Selection) -> String| Signal::derive(move || selection.with(code));
    let kecamatan_options = Signal::derive(move || kecamatan_choices(state, state.t().all));
    let flag_options = Signal::derive(move || {
        let t = state.t();
        code_choices(&FlagFilter::ALL, FlagFilter::code, |f| filter_label(t, f))
    });
    let sort_options = Signal::derive(move || {
        let t = state.t();
        code_choices(&SortBy::ALL, SortBy::code, |s| sort_label(t, s))
    });
    let status = move || {
        let lang = state.lang.get();
        let total = state.rekap_later(|r| r.villages.len());
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
    let any = move || state.rekap_later(|r| !r.villages.is_empty());
    let set = move |f: fn(&mut Selection, String)| {
        Callback::new(move |v: String| {
            selection.update(|s| f(s, v));
            limit.set(PAGE);
        })
    };
    let search = set(|s, v| s.text = v);
    view! {
        <Show when=any>
            <section class="card card--long" aria-labelledby="rekap-villages-h">
                <h2 id="rekap-villages-h">{move || state.t().section_villages}</h2>
                <div class="row">
                    <SharedSelectField
                        id="rekap-filter-kecamatan".to_string()
                        label=label(|t| t.filter_kecamatan)
                        options=kecamatan_options
                        selected=chosen(|s| s.kecamatan.clone().unwrap_or_default())
                        on_change=set(|s, v| s.kecamatan = (!v.is_empty()).then_some(v))
                    />
                    <SharedSelectField
                        id="rekap-filter-flag".to_string()
                        label=label(|t| t.filter_flag)
                        options=flag_options
                        selected=chosen(|s| s.flag.code().to_string())
                        on_change=set(|s, v| s.flag = FlagFilter::from_code(&v))
                    />
                    <div class="field">
                        <label class="field__label" for="rekap-search">
                            {move || state.t().search}
                        </label>
                        <input
                            class="field__input"
                            id="rekap-search"
                            data-testid="rekap-search"
                            type="search"
                            autocomplete="off"
                            on:input=move |ev| search.run(event_target_value(&ev))
                        />
                    </div>
                    <SharedSelectField
                        id="rekap-sort".to_string()
                        label=label(|t| t.sort)
                        options=sort_options
                        selected=chosen(|s| s.sort.code().to_string())
                        on_change=set(|s, v| s.sort = SortBy::from_code(&v))
                    />
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
                        <tbody>
                            <For
                                each=move || 0..rows.with(Vec::len)
                                key=|at| *at
                                children=move |at| row_view(rows, at)
                            />
                        </tbody>
                    </table>
                </div>
                {more_button(state, limit, "rekap-more", more)}
            </section>
        </Show>
    }
}

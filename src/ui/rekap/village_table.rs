//! The village table: filter by kecamatan, flag and name, sort, and each village's own link.
//! It shows a page of rows at a time, so 3,215 villages stay smooth on a phone.

use super::totals_view::count;
use super::{kecamatan_options, share_text, use_rekap, RekapTexts};
use crate::calc::rekap::selection::{select, FlagFilter, Selection, SortBy};
use crate::calc::rekap::summary::{Flags, VillageFigures};
use crate::report::lang::Lang;
use crate::report::rekap::share_link;
use leptos::prelude::*;

/// Rows added per "show more".
const PAGE: usize = 100;

/// The words for a village's flags.
pub fn flag_words(t: &RekapTexts, f: Flags) -> Vec<&'static str> {
    f.named([
        t.flag_above,
        t.flag_dana_desa,
        t.flag_no_one,
        t.flag_problems,
    ])
}

fn filter_label(t: &RekapTexts, f: FlagFilter) -> &'static str {
    match f {
        FlagFilter::All => t.all,
        FlagFilter::Any => t.flag_any,
        FlagFilter::None => t.flag_none,
        FlagFilter::AboveAdd => t.flag_above,
        FlagFilter::DanaDesa => t.flag_dana_desa,
        FlagFilter::NoOne => t.flag_no_one,
        FlagFilter::Problems => t.flag_problems,
    }
}

fn sort_label(t: &RekapTexts, s: SortBy) -> &'static str {
    match s {
        SortBy::Input => t.sort_row,
        SortBy::Name => t.sort_name,
        SortBy::Kecamatan => t.sort_kecamatan,
        SortBy::AddShare => t.sort_share,
        SortBy::Premium => t.sort_premium,
    }
}

/// The 30 % check of a village, when its belanja is given.
fn thirty(t: &RekapTexts, v: &VillageFigures) -> &'static str {
    match v.budget.thirty_percent {
        Some(c) if c.within => t.within,
        Some(_) => t.over,
        None => "–",
    }
}

fn row_view(lang: Lang, t: &'static RekapTexts, v: &VillageFigures) -> impl IntoView {
    let people = v.insured();
    let flags = flag_words(t, v.flags).join("; ");
    let flagged = !flags.is_empty();
    view! {
        <tr data-testid="rekap-row" data-kode=v.village.kode.clone() class:row--flagged=flagged>
            <td class="num">{v.village.row}</td>
            <td>{v.village.kode.clone()}</td>
            <th scope="row">{v.village.nama.clone()}</th>
            <td>{v.village.kecamatan.clone()}</td>
            <td class="num">{count(lang, people)}</td>
            <td class="num" data-testid="rekap-row-premium">{lang.rupiah(v.period.total().total())}</td>
            <td class="num" data-testid="rekap-row-share">{share_text(lang, v.budget.add_share)}</td>
            <td>{thirty(t, v)}</td>
            <td data-testid="rekap-row-flags">{flags}</td>
            <td>
                <a href=share_link(&v.plan) data-testid="rekap-row-link" target="_blank" rel="noopener">
                    {t.open_plan}
                </a>
            </td>
        </tr>
    }
}

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
        let n = limit.get();
        shown.with(|idx| {
            state.rekap.with(|r| {
                idx.iter()
                    .take(n)
                    .filter_map(|&i| r.villages.get(i))
                    .map(|v| row_view(lang, t, v))
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
        FlagFilter::ALL
            .into_iter()
            .map(|f| view! { <option value=f.code() selected=f == current>{filter_label(t, f)}</option> })
            .collect_view()
    };
    let sort_options = move || {
        let t = state.t();
        let current = selection.with(|s| s.sort);
        SortBy::ALL
            .into_iter()
            .map(|s| view! { <option value=s.code() selected=s == current>{sort_label(t, s)}</option> })
            .collect_view()
    };
    let status = move || {
        let lang = state.lang.get();
        let total = state.rekap.with(|r| r.villages.len());
        let matching = shown.with(Vec::len);
        let on_screen = matching.min(limit.get());
        format!(
            "{} / {} {}",
            count(lang, on_screen as u64),
            count(lang, matching as u64),
            state.t().shown
        ) + &if matching < total {
            (crate::report::texts::rekap::rekap_texts(lang).of_all)(&count(lang, total as u64))
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
                    <div class="field">
                        <label class="field__label" for="rekap-filter-kecamatan">{move || state.t().filter_kecamatan}</label>
                        <select class="field__input" id="rekap-filter-kecamatan" data-testid="rekap-filter-kecamatan"
                            on:change=set(|s, v| s.kecamatan = (!v.is_empty()).then_some(v))>
                            {kecamatan_options}
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="rekap-filter-flag">{move || state.t().filter_flag}</label>
                        <select class="field__input" id="rekap-filter-flag" data-testid="rekap-filter-flag"
                            on:change=set(|s, v| s.flag = FlagFilter::from_code(&v))>
                            {flag_options}
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="rekap-search">{move || state.t().search}</label>
                        <input class="field__input" id="rekap-search" data-testid="rekap-search" type="search" autocomplete="off"
                            on:input=set(|s, v| s.text = v) />
                    </div>
                    <div class="field">
                        <label class="field__label" for="rekap-sort">{move || state.t().sort}</label>
                        <select class="field__input" id="rekap-sort" data-testid="rekap-sort"
                            on:change=set(|s, v| s.sort = SortBy::from_code(&v))>
                            {sort_options}
                        </select>
                    </div>
                </div>
                <p class="note" role="status" data-testid="rekap-shown">{status}</p>
                // Focusable, so the wide table scrolls from the keyboard too.
                <div class="table-wrap" tabindex="0" role="region" aria-label=move || (state.t().table_of)(state.t().section_villages)>
                    <table class="rekap__villages" data-testid="rekap-table">
                        <thead>
                            <tr>
                                <th scope="col" class="num">{move || state.t().col_row}</th>
                                <th scope="col">{move || state.t().col_kode}</th>
                                <th scope="col">{move || state.t().col_nama}</th>
                                <th scope="col">{move || state.t().kecamatan}</th>
                                <th scope="col" class="num">{move || state.t().col_people}</th>
                                <th scope="col" class="num">{move || state.t().col_premium}</th>
                                <th scope="col" class="num">{move || state.t().col_share}</th>
                                <th scope="col">{move || crate::report::texts::rekap::col_thirty(state.lang.get())}</th>
                                <th scope="col">{move || state.t().col_flags}</th>
                                <th scope="col">{move || state.t().col_link}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <Show when=more>
                    <button type="button" class="btn btn--quiet" data-testid="rekap-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || state.t().more}
                    </button>
                </Show>
            </section>
        </Show>
    }
}

//! How the rekap's figures read (counts, people, coverage, shares of ADD), and the selects
//! and `<option>` lists its panels share.

use super::rekap_state::RekapState;
use crate::calc::rekap::summary::Totals;
use crate::report::lang::Lang;
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

/// A share of ADD as the user reads it ("6,76 %"), or a dash.
pub fn share_text(lang: Lang, share: Option<Decimal>) -> String {
    share.map_or_else(|| "–".to_string(), |s| lang.percent(s, 2))
}

/// `<option>`s of (value, label), with `current` selected.
pub fn options(list: Vec<(String, String)>, current: &str) -> impl IntoView {
    list.into_iter()
        .map(|(value, label)| {
            let selected = value == current;
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view()
}

/// `<option>`s for every kecamatan of the rekap, after one for "all" (value ""), with
/// `current` selected.
pub fn kecamatan_options(state: RekapState, all: &'static str, current: &str) -> impl IntoView {
    let mut list = vec![(String::new(), all.to_string())];
    state
        .rekap
        .with(|r| list.extend(r.kecamatan.iter().map(|(k, _)| (k.clone(), k.clone()))));
    options(list, current)
}

/// The label of the field `id`.
pub fn field_label(id: &'static str, text: impl IntoView) -> impl IntoView {
    view! { <label class="field__label" for=id>{text}</label> }
}

/// A labelled select whose id is also its test hook.
pub fn select_field(
    id: &'static str,
    label: impl IntoView,
    on_change: impl FnMut(leptos::ev::Event) + 'static,
    options: impl IntoView,
) -> impl IntoView {
    view! {
        <div class="field">
            {field_label(id, label)}
            <select class="field__input" id=id data-testid=id on:change=on_change>
                {options}
            </select>
        </div>
    }
}

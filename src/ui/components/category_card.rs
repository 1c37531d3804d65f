//! One worker category as a card: how many people, which scheme, wage or income,
//! programs, risk class, funding source, sector and account code.

use super::fields::{CheckField, SelectField, TextField};
use crate::calc::category::{Category, FundingSource, Scheme};
use crate::calc::outcome::Severity;
use crate::calc::plan::{Action, CategoryEdit, MAX_AGE};
use crate::calc::rates::{RiskClass, Sector};
use crate::codec::input::{
    parse_count, parse_optional_count, parse_optional_whole_in, parse_rupiah, InputError,
};
use crate::report::explain::category_name;
use crate::report::format;
use crate::ui::i18n::caution;
use crate::ui::i18n::source_name;
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

fn edit_with<T: 'static>(
    state: AppState,
    index: usize,
    parse: fn(&str) -> Result<T, InputError>,
    edit: fn(T) -> CategoryEdit,
) -> Callback<String, Option<InputError>> {
    Callback::new(move |text: String| match parse(&text) {
        Ok(v) => {
            state.dispatch(Action::Edit(index, edit(v)));
            None
        }
        Err(e) => Some(e),
    })
}

fn choose(
    state: AppState,
    index: usize,
    edit: fn(&str) -> Option<CategoryEdit>,
) -> Callback<String> {
    Callback::new(move |value: String| {
        if let Some(e) = edit(&value) {
            state.dispatch(Action::Edit(index, e));
        }
    })
}

/// The card for category `index` of the plan.
#[component]
pub fn CategoryCard(
    /// Position of the category in the plan.
    index: usize,
) -> impl IntoView {
    let state = use_app();
    let initial = state
        .plan
        .with_untracked(|p| p.categories.get(index).cloned())
        .unwrap_or_default();
    let t = move || state.t();
    let cat = move || {
        state
            .plan
            .with(|p| p.categories.get(index).cloned())
            .unwrap_or_default()
    };
    let field = move |name: &str| format!("{name}-{index}");
    let is_pu = move || {
        state.plan.with(|p| {
            p.categories
                .get(index)
                .is_some_and(|c| c.scheme == Scheme::Pu)
        })
    };
    let title = move || category_name(state.lang.get(), &cat());
    let summary = move || {
        let lang = state.lang.get();
        state.outcome.with(|o| {
            o.as_ref().and_then(|o| o.categories.get(index)).map(|c| {
                format!(
                    "{} {} · {} {}",
                    lang.rupiah(c.cost.per_person.programs.total().total()),
                    lang.pick("per orang per bulan", "per person per month"),
                    lang.rupiah(c.cost.period.total().total()),
                    lang.period_phrase(state.plan.with(|p| p.period.months))
                )
            })
        })
    };
    // What is chosen, readable while the choices are folded away.
    let setup_summary = move || {
        let lang = state.lang.get();
        let c = cat();
        let mut programs = vec!["JKK", "JKM"];
        if c.jht {
            programs.push("JHT");
        }
        if c.has_jp() {
            programs.push("JP");
        }
        let scheme = if c.scheme == Scheme::Pu { "PU" } else { "BPU" };
        format!(
            "{} {scheme} · {} · {}",
            lang.pick("Skema & program:", "Scheme & programs:"),
            programs.join(" + "),
            source_name(lang, c.funding)
        )
    };
    // The warnings about this category, beside it (RULES.md §3 Dana Desa, §7 ages).
    let warnings = move || {
        let lang = state.lang.get();
        let plan = state.plan.get();
        state.outcome.with(|o| {
            o.as_ref()
                .map(|o| {
                    o.cautions
                        .iter()
                        .filter(|c| c.category() == Some(index) && c.severity() > Severity::Info)
                        .map(|c| {
                            let class = if c.severity() == Severity::Strong {
                                "caution caution--strong"
                            } else {
                                "caution caution--warn"
                            };
                            view! { <li class=class>{caution(lang, c, &plan)}</li> }
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let heading_id = field("cat-title");
    let labelled_by = heading_id.clone();
    view! {
        <article class="cat" aria-labelledby=labelled_by data-testid=field("category")>
            <header class="cat__head">
                <h3 id=heading_id>{title}</h3>
                <button
                    type="button"
                    class="btn btn--quiet no-print"
                    data-testid=field("remove")
                    aria-label=move || format!("{} {}", t().remove, title())
                    on:click=move |_| state.dispatch(Action::RemoveCategory(index))
                >
                    {tr(|t| t.remove)}
                </button>
            </header>
            <p class="cat__summary" aria-live="polite">{summary}</p>
            <ul class="cautions cat__cautions" data-testid=format!("cautions-of-category-{index}") aria-live="polite">
                {warnings}
            </ul>
            <div class="row">
                <TextField
                    id=field("insured")
                    label=Signal::derive(move || t().insured.to_string())
                    initial=initial.insured.to_string()
                    on_text=edit_with(state, index, parse_count, CategoryEdit::Insured)
                    inputmode="numeric"
                />
                <TextField
                    id=field("population")
                    label=Signal::derive(move || t().population.to_string())
                    initial=initial.population.map(|p| p.to_string()).unwrap_or_default()
                    on_text=edit_with(state, index, parse_optional_count, CategoryEdit::Population)
                    hint=Signal::derive(move || t().population_hint.to_string())
                    inputmode="numeric"
                />
            </div>
            <TextField
                id=field("base")
                label=Signal::derive(move || if is_pu() { t().wage.to_string() } else { t().income.to_string() })
                initial=format::number(initial.base.amount(), 2)
                on_text=edit_with(state, index, parse_rupiah, CategoryEdit::Base)
                hint=Signal::derive(move || if is_pu() { String::new() } else { t().income_hint.to_string() })
                inputmode="decimal"
            />
            <details class="more">
                <summary>{setup_summary}</summary>
                <TextField
                    id=field("oldest-age")
                    label=Signal::derive(move || t().oldest_age.to_string())
                    initial=initial.oldest_age.map(|a| a.to_string()).unwrap_or_default()
                    on_text=Callback::new(move |text: String| {
                        match parse_optional_whole_in(&text, 0, MAX_AGE.into()) {
                            Ok(age) => {
                                let age = age.and_then(|a| u8::try_from(a).ok());
                                state.dispatch(Action::Edit(index, CategoryEdit::OldestAge(age)));
                                None
                            }
                            Err(e) => Some(e),
                        }
                    })
                    hint=Signal::derive(move || t().oldest_age_hint.to_string())
                    inputmode="numeric"
                />
                <SelectField
                    id=field("scheme")
                    label=Signal::derive(move || t().scheme.to_string())
                    options=Signal::derive(move || {
                        vec![("pu".to_string(), t().scheme_pu.to_string()), ("bpu".to_string(), t().scheme_bpu.to_string())]
                    })
                    selected=Signal::derive(move || if is_pu() { "pu".to_string() } else { "bpu".to_string() })
                    on_change=Callback::new(move |v: String| {
                        let scheme = if v == "pu" { Scheme::Pu } else { Scheme::Bpu };
                        state.dispatch(Action::Edit(index, CategoryEdit::Scheme(scheme)));
                        // The base changes with the scheme: re-read the form's text.
                        state.generation.update(|g| *g = g.wrapping_add(1));
                    })
                />
                <fieldset class="programs">
                    <legend>{tr(|t| t.programs)}</legend>
                    <p class="programs__fixed">{tr(|t| t.jkk_jkm_always)}</p>
                    <CheckField
                        id=field("jht")
                        label=Signal::derive(move || t().jht.to_string())
                        checked=Signal::derive(move || cat().jht)
                        on_change=Callback::new(move |on| state.dispatch(Action::Edit(index, CategoryEdit::Jht(on))))
                    />
                    <Show when=is_pu>
                        <CheckField
                            id=field("jp")
                            label=Signal::derive(move || t().jp.to_string())
                            checked=Signal::derive(move || cat().jp)
                            on_change=Callback::new(move |on| state.dispatch(Action::Edit(index, CategoryEdit::Jp(on))))
                        />
                    </Show>
                </fieldset>
                <div class="row">
                    <Show
                        when=is_pu
                        fallback=move || {
                            view! {
                                <SelectField
                                    id=field("sector")
                                    label=Signal::derive(move || t().sector.to_string())
                                    options=Signal::derive(move || {
                                        vec![
                                            ("other".to_string(), t().sector_other.to_string()),
                                            ("transport".to_string(), t().sector_transport.to_string()),
                                        ]
                                    })
                                    selected=Signal::derive(move || {
                                        if cat().sector == Sector::Transport { "transport" } else { "other" }.to_string()
                                    })
                                    on_change=choose(state, index, |v| {
                                        Some(CategoryEdit::Sector(if v == "transport" { Sector::Transport } else { Sector::Other }))
                                    })
                                />
                            }
                        }
                    >
                        <SelectField
                            id=field("risk")
                            label=Signal::derive(move || t().risk_class.to_string())
                            options=Signal::derive(move || {
                                RiskClass::ALL
                                    .iter()
                                    .map(|r| (r.roman().to_string(), r.roman().to_string()))
                                    .collect::<Vec<_>>()
                            })
                            selected=Signal::derive(move || cat().risk_class.roman().to_string())
                            on_change=choose(state, index, |v| {
                                RiskClass::ALL.iter().find(|r| r.roman() == v).map(|r| CategoryEdit::RiskClass(*r))
                            })
                        />
                    </Show>
                    <SelectField
                        id=field("funding")
                        label=Signal::derive(move || t().funding.to_string())
                        options=Signal::derive(move || {
                            let lang = state.lang.get();
                            FundingSource::ALL
                                .iter()
                                .map(|s| (s.code().to_string(), source_name(lang, *s).to_string()))
                                .collect::<Vec<_>>()
                        })
                        selected=Signal::derive(move || cat().funding.code().to_string())
                        on_change=choose(state, index, |v| {
                            FundingSource::ALL.iter().find(|s| s.code() == v).map(|s| CategoryEdit::Funding(*s))
                        })
                    />
                </div>
            </details>
            <details class="more">
                <summary>{move || format!("{} · {}", t().category_name, t().account_code)}</summary>
                <TextField
                    id=field("name")
                    label=Signal::derive(move || t().category_name.to_string())
                    initial=initial.name.clone()
                    on_text=Callback::new(move |text: String| {
                        state.dispatch(Action::Edit(index, CategoryEdit::Name(text)));
                        None
                    })
                    placeholder=Signal::derive(move || {
                        category_name(state.lang.get(), &Category::new(initial_kind(state, index), 0))
                    })
                />
                <TextField
                    id=field("code")
                    label=Signal::derive(move || t().account_code.to_string())
                    initial=initial.account_code.clone()
                    on_text=Callback::new(move |text: String| {
                        state.dispatch(Action::Edit(index, CategoryEdit::AccountCode(text)));
                        None
                    })
                />
            </details>
        </article>
    }
}

fn initial_kind(state: AppState, index: usize) -> crate::calc::category::CategoryKind {
    state
        .plan
        .with_untracked(|p| p.categories.get(index).map(|c| c.kind))
        .unwrap_or_default()
}

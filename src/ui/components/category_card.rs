//! One worker category as a card: how many people, which scheme, wage or income,
//! programs, risk class, funding source, sector and account code.

use super::fields::{CheckField, SelectField, TextField};
use crate::calc::category::{Category, CategoryId, FundingSource, Scheme};
use crate::calc::outcome::Severity;
use crate::calc::plan::{Action, CategoryEdit, MAX_AGE};
use crate::calc::rates::{RiskClass, Sector};
use crate::codec::input::{
    parse_count, parse_optional_count, parse_optional_whole_in, parse_rupiah, InputError,
};
use crate::report::explain::category_name;
use crate::report::format;
use crate::report::texts::page::caution;
use crate::report::texts::page::source_name;
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

/// Where the card's category is in the plan now (None once it is removed).
type Position = Memo<Option<usize>>;

/// Applies an edit to the card's category, wherever it is in the list by now.
fn edit(state: AppState, index: Position, e: CategoryEdit) {
    if let Some(i) = index.get_untracked() {
        state.dispatch(Action::Edit(i, e));
    }
}

fn edit_with<T: 'static>(
    state: AppState,
    index: Position,
    parse: fn(&str) -> Result<T, InputError>,
    make: fn(T) -> CategoryEdit,
) -> Callback<String, Option<InputError>> {
    Callback::new(move |text: String| match parse(&text) {
        Ok(v) => {
            edit(state, index, make(v));
            None
        }
        Err(e) => Some(e),
    })
}

fn choose(
    state: AppState,
    index: Position,
    make: fn(&str) -> Option<CategoryEdit>,
) -> Callback<String> {
    Callback::new(move |value: String| {
        if let Some(e) = make(&value) {
            edit(state, index, e);
        }
    })
}

/// The card of one category of the plan.
#[component]
pub fn CategoryCard(
    /// The category, by id: the card stays the same card while others come and go.
    id: CategoryId,
) -> impl IntoView {
    let state = use_app();
    let index: Position = Memo::new(move |_| state.plan.with(|p| p.position_of(id)));
    let t = move || state.t();
    let cat = Memo::new(move |_| {
        state
            .plan
            .with(|p| index.get().and_then(|i| p.categories.get(i).cloned()))
            .unwrap_or_default()
    });
    let cat = move || cat.get();
    // DOM ids and test hooks name the position, as they always have.
    let field = move |name: &'static str| {
        Signal::derive(move || format!("{name}-{}", index.get().unwrap_or_default()))
    };
    let shown = move |text: fn(&Category) -> String| Signal::derive(move || text(&cat()));
    let is_pu = move || cat().scheme == Scheme::Pu;
    let title = move || category_name(state.lang.get(), &cat());
    let summary = move || {
        let lang = state.lang.get();
        let at = index.get();
        state.outcome.with(|o| {
            o.as_ref().and_then(|o| o.categories.get(at?)).map(|c| {
                format!(
                    "{} {} · {} {}",
                    lang.rupiah(c.cost.per_person.programs.total().total()),
                    crate::report::texts::page::texts(lang).a_person_a_month,
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
            crate::report::texts::page::texts(lang).setup_label,
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
                        .filter(|c| c.category() == index.get() && c.severity() > Severity::Info)
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
    view! {
        <article class="cat" aria-labelledby=heading_id data-testid=field("category")>
            <header class="cat__head">
                <h3 id=heading_id>{title}</h3>
                <button
                    type="button"
                    class="btn btn--quiet no-print"
                    data-testid=field("remove")
                    aria-label=move || format!("{} {}", t().remove, title())
                    on:click=move |_| {
                        if let Some(i) = index.get_untracked() {
                            state.dispatch(Action::RemoveCategory(i));
                        }
                    }
                >
                    {tr(|t| t.remove)}
                </button>
            </header>
            <p class="cat__summary" aria-live="polite">{summary}</p>
            <ul class="cautions cat__cautions" data-testid=move || format!("cautions-of-category-{}", index.get().unwrap_or_default()) aria-live="polite">
                {warnings}
            </ul>
            <div class="row">
                <TextField
                    id=field("insured")
                    label=Signal::derive(move || t().insured.to_string())
                    value=shown(|c| c.insured.to_string())
                    on_text=edit_with(state, index, parse_count, CategoryEdit::Insured)
                    inputmode="numeric"
                />
                <TextField
                    id=field("population")
                    label=Signal::derive(move || t().population.to_string())
                    value=shown(|c| c.population.map(|p| p.to_string()).unwrap_or_default())
                    on_text=edit_with(state, index, parse_optional_count, CategoryEdit::Population)
                    hint=Signal::derive(move || t().population_hint.to_string())
                    inputmode="numeric"
                />
            </div>
            <TextField
                id=field("base")
                label=Signal::derive(move || if is_pu() { t().wage.to_string() } else { t().income.to_string() })
                value=shown(|c| format::number(c.base.amount(), 2))
                on_text=edit_with(state, index, parse_rupiah, CategoryEdit::Base)
                hint=Signal::derive(move || if is_pu() { String::new() } else { state.cited(|t| t.income_hint) })
                inputmode="decimal"
            />
            <details class="more">
                <summary>{setup_summary}</summary>
                <TextField
                    id=field("oldest-age")
                    label=Signal::derive(move || t().oldest_age.to_string())
                    value=shown(|c| c.oldest_age.map(|a| a.to_string()).unwrap_or_default())
                    on_text=Callback::new(move |text: String| {
                        match parse_optional_whole_in(&text, 0, MAX_AGE.into()) {
                            Ok(age) => {
                                let age = age.and_then(|a| u8::try_from(a).ok());
                                edit(state, index, CategoryEdit::OldestAge(age));
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
                        Scheme::ALL
                            .map(|s| {
                                let label = if s == Scheme::Pu { t().scheme_pu } else { t().scheme_bpu };
                                (s.code().to_string(), label.to_string())
                            })
                            .to_vec()
                    })
                    selected=Signal::derive(move || cat().scheme.code().to_string())
                    // Plan::apply resets the base; the base field shows it by itself.
                    on_change=choose(state, index, |v| Scheme::from_code(v).map(CategoryEdit::Scheme))
                />
                <fieldset class="programs">
                    <legend>{tr(|t| t.programs)}</legend>
                    <p class="programs__fixed">{tr(|t| t.jkk_jkm_always)}</p>
                    <CheckField
                        id=field("jht")
                        label=Signal::derive(move || t().jht.to_string())
                        checked=Signal::derive(move || cat().jht)
                        on_change=Callback::new(move |on| edit(state, index, CategoryEdit::Jht(on)))
                    />
                    <Show when=is_pu>
                        <CheckField
                            id=field("jp")
                            label=Signal::derive(move || t().jp.to_string())
                            checked=Signal::derive(move || cat().jp)
                            on_change=Callback::new(move |on| edit(state, index, CategoryEdit::Jp(on)))
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
                                        // "Other" first: most villages' workers.
                                        [(Sector::Other, t().sector_other), (Sector::Transport, t().sector_transport)]
                                            .map(|(s, label)| (s.code().to_string(), label.to_string()))
                                            .to_vec()
                                    })
                                    selected=Signal::derive(move || cat().sector.code().to_string())
                                    on_change=choose(state, index, |v| {
                                        // An unknown value never comes from these options; "other" as before.
                                        Some(CategoryEdit::Sector(Sector::from_code(v).unwrap_or(Sector::Other)))
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
                                    .map(|r| (r.code().to_string(), r.roman().to_string()))
                                    .collect::<Vec<_>>()
                            })
                            selected=Signal::derive(move || cat().risk_class.code().to_string())
                            on_change=choose(state, index, |v| RiskClass::from_code(v).map(CategoryEdit::RiskClass))
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
                        on_change=choose(state, index, |v| FundingSource::from_code(v).map(CategoryEdit::Funding))
                    />
                </div>
            </details>
            <details class="more">
                <summary>{move || format!("{} · {}", t().category_name, t().account_code)}</summary>
                <TextField
                    id=field("name")
                    label=Signal::derive(move || t().category_name.to_string())
                    value=shown(|c| c.name.clone())
                    on_text=Callback::new(move |text: String| {
                        edit(state, index, CategoryEdit::Name(text));
                        None
                    })
                    placeholder=Signal::derive(move || {
                        category_name(state.lang.get(), &Category::new(cat().kind, 0))
                    })
                />
                <TextField
                    id=field("code")
                    label=Signal::derive(move || t().account_code.to_string())
                    value=shown(|c| c.account_code.clone())
                    on_text=Callback::new(move |text: String| {
                        edit(state, index, CategoryEdit::AccountCode(text));
                        None
                    })
                />
            </details>
        </article>
    }
}

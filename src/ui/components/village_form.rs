//! Section 1, "Desa & anggaran": village, budget year, months covered, ADD and the
//! figures for the 30 % check, plus the editable assumptions.

use super::fields::{CheckField, SelectField, TextField};
use crate::calc::budget::BudgetFigure;
use crate::calc::money::Rupiah;
use crate::calc::period::BudgetPeriod;
use crate::calc::plan::{Action, INSURED_SINCE_YEARS, MAX_DEATH_RATE_PER_MILLE, YEARS};
use crate::codec::input::{parse_decimal_in_range, parse_optional_rupiah, parse_optional_whole_in};
use crate::report::format;
use crate::ui::state::tr;
use crate::ui::state::{tr_cited, use_app, AppState};
use leptos::prelude::*;
use rust_decimal::Decimal;

fn amount_text(amount: Option<Rupiah>) -> String {
    amount
        .map(|a| format::number(a.amount(), 2))
        .unwrap_or_default()
}

/// A callback that parses an optional amount and sets that one budget figure.
fn budget_setter(
    state: AppState,
    figure: BudgetFigure,
) -> Callback<String, Option<crate::codec::input::InputError>> {
    Callback::new(move |text: String| match parse_optional_rupiah(&text) {
        Ok(value) => {
            state.dispatch(Action::SetBudgetFigure(figure, value));
            None
        }
        Err(e) => Some(e),
    })
}

/// The plan's value of one budget figure, as the field shows it.
fn budget_text(state: AppState, figure: BudgetFigure) -> Signal<String> {
    Signal::derive(move || state.plan.with(|p| amount_text(p.budget.get(figure))))
}

/// The village and budget form.
#[component]
pub fn VillageForm() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let years: Vec<(String, String)> = YEARS.map(|y| (y.to_string(), y.to_string())).collect();
    let month_options = move || {
        let lang = state.lang.get();
        (1..=12u8)
            .map(|m| (m.to_string(), lang.month_name(m).to_string()))
            .collect::<Vec<_>>()
    };
    let count_options = move || {
        let first = state.plan.with(|p| p.period.first_month);
        (1..=BudgetPeriod::months_left_from(first))
            .map(|n| (n.to_string(), n.to_string()))
            .collect::<Vec<_>>()
    };
    let village = Callback::new(move |text: String| {
        state.dispatch(Action::SetVillage(text));
        None
    });
    let death_rate = Callback::new(move |text: String| {
        match parse_decimal_in_range(&text, Decimal::ZERO, MAX_DEATH_RATE_PER_MILLE) {
            Ok(rate) => {
                state.dispatch(Action::SetDeathRate(rate));
                None
            }
            Err(e) => Some(e),
        }
    });
    view! {
        <section class="card" aria-labelledby="village-title">
            <h2 id="village-title">{tr(|t| t.section_village)}</h2>
            <TextField
                id="village-input".to_string()
                label=Signal::derive(move || t().village_name.to_string())
                value=Signal::derive(move || state.plan.with(|p| p.village.clone()))
                on_text=village
                placeholder=Signal::derive(move || t().village_placeholder.to_string())
            />
            <div class="row">
                <SelectField
                    id="year-input".to_string()
                    label=Signal::derive(move || t().budget_year.to_string())
                    options=Signal::derive(move || years.clone())
                    selected=Signal::derive(move || state.plan.with(|p| p.period.year.to_string()))
                    on_change=Callback::new(move |v: String| {
                        if let Ok(y) = v.parse() {
                            state.dispatch(Action::SetYear(y));
                        }
                    })
                />
                <SelectField
                    id="first-month-input".to_string()
                    label=Signal::derive(move || t().first_month.to_string())
                    options=Signal::derive(month_options)
                    selected=Signal::derive(move || state.plan.with(|p| p.period.first_month.to_string()))
                    on_change=Callback::new(move |v: String| {
                        if let Ok(m) = v.parse() {
                            state.dispatch(Action::SetFirstMonth(m));
                        }
                    })
                />
                <SelectField
                    id="months-input".to_string()
                    label=Signal::derive(move || t().months.to_string())
                    options=Signal::derive(count_options)
                    selected=Signal::derive(move || state.plan.with(|p| p.period.months.to_string()))
                    on_change=Callback::new(move |v: String| {
                        if let Ok(n) = v.parse() {
                            state.dispatch(Action::SetMonths(n));
                        }
                    })
                />
            </div>
            <p class="note">{tr(|t| t.months_hint)}</p>
            <TextField
                id="add-input".to_string()
                label=Signal::derive(move || t().add.to_string())
                value=budget_text(state, BudgetFigure::Add)
                on_text=budget_setter(state, BudgetFigure::Add)
                hint=Signal::derive(move || t().add_hint.to_string())
                inputmode="decimal"
            />
            <details class="more">
                <summary>{tr_cited(|t| t.thirty_title)}</summary>
                <TextField
                    id="belanja-input".to_string()
                    label=Signal::derive(move || t().belanja.to_string())
                    value=budget_text(state, BudgetFigure::Belanja)
                    on_text=budget_setter(state, BudgetFigure::Belanja)
                    hint=Signal::derive(move || state.cited(|t| t.belanja_hint))
                    inputmode="decimal"
                />
                <TextField
                    id="bengkok-input".to_string()
                    label=Signal::derive(move || t().bengkok.to_string())
                    value=budget_text(state, BudgetFigure::Bengkok)
                    on_text=budget_setter(state, BudgetFigure::Bengkok)
                    inputmode="decimal"
                />
                <TextField
                    id="siltap-input".to_string()
                    label=Signal::derive(move || t().siltap.to_string())
                    value=budget_text(state, BudgetFigure::Siltap)
                    on_text=budget_setter(state, BudgetFigure::Siltap)
                    inputmode="decimal"
                />
            </details>
            <details class="more">
                <summary>{tr(|t| t.assumptions)}</summary>
                <TextField
                    id="death-rate-input".to_string()
                    label=Signal::derive(move || t().death_rate.to_string())
                    value=Signal::derive(move || state.plan.with(|p| format::number_ungrouped(p.death_rate_per_mille, 4)))
                    on_text=death_rate
                    hint=Signal::derive(move || state.cited(|t| t.death_rate_hint))
                    inputmode="decimal"
                />
                <TextField
                    id="insured-since-input".to_string()
                    label=Signal::derive(move || t().insured_since.to_string())
                    value=Signal::derive(move || state.plan.with(|p| p.insured_since.map(|y| y.to_string()).unwrap_or_default()))
                    on_text=Callback::new(move |text: String| {
                        let (min, max) = (*INSURED_SINCE_YEARS.start(), *INSURED_SINCE_YEARS.end());
                        let range = (min.unsigned_abs(), max.unsigned_abs());
                        match parse_optional_whole_in(&text, range.0, range.1) {
                            Ok(year) => {
                                let year = year.and_then(|y| i32::try_from(y).ok());
                                state.dispatch(Action::SetInsuredSince(year));
                                None
                            }
                            Err(e) => Some(e),
                        }
                    })
                    hint=Signal::derive(move || state.cited(|t| t.insured_since_hint))
                    inputmode="numeric"
                />
                <CheckField
                    id="adjustment-input".to_string()
                    label=Signal::derive(move || state.cited(|t| t.adjustment))
                    checked=Signal::derive(move || state.plan.with(|p| p.apply_adjustment))
                    on_change=Callback::new(move |on| state.dispatch(Action::SetApplyAdjustment(on)))
                />
                <p class="note">{tr(|t| t.adjustment_hint)}</p>
            </details>
        </section>
    }
}

//! Section 1, "Desa & anggaran": village, budget year, months covered, ADD and the
//! figures for the 30 % check, plus the editable assumptions.

pub(crate) mod assumptions;
pub(crate) mod budget_fields;

use crate::calc::budget::BudgetFigure;
use crate::calc::period::BudgetPeriod;
use crate::calc::plan::{Action, MAX_NAME_CHARS, YEARS};
use crate::report::texts::page::Texts;
use crate::ui::fields::{SelectField, TextField};
use crate::ui::state::tr;
use crate::ui::state::{tr_signal, use_app, AppState};
use assumptions::Assumptions;
use budget_fields::{budget_field, ThirtyFields};
use leptos::prelude::*;

/// A select of the budget period, which dispatches the action of the chosen value (`action`
/// reads it; not generic, so the three selects share one copy of this code).
fn period_select(
    state: AppState,
    id: &'static str,
    label: fn(&'static Texts) -> &'static str,
    options: Signal<Vec<(String, String)>>,
    selected: fn(&BudgetPeriod) -> String,
    action: fn(&str) -> Option<Action>,
) -> impl IntoView {
    view! {
        <SelectField
            id=id.to_string()
            label=tr_signal(label)
            options=options
            selected=Signal::derive(move || state.plan.with(|p| selected(&p.period)))
            on_change=Callback::new(move |v: String| {
                if let Some(action) = action(&v) {
                    state.dispatch(action);
                }
            })
        />
    }
}

/// The village and budget form; `children` go under the village's name ("Pilih desa").
#[component]
pub fn VillageForm(children: Children) -> impl IntoView {
    let state = use_app();
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
    view! {
        <section class="card" aria-labelledby="village-title">
            <h2 id="village-title">{tr(|t| t.section_village)}</h2>
            <TextField
                lang=state.lang
                on_invalid=state.field_marker()
                id="village-input".to_string()
                label=tr_signal(|t| t.village_name)
                value=Signal::derive(move || state.plan.with(|p| p.village.clone()))
                on_text=village
                placeholder=tr_signal(|t| t.village_placeholder)
                max_chars=MAX_NAME_CHARS
            />
            {move || {
                let lang = state.lang.get();
                state
                    .plan
                    .with(|p| crate::report::sheet::place(lang, p))
                    .map(|line| {
                        view! {
                            <p class="note" data-testid="village-place">
                                {line}
                            </p>
                        }
                            .into_any()
                    })
            }}
            {children()}
            <div class="row">
                {period_select(
                    state,
                    "budget-year",
                    |t| t.budget_year,
                    Signal::derive(move || years.clone()),
                    |p| p.year.to_string(),
                    |v| v.parse().ok().map(Action::SetYear),
                )}
                {period_select(
                    state,
                    "first-month-input",
                    |t| t.first_month,
                    Signal::derive(month_options),
                    |p| p.first_month.to_string(),
                    |v| v.parse().ok().map(Action::SetFirstMonth),
                )}
                {period_select(
                    state,
                    "months-input",
                    |t| t.months,
                    Signal::derive(count_options),
                    |p| p.months.to_string(),
                    |v| v.parse().ok().map(Action::SetMonths),
                )}
            </div>
            <p class="note">{tr(|t| t.months_hint)}</p>
            {budget_field(
                state,
                "add-input",
                BudgetFigure::Add,
                tr_signal(|t| t.add),
                Some(tr_signal(|t| t.add_hint)),
            )}
            <ThirtyFields />
            <Assumptions />
        </section>
    }
}

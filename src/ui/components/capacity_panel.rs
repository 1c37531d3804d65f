//! "Berapa orang yang dapat dilindungi?": planning back from a budget (issue 12). The user
//! gives a ceiling (rupiah or % of ADD) and the category that grows; the core's
//! `capacity::fit` says how many people fit, and one button puts them into the plan.

use super::fields::{SelectField, TextField};
use super::figure::Figure;
use crate::calc::capacity::{fit, Capacity, Ceiling, Grow};
use crate::calc::plan::{Action, CategoryEdit};
use crate::codec::input::{parse_percent, parse_rupiah, InputError};
use crate::report::explain::{self, category_name, Explanation};
use crate::report::texts::page::capacity_error;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;

/// How the ceiling is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Amount,
    ShareOfAdd,
}

/// The ceiling the text stands for in `mode`.
fn parse_ceiling(mode: Mode, text: &str) -> Result<Ceiling, InputError> {
    match mode {
        Mode::Amount => parse_rupiah(text).map(Ceiling::Amount),
        Mode::ShareOfAdd => parse_percent(text).map(Ceiling::ShareOfAdd),
    }
}

/// The select's value for a growth choice, and back.
fn grow_value(grow: Grow) -> String {
    match grow {
        Grow::Category(i) => format!("c{i}"),
        Grow::AllBpu => "all".into(),
    }
}

fn grow_from(value: &str) -> Option<Grow> {
    if value == "all" {
        return Some(Grow::AllBpu);
    }
    value
        .strip_prefix('c')
        .and_then(|i| i.parse().ok())
        .map(Grow::Category)
}

/// The capacity section.
#[component]
pub fn CapacityPanel() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let mode = RwSignal::new(Mode::Amount);
    let ceiling = RwSignal::new(None::<Ceiling>);
    // None: the default of `Grow::default_for`, which follows the plan as it changes.
    let chosen = RwSignal::new(None::<Grow>);
    let grow = move || {
        chosen
            .get()
            .unwrap_or_else(|| state.plan.with(Grow::default_for))
    };
    let months = move || state.plan.with(|p| p.period.months);
    let answer = Memo::new(move |_| {
        let c = ceiling.get()?;
        let g = grow();
        Some(state.plan.with(|p| fit(p, c, g)))
    });
    let on_text = Callback::new(move |text: String| {
        if text.trim().is_empty() {
            ceiling.set(None);
            return None;
        }
        match parse_ceiling(mode.get_untracked(), &text) {
            Ok(c) => {
                ceiling.set(Some(c));
                None
            }
            Err(e) => {
                ceiling.set(None);
                Some(e)
            }
        }
    });
    let grow_options = move || {
        let lang = state.lang.get();
        let mut options: Vec<(String, String)> = state.plan.with(|p| {
            p.categories
                .iter()
                .enumerate()
                .map(|(i, c)| (grow_value(Grow::Category(i)), category_name(lang, c)))
                .collect()
        });
        options.push((grow_value(Grow::AllBpu), t().capacity_grow_all.to_string()));
        options
    };
    let apply = move |_| {
        let Some(Ok(capacity)) = answer.get_untracked() else {
            return;
        };
        // The cards' count fields show the new counts by themselves (they follow the plan).
        for &(i, n) in &capacity.counts {
            state.dispatch(Action::Edit(i, CategoryEdit::Insured(n)));
        }
    };
    let result = move || {
        let lang = state.lang.get();
        let answer = answer.get()?;
        Some(match answer {
            Err(e) => view! {
                <p class="alert alert--bad" role="status" data-testid="capacity-error">
                    {capacity_error(lang, &e, months())}
                </p>
            }
            .into_any(),
            Ok(c) => result_view(c, months()).into_any(),
        })
    };
    view! {
        <section class="card" aria-labelledby="capacity-title" data-testid="capacity-panel">
            <h2 id="capacity-title">{tr(|t| t.capacity_title)}</h2>
            <p class="note">{tr(|t| t.capacity_hint)}</p>
            <div class="row">
                <SelectField
                    id="capacity-mode".to_string()
                    label=Signal::derive(move || t().capacity_mode.to_string())
                    options=Signal::derive(move || {
                        vec![
                            ("amount".to_string(), t().capacity_mode_amount.to_string()),
                            ("share".to_string(), t().capacity_mode_share.to_string()),
                        ]
                    })
                    selected=Signal::derive(move || {
                        if mode.get() == Mode::Amount { "amount" } else { "share" }.to_string()
                    })
                    on_change=Callback::new(move |v: String| {
                        mode.set(if v == "share" { Mode::ShareOfAdd } else { Mode::Amount });
                        ceiling.set(None);
                    })
                />
                <SelectField
                    id="capacity-grow".to_string()
                    label=Signal::derive(move || t().capacity_grow.to_string())
                    options=Signal::derive(grow_options)
                    selected=Signal::derive(move || grow_value(grow()))
                    on_change=Callback::new(move |v: String| chosen.set(grow_from(&v)))
                />
            </div>
            // A new mode reads the text differently: start the field afresh.
            {move || {
                let m = mode.get();
                view! {
                    <TextField
                        id="capacity-ceiling".to_string()
                        label=Signal::derive(move || {
                            if m == Mode::Amount { t().capacity_ceiling_amount } else { t().capacity_ceiling_share }
                                .to_string()
                        })
                        value=String::new()
                        on_text=on_text
                        hint=Signal::derive(move || t().capacity_ceiling_hint.to_string())
                        inputmode="decimal"
                        standalone=true
                    />
                }
            }}
            <div data-testid="capacity-result" aria-live="polite">
                {move || result().unwrap_or_else(|| view! { <p class="note">{tr(|t| t.capacity_prompt)}</p> }.into_any())}
            </div>
            <button
                type="button"
                class="btn no-print"
                data-testid="capacity-apply"
                disabled=move || !matches!(answer.get(), Some(Ok(_)))
                on:click=apply
            >
                {tr(|t| t.capacity_apply)}
            </button>
        </section>
    }
}

/// How many fit, what the plan then costs, what is left: each figure opens its formula.
fn result_view(c: Capacity, months: u8) -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    let explain = {
        let c = c.clone();
        move || -> Explanation {
            let plan = state.plan.get_untracked();
            explain::capacity(lang(), &plan, &c)
        }
    };
    let people = c.people;
    let (cost, left, next) = (c.cost, c.left, c.next_person);
    let explain2 = explain.clone();
    let explain3 = explain.clone();
    view! {
        <dl class="totals">
            <div class="total total--main">
                <dt>{tr(|t| t.capacity_people)}</dt>
                <dd data-testid="capacity-people">{move || lang().count(people)}</dd>
            </div>
            <div class="total">
                <dt>{move || format!("{} {}", state.t().capacity_cost, lang().period_phrase(months))}</dt>
                <dd>
                    <Figure
                        value=Signal::derive(move || lang().rupiah(cost))
                        explain=explain
                        testid="capacity-cost"
                    />
                </dd>
            </div>
            <div class="total">
                <dt>{tr(|t| t.capacity_left)}</dt>
                <dd>
                    <Figure
                        value=Signal::derive(move || lang().rupiah(left))
                        explain=explain2
                        testid="capacity-left"
                    />
                </dd>
            </div>
        </dl>
        {next.map(|n| {
            view! {
                <p class="note">
                    {move || format!("{} ", state.t().capacity_next)}
                    <Figure value=Signal::derive(move || lang().rupiah(n)) explain=explain3 testid="capacity-next" />
                    "."
                </p>
            }
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_ceiling_is_read_in_the_chosen_mode() {
        assert_eq!(
            parse_ceiling(Mode::Amount, "Rp20 juta"),
            Ok(Ceiling::Amount(crate::calc::money::Rupiah::from_whole(
                20_000_000
            )))
        );
        assert_eq!(
            parse_ceiling(Mode::ShareOfAdd, "5 %"),
            Ok(Ceiling::ShareOfAdd(dec!(0.05)))
        );
        assert!(parse_ceiling(Mode::ShareOfAdd, "150").is_err());
        assert!(parse_ceiling(Mode::Amount, "-5").is_err());
    }

    #[test]
    fn growth_choices_round_trip_through_the_select() {
        for g in [Grow::Category(0), Grow::Category(29), Grow::AllBpu] {
            assert_eq!(grow_from(&grow_value(g)), Some(g));
        }
        assert_eq!(grow_from("c"), None);
        assert_eq!(grow_from("x9"), None);
        assert_eq!(grow_from("c-1"), None);
    }
}

//! "Berapa orang yang dapat dilindungi?": planning back from a budget (issue 12). The user
//! gives a ceiling (rupiah or % of ADD) and the category that grows; the core's
//! `capacity::fit` says how many people fit, and one button puts them into the plan.

mod answer;
mod choices;

use crate::calc::capacity::{fit, Ceiling, Grow};
use crate::calc::plan::{Action, CategoryEdit};
use crate::report::texts::names::category_name;
use crate::report::texts::page::capacity_error;
use crate::ui::fields::{SelectField, TextField};
use crate::ui::state::use_app;
use crate::ui::state::{tr_later, tr_later_signal};
use answer::result_view;
use choices::{grow_from, grow_value, parse_ceiling, Mode};
use leptos::prelude::*;

/// The capacity section.
#[component]
pub fn CapacityPanel() -> impl IntoView {
    let state = use_app();
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
    // A "%" typed while the ceiling is read as rupiah: say how to give a percentage.
    let percent_typed = RwSignal::new(false);
    let on_text = Callback::new(move |text: String| {
        percent_typed.set(mode.get_untracked() == Mode::Amount && text.contains('%'));
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
        options.push((
            grow_value(Grow::AllBpu),
            state.later().capacity_grow_all.to_string(),
        ));
        options
    };
    let apply = move |_| {
        let Some(Ok(capacity)) = answer.get_untracked() else {
            return;
        };
        // The cards' count fields show the new counts by themselves (they follow the plan).
        // The answer names positions in the plan it was worked out for, which is the plan
        // now (it follows the plan); each edit names the category by its id.
        let ids: Vec<_> = state.plan.with_untracked(|p| {
            capacity
                .counts
                .iter()
                .filter_map(|&(i, n)| Some((p.categories.get(i)?.id, n)))
                .collect()
        });
        for (id, n) in ids {
            state.dispatch(Action::Edit(id, CategoryEdit::Insured(n)));
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
            <h2 id="capacity-title">{tr_later(|t| t.capacity_title)}</h2>
            <p class="note">{tr_later(|t| t.capacity_hint)}</p>
            <div class="row">
                <SelectField
                    id="capacity-mode".to_string()
                    label=tr_later_signal(|t| t.capacity_mode)
                    options=Signal::derive(move || {
                        vec![
                            ("amount".to_string(), state.later().capacity_mode_amount.to_string()),
                            ("share".to_string(), state.later().capacity_mode_share.to_string()),
                        ]
                    })
                    selected=Signal::derive(move || {
                        if mode.get() == Mode::Amount { "amount" } else { "share" }.to_string()
                    })
                    on_change=Callback::new(move |v: String| {
                        mode.set(if v == "share" { Mode::ShareOfAdd } else { Mode::Amount });
                        ceiling.set(None);
                        percent_typed.set(false);
                    })
                />
                <SelectField
                    id="capacity-grow".to_string()
                    label=tr_later_signal(|t| t.capacity_grow)
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
                        lang=state.lang
                        id="capacity-ceiling".to_string()
                        label=Signal::derive(move || {
                            if m == Mode::Amount {
                                state.later().capacity_ceiling_amount
                            } else {
                                state.later().capacity_ceiling_share
                            }
                                .to_string()
                        })
                        value=String::new()
                        on_text=on_text
                        hint=Signal::derive(move || {
                            if m == Mode::Amount {
                                state.later().capacity_ceiling_hint
                            } else {
                                state.later().capacity_ceiling_share_hint
                            }
                                .to_string()
                        })
                        inputmode="decimal"
                    />
                }
            }}
            <Show when=move || percent_typed.get()>
                <p class="alert alert--info" role="status" data-testid="capacity-percent-note">
                    {tr_later(|t| t.capacity_percent_in_amount)}
                </p>
            </Show>
            <div data-testid="capacity-result" aria-live="polite">
                {move || {
                    result()
                        .unwrap_or_else(|| {
                            view! { <p class="note">{tr_later(|t| t.capacity_prompt)}</p> }
                                .into_any()
                        })
                }}
            </div>
            <button
                type="button"
                class="btn no-print"
                data-testid="capacity-apply"
                disabled=move || !matches!(answer.get(), Some(Ok(_)))
                on:click=apply
            >
                {tr_later(|t| t.capacity_apply)}
            </button>
        </section>
    }
}

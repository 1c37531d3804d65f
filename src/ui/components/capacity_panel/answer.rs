//! The panel's answer: how many fit, what the plan then costs, what is left, and what one
//! more person would cost.

use crate::calc::capacity::Capacity;
use crate::report::explain::{self, Explanation};
use crate::ui::components::figure::Figure;
use crate::ui::components::total::Total;
use crate::ui::state::tr_later;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// How many fit, what the plan then costs, what is left: each figure opens its formula.
pub fn result_view(c: Capacity, months: u8) -> impl IntoView {
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
    // Said in words too: the figure is the new count, not how many more.
    let (before, all) = state.plan.with_untracked(|p| {
        let count = |i: usize| p.categories.get(i).map_or(0, |c| i64::from(c.insured));
        let before: i64 = c.counts.iter().map(|&(i, _)| count(i)).sum();
        let all: i64 = (0..p.categories.len()).map(count).sum();
        (before, all)
    });
    let added = i64::from(people) - before;
    let all = u32::try_from(all + added).unwrap_or(u32::MAX);
    let (cost, left, next) = (c.cost, c.left, c.next_person);
    let explain2 = explain.clone();
    let explain3 = explain.clone();
    view! {
        <dl class="totals">
            <div class="total total--main">
                <dt>{tr_later(|t| t.capacity_people)}</dt>
                <dd data-testid="capacity-people">{move || lang().count(people)}</dd>
            </div>
            <Total label=move || {
                format!("{} {}", state.later().capacity_cost, lang().period_phrase(months))
            }>
                <Figure
                    value=Signal::derive(move || lang().rupiah(cost))
                    explain=explain
                    testid="capacity-cost"
                />
            </Total>
            <Total label=tr_later(|t| t.capacity_left)>
                <Figure
                    value=Signal::derive(move || lang().rupiah(left))
                    explain=explain2
                    testid="capacity-left"
                />
            </Total>
        </dl>
        <p class="note" data-testid="capacity-added">
            {move || (state.later().capacity_added)(added, people, all)}
        </p>
        {next
            .map(|n| {
                view! {
                    <p class="note">
                        {move || format!("{} ", state.later().capacity_next)}
                        <Figure
                            value=Signal::derive(move || lang().rupiah(n))
                            explain=explain3
                            testid="capacity-next"
                        /> "."
                    </p>
                }
            })}
    }
}

//! Section 4, "Dibanding ADD": the premium charged to ADD as a bar against ADD, what
//! remains, the 30 % check and the cautions.

mod add_bar;
mod thirty_check;

use super::caution_list::CautionList;
use super::figure::Figure;
use super::total::Total;
use crate::report::explain::Topic;
use crate::ui::shared::{shared, when};
use crate::ui::state::tr;
use crate::ui::state::{tr_cited, use_app, AppState};
use add_bar::AddBar;
use leptos::prelude::*;
use thirty_check::ThirtyCheck;

/// The premium charged to ADD, as text.
fn charged(state: AppState) -> String {
    state.outcome.with(|o| {
        o.as_ref()
            .map(|o| state.lang.get().rupiah(o.sums.budget.charged_to_add))
            .unwrap_or_default()
    })
}

/// What remains of ADD, as text, or a dash without ADD.
fn remaining(state: AppState) -> String {
    state.outcome.with(|o| {
        o.as_ref()
            .and_then(|o| o.sums.budget.add_remaining)
            .map(|r| state.lang.get().rupiah(r))
            .unwrap_or_else(|| "–".into())
    })
}

/// The budget-fit section.
#[component]
pub fn BudgetShare() -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    let add = move || state.plan.with(|p| p.budget.alokasi_dana_desa);
    let share_text = Signal::derive(move || {
        state
            .outcome
            .with(|o| lang().share_or_dash(o.as_ref().and_then(|o| o.sums.budget.add_share), 2))
    });
    view! {
        <section class="card" aria-labelledby="budget-title">
            <h2 id="budget-title">{tr(|t| t.section_budget)}</h2>
            <dl class="totals">
                <div class="total">
                    <dt>{tr(|t| t.charged_to_add)}</dt>
                    <dd data-testid="charged-to-add">
                        <Figure
                            value=Signal::derive(move || charged(state))
                            explain=Topic::ChargedToAdd
                        />
                    </dd>
                </div>
                <Total label=tr(|t| t.add_share) main=true>
                    <Figure value=share_text explain=Topic::AddShare testid="add-share" />
                </Total>
                <Total label=tr(|t| t.add_remaining)>
                    <Figure
                        value=Signal::derive(move || remaining(state))
                        explain=Topic::AddRemaining
                        testid="add-remaining"
                    />
                </Total>
            </dl>
            {when(
                move || add().is_none(),
                || view! { <p class="note">{tr(|t| t.add_missing)}</p> }.into_any(),
            )}
            <AddBar />
            <h3>{shared(tr_cited(|t| t.thirty_title))}</h3>
            <ThirtyCheck />
            <CautionList />
        </section>
    }
}

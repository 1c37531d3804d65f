//! The 30 % check of PP 11/2019 Pasal 100: within or over, or what is missing to check it.

use crate::report::explain::Topic;
use crate::ui::components::figure::Figure;
use crate::ui::shared::shared;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The verdict, or the note that belanja is missing.
#[component(transparent)]
pub fn ThirtyCheck() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let lang = move || state.lang.get();
    shared(move || {
        let check = state
            .outcome
            .with(|o| o.as_ref().and_then(|o| o.sums.budget.thirty_percent));
        match check {
            None => view! { <p class="note">{t().thirty_missing}</p> }.into_any(),
            Some(c) => {
                let share = lang().share_or_dash(c.share, 2);
                let verdict = if c.within {
                    state.cited(|t| t.thirty_within)
                } else {
                    state.cited(|t| t.thirty_over)
                };
                view! {
                    <p
                        class=if c.within { "verdict verdict--ok" } else { "verdict verdict--bad" }
                        data-testid="thirty-check"
                    >
                        <Figure value=share explain=Topic::ThirtyPercent />
                        " "
                        {verdict}
                    </p>
                }
                .into_any()
            }
        }
    })
}

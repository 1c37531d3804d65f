//! Section 2, "Pekerja": the category cards and the control that adds one.

use super::category_card::CategoryCard;
use crate::calc::category::CategoryKind;
use crate::calc::plan::{Action, MAX_CATEGORIES};
use crate::report::texts::names::{category_name, kind_name};
use crate::ui::keyed::{keep_keyed, FirstDraw};
use crate::ui::shared::{effect, shared};
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::html::{Button, Div};
use leptos::prelude::*;

/// How long one task goes on drawing the first cards: each card is a few milliseconds of
/// work, and all of them in one task blocked a slow phone for 100–200 ms (issue 26). With
/// 8 ms, a turn often drew two cards and took 15–25 ms under Lighthouse's trace.
const CARDS_BUDGET_MS: f64 = 4.0;

/// The list of worker categories.
#[component]
pub fn WorkerList(
    /// Turns true once every card of the plan the page opened with is in the page.
    drawn: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app();
    let kinds = CategoryKind::ADDABLE;
    let new_kind = RwSignal::new(CategoryKind::Lainnya);
    let kind_options = {
        move || {
            let lang = state.lang.get();
            let current = new_kind.get();
            kinds
                .iter()
                .map(|k| {
                    let k = *k;
                    view! {
                        <option value=k.code() selected=k == current>
                            {kind_name(lang, k)}
                        </option>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()
        }
    };
    let cards = NodeRef::<Div>::new();
    keep_keyed(
        cards,
        move || {
            state
                .plan
                .with(|p| p.categories.iter().map(|c| c.id).collect())
        },
        |id| view! { <CategoryCard id=id /> },
        FirstDraw::InTurns {
            budget_ms: CARDS_BUDGET_MS,
            done: drawn,
        },
    );
    let full = move || state.plan.with(|p| p.categories.len() >= MAX_CATEGORIES);
    view! {
        <section class="card" aria-labelledby="workers-title">
            <h2 id="workers-title">{tr(|t| t.section_workers)}</h2>
            <p class="note">{tr(|t| t.workers_hint)}</p>
            <div
                class="cats"
                node_ref=cards
            >// Keyed by id (crate::ui::keyed): adding or removing a card leaves the others,
            // and any text they hold, as they are.
            </div>
            <UndoRemove />
            <div class="add-cat no-print">
                <label for="new-kind">{tr(|t| t.add_category_kind)}</label>
                <select
                    id="new-kind"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(k) = CategoryKind::from_code(&v) {
                            new_kind.set(k);
                        }
                    }
                >
                    {shared(kind_options)}
                </select>
                <button
                    type="button"
                    class="btn"
                    data-testid="add-category"
                    disabled=full
                    on:click=move |_| state.dispatch(Action::AddCategory(new_kind.get_untracked()))
                >
                    {tr(|t| t.add_category)}
                </button>
            </div>
        </section>
    }
}

/// "Kategori … dihapus. Batalkan": offered after a card is removed, while nothing else has
/// changed; it takes the focus the removed card's button had.
#[component]
fn UndoRemove() -> impl IntoView {
    let state = use_app();
    let offer = move || {
        state
            .undo
            .with(|u| u.as_ref().map(|u| u.index))
            .filter(|_| {
                state.undo.with(|u| {
                    u.as_ref()
                        .is_some_and(|u| state.plan.with(|p| *p == u.after))
                })
            })
    };
    let button = NodeRef::<Button>::new();
    effect(move || {
        if let Some(b) = button.get() {
            let _ = b.focus();
        }
    });
    let undo = move |_| {
        if let Some(u) = state.undo.get_untracked() {
            if state.plan.with_untracked(|p| *p == u.after) {
                state.plan.set(u.before);
            }
        }
        state.undo.set(None);
    };
    shared(move || {
        offer().map(|index| {
            view! {
                <div
                    class="alert alert--info no-print"
                    role="status"
                    data-testid="undo-remove-notice"
                >
                    <p>
                        {move || {
                            state
                                .undo
                                .with(|u| {
                                    u.as_ref()
                                        .and_then(|u| u.before.categories.get(index))
                                        .map(|c| (state
                                            .t()
                                            .removed)(&category_name(state.lang.get(), c)))
                                })
                                .unwrap_or_default()
                        }}
                    </p>
                    <button
                        type="button"
                        class="btn"
                        data-testid="undo-remove"
                        node_ref=button
                        on:click=undo
                    >
                        {tr(|t| t.undo)}
                    </button>
                </div>
            }
            .into_any()
        })
    })
}

//! One worker category as a card: how many people, which scheme, wage or income,
//! programs, risk class, funding source, sector and account code.

pub(crate) mod naming;
pub(crate) mod setup;

use super::caution_list::caution_items;
use crate::calc::category::CategoryId;
use crate::calc::caution::Severity;
use crate::calc::plan::{Action, CategoryEdit};
use crate::codec::input::{parse_count, parse_optional_count, parse_rupiah};
use crate::report::format;
use crate::report::texts::names::category_name;
use crate::report::texts::page::texts;
pub use crate::ui::card_state::Card;
use crate::ui::fields::TextField;
use crate::ui::shared::shared;
use crate::ui::state::{tr_signal, Undo};
use leptos::prelude::*;
use naming::Naming;
use setup::Setup;

/// The card of one category of the plan.
#[component]
pub fn CategoryCard(
    /// The category, by id: the card stays the same card while others come and go.
    id: CategoryId,
) -> impl IntoView {
    let card = Card::new(id);
    let Card { state, index, .. } = card;
    let t = move || state.t();
    // DOM ids and test hooks name the position, as they always have.
    let field = move |name: &'static str| card.field(name);
    let is_pu = move || card.is_pu();
    let title = move || category_name(state.lang.get(), &card.cat());
    let summary = move || {
        let lang = state.lang.get();
        let at = index.get();
        state.outcome.with(|o| {
            o.as_ref().and_then(|o| o.categories.get(at?)).map(|c| {
                format!(
                    "{} {} · {} {}",
                    lang.rupiah(c.cost.per_person.programs.total().total()),
                    texts(lang).a_person_a_month,
                    lang.rupiah(c.cost.period.total().total()),
                    lang.period_phrase(state.plan.with(|p| p.period.months))
                )
            })
        })
    };
    // The warnings about this category, beside it (RULES.md §3 Dana Desa, §7 ages).
    let warnings = move || {
        caution_items(state, move |c| {
            c.category() == index.get() && c.severity() > Severity::Info
        })
    };
    let heading_id = field("cat-title");
    let (category_id, remove_id) = (field("category"), field("remove"));
    // A card with people asks once more before it goes ("Hapus 40 orang?"); leaving the
    // button or Escape takes the question back. The list then offers "Batalkan" as well.
    let confirming = RwSignal::new(false);
    let people = move || card.cat().insured;
    let remove_label = move || {
        if confirming.get() {
            (t().remove_confirm)(&state.lang.get().count(people()))
        } else {
            t().remove.to_string()
        }
    };
    view! {
        <article
            class="cat"
            aria-labelledby=move || heading_id.get()
            data-testid=move || category_id.get()
        >
            <header class="cat__head">
                <h3 id=move || heading_id.get()>{shared(title)}</h3>
                <button
                    type="button"
                    class="btn btn--quiet no-print"
                    data-testid=move || remove_id.get()
                    class:btn--confirm=move || confirming.get()
                    aria-label=move || format!("{} {}", remove_label(), title())
                    on:blur=move |_| confirming.set(false)
                    on:keydown=move |e| {
                        if e.key() == "Escape" {
                            confirming.set(false);
                        }
                    }
                    on:click=move |_| {
                        if people() > 0 && !confirming.get_untracked() {
                            confirming.set(true);
                            return;
                        }
                        confirming.set(false);
                        if let Some(i) = index.get_untracked() {
                            // Kept for "Batalkan" under the list (the list's own offer).
                            let before = state.plan.get_untracked();
                            state.dispatch(Action::RemoveCategory(id));
                            let after = state.plan.get_untracked();
                            state.undo.set(Some(Undo { index: i, before, after }));
                        }
                    }
                >
                    {shared(remove_label)}
                </button>
            </header>
            <p class="cat__summary" aria-live="polite">{shared(move || summary().unwrap_or_default())}</p>
            <ul class="cautions cat__cautions" data-testid=move || format!("cautions-of-category-{}", index.get().unwrap_or_default()) aria-live="polite">
                {shared(warnings)}
            </ul>
            <div class="row">
                <TextField
                    lang=state.lang
                    on_invalid=state.field_marker()
                    id=field("insured")
                    label=tr_signal(|t| t.insured)
                    value=card.shown(|c| c.insured.to_string())
                    on_text=card.edit_with(parse_count, CategoryEdit::Insured)
                    placeholder=tr_signal(|t| t.count_placeholder)
                    inputmode="numeric"
                />
                <TextField
                    lang=state.lang
                    on_invalid=state.field_marker()
                    id=field("population")
                    label=tr_signal(|t| t.population)
                    value=card.shown(|c| c.population.map(|p| p.to_string()).unwrap_or_default())
                    on_text=card.edit_with(parse_optional_count, CategoryEdit::Population)
                    hint=tr_signal(|t| t.population_hint)
                    inputmode="numeric"
                />
            </div>
            <TextField
                lang=state.lang
                on_invalid=state.field_marker()
                id=field("base")
                label=Signal::derive(move || if is_pu() { t().wage.to_string() } else { t().income.to_string() })
                value=card.shown(|c| format::INDONESIAN.number(c.base.amount(), 2))
                on_text=card.edit_with(parse_rupiah, CategoryEdit::Base)
                hint=Signal::derive(move || if is_pu() { String::new() } else { state.cited(|t| t.income_hint) })
                inputmode="decimal"
            />
            <Setup card=card />
            <Naming card=card />
        </article>
    }
}

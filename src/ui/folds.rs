//! The fields under the first screen's folds (issue 26): a card's scheme and programs, its
//! name and account code, the 30 % figures and the assumptions. Each `<details>` is closed
//! when the page opens, so the first answer does not need what is inside; the fields are a
//! part of their own, fetched with the later parts and drawn into their folds when it arrives.
//! A closed fold has no height, so nothing moves; a fold opened before then says the fields
//! are on their way, or that they could not be loaded, with a retry.
//!
//! This is how a fold waits for its fields; what they are is `fold_fields`, which the page
//! hands over when it starts ([`install`] without the `split` feature, [`provide`] with it),
//! so that the folds' components can use this without importing their own fields.

use super::card_state::Card;
use super::later::LoadFailed;
use super::shared::{effect, shared};
use super::state::tr;
use leptos::prelude::*;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// How each fold's fields are drawn.
pub struct FoldFields {
    /// A card's oldest age, scheme, programs, risk class or sector, and funding source.
    pub setup: fn(Card) -> AnyView,
    /// A card's name and account code.
    pub naming: fn(Card) -> AnyView,
    /// The belanja, bengkok and siltap of the 30 % check.
    pub thirty: fn() -> AnyView,
    /// The assumptions: death rate, year first insured, the PP 50/2025 relief.
    pub assumptions: fn() -> AnyView,
}

/// Fetches the folds' part (`fold_fields`).
pub type Fetch = fn() -> Pin<Box<dyn Future<Output = Result<&'static FoldFields, LoadFailed>>>>;

thread_local! {
    /// The fields, once their part has arrived.
    static HERE: Cell<Option<&'static FoldFields>> = const { Cell::new(None) };
    /// The last download failed (a retry asks again).
    static FAILED: Cell<bool> = const { Cell::new(false) };
    /// Told when the part arrives or fails, so the folds and the page redraw.
    static CHANGED: ArcTrigger = ArcTrigger::new();
    /// Where the part comes from, when it is not here yet.
    static SOURCE: Cell<Option<Fetch>> = const { Cell::new(None) };
}

/// The fields are here: drawn at once.
pub fn install(fields: &'static FoldFields) {
    HERE.with(|h| h.set(Some(fields)));
    CHANGED.with(|c| c.notify());
}

/// The fields come from a part that [`load`] fetches with `fetch`.
pub fn provide(fetch: Fetch) {
    SOURCE.with(|s| s.set(Some(fetch)));
}

/// The fields once they are here; reactive.
fn fields_here() -> Option<&'static FoldFields> {
    CHANGED.with(|c| c.track());
    HERE.with(Cell::get)
}

/// The last download failed; reactive.
fn failed() -> bool {
    CHANGED.with(|c| c.track());
    FAILED.with(Cell::get)
}

/// Whether the part has arrived or failed (reactive): the page is complete only then.
pub fn settled() -> bool {
    fields_here().is_some() || failed()
}

/// Fetches the part (once; again after a failure); nothing to do when the fields are here.
pub async fn load() {
    if HERE.with(Cell::get).is_some() {
        return;
    }
    let Some(fetch) = SOURCE.with(Cell::get) else {
        return;
    };
    FAILED.with(|f| f.set(false));
    CHANGED.with(|c| c.notify());
    match fetch().await {
        Ok(fields) => HERE.with(|h| h.set(Some(fields))),
        Err(LoadFailed) => FAILED.with(|f| f.set(true)),
    }
    CHANGED.with(|c| c.notify());
}

/// Which fold's fields to draw.
#[derive(Clone, Copy)]
pub enum Fold {
    /// A card's choices.
    Setup(Card),
    /// A card's name and code.
    Naming(Card),
    /// The 30 % figures.
    Thirty,
    /// The assumptions.
    Assumptions,
}

impl Fold {
    /// Its fields, drawn from the part.
    fn draw(self, fields: &'static FoldFields) -> AnyView {
        match self {
            Fold::Setup(card) => (fields.setup)(card),
            Fold::Naming(card) => (fields.naming)(card),
            Fold::Thirty => (fields.thirty)(),
            Fold::Assumptions => (fields.assumptions)(),
        }
    }
}

/// A fold's fields, drawn once they are here; meanwhile a line that says they are on their
/// way, or that they could not be loaded, with a retry button. Not generic: every fold shares
/// one copy of this code (issue 26).
pub fn fold_body(fold: Fold) -> impl IntoView {
    // When the part arrives, each fold draws its fields in a task of its own, so a plan of
    // many cards does not draw them all in one long task; a fold made after that draws at once.
    let turn = RwSignal::new(untrack(fields_here).is_some());
    effect(move || {
        if fields_here().is_some() && !turn.get_untracked() {
            set_timeout(move || turn.set(true), Duration::ZERO);
        }
    });
    let ready = move || if turn.get() { fields_here() } else { None };
    shared(move || match (ready(), failed()) {
        (Some(fields), _) => fold.draw(fields),
        (None, true) => view! {
            <p class="note" role="status">
                {tr(|t| t.deferred_failed)}
                " "
                <button
                    type="button"
                    class="btn btn--quiet"
                    on:click=|_| leptos::task::spawn_local(load())
                >
                    {tr(|t| t.deferred_retry)}
                </button>
            </p>
        }
        .into_any(),
        (None, false) => view! {
            <p class="note" role="status">
                {tr(|t| t.deferred_loading)}
            </p>
        }
        .into_any(),
    })
}

//! What every part of a card reads (its category and where it is in the plan now) and how
//! it edits the category.

use crate::calc::category::{Category, CategoryId, Scheme};
use crate::calc::plan::{Action, CategoryEdit};
use crate::codec::input::InputError;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

/// One card's view of the plan.
#[derive(Clone, Copy)]
pub struct Card {
    /// Which category the card edits: every edit names it, never its position.
    pub id: CategoryId,
    /// The app.
    pub state: AppState,
    /// Where the card's category is in the plan now (None once it is removed).
    pub index: Memo<Option<usize>>,
    /// The category (a default one once it is removed).
    pub cat: Memo<Category>,
}

impl Card {
    /// The card of the category `id`.
    pub fn new(id: CategoryId) -> Self {
        let state = use_app();
        let index = Memo::new(move |_| state.plan.with(|p| p.position_of(id)));
        let cat = Memo::new(move |_| {
            state
                .plan
                .with(|p| index.get().and_then(|i| p.categories.get(i).cloned()))
                .unwrap_or_default()
        });
        Card {
            id,
            state,
            index,
            cat,
        }
    }

    /// The category now.
    pub fn cat(self) -> Category {
        self.cat.get()
    }

    /// Whether the category is insured as a wage earner (PU).
    pub fn is_pu(self) -> bool {
        self.cat().scheme == Scheme::Pu
    }

    /// A DOM id and test hook: `name` and the card's position, as they always have been.
    pub fn field(self, name: &'static str) -> Signal<String> {
        let index = self.index;
        Signal::derive(move || format!("{name}-{}", index.get().unwrap_or_default()))
    }

    /// A value of the category as a field shows it.
    pub fn shown(self, text: fn(&Category) -> String) -> Signal<String> {
        Signal::derive(move || text(&self.cat()))
    }

    /// Applies an edit to the card's category, wherever it is in the list by now (nothing,
    /// once it is removed).
    pub fn edit(self, e: CategoryEdit) {
        self.state.dispatch(Action::Edit(self.id, e));
    }

    /// A text field's callback: parses the text and applies the edit, or says what is wrong.
    pub fn edit_with<T: 'static>(
        self,
        parse: fn(&str) -> Result<T, InputError>,
        make: fn(T) -> CategoryEdit,
    ) -> Callback<String, Option<InputError>> {
        Callback::new(move |text: String| match parse(&text) {
            Ok(v) => {
                self.edit(make(v));
                None
            }
            Err(e) => Some(e),
        })
    }

    /// A free-text field's callback: every text is valid.
    pub fn edit_text(
        self,
        make: fn(String) -> CategoryEdit,
    ) -> Callback<String, Option<InputError>> {
        Callback::new(move |text: String| {
            self.edit(make(text));
            None
        })
    }

    /// A select's callback: applies the edit its value stands for.
    pub fn choose(self, make: fn(&str) -> Option<CategoryEdit>) -> Callback<String> {
        Callback::new(move |value: String| {
            if let Some(e) = make(&value) {
                self.edit(e);
            }
        })
    }
}

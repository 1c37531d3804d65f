//! What arrives after the first answer without a view of its own (issue 26): English, fetched
//! when first chosen, and the formulas (the wording behind the first screen's figures, and how
//! every figure's explanation is drawn), fetched with the later parts. Apart from `deferred`
//! (the parts with views), so that a figure can ask for its formula without importing the
//! components that draw figures.
//!
//! With the `split` feature each is a split point cut into its own chunk by
//! `scripts/split_wasm.mjs`; without it both are simply here.

use crate::calc::{Outcome, Plan};
use crate::report::explain::{Explanation, Topic};
use crate::report::lang::Lang;
use crate::ui::state::AppState;
use leptos::prelude::AnyView;

/// A part's code could not be downloaded.
#[derive(Clone, Copy, Debug)]
pub struct LoadFailed;

#[cfg(any(feature = "split", feature = "split-rekap"))]
impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// English: its texts and sentences are a part of their own, fetched when first chosen.
#[cfg(feature = "split")]
#[::leptos::wasm_split::wasm_split(english, wasm_split_path = ::leptos::wasm_split, fallible)]
fn english_page() -> Result<crate::report::texts::page::English, LoadFailed> {
    Ok(crate::report::texts::page::english_page())
}

/// Makes English available to the text tables: with `split` its part is fetched the first
/// time (again after a failure); without, it is already here.
pub async fn load_english() -> Result<(), LoadFailed> {
    #[cfg(feature = "split")]
    {
        use crate::report::texts::page::english;
        if !english::is_here() {
            english::install(english_page().await?);
        }
    }
    Ok(())
}

/// Words the formula of a first-screen figure (`report::explain::topic`).
pub type WordFormula = fn(Lang, &Plan, &Outcome, Topic) -> Explanation;

/// Draws an opened figure's explanation in the panel of the given id.
pub type DrawPanel = fn(AppState, String, Explanation) -> AnyView;

/// What the formulas part holds.
#[derive(Clone, Copy)]
pub struct Formulas {
    /// The wording behind every figure of the first screen.
    pub word: WordFormula,
    /// How any figure's explanation is drawn.
    pub panel: DrawPanel,
}

/// The formulas, as the part (or, without `split`, the main module) has them.
const FORMULAS_HELD: Formulas = Formulas {
    word: crate::report::explain::topic,
    panel: super::formula_panel::panel,
};

/// The formulas: a part of their own.
#[cfg(feature = "split")]
#[::leptos::wasm_split::wasm_split(formulas, wasm_split_path = ::leptos::wasm_split, fallible)]
fn formulas_part() -> Result<Formulas, LoadFailed> {
    Ok(FORMULAS_HELD)
}

/// The formulas once they are here (always, without `split`).
#[must_use]
pub fn formulas_here() -> Option<Formulas> {
    #[cfg(feature = "split")]
    {
        FORMULAS.get().copied()
    }
    #[cfg(not(feature = "split"))]
    {
        Some(FORMULAS_HELD)
    }
}

#[cfg(feature = "split")]
static FORMULAS: std::sync::OnceLock<Formulas> = std::sync::OnceLock::new();

/// The formulas: with `split` their part is fetched the first time (again after a failure).
pub async fn formulas() -> Result<Formulas, LoadFailed> {
    if let Some(here) = formulas_here() {
        return Ok(here);
    }
    #[cfg(feature = "split")]
    {
        let arrived = formulas_part().await?;
        let _ = FORMULAS.set(arrived);
        Ok(arrived)
    }
    #[cfg(not(feature = "split"))]
    {
        Err(LoadFailed)
    }
}

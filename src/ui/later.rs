//! What arrives after the first answer without a view of its own (issue 26): English, fetched
//! when first chosen, and the wording of the first screen's formulas, fetched with the later
//! parts. Apart from `deferred` (the parts with views), so that a figure can ask for its
//! formula without importing the components that draw figures.
//!
//! With the `split` feature each is a split point cut into its own chunk by
//! `scripts/split_wasm.mjs`; without it both are simply here.

use crate::calc::{Outcome, Plan};
use crate::report::explain::{Explanation, Topic};
use crate::report::lang::Lang;

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

/// The formulas: the wording behind every figure of the first screen is a part of its own.
#[cfg(feature = "split")]
#[::leptos::wasm_split::wasm_split(formulas, wasm_split_path = ::leptos::wasm_split, fallible)]
fn formulas_part() -> Result<WordFormula, LoadFailed> {
    Ok(crate::report::explain::topic)
}

/// The formulas once they are here (always, without `split`).
#[must_use]
pub fn formulas_here() -> Option<WordFormula> {
    #[cfg(feature = "split")]
    {
        FORMULAS.get().copied()
    }
    #[cfg(not(feature = "split"))]
    {
        Some(crate::report::explain::topic)
    }
}

#[cfg(feature = "split")]
static FORMULAS: std::sync::OnceLock<WordFormula> = std::sync::OnceLock::new();

/// The formulas: with `split` their part is fetched the first time (again after a failure).
pub async fn formulas() -> Result<WordFormula, LoadFailed> {
    if let Some(word) = formulas_here() {
        return Ok(word);
    }
    #[cfg(feature = "split")]
    {
        let word = formulas_part().await?;
        let _ = FORMULAS.set(word);
        Ok(word)
    }
    #[cfg(not(feature = "split"))]
    {
        Err(LoadFailed)
    }
}

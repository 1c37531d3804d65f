//! Parts of the village page that are downloaded after the first answer is on screen
//! (issue 13): the presets, the capacity planner, protection, budget lines, scenarios and the
//! print sheet.
//!
//! With the `split` feature (release build only) each part is a split point: its code goes
//! into its own wasm chunk, cut out of the release build by `scripts/split_wasm.mjs`, and the
//! page fetches it once the totals are drawn. A part that cannot be fetched (offline on a first
//! visit, a flaky line) says so with a retry button, and the rest of the page keeps working.
//! Without the feature (`cargo test`, `trunk serve`, the wasm-bindgen tests) every part is
//! drawn at once, exactly as before.
//!
//! No layout shift: parts are revealed in page order (one that arrives early waits for those
//! above it), only the next part waiting shows its placeholder, and the footer below them comes
//! when every part is settled ([`Pending`]).
//!
//! The split points use `wasm_split` with its `fallible` option rather than `leptos::lazy`,
//! whose wrapper panics when a chunk fails to load, and a panic aborts the whole module.

use super::components::budget_lines::BudgetLines;
use super::components::capacity_panel::CapacityPanel;
use super::components::preset_picker::PresetPicker;
use super::components::print_sheet::PrintSheet;
use super::components::protection::Protection;
use super::components::scenario_panel::ScenarioPanel;
use crate::calc::{Outcome, Plan};
use crate::report::explain::{Explanation, Topic};
use crate::report::lang::Lang;
use leptos::prelude::*;

/// A part of the page that may arrive after the first answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// "Mulai dari program nyata": presets with their sources (not needed for the first
    /// answer, which is the user's own plan).
    Presets,
    /// "Berapa orang yang dapat dilindungi?"
    Capacity,
    /// Benefits and expected payouts.
    Protection,
    /// RAB lines and the CSV download.
    BudgetLines,
    /// Saved scenarios, their comparison, and the scenario file.
    Scenarios,
    /// The A4 sheet, drawn only for printing.
    PrintSheet,
}

impl Part {
    /// Stable name for tests and styles (`data-part`, `deferred--{name}`).
    pub fn name(self) -> &'static str {
        match self {
            Part::Presets => "presets",
            Part::Capacity => "capacity",
            Part::Protection => "protection",
            Part::BudgetLines => "budget-lines",
            Part::Scenarios => "scenarios",
            Part::PrintSheet => "print-sheet",
        }
    }
}

/// A part's code could not be downloaded.
#[derive(Clone, Copy, Debug)]
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// One split point per part: with `split`, `$name` becomes an async fn that first loads the
/// chunk `$chunk` (a failure is `Err(LoadFailed)`, not a panic); without it, a plain fn.
macro_rules! split_point {
    ($name:ident, $chunk:ident, $view:expr) => {
        #[cfg_attr(
            feature = "split",
            ::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $name() -> Result<AnyView, LoadFailed> {
            Ok($view.into_any())
        }
    };
}

split_point!(presets, presets, view! { <PresetPicker /> });
split_point!(capacity, capacity, view! { <CapacityPanel /> });
split_point!(protection, protection, view! { <Protection /> });
split_point!(budget_lines, budget_lines, view! { <BudgetLines /> });
split_point!(scenarios, scenarios, view! { <ScenarioPanel /> });
split_point!(print_sheet, print_sheet, view! { <PrintSheet /> });

/// English: its texts and sentences are a part of their own, fetched when first chosen.
#[cfg(feature = "split")]
#[::leptos::wasm_split::wasm_split(english, wasm_split_path = ::leptos::wasm_split, fallible)]
fn english_page() -> Result<&'static crate::report::texts::page::Language, LoadFailed> {
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

/// Fetches the part's chunk (once; again after a failure) and draws it.
#[cfg(feature = "split")]
async fn load(part: Part) -> Result<AnyView, LoadFailed> {
    match part {
        Part::Presets => presets().await,
        Part::Capacity => capacity().await,
        Part::Protection => protection().await,
        Part::BudgetLines => budget_lines().await,
        Part::Scenarios => scenarios().await,
        Part::PrintSheet => print_sheet().await,
    }
}

/// Draws the part at once: without `split` its code is in the main module.
#[cfg(not(feature = "split"))]
fn draw(part: Part) -> AnyView {
    let drawn = match part {
        Part::Presets => presets(),
        Part::Capacity => capacity(),
        Part::Protection => protection(),
        Part::BudgetLines => budget_lines(),
        Part::Scenarios => scenarios(),
        Part::PrintSheet => print_sheet(),
    };
    drawn.unwrap_or_else(|LoadFailed| ().into_any())
}

/// Draws `parts` (in page order) once their code is here: a placeholder meanwhile, a message
/// with a retry button if a download fails.
#[component]
pub fn DeferredParts(
    /// The parts, in page order.
    parts: &'static [Part],
    /// Told when each part is first settled.
    pending: Pending,
) -> impl IntoView {
    #[cfg(not(feature = "split"))]
    {
        let _ = pending;
        parts.iter().map(|&p| draw(p)).collect_view()
    }
    #[cfg(feature = "split")]
    {
        split::parts_in_order(parts, pending)
    }
}

mod pending;
#[cfg(feature = "split")]
mod split;

pub use pending::Pending;

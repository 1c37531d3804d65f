//! Parts of the village page that are downloaded after the first answer is on screen
//! (issue 13): the presets, the capacity planner, protection, budget lines, scenarios and the
//! print sheet; and one fetched only when the user opens it, "Pilih desa" ([`PickVillage`]).
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
use super::components::village_picker::VillagePicker;
use crate::report::texts::page::Texts;
use leptos::prelude::*;

pub use super::later::LoadFailed;

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
    /// "Pilih desa" (issue 22): fetched only when the user opens it.
    VillagePicker,
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
            Part::VillagePicker => "village-picker",
        }
    }

    /// Whether the user asked for it (fetched at once) rather than the page fetching it after
    /// the first answer (one part at a time, when the browser is idle).
    pub fn asked_for(self) -> bool {
        matches!(self, Part::VillagePicker)
    }
}

/// A page's part that may arrive later: its name, whether the user asked for it, and how its
/// code is fetched and drawn. The village page's [`Part`]s and the rekap page's parts
/// (`ui::rekap::later`) share the placeholders, retry and idle turns of [`DeferredParts`].
pub trait Later: Copy + Send + Sync + 'static {
    /// Whether this page's build cuts its parts into chunks (its split feature is on).
    const SPLIT: bool;
    /// Stable name for tests and styles (`data-part`, `deferred--{name}`).
    fn name(self) -> &'static str;
    /// Whether the user asked for it (fetched at once) rather than the page fetching it when
    /// the browser is idle, one part at a time.
    fn asked_for(self) -> bool;
    /// Fetches its chunk (once; again after a failure) and draws it. Without the split feature
    /// the future is ready at once.
    fn load(self) -> impl std::future::Future<Output = Result<AnyView, LoadFailed>>;
    /// The page's words for a part on its way, in its language (a reactive read).
    fn words() -> impl Fn() -> LaterWords + Copy + Send + Sync + 'static;
    /// Draws `parts` as its page's build does: one by one as they arrive (with the split
    /// feature, [`split::parts_in_order`]), else at once ([`split::drawn_now`]). Each page
    /// says which, so no view type is erased for both.
    fn draw(parts: &'static [Self], pending: Pending) -> impl IntoView;
}

/// What a part on its way says: while it loads, when it failed, and its retry button.
#[derive(Clone, Copy)]
pub struct LaterWords {
    /// While its code is downloaded (read by screen readers).
    pub loading: &'static str,
    /// Its code could not be downloaded.
    pub failed: &'static str,
    /// The retry button.
    pub retry: &'static str,
}

/// A part being fetched and drawn.
pub type Loading =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<AnyView, LoadFailed>>>>;

impl Later for Part {
    const SPLIT: bool = cfg!(feature = "split");

    fn name(self) -> &'static str {
        Part::name(self)
    }

    fn asked_for(self) -> bool {
        Part::asked_for(self)
    }

    fn load(self) -> impl std::future::Future<Output = Result<AnyView, LoadFailed>> {
        load(self)
    }

    fn draw(parts: &'static [Self], pending: Pending) -> impl IntoView {
        village_draw(parts, pending)
    }

    fn words() -> impl Fn() -> LaterWords + Copy + Send + Sync + 'static {
        village_words(|t| t.deferred_loading, |t| t.deferred_failed)
    }
}

/// Draws village-page parts as its build does: one by one as they arrive (with `split`), else
/// at once.
pub fn village_draw<P: Later>(parts: &'static [P], pending: Pending) -> impl IntoView {
    #[cfg(feature = "split")]
    {
        split::parts_in_order(parts, pending)
    }
    #[cfg(not(feature = "split"))]
    {
        let _ = pending;
        parts.iter().map(|&p| split::drawn_now(p)).collect_view()
    }
}

/// The village page's words for a part on its way, its own while loading and when failed.
pub fn village_words(
    loading: fn(&'static Texts) -> &'static str,
    failed: fn(&'static Texts) -> &'static str,
) -> impl Fn() -> LaterWords + Copy + Send + Sync + 'static {
    let state = super::state::use_app();
    move || {
        let t = state.t();
        LaterWords {
            loading: loading(t),
            failed: failed(t),
            retry: t.deferred_retry,
        }
    }
}

/// One split point per part: with `split`, `$name` becomes an async fn that first loads the
/// chunk of the same name (a failure is `Err(LoadFailed)`, not a panic), and `$fetch`, if
/// named, one that only downloads it; without it, a plain fn.
macro_rules! split_point {
    ($name:ident, $view:expr) => {
        #[cfg_attr(
            feature = "split",
            ::leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $name() -> Result<AnyView, LoadFailed> {
            Ok($view.into_any())
        }
    };
    ($name:ident, $fetch:ident, $view:expr) => {
        #[cfg_attr(
            feature = "split",
            ::leptos::wasm_split::wasm_split(
                $name,
                wasm_split_path = ::leptos::wasm_split,
                fallible,
                preload($fetch)
            )
        )]
        fn $name() -> Result<AnyView, LoadFailed> {
            Ok($view.into_any())
        }
    };
}

split_point!(presets, fetch_presets, view! { <PresetPicker /> });
split_point!(capacity, fetch_capacity, view! { <CapacityPanel /> });
split_point!(protection, fetch_protection, view! { <Protection /> });
split_point!(budget_lines, fetch_budget_lines, view! { <BudgetLines /> });
split_point!(scenarios, fetch_scenarios, view! { <ScenarioPanel /> });
split_point!(print_sheet, fetch_print_sheet, view! { <PrintSheet /> });
split_point!(village_picker, view! { <VillagePicker /> });

/// Starts downloading the code of every part the page fetches by itself, one after another
/// without waiting: on a slow line the downloads overlap instead of each waiting until the
/// part above is drawn. Each part is still drawn at its turn, one at a time; a failed download
/// is not kept, so the part's own load tries again (and shows its retry if that fails too).
#[cfg(feature = "split")]
pub async fn fetch_all() {
    start(fetch_presets()).await;
    start(fetch_capacity()).await;
    start(fetch_protection()).await;
    start(fetch_budget_lines()).await;
    start(fetch_scenarios()).await;
    start(fetch_print_sheet()).await;
}

/// Starts one download, then lets the browser run what waits: starting one makes a promise
/// for each of the few dozen chunks its part needs, and all six in one task made a long one.
#[cfg(feature = "split")]
async fn start(download: impl std::future::Future + 'static) {
    leptos::task::spawn_local(async move {
        let _ = download.await;
    });
    super::browser::yield_now().await;
}

/// Without `split` every part's code is in the main module: nothing to fetch.
#[cfg(not(feature = "split"))]
pub async fn fetch_all() {}

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
        Part::VillagePicker => village_picker().await,
    }
}

/// Draws the part: without `split` its code is in the main module.
#[cfg(not(feature = "split"))]
async fn load(part: Part) -> Result<AnyView, LoadFailed> {
    match part {
        Part::Presets => presets(),
        Part::Capacity => capacity(),
        Part::Protection => protection(),
        Part::BudgetLines => budget_lines(),
        Part::Scenarios => scenarios(),
        Part::PrintSheet => print_sheet(),
        Part::VillagePicker => village_picker(),
    }
}

/// Draws `parts` (in page order) once their code is here: a placeholder meanwhile, a message
/// with a retry button if a download fails. Without the page's split feature they are drawn
/// at once.
#[component]
pub fn DeferredParts<P: Later>(
    /// The parts, in page order.
    parts: &'static [P],
    /// Told when each part is first settled.
    pending: Pending,
) -> impl IntoView {
    P::draw(parts, pending)
}

/// "Pilih desa": a button under the village's name; the picker's part (code, then the
/// registry's data) is fetched the first time it is opened, with the parts' own "memuat…"
/// placeholder and retry message. Opening it again draws it afresh from the plan.
#[component]
pub fn PickVillage() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="btn btn--quiet no-print"
            data-testid="village-picker"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {super::state::tr(|t| t.pick_village)}
        </button>
        {super::shared::when(
            move || open.get(),
            || {
                let pending = Pending::new::<Part>(1);
                view! { <DeferredParts parts=&[Part::VillagePicker] pending /> }.into_any()
            },
        )}
    }
}

mod pending;
pub mod split;

pub use pending::Pending;

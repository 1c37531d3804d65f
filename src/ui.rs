//! The Leptos app: components named after what the user sees, over the `calc` core.

pub mod app;
pub mod browser;
pub mod card_state;
pub mod components;
pub mod deferred;
pub mod fields;
mod fold_fields;
pub mod folds;
mod form_part;
mod formula_panel;
pub mod keyed;
pub mod later;
pub mod office;
pub mod page;
pub mod panic_log;
// Not in the village page's build (feature `split`): the rekap's code, though never called
// there, changed how the shared generic code of the village page was optimised (+0.4 KB).
#[cfg(not(feature = "split"))]
pub mod rekap;
pub mod scenario;
pub mod share_file;
pub mod shared;
pub mod state;

pub use app::App;

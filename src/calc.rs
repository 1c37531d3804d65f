//! The pure calculation core: premiums, budget fit and benefit coverage.
//!
//! Nothing here may import Leptos, web-sys, wasm-bindgen or gloo: the core is
//! compiled and tested natively with `cargo test --no-default-features`.

pub mod benefit;
pub mod budget;
pub mod capacity;
pub mod category;
pub mod chart;
pub mod explain;
pub mod format;
pub mod input;
pub mod lang;
pub mod money;
pub mod outcome;
pub mod period;
pub mod plan;
pub mod premium;
pub mod rates;
pub mod rekap;

pub use outcome::{calculate, Outcome};
pub use plan::Plan;
pub mod csv;
pub mod preset;
pub mod qr;
pub mod rab;
pub mod scenario_file;
pub mod share;

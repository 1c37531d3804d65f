//! The pure calculation core: premiums, budget fit and benefit coverage.
//!
//! Nothing here may import Leptos, web-sys, wasm-bindgen or gloo: the core is
//! compiled and tested natively with `cargo test --no-default-features`.

pub mod money;
pub mod period;
pub mod rates;
pub mod category;
pub mod premium;
pub mod benefit;
pub mod budget;
pub mod plan;
pub mod outcome;

pub use outcome::{calculate, Outcome};
pub use plan::Plan;
pub mod input;
pub mod format;
pub mod explain;
pub mod lang;
pub mod chart;

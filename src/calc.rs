//! The domain: premiums, budget fit and benefit coverage of a village's plan.
//!
//! The lowest of the three pure layers: it uses neither `codec` nor `report`. Nothing here
//! may import Leptos, web-sys, wasm-bindgen or gloo: the core is compiled and tested
//! natively with `cargo test --no-default-features`.

pub mod benefit;
pub mod budget;
pub mod capacity;
pub mod category;
pub mod caution;
pub mod code;
pub mod comparison;
pub mod head_count_memo;
pub mod keyed_map;
pub mod law;
pub mod money;
pub mod outcome;
pub mod period;
pub mod place;
pub mod plan;
pub mod premium;
pub mod preset;
pub mod program;
pub mod rates;
pub mod rekap;

pub use outcome::{calculate, Outcome};
pub use plan::Plan;

//! The pure calculation core: premiums, budget fit and benefit coverage.
//!
//! Nothing here may import Leptos, web-sys, wasm-bindgen or gloo: the core is
//! compiled and tested natively with `cargo test --no-default-features`.

pub mod money;

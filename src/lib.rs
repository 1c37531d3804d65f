//! Kalkulator Iuran Jamsostek Desa: BPJS Ketenagakerjaan premiums for village workers,
//! against the village budget, with the benefits they buy.
//!
//! `calc` is the pure calculation core (no browser types); `ui` is the Leptos app and
//! exists only with the `ui` feature.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod calc;
#[cfg(feature = "ui")]
pub mod ui;

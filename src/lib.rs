//! Kalkulator Iuran Jamsostek Desa: BPJS Ketenagakerjaan premiums for village workers,
//! against the village budget, with the benefits they buy.
//!
//! Three pure layers, compiled and tested natively (no browser types): `calc` the domain,
//! `codec` the parsers and file formats over it, `report` what the user reads over both.
//! `ui` is the Leptos app and exists only with the `ui` feature.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod calc;
pub mod codec;
pub mod report;
#[cfg(feature = "ui")]
pub mod ui;

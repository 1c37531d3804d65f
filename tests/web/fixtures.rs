//! Page fixtures shared by the browser tests.
pub mod calculator_page;

//! The rekap page's words now live in the pure half (`report::texts::rekap`); this path
//! stays until every caller names that module.

pub use crate::report::texts::rekap::*;

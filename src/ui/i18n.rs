//! The village page's words now live in the pure half (`report::texts::page`); this path
//! stays until every caller names that module.

pub use crate::report::texts::page::*;

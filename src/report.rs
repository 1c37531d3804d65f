//! What the user reads: texts per language, number formats, the formula behind every figure,
//! RAB lines, CSV sheets, chart geometry and the QR code.
//!
//! The top pure layer: it uses `calc` and `codec` (for share links); neither uses it.

pub mod chart;
pub mod comparison;
pub mod csv;
pub mod explain;
pub mod format;
pub mod lang;
pub mod observed;
pub mod qr;
pub mod rab;
pub mod rekap;
pub mod sheet;
pub mod texts;

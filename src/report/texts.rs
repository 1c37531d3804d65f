//! Every sentence the user reads, in one table per language for each page that shows it:
//! `formula` (the formulas and legal basis behind every figure, RAB and CSV words), `page`
//! (the village page), `rekap` (the rekap page, kept apart so the village page never
//! downloads its words). Both languages fill the same struct, so a missing translation is
//! a compile error. Sentences with numbers are functions that take them; figures that live
//! in the rate table or the plan limits are read from there, never typed again.

pub mod formula;
pub mod page;
pub mod presets;
pub mod rekap;

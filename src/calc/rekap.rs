//! Rekap for camat and DPMD offices: many villages at once, computed on the device.
//!
//! `villages_csv` reads the villages spreadsheet; `policy` combines one kabupaten `Plan`
//! with each village's own counts and ADD.

pub mod export;
pub mod policy;
pub mod scenario_villages;
pub mod selection;
pub mod summary;
pub mod villages_csv;

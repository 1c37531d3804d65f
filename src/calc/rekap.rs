//! Rekap for camat and DPMD offices: many villages at once, computed on the device.
//!
//! `village` is one village's row; `policy` combines one kabupaten `Plan` with each
//! village's own counts and ADD; `summary` adds them up; `selection` filters and sorts.

pub mod ahead;
pub mod policy;
pub mod selection;
pub mod summary;
pub mod village;

//! Reading and writing what the user types, links and files.
//!
//! Above `calc`, which it uses; it never uses `report`. Every parser here returns an error
//! value for bad input and never panics (they are fuzzed from outside).

pub mod file_names;
pub mod input;
pub mod kept_rekap;
pub mod office;
pub mod paste;
pub mod plan_source;
pub mod registry;
pub mod rekap_files;
pub mod rekap_policy;
pub mod saved_scenarios;
pub mod scenario_file;
pub mod scenario_villages;
pub mod share;
pub mod sheet_file;
pub mod village_edits;
pub mod villages_csv;
pub mod xlsx;

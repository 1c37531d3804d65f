//! Components, one per file, named after what the user sees.

pub mod budget_lines;
pub mod budget_share;
pub mod capacity_panel;
pub mod category_card;
pub mod caution_list;
pub mod cost_summary;
pub mod fields;
pub mod figure;
pub mod preset_picker;
pub mod print_sheet;
pub mod protection;
pub mod scenario_comparison;
pub mod scenario_panel;
pub mod village_form;
pub mod worker_list;

//! Components, one per file, named after what the user sees; a component of several parts
//! has them in a folder of its name. Those parts, and `Total`, are `#[component(transparent)]`:
//! drawn inside their section's view rather than type-erased on their own, which keeps the
//! download from growing with the split (about 1.3 KB of wasm).

pub mod budget_lines;
pub mod budget_share;
pub mod capacity_panel;
pub mod category_card;
pub mod caution_list;
pub mod cost_summary;
pub mod data_table;
pub mod figure;
pub mod page_notice;
pub mod plan_form;
pub mod preset_picker;
pub mod print_sheet;
pub mod protection;
pub mod rab_groups;
pub mod scenario_comparison;
pub mod scenario_panel;
pub mod summary_bar;
pub mod total;
pub mod village_form;
pub mod village_picker;
pub mod worker_list;

//! The Leptos app: components named after what the user sees, over the `calc` core.

pub mod app;
pub mod browser;
pub mod components;
pub mod crash_notice;
pub mod deferred;
pub mod keyed;
pub mod later;
pub mod office;
pub mod page;
pub mod rekap;
pub mod scenario;
pub mod share_file;
pub mod state;

pub use app::App;

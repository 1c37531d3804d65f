//! Component tests in a real browser (headless Chromium through wasm-bindgen-test):
//! mount the whole `App`, act as a user would, read what the page shows.
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod fixtures;

mod edit_by_category_id;
mod enter_worker_counts;
mod keep_typed_text;
mod keep_views_by_key;
mod open_formula;
mod reject_invalid_input;
mod reword_notices;
mod start_from_the_example;
mod switch_language;
mod undo_remove_category;
mod use_fields_anywhere;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

//! Browser entry point: log a panic's message to the console, and mount the app.

use leptos::prelude::{request_animation_frame, set_timeout};
use std::time::Duration;

fn main() {
    kalkulator::ui::panic_log::install();
    // Mount once the static header of index.html is on screen (two frames, then a fresh
    // task), so the first paint never waits for the app's first task even when the wasm
    // arrives early; the app then draws the same header in that task. Costs two frames.
    request_animation_frame(|| {
        request_animation_frame(|| {
            set_timeout(
                || leptos::mount::mount_to_body(kalkulator::ui::App),
                Duration::ZERO,
            )
        })
    });
}

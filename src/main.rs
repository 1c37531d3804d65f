//! Browser entry point: show a notice if the app ever panics, and mount the app.

fn main() {
    kalkulator::ui::crash_notice::install();
    leptos::mount::mount_to_body(kalkulator::ui::App);
}

//! Browser entry point of the rekap page (`rekap/index.html`): its own binary, so the village
//! page's download does not grow by the rekap's code.

fn main() {
    // Built without feature `split` (scripts/build-release); with it the rekap is left out.
    #[cfg(not(feature = "split"))]
    {
        kalkulator::ui::panic_log::install();
        leptos::mount::mount_to_body(kalkulator::ui::rekap::RekapApp);
    }
}

//! A panic's message in the browser's console, in the builds that have one (tests,
//! `trunk serve`). The notice the user sees when the app stops is `web/boot.js`'s: a panic
//! ends in a WebAssembly trap in every build, and the release build has no panic messages at
//! all (`-Cpanic=immediate-abort`, scripts/build-release), so there this hook is left out.

/// Installs the panic hook that logs the message to the console.
pub fn install() {
    #[cfg(not(panic = "immediate-abort"))]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}

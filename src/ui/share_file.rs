//! "Bagikan" beside a download (issue 24): the phone's share sheet (WhatsApp, e-mail, Drive)
//! with the same file, where the browser can share files (Chrome on Android, Safari); where it
//! cannot (most desktop browsers), nothing extra is drawn.

use crate::ui::browser;
use leptos::prelude::*;

/// The button, or nothing when this browser cannot share a file of type `mime`. `make` gives
/// the file's name and content at the moment of the tap.
pub fn share_button(
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    testid: &'static str,
    mime: &'static str,
    make: impl Fn() -> Option<(String, String)> + Copy + 'static,
) -> impl IntoView {
    browser::can_share_file("berkas.csv", mime).then(|| {
        let share = move |_| {
            if let Some((name, content)) = make() {
                // A closed share sheet is the user's answer: nothing to say.
                leptos::task::spawn_local(async move {
                    let _ = browser::share_file(&name, mime, &content).await;
                });
            }
        };
        view! {
            <button type="button" class="btn btn--quiet" data-testid=testid on:click=share>
                {label}
            </button>
        }
    })
}

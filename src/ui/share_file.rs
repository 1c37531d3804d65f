//! "Bagikan" beside a download (issue 24): the phone's share sheet (WhatsApp, e-mail, Drive)
//! with the same file, where the browser can share files (Chrome on Android, Safari); where it
//! cannot (most desktop browsers), nothing extra is drawn.

use crate::codec::sheet_file;
use crate::ui::browser;
use leptos::prelude::*;

/// "Bagikan" for a sheet drawn for printing (the element of id `sheet_id`), as one HTML file
/// that prints the same elsewhere; nothing when this browser cannot share an HTML file. `draw`
/// asks for the sheet to be drawn (true) and says it is no longer needed (false); `file` gives
/// the file's name and whole document from the page's styles and the sheet's HTML.
pub fn share_sheet_button(
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    testid: &'static str,
    sheet_id: &'static str,
    draw: impl Fn(bool) + Copy + 'static,
    file: impl Fn(&str, &str) -> Option<(String, String)> + Copy + 'static,
) -> impl IntoView {
    browser::can_share_file("lembar.html", HTML).then(|| {
        let share = move |_| {
            draw(true);
            leptos::task::spawn_local(async move {
                // The sheet is drawn on the next turn; its part may still be on its way (it is
                // fetched when the page is idle), so wait a little for it, not for ever.
                for _ in 0..SHEET_WAITS {
                    leptos::task::tick().await;
                    let html = browser::outer_html(sheet_id).filter(|h| h.contains("</table>"));
                    if let Some(html) = html {
                        draw(false);
                        let styles = sheet_file::sheet_styles(&browser::style_rules());
                        if let Some((name, content)) = file(&styles, &html) {
                            let _ = browser::share_file(&name, HTML, &content).await;
                        }
                        return;
                    }
                    browser::idle(100).await;
                }
                draw(false);
            });
        };
        view! {
            <button type="button" class="btn btn--quiet" data-testid=testid on:click=share>
                {label}
            </button>
        }
    })
}

/// The type of the shared sheet.
const HTML: &str = "text/html;charset=utf-8";

/// How many turns of about 0.1 s the sheet is waited for (then the tap does nothing: the
/// share sheet would be refused anyway once the tap is a few seconds old).
const SHEET_WAITS: u32 = 30;

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

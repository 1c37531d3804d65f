//! The safety net under "no panic reaches the user": if the app ever panics, the
//! WebAssembly instance stops, so the hook writes a plain notice into the page with a
//! link that reloads it (the plan is kept on the device by `scenario::keep_saved`).

use crate::report::lang::Lang;
use crate::report::texts::page::texts;

/// Installs the panic hook: log to the console, then show the notice.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show();
    }));
}

/// Puts the notice at the top of the page, in the page's current language. Built with
/// plain DOM calls: nothing of the stopped app can run any more.
pub fn show() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = match doc.document_element().map(|e| e.get_attribute("lang")) {
        Some(Some(code)) if code == Lang::En.code() => Lang::En,
        _ => Lang::Id,
    };
    let t = texts(lang);
    let (Ok(notice), Ok(text), Ok(link), Some(body)) = (
        doc.create_element("div"),
        doc.create_element("p"),
        doc.create_element("a"),
        doc.body(),
    ) else {
        return;
    };
    // The address without its fragment: a real reload that starts from the saved plan
    // (a link to the same address with a fragment would not reload the page).
    let here = doc
        .location()
        .and_then(|l| Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?)))
        .unwrap_or_default();
    let _ = notice.set_attribute("class", "alert alert--bad crash-notice");
    let _ = notice.set_attribute("role", "alert");
    let _ = notice.set_attribute("data-testid", "crash-notice");
    text.set_text_content(Some(t.crashed));
    let _ = link.set_attribute("href", if here.is_empty() { "." } else { &here });
    let _ = link.set_attribute("class", "btn");
    link.set_text_content(Some(t.reload));
    let _ = notice.append_child(&text);
    let _ = notice.append_child(&link);
    let _ = body.prepend_with_node_1(&notice);
}

//! What both pages (the village page and the rekap) do to the document: drop the static
//! header `index.html` painted first, and keep `<html lang>` and the tab title in step with
//! the language.

use crate::report::lang::Lang;
use leptos::prelude::*;

/// Removes the static header of `index.html`, which gave the first paint; the app draws it
/// again.
pub fn remove_boot_header() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot-header"))
    {
        boot.remove();
    }
}

/// Keeps `<html lang>` and the tab title (`title` of the language) in step with `lang`.
pub fn follow_language(lang: RwSignal<Lang>, title: fn(Lang) -> &'static str) {
    super::shared::effect(move || {
        let lang = lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            doc.set_title(title(lang));
        }
    });
}

/// Switches between Indonesian and English.
pub fn toggle_language(lang: RwSignal<Lang>) {
    lang.update(|l| *l = if *l == Lang::Id { Lang::En } else { Lang::Id });
}

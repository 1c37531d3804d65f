//! Thin adapters over browser APIs: local storage, the URL fragment, downloads, printing,
//! the clock and the clipboard. Each one fails softly (None / Err), never with a panic.

use crate::calc::period::{Date, LocalTime};
use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// Reads a local-storage item (None when absent or storage is unavailable).
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a local-storage item; false when storage is full or unavailable.
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Removes a local-storage item.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The URL fragment without its `#` (empty when there is none).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Replaces the URL fragment without adding a history entry or reloading.
pub fn set_fragment(fragment: &str) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let base = w
        .location()
        .href()
        .ok()
        .map(|h| h.split('#').next().unwrap_or_default().to_string());
    if let Some(base) = base {
        let url = if fragment.is_empty() {
            base
        } else {
            format!("{base}#{fragment}")
        };
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The page address without its fragment.
pub fn page_address() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Offers `content` as a file download; false when the browser refuses.
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    download_part(filename, mime, &wasm_bindgen::JsValue::from_str(content))
}

/// Offers `bytes` as a file download (a workbook); false when the browser refuses.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> bool {
    // A view of the wasm memory rather than a copy: the copy's binding would be a new import
    // in the village page's first download. SAFETY: `new Blob` copies the view, and nothing
    // between here and there allocates in wasm memory (which could move it).
    #[allow(unsafe_code)]
    let view = unsafe { js_sys::Uint8Array::view(bytes) };
    download_part(filename, mime, &view)
}

/// A download of one Blob part, a string or bytes. `new Blob` takes either; web-sys's
/// `_str_sequence` binding is used for both so the village page's glue gains no import.
fn download_part(filename: &str, mime: &str, part: &wasm_bindgen::JsValue) -> bool {
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// The HTML of the element with this id, as drawn now. (Read through `Reflect`, as the rules
/// below: each new browser binding adds to the JS every first visit downloads.)
pub fn outer_html(id: &str) -> Option<String> {
    let element = window()?.document()?.get_element_by_id(id)?;
    js_sys::Reflect::get(&element, &"outerHTML".into())
        .ok()?
        .as_string()
}

/// The rules of the page's style sheets, in order (a sheet the page may not read is left out).
pub fn style_rules() -> Vec<crate::codec::sheet_file::StyleRule> {
    use crate::codec::sheet_file::StyleRule;
    let get = |o: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(o, &key.into()).ok();
    let texts = |list: Option<wasm_bindgen::JsValue>| -> Vec<wasm_bindgen::JsValue> {
        let Some(list) = list else {
            return Vec::new();
        };
        // Read until the first missing item (its length would need one more binding); a style
        // sheet has some thousands of rules at most, and the bound guards a strange list.
        (0..100_000u32)
            .map(|i| js_sys::Reflect::get(&list, &i.into()))
            .take_while(|item| item.as_ref().is_ok_and(|v| !v.is_undefined()))
            .filter_map(Result::ok)
            .collect()
    };
    let text = |o: &wasm_bindgen::JsValue, key: &str| get(o, key).and_then(|v| v.as_string());
    let Some(document) = window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for sheet in texts(get(&document, "styleSheets")) {
        // Reading `cssRules` of another origin's sheet throws; ours never do.
        for rule in texts(get(&sheet, "cssRules")) {
            let media = get(&rule, "media").and_then(|m| text(&m, "mediaText"));
            match (media, get(&rule, "cssRules")) {
                (Some(media), Some(inner)) => out.push(StyleRule::Media {
                    media,
                    rules: texts(Some(inner))
                        .iter()
                        .filter_map(|r| text(r, "cssText"))
                        .collect(),
                }),
                _ => out.extend(text(&rule, "cssText").map(StyleRule::Plain)),
            }
        }
    }
    out
}

/// The local time now, to the minute: the browser's clock, which a test may fix.
pub fn now() -> LocalTime {
    let d = js_sys::Date::new_0();
    let part = |v: u32| u8::try_from(v).unwrap_or(0);
    LocalTime {
        date: Date::new(
            i32::try_from(d.get_full_year()).unwrap_or(i32::MAX),
            part(d.get_month() + 1),
            part(d.get_date()),
        ),
        hour: part(d.get_hours()),
        minute: part(d.get_minutes()),
    }
}

/// Today's local date: the browser's clock, which a test may fix.
pub fn today() -> Date {
    now().date
}

/// Copies text to the clipboard; false when the browser refused (the link is also shown
/// for copying by hand).
pub async fn copy(text: &str) -> bool {
    let Some(w) = window() else {
        return false;
    };
    let written = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(written).await.is_ok()
}

/// The text at `url` (relative to the page), or None when it cannot be fetched (offline and
/// not kept by the service worker, or a status other than 200).
pub async fn fetch_text(url: &str) -> Option<String> {
    let response = wasm_bindgen_futures::JsFuture::from(window()?.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Reads the first file chosen in a file input as text.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    file_text(&file, f64::INFINITY).await
}

/// The files of a file list, taken out before the list is emptied (it is live: clearing
/// the input or a new drop empties it).
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// A file's text, or None when it is over `max_bytes` or cannot be read as text.
pub async fn file_text(file: &web_sys::File, max_bytes: f64) -> Option<String> {
    if file.size() > max_bytes {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}

/// Calls `f` when the page starts matching print media (print preview, or a test that
/// emulates print), for browsers that switch media without a `beforeprint` event.
pub fn on_print_media(f: impl Fn() + 'static) {
    let Some(query) = window().and_then(|w| w.match_media("print").ok().flatten()) else {
        return;
    };
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
        move |event: web_sys::MediaQueryListEvent| {
            if event.matches() {
                f();
            }
        },
    );
    let _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    listener.forget();
}

/// A file's bytes, or None when it cannot be read.
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Resolves when the browser is next idle, or within `at_most_ms` (a fresh task where there is
/// no `requestIdleCallback`, as in Safari): work started then waits for input and paint.
pub async fn idle(at_most_ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(w) = window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(at_most_ms);
        if w.request_idle_callback_with_options(&resolve, &options)
            .is_err()
        {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `f` once the next frame is painted: the frame's callback, then a task of its own (a
/// zero timeout). A hidden page paints no frame, so `f` waits until the page is shown.
pub fn after_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO)
    });
}

/// Lets the browser run what waits (input, a frame to draw) before the rest of a long job: a
/// task of its own after a zero timeout.
pub async fn yield_now() {
    wait(0).await;
}

/// Resolves after `ms` milliseconds (a timeout), at once where there is no window.
pub async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_ok()
        });
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether this browser can share a file of type `mime` (the share sheet of a phone, e.g. to
/// WhatsApp); false where `navigator.canShare` is missing, as on most desktops.
pub fn can_share_file(name: &str, mime: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let has = |method: &str| {
        js_sys::Reflect::get(&navigator, &method.into()).is_ok_and(|f| f.is_function())
    };
    if !has("canShare") || !has("share") {
        return false;
    }
    share_data(name, mime, "").is_some_and(|data| navigator.can_share_with_data(&data))
}

/// The share data for one file of `content`.
fn share_data(name: &str, mime: &str, content: &str) -> Option<web_sys::ShareData> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let file = web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()?;
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    data.set_title(name);
    Some(data)
}

/// Opens the share sheet with the file; false when the browser refused or the user closed it.
pub async fn share_file(name: &str, mime: &str, content: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let Some(data) = share_data(name, mime, content) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(navigator.share_with_data(&data))
        .await
        .is_ok()
}

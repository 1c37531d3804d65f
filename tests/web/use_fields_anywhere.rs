//! The form toolkit (`ui::fields`) needs no page state: mounted with nothing but its own
//! signals and callbacks, a text field parses, keeps what was typed, says what is wrong
//! (linked for screen readers) and tells its owner when its text stops and starts reading.

use kalkulator::codec::input::parse_count;
use kalkulator::report::lang::Lang;
use kalkulator::ui::fields::TextField;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

async fn send(input: &HtmlInputElement, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn a_text_field_works_without_any_page_state() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("section").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let count = RwSignal::new(5u32);
    let invalid = RwSignal::new(None::<bool>);
    leptos::mount::mount_to(root.clone(), move || {
        view! {
            <TextField
                id="people".to_string()
                label="Jumlah orang".to_string()
                value=Signal::derive(move || count.get().to_string())
                on_text=Callback::new(move |text: String| match parse_count(&text) {
                    Ok(n) => {
                        count.set(n);
                        None
                    }
                    Err(e) => Some(e),
                })
                lang=RwSignal::new(Lang::En)
                on_invalid=Callback::new(move |bad| invalid.set(Some(bad)))
                hint="Orang".to_string()
                inputmode="numeric"
            />
        }
    })
    .forget();
    tick().await;
    let input: HtmlInputElement = root
        .query_selector("#people")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let label = root.query_selector("label[for=people]").unwrap().unwrap();
    assert_eq!(
        label.text_content().unwrap_or_default().trim(),
        "Jumlah orang"
    );
    assert_eq!(input.value(), "5");
    // A count that reads is applied and committed when the field is left.
    input.set_value("12");
    send(&input, "input").await;
    send(&input, "change").await;
    assert_eq!(
        (count.get_untracked(), invalid.get_untracked()),
        (12, Some(false))
    );
    // Text that does not read: kept as typed, the value falls back, and the field says why.
    input.set_value("12x");
    send(&input, "input").await;
    assert_eq!(input.value(), "12x");
    assert_eq!(
        (count.get_untracked(), invalid.get_untracked()),
        (12, Some(true))
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    assert_eq!(described, "people-error people-hint");
    let error = root.query_selector("#people-error").unwrap().unwrap();
    assert!(
        error.text_content().unwrap_or_default().contains("12"),
        "names the kept value"
    );
    // Corrected, the message goes and the owner hears the text reads again.
    input.set_value("7");
    send(&input, "input").await;
    assert_eq!(
        (count.get_untracked(), invalid.get_untracked()),
        (7, Some(false))
    );
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("people-hint")
    );
    root.remove();
}

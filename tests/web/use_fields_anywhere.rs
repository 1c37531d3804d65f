//! The form toolkit (`ui::fields`) needs no page state: mounted with nothing but its own
//! signals and callbacks, a text field parses, keeps what was typed, says what is wrong
//! (linked for screen readers) and tells its owner when its text stops and starts reading;
//! a select waits while its owner says so and names the lines that describe it.

use kalkulator::codec::input::parse_count;
use kalkulator::report::lang::Lang;
use kalkulator::ui::fields::{option_list, SelectField, SelectInput, TextField};
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

async fn send(input: &web_sys::EventTarget, kind: &str) {
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
    send(input.as_ref(), "input").await;
    send(input.as_ref(), "change").await;
    assert_eq!(
        (count.get_untracked(), invalid.get_untracked()),
        (12, Some(false))
    );
    // Text that does not read: kept as typed, the value falls back, and the field says why.
    input.set_value("12x");
    send(input.as_ref(), "input").await;
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
    send(input.as_ref(), "input").await;
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

#[wasm_bindgen_test]
async fn a_select_waits_for_its_owner_and_names_its_lines() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("section").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let province = RwSignal::new(String::new());
    let sheet = RwSignal::new(String::new());
    let waiting = Signal::derive(move || province.with(String::is_empty));
    leptos::mount::mount_to(root.clone(), move || {
        view! {
            <SelectField
                id="province".to_string()
                label="Provinsi".to_string()
                options=vec![
                    (String::new(), "Pilih".to_string()),
                    ("15".to_string(), "Jambi".to_string()),
                ]
                selected=province
                on_change=Callback::new(move |v| province.set(v))
            />
            {SelectInput {
                id: "sheet-0".to_string().into(),
                testid: Some("sheet"),
                label: "Lembar".to_string().into(),
                hint: Some("Yang dibaca".to_string().into()),
                described_by: Some("sheet-note"),
                disabled: Some(waiting),
                options: option_list(
                    vec![
                        ("0".to_string(), "Desa".to_string()),
                        ("1".to_string(), "Dusun".to_string()),
                    ],
                    "0",
                ),
                on_change: move |v: String| sheet.set(v),
                after: view! { <p id="sheet-note">"Catatan"</p> },
            }
                .view()}
        }
    })
    .forget();
    tick().await;
    let select = |id: &str| -> HtmlSelectElement {
        root.query_selector(&format!("#{id}"))
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    let (chooser, named) = (select("province"), select("sheet-0"));
    // The second select waits until a province is chosen; it has a hook of its own and is
    // described by its hint and the line after it, which stays inside the field.
    assert!(named.disabled());
    assert_eq!(named.get_attribute("data-testid").as_deref(), Some("sheet"));
    assert_eq!(
        named.get_attribute("aria-describedby").as_deref(),
        Some("sheet-0-hint sheet-note")
    );
    assert!(root.query_selector(".field #sheet-note").unwrap().is_some());
    let label = root.query_selector("label[for=sheet-0]").unwrap().unwrap();
    assert_eq!(label.text_content().unwrap_or_default().trim(), "Lembar");
    assert_eq!(named.value(), "0");
    chooser.set_value("15");
    send(chooser.as_ref(), "change").await;
    assert_eq!(province.get_untracked(), "15");
    assert!(!named.disabled());
    named.set_value("1");
    send(named.as_ref(), "change").await;
    assert_eq!(sheet.get_untracked(), "1");
    root.remove();
}

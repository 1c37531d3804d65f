//! The form toolkit (`ui::fields`) needs no page state: mounted with nothing but its own
//! signals and callbacks, a text field parses, keeps what was typed, says what is wrong
//! (linked for screen readers) and tells its owner when its text stops and starts reading;
//! a select waits while its owner says so and names the lines that describe it. The rekap
//! page's shared fields draw what the generic ones draw.

use kalkulator::codec::input::parse_count;
use kalkulator::report::lang::Lang;
use kalkulator::ui::fields::{
    no_line, option_list, SelectField, SelectInput, SharedSelectField, SharedTextInput, TextField,
    TextInput,
};
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

/// The HTML `view` draws, mounted alone, without Leptos' empty placeholders (`<!---->`, one
/// for each optional or erased piece, which neither the reader nor the styles see).
async fn drawn<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (HtmlElement, String) {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("section").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(root.clone(), view).forget();
    tick().await;
    let html = root.inner_html().replace("<!---->", "");
    (root, html)
}

#[wasm_bindgen_test]
async fn the_shared_fields_draw_what_the_generic_ones_draw() {
    let options = || {
        vec![
            (String::new(), "Semua".to_string()),
            ("a".to_string(), "Kecamatan A".to_string()),
        ]
    };
    let chosen = RwSignal::new("a".to_string());
    let (own, own_html) = drawn(move || {
        view! {
            <SelectField
                id="pick".to_string()
                label="Kecamatan".to_string()
                options=options()
                selected=chosen
                on_change=Callback::new(move |v| chosen.set(v))
            />
        }
    })
    .await;
    let (shared, shared_html) = drawn(move || {
        view! {
            <SharedSelectField
                id="pick".to_string()
                label="Kecamatan".to_string()
                options=options()
                selected=chosen
                on_change=Callback::new(move |v| chosen.set(v))
            />
        }
    })
    .await;
    assert_eq!(shared_html, own_html);
    let select: HtmlSelectElement = shared
        .query_selector("select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(select.value(), "a");
    select.set_value("");
    send(select.as_ref(), "change").await;
    assert_eq!(chosen.get_untracked(), "");
    own.remove();
    shared.remove();

    let text = RwSignal::new("x".to_string());
    let (own, own_html) = drawn(move || {
        TextInput {
            id: "share".to_string().into(),
            label: "Batas".to_string().into(),
            text: move || text.get(),
            on_input: move |v: String| text.set(v),
            invalid: move || text.with(|t| t == "x"),
            error: move || text.with(|t| t == "x").then(|| "Bukan angka".to_string()),
            warning: no_line,
            hint: Some("Persen".to_string().into()),
            inputmode: "decimal",
            placeholder: None,
            maxlength: (),
            on_commit: || {},
        }
        .view()
    })
    .await;
    let (shared, shared_html) = drawn(move || {
        SharedTextInput {
            id: "share".to_string().into(),
            label: "Batas".to_string().into(),
            text: Box::new(move || text.get()),
            on_input: Box::new(move |v: String| text.set(v)),
            invalid: std::sync::Arc::new(move || text.with(|t| t == "x")),
            error: Box::new(move || text.with(|t| t == "x").then(|| "Bukan angka".to_string())),
            hint: Some("Persen".to_string().into()),
            inputmode: "decimal",
            on_commit: std::sync::Arc::new(|| {}),
        }
        .view()
    })
    .await;
    assert_eq!(shared_html, own_html);
    assert!(
        shared_html.contains("aria-invalid=\"true\""),
        "{shared_html}"
    );
    let input: HtmlInputElement = shared
        .query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("1,5");
    send(input.as_ref(), "input").await;
    assert_eq!(text.get_untracked(), "1,5");
    assert!(shared.query_selector("[aria-invalid]").unwrap().is_none());
    own.remove();
    shared.remove();
}

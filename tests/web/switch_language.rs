//! The English switch changes words and number formats, and back.

use crate::fixtures::calculator_page::CalculatorPage;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn english_switch_changes_words_and_numbers() {
    let page = CalculatorPage::mount().await;
    assert_eq!(page.text("lang-toggle"), "English");
    page.click("lang-toggle").await;
    assert_eq!(page.text("lang-toggle"), "Bahasa Indonesia");
    assert_eq!(page.text("total-monthly"), "Rp112,476");
    let lang = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .get_attribute("lang");
    assert_eq!(lang.as_deref(), Some("en"));
    page.click("lang-toggle").await;
    assert_eq!(page.text("total-monthly"), "Rp112.476");
}

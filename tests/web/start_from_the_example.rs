//! A first visit shows the built-in plan as an example until the user changes something, and
//! head counts give counts as their example.

use crate::fixtures::calculator_page::CalculatorPage;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn the_example_is_marked_until_a_count_changes() {
    let page = CalculatorPage::mount().await;
    assert!(page.has("example-note"));
    assert_eq!(
        page.attr("insured-0", "placeholder").as_deref(),
        Some("mis. 9")
    );
    page.enter("insured-0", "3").await;
    assert!(!page.has("example-note"));
}

#[wasm_bindgen_test]
async fn a_count_that_is_not_a_number_gets_a_count_as_example() {
    let page = CalculatorPage::mount().await;
    page.enter("insured-0", "abc").await;
    let message = page.text_of_id("insured-0-error");
    assert!(
        message.starts_with("Bukan angka. Tulis bilangan bulat, mis. 9."),
        "{message}"
    );
    assert!(!message.contains("Rp"), "{message}");
}

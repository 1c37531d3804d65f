//! A village head enters head counts and amounts and reads the totals.

use crate::fixtures::calculator_page::CalculatorPage;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn default_village_shows_the_example_totals() {
    // Given the default plan: 1 kepala desa, 1 sekdes, 8 perangkat at the minimum siltap.
    let page = CalculatorPage::mount().await;
    // Then the totals are those of sources.md preset 5.
    assert_eq!(page.text("total-monthly"), "Rp112.476");
    assert_eq!(page.text("total-annual"), "Rp1.349.712");
    assert_eq!(page.text("people-protected"), "10");
}

#[wasm_bindgen_test]
async fn adding_100_pekerja_rentan_adds_rp1_680_000_a_month() {
    let page = CalculatorPage::mount().await;
    // When 100 pekerja rentan are entered.
    page.enter("insured-6", "100").await;
    // Then the month costs 100 × Rp16.800 more, and 110 people are protected.
    assert_eq!(page.text("total-monthly"), "Rp1.792.476");
    assert_eq!(page.text("total-annual"), "Rp21.509.712");
    assert_eq!(page.text("people-protected"), "110");
}

#[wasm_bindgen_test]
async fn add_share_appears_when_add_is_entered() {
    let page = CalculatorPage::mount().await;
    assert_eq!(page.text("add-share"), "–");
    // When ADD is typed the way people write it.
    page.enter("add-input", "Rp318,397 juta").await;
    // Then the premium from ADD is its share: 1.349.712 / 318.397.000 = 0,42 %.
    assert_eq!(page.text("add-share"), "0,42 %");
    assert_eq!(page.text("add-remaining"), "Rp317.047.288");
}

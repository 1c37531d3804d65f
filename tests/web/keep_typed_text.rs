//! The form follows the plan without losing what the user is typing: cards are kept by
//! their category, and a field shows the plan's value when it changes from elsewhere.

use crate::fixtures::calculator_page::CalculatorPage;
use leptos::task::tick;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn removing_a_card_keeps_the_text_another_card_holds() {
    let page = CalculatorPage::mount().await;
    // Given a pekerja rentan count still being typed ("abc" is not a count yet).
    page.enter("insured-6", "abc").await;
    // When the kepala desa card is removed (confirmed: it has people).
    page.click("remove-0").await;
    page.click("remove-0").await;
    // Then the pekerja rentan card, now sixth, still holds the text and its error.
    assert_eq!(page.value("insured-5"), "abc");
    assert_eq!(
        page.attr("insured-5", "aria-invalid").as_deref(),
        Some("true")
    );
    assert!(page.has("stale-notice"));
    // And correcting it there clears the stale notice.
    page.enter("insured-5", "3").await;
    assert!(!page.has("stale-notice"));
}

#[wasm_bindgen_test]
async fn a_scheme_switch_shows_the_new_base_and_typed_text_stays_as_typed() {
    let page = CalculatorPage::mount().await;
    // The BPD card starts on BPU at the lowest income level.
    assert_eq!(page.value("base-3"), "1.000.000");
    // When it is switched to PU, the base field shows the PU wage Plan::apply set.
    page.choose("scheme-3", "pu").await;
    // The field's own effect runs after the plan's: one more turn of the event loop.
    tick().await;
    assert_eq!(page.value("base-3"), "2.022.200");
    // A wage typed the way people write it is not rewritten under their fingers.
    page.enter("base-0", "3 jt").await;
    assert_eq!(page.value("base-0"), "3 jt");
}

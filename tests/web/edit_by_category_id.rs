//! A card edits its category by the category's id, not its place in the list: an edit made
//! after a card above it went changes that card's own category, and a removed card's
//! unreadable text no longer holds the results back.

use crate::fixtures::calculator_page::CalculatorPage;
use wasm_bindgen_test::wasm_bindgen_test;

/// Removes the first card (it has people: the first tap asks, the second removes).
async fn remove_first_card(page: &CalculatorPage) {
    page.click("remove-0").await;
    assert!(page.text("remove-0").starts_with("Yakin hapus?"));
    page.click("remove-0").await;
}

#[wasm_bindgen_test]
async fn an_edit_after_a_card_above_goes_changes_its_own_category() {
    let page = CalculatorPage::mount().await;
    let second = (page.text_of_id("cat-title-1"), page.value("insured-1"));
    let third = page.text_of_id("cat-title-2");
    assert_ne!(second.0, third);
    // The user is in the third card's count field when the first card goes.
    let field = page.input("insured-2");
    remove_first_card(&page).await;
    CalculatorPage::type_into(&field, "37").await;
    // The third category, now second in the list, has the new count;
    assert_eq!(page.text_of_id("cat-title-1"), third);
    assert_eq!(page.value("insured-1"), "37");
    assert_eq!(field.id(), "insured-1");
    // the category that moved into the edited field's old place is as it was.
    assert_eq!(
        (page.text_of_id("cat-title-0"), page.value("insured-0")),
        second
    );
}

#[wasm_bindgen_test]
async fn a_removed_card_with_unreadable_text_leaves_the_results_current() {
    let page = CalculatorPage::mount().await;
    page.enter("insured-0", "abc").await;
    assert!(page.has("stale-notice"));
    remove_first_card(&page).await;
    assert!(!page.has("stale-notice"));
}

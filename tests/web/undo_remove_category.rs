//! "Hapus" on a card can be taken back: the list offers "Batalkan" until something else changes.

use crate::fixtures::calculator_page::CalculatorPage;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn a_removed_category_comes_back_with_its_people() {
    let page = CalculatorPage::mount().await;
    let total = page.text("total-monthly");
    let name = page.text("category-0");
    // When the first card is removed (it has people: the first tap asks, the second removes),
    page.click("remove-0").await;
    assert_eq!(page.text("total-monthly"), total);
    assert!(page.text("remove-0").starts_with("Yakin hapus?"));
    page.click("remove-0").await;
    assert_ne!(page.text("total-monthly"), total);
    // the list says so and offers to undo it.
    assert!(page.text("undo-remove-notice").contains("dihapus"));
    // Undone, the card and the totals are back, and the offer is gone.
    page.click("undo-remove").await;
    assert_eq!(page.text("total-monthly"), total);
    assert_eq!(page.text("category-0"), name);
    assert!(!page.has("undo-remove-notice"));
}

#[wasm_bindgen_test]
async fn the_undo_offer_goes_once_the_plan_changes_otherwise() {
    let page = CalculatorPage::mount().await;
    page.click("remove-0").await;
    page.click("remove-0").await;
    assert!(page.has("undo-remove"));
    page.enter("insured-0", "7").await;
    assert!(!page.has("undo-remove"));
}

//! A notice already on screen is worded again when the language changes: it keeps what
//! happened, not the words of the language it was shown in.

use crate::fixtures::calculator_page::CalculatorPage;
use wasm_bindgen_test::wasm_bindgen_test;

// Regression: the undo offer kept the removed category's name as worded at removal, so
// after "English" it read "Category “Kepala desa” removed".
#[wasm_bindgen_test]
async fn the_undo_offer_is_reworded_when_the_language_changes() {
    let page = CalculatorPage::mount().await;
    // The first card has people: the first tap asks, the second removes.
    page.click("remove-0").await;
    page.click("remove-0").await;
    let before = page.text("undo-remove-notice");
    assert!(
        before.contains("Kategori “Kepala desa” dihapus"),
        "{before}"
    );
    page.click("lang-toggle").await;
    let after = page.text("undo-remove-notice");
    assert!(after.contains("Category “Village head” removed"), "{after}");
    page.click("lang-toggle").await;
    assert_eq!(page.text("undo-remove-notice"), before);
}

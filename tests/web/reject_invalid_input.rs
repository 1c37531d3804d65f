//! Bad input gets a message at the field; the last valid results stay on screen.

use crate::fixtures::calculator_page::CalculatorPage;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn text_in_a_count_is_rejected_at_the_field_and_totals_stay() {
    let page = CalculatorPage::mount().await;
    // When the kepala desa count is "abc".
    page.enter("insured-0", "abc").await;
    // Then the field says why, linked for screen readers, and results are marked stale.
    assert_eq!(
        page.attr("insured-0", "aria-invalid").as_deref(),
        Some("true")
    );
    let described = page
        .attr("insured-0", "aria-describedby")
        .unwrap_or_default();
    assert!(
        described.split(' ').any(|id| id == "insured-0-error"),
        "{described}"
    );
    assert!(!page.text_of_id("insured-0-error").is_empty());
    assert!(page.has("stale-notice"));
    assert_eq!(page.text("total-monthly"), "Rp112.476");
    // When it is corrected, the message and the stale notice go away.
    page.enter("insured-0", "2").await;
    assert_eq!(page.attr("insured-0", "aria-invalid"), None);
    assert!(!page.has("stale-notice"));
    assert_eq!(page.text("total-monthly"), "Rp125.580");
}

#[wasm_bindgen_test]
async fn negative_fractional_and_huge_counts_are_rejected() {
    let page = CalculatorPage::mount().await;
    for bad in ["-5", "1,5", "99999999"] {
        page.enter("insured-2", bad).await;
        assert_eq!(
            page.attr("insured-2", "aria-invalid").as_deref(),
            Some("true"),
            "{bad}"
        );
        assert_eq!(page.text("total-monthly"), "Rp112.476", "{bad}");
    }
}

#[wasm_bindgen_test]
async fn wage_typed_as_juta_is_accepted() {
    let page = CalculatorPage::mount().await;
    page.enter("base-0", "3 jt").await;
    // 0,24 % × 3.000.000 = 7.200; 0,30 % = 9.000; kades now 16.200 instead of 13.104.
    assert_eq!(page.text("total-monthly"), "Rp115.572");
}

#[wasm_bindgen_test]
async fn an_add_typo_keeps_the_committed_add_and_says_so() {
    let page = CalculatorPage::mount().await;
    // Given an ADD of 850 juta, entered and left,
    page.enter("add-input", "850 juta").await;
    page.leave("add-input").await;
    let share = page.text("add-share");
    // and then retyped: "3" reads (Rp3) while the user types on…
    page.enter("add-input", "3").await;
    assert_ne!(page.text("add-share"), share);
    // When the next key makes it a typo ("3l8 juta").
    page.enter("add-input", "3l8 juta").await;
    // Then the figures use the ADD the field had before, not the prefix,
    assert_eq!(page.text("add-share"), share);
    // the typed text stays for correction, and the message names the value in use.
    assert_eq!(page.value("add-input"), "3l8 juta");
    assert_eq!(
        page.attr("add-input", "aria-invalid").as_deref(),
        Some("true")
    );
    let message = page.text_of_id("add-input-error");
    assert!(message.contains("850.000.000"), "{message}");
    // And a correction is taken up.
    page.enter("add-input", "318 juta").await;
    assert_eq!(page.attr("add-input", "aria-invalid"), None);
    assert_eq!(page.value("add-input"), "318 juta");
}

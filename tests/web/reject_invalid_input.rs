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

//! Behind every number, a tap opens its formula and legal basis.

use crate::fixtures::calculator_page::CalculatorPage;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn tapping_the_annual_total_shows_its_formula() {
    let page = CalculatorPage::mount().await;
    assert_eq!(
        page.attr("total-annual", "aria-expanded").as_deref(),
        Some("false")
    );
    page.click("total-annual").await;
    assert_eq!(
        page.attr("total-annual", "aria-expanded").as_deref(),
        Some("true")
    );
    let panel = page.attr("total-annual", "aria-controls").unwrap();
    let text = page.text_of_id(&panel);
    assert!(text.contains("Kepala desa Rp157.248"), "{text}");
    assert!(text.contains("= Rp1.349.712"), "{text}");
}

#[wasm_bindgen_test]
async fn category_formula_cites_the_rounding_rule() {
    let page = CalculatorPage::mount().await;
    page.click("cat-period-0").await;
    let panel = page.attr("cat-period-0", "aria-controls").unwrap();
    let text = page.text_of_id(&panel);
    assert!(
        text.contains("Rp13.104 × 1 orang × 12 bulan = Rp157.248"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn program_and_source_cells_open_their_sums() {
    let page = CalculatorPage::mount().await;
    page.click("program-jkk-payer").await;
    let panel = page.attr("program-jkk-payer", "aria-controls").unwrap();
    let text = page.text_of_id(&panel);
    assert!(text.contains("JKK: Kepala desa "), "{text}");
    page.click("source-add").await;
    let panel = page.attr("source-add", "aria-controls").unwrap();
    let text = page.text_of_id(&panel);
    assert!(text.contains("= Rp1.349.712"), "{text}");
}

//! If the app ever panicked, the notice in the page's language offers a real reload.

use crate::fixtures::calculator_page::CalculatorPage;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn crash_notice_speaks_the_page_language_and_reloads_without_the_fragment() {
    let page = CalculatorPage::mount().await;
    page.click("lang-toggle").await;
    let document = web_sys::window().unwrap().document().unwrap();
    kalkulator::ui::crash_notice::show();
    let notice = document
        .query_selector("[data-testid=\"crash-notice\"]")
        .unwrap()
        .expect("the notice is on the page");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let text = notice.text_content().unwrap_or_default();
    assert!(text.contains("unexpected error"), "English notice: {text}");
    let href = notice
        .query_selector("a")
        .unwrap()
        .and_then(|a| a.get_attribute("href"))
        .unwrap_or_default();
    assert!(
        !href.is_empty() && !href.contains('#'),
        "reload link {href:?}"
    );
    notice.remove();
    page.click("lang-toggle").await;
    kalkulator::ui::crash_notice::show();
    let notice = document
        .query_selector("[data-testid=\"crash-notice\"]")
        .unwrap()
        .expect("the notice is on the page");
    let text = notice.text_content().unwrap_or_default();
    assert!(
        text.contains("kesalahan yang tidak terduga"),
        "Indonesian notice: {text}"
    );
    notice.remove();
}

//! An opened figure's explanation: its formula, one term per line on a phone, and its legal
//! basis. It comes with the formulas part (`later::formulas`), so the first download carries
//! only the button that opens it.

use crate::report::explain::Explanation;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Draws the explanation `e` in the panel `id`.
pub fn panel(state: AppState, id: String, e: Explanation) -> AnyView {
    let t = state.t();
    view! {
        <span class="fig__panel" id=id>
            <span class="fig__formula">
                <strong>{t.formula}": "</strong>
                {terms(&e.formula)
                    .into_iter()
                    .map(|term| view! { <span class="fig__term">{term}</span> })
                    .collect_view()}
            </span>
            <span class="fig__basis">
                <strong>{t.legal_basis}": "</strong>
                {e.basis}
            </span>
        </span>
    }
    .into_any()
}

/// A formula cut before each operator ("a + b = c" into "a", " + b", " = c"), so that a phone
/// shows one term per line; joined again, the pieces are the formula as written.
fn terms(formula: &str) -> Vec<String> {
    const OPERATORS: [&str; 3] = [" + ", " − ", " = "];
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some((at, op)) = OPERATORS
        .iter()
        .filter_map(|op| formula[from..].find(op).map(|i| (from + i, *op)))
        .min()
    {
        out.push(formula[start..at].to_string());
        start = at;
        from = at + op.len();
    }
    out.push(formula[start..].to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::terms;

    #[test]
    fn a_formula_is_cut_before_each_operator_and_joins_back() {
        let f = "Kepala desa Rp157.248 + Sekretaris Rp100 − Rp1 = Rp157.347";
        let t = terms(f);
        assert_eq!(
            t,
            [
                "Kepala desa Rp157.248",
                " + Sekretaris Rp100",
                " − Rp1",
                " = Rp157.347"
            ]
        );
        assert_eq!(t.concat(), f);
        assert_eq!(terms("Rp16.800 × 40 orang"), ["Rp16.800 × 40 orang"]);
    }
}

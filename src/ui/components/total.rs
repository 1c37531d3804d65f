//! One total of a section's list of totals (`<dl class="totals">`): its label, and its
//! figure as the children.

use leptos::prelude::*;

/// A labelled total.
#[component(transparent)]
pub fn Total(
    /// The label (reactive: it follows the language and the plan).
    #[prop(into)]
    label: TextProp,
    /// The section's main total, shown larger.
    #[prop(optional)]
    main: bool,
    /// The figure.
    children: Children,
) -> impl IntoView {
    view! {
        <div class=if main { "total total--main" } else { "total" }>
            <dt>{move || label.get().to_string()}</dt>
            <dd>{children()}</dd>
        </div>
    }
}

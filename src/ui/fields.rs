//! The form toolkit of both pages: a labelled text input, select and checkbox, each with
//! its label, hint and error wired for screen readers (`for`, `aria-describedby`,
//! `aria-invalid`). They take what they show and whom they tell as props, not a page's
//! state, so the village page, the rekap page and the office form share them.

mod select_input;
mod text_field;
mod text_input;

use leptos::prelude::*;
pub use select_input::{option_list, SelectInput};
pub use text_field::{TextField, TextFieldProps};
pub use text_input::{no_line, SharedTextInput, TextInput};

/// A field's label, for the input `id`.
fn field_label(id: Signal<String>, label: Signal<String>) -> impl IntoView {
    view! {
        <label class="field__label" for=move || id.get()>
            {move || label.get()}
        </label>
    }
}

/// A labelled select; options are (value, label) pairs. Kept apart from [`SelectInput`] (a
/// select with a test hook of its own, a further describing line, `disabled`, or options in
/// groups) so the village page's first download carries none of those.
#[component]
pub fn SelectField(
    /// DOM id and test hook (it may change, like a card's position).
    #[prop(into)]
    id: Signal<String>,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// Options as (value, label).
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The selected value.
    #[prop(into)]
    selected: Signal<String>,
    /// Called with the chosen value.
    on_change: Callback<String>,
    /// A line under the select (`{id}-hint`), read with it by screen readers.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
) -> impl IntoView {
    let hint_id = move || format!("{}-hint", id.get());
    let described = hint.is_some().then_some(hint_id);
    view! {
        <div class="field">
            {field_label(id, label)}
            <select
                class="field__input"
                id=move || id.get()
                data-testid=move || id.get()
                aria-describedby=described
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {move || option_list(options.get(), &selected.get())}
            </select>
            {hint
                .map(|h| {
                    view! {
                        <p class="field__hint" id=hint_id>
                            {move || h.get()}
                        </p>
                    }
                })}
        </div>
    }
}

/// Options beyond which a [`SharedSelectField`] draws its list a task later.
const LONG_LIST: usize = 300;

/// A [`SelectField`] drawn by the erased [`SelectInput`], the same markup: for a page whose
/// first download has that select already (the rekap page), so its selects share one copy of
/// a select's code rather than carry [`SelectField`]'s too.
#[component]
pub fn SharedSelectField(
    /// DOM id and test hook.
    #[prop(into)]
    id: Signal<String>,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// Options as (value, label).
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The selected value.
    #[prop(into)]
    selected: Signal<String>,
    /// Called with the chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    // The options are drawn again only when they or the choice differ, not each time a signal
    // they are derived from changes: the rekap's print scope lists every kecamatan (2,100 for
    // the whole country) and follows the settings, which every policy change writes.
    let options = Memo::new(move |_| options.get());
    let selected = Memo::new(move |_| selected.get());
    // A long list is drawn in a task of its own, after the one that brought it: three selects
    // of 2,100 kecamatan each took 135 ms of the task that draws a country's first totals.
    // Until then the select holds its first option and the one chosen.
    let drawn = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        let all = options.get();
        if all.len() <= LONG_LIST {
            if drawn.with_untracked(|d| *d != all) {
                drawn.set(all);
            }
            return;
        }
        let current = selected.get_untracked();
        let few = all
            .iter()
            .enumerate()
            .filter(|(i, (value, _))| *i == 0 || *value == current)
            .map(|(_, o)| o.clone())
            .collect();
        drawn.set(few);
        set_timeout(
            move || {
                // Unless a newer list came meanwhile (its own task draws it).
                if options.try_with_untracked(|now| *now == all) == Some(true) {
                    _ = drawn.try_set(all);
                }
            },
            std::time::Duration::ZERO,
        );
    });
    SelectInput {
        id,
        testid: None,
        label,
        hint: None,
        described_by: None,
        disabled: None,
        options: move || option_list(drawn.get(), &selected.get()),
        on_change: move |v| on_change.run(v),
        after: (),
    }
    .view()
}

/// A labelled checkbox.
#[component]
pub fn CheckField(
    /// DOM id and test hook (it may change, like a card's position).
    #[prop(into)]
    id: Signal<String>,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// Whether it is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state.
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="check">
            <input
                type="checkbox"
                id=move || id.get()
                data-testid=move || id.get()
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=move || id.get()>{move || label.get()}</label>
        </div>
    }
}

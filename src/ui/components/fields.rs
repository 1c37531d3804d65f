//! Form fields that keep what the user typed, validate it with the core and show the
//! error at the field (linked with `aria-describedby`), never overwriting the text.

use crate::codec::input::InputError;
use crate::ui::i18n::input_error;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// A labelled text input parsed by the core on every keystroke.
#[component]
pub fn TextField(
    /// DOM id; the error is `{id}-error`, the hint `{id}-hint`. Also the test hook.
    id: String,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// Text shown when the field first renders.
    initial: String,
    /// Parses and applies the text; returns the error to show, if any.
    on_text: Callback<String, Option<InputError>>,
    /// Help under the field.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// `inputmode` for phone keyboards: "numeric", "decimal" or "text".
    #[prop(default = "text")]
    inputmode: &'static str,
    /// Placeholder text.
    #[prop(optional, into)]
    placeholder: Option<Signal<String>>,
    /// The field is not part of the plan (a what-if question), so its errors do not mark
    /// the results as stale.
    #[prop(optional)]
    standalone: bool,
) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(initial);
    let error = RwSignal::new(None::<InputError>);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let has_hint = hint.is_some();
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            if has_hint {
                ids.push(hint_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let field_id = id.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        text.set(value.clone());
        let result = on_text.run(value);
        if !standalone {
            state.set_invalid(&field_id, result.is_some());
        }
        error.set(result);
    };
    let cleanup_id = id.clone();
    on_cleanup(move || state.set_invalid(&cleanup_id, false));
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label class="field__label" for=id.clone()>
                {move || label.get()}
            </label>
            <input
                class="field__input"
                id=id.clone()
                data-testid=id.clone()
                type="text"
                inputmode=inputmode
                autocomplete="off"
                prop:value=move || text.get()
                placeholder=move || placeholder.map(|p| p.get())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                on:input=on_input
            />
            <p class="field__error" id=error_id aria-live="polite">
                {move || error.get().map(|e| input_error(state.lang.get(), &e))}
            </p>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id>{move || h.get()}</p> })}
        </div>
    }
}

/// A labelled select; options are (value, label) pairs.
#[component]
pub fn SelectField(
    /// DOM id and test hook.
    id: String,
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
    view! {
        <div class="field">
            <label class="field__label" for=id.clone()>
                {move || label.get()}
            </label>
            <select
                class="field__input"
                id=id.clone()
                data-testid=id
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {move || {
                    let current = selected.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let is = value == current;
                            view! {
                                <option value=value selected=is>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn CheckField(
    /// DOM id and test hook.
    id: String,
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
                id=id.clone()
                data-testid=id.clone()
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{move || label.get()}</label>
        </div>
    }
}

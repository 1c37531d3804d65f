//! The text field: it keeps what the user typed, validates it with the core and shows the
//! error at the field (linked with `aria-describedby`), never overwriting the text.

use super::field_label;
use crate::codec::input::InputError;
use crate::report::texts::page::input_error;
use crate::ui::state::{use_app, FieldToken};
use leptos::prelude::*;

/// A labelled text input parsed by the core on every keystroke.
///
/// It shows `value` (the plan's value as text) when it first renders and again whenever that
/// value changes from outside (a preset, a link, a file, a scheme switch, the capacity
/// panel). A change the field's own text caused leaves the text as typed ("2000000" for
/// "2.000.000,00"), and while the text is invalid the plan, and so the text, stays put.
#[component]
pub fn TextField(
    /// DOM id; the error is `{id}-error`, the hint `{id}-hint`. Also the test hook. It may
    /// change (a card's position in the list).
    #[prop(into)]
    id: Signal<String>,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// The plan's value as text.
    #[prop(into)]
    value: Signal<String>,
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
    let value = Memo::new(move |_| value.get());
    let text = RwSignal::new(value.get_untracked());
    let error = RwSignal::new(None::<InputError>);
    let token = FieldToken::fresh();
    let mark = move |invalid: bool| {
        if !standalone {
            state.set_invalid(token, invalid);
        }
    };
    // The plan's value right after this field's own last edit: when the value arrives
    // there, the change came from the user's typing, not from outside.
    let own = StoredValue::new(None::<String>);
    Effect::new(move |prev: Option<String>| {
        let now = value.get();
        if prev.is_some_and(|p| p != now) {
            let typed_here = own.try_update_value(Option::take).flatten().as_ref() == Some(&now);
            if !typed_here {
                text.set(now.clone());
                error.set(None);
                mark(false);
            }
        }
        now
    });
    let error_id = move || format!("{}-error", id.get());
    let hint_id = move || format!("{}-hint", id.get());
    let has_hint = hint.is_some();
    let described_by = move || {
        let mut ids = Vec::new();
        if error.with(Option::is_some) {
            ids.push(error_id());
        }
        if has_hint {
            ids.push(hint_id());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        let result = on_text.run(typed);
        own.set_value(Some(value.get_untracked()));
        mark(result.is_some());
        error.set(result);
    };
    on_cleanup(move || state.set_invalid(token, false));
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            {field_label(id, label)}
            <input
                class="field__input"
                id=move || id.get()
                data-testid=move || id.get()
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

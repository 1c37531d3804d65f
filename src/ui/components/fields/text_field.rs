//! The text field: it keeps what the user typed, validates it with the core and shows the
//! error at the field (linked with `aria-describedby`), never overwriting the text.

use super::field_label;
use crate::codec::input::InputError;
use crate::report::texts::page::{input_error, texts};
use crate::ui::state::{use_app, FieldToken};
use leptos::prelude::*;

/// A labelled text input parsed by the core on every keystroke.
///
/// It shows `value` (the plan's value as text) when it first renders and again whenever that
/// value changes from outside (a preset, a link, a file, a scheme switch, the capacity
/// panel). A change the field's own text caused leaves the text as typed ("2000000" for
/// "2.000.000,00"). While the text does not read, the plan goes back to the value the user
/// last committed (had when the field took focus or left it, or that came from outside), not
/// to a half-typed prefix ("3" of "3l8 juta"), and the message under the field names it.
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
    /// The most characters the plan keeps (a name): a longer text says so at the field.
    #[prop(optional)]
    max_chars: Option<usize>,
) -> impl IntoView {
    let state = use_app();
    let value = Memo::new(move |_| value.get());
    let text = RwSignal::new(value.get_untracked());
    let error = RwSignal::new(None::<InputError>);
    // The value the figures fall back on while the text does not read; shown when it is used.
    let committed = StoredValue::new(value.get_untracked());
    let kept = RwSignal::new(None::<String>);
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
                committed.set_value(now.clone());
                error.set(None);
                kept.set(None);
                mark(false);
            }
        }
        now
    });
    let error_id = move || format!("{}-error", id.get());
    let hint_id = move || format!("{}-hint", id.get());
    let has_hint = hint.is_some();
    let long_id = move || format!("{}-long", id.get());
    let too_long = move || max_chars.is_some_and(|max| text.with(|t| t.chars().count() > max));
    let described_by = move || {
        let mut ids = Vec::new();
        if error.with(Option::is_some) {
            ids.push(error_id());
        }
        if too_long() {
            ids.push(long_id());
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
        if result.is_some() {
            let back = committed.get_value();
            if value.get_untracked() != back {
                // The committed text read before; if it no longer does, nothing changes.
                let _ = on_text.run(back.clone());
            }
            kept.set(Some(back));
        } else {
            kept.set(None);
        }
        own.set_value(Some(value.get_untracked()));
        mark(result.is_some());
        error.set(result);
    };
    // Focus and leaving the field (or Enter) commit what reads.
    let commit = move || {
        if error.with(Option::is_none) {
            committed.set_value(value.get_untracked());
        }
    };
    let message = move || {
        let e = error.get()?;
        let lang = state.lang.get();
        // A count's example is a count, not an amount of money.
        let mut line = if inputmode == "numeric" && e == InputError::NotANumber {
            texts(lang).not_a_count.to_string()
        } else {
            input_error(lang, &e)
        };
        if let Some(back) = kept.get() {
            let t = texts(lang);
            line.push(' ');
            if back.trim().is_empty() {
                line.push_str(t.kept_empty);
            } else {
                line.push_str(&(t.kept_value)(&back));
            }
        }
        Some(line)
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
                on:focus=move |_| commit()
                on:change=move |_| commit()
            />
            <p class="field__error" id=error_id aria-live="polite">
                {message}
            </p>
            {move || {
                too_long()
                    .then(|| {
                        let max = max_chars.unwrap_or_default();
                        view! {
                            <p class="field__hint field__hint--warn" id=long_id data-testid=long_id>
                                {move || (texts(state.lang.get()).name_cut)(max)}
                            </p>
                        }
                    })
            }}
            {hint.map(|h| view! { <p class="field__hint" id=hint_id>{move || h.get()}</p> })}
        </div>
    }
}

//! The text field of a value the core reads: it keeps what the user typed, validates it with
//! the core and shows the error at the field, never overwriting the text.

use super::TextInput;
use crate::codec::input::InputError;
use crate::report::lang::Lang;
use crate::report::texts::page::{input_error, texts};
use leptos::prelude::*;

/// A labelled text input parsed by the core on every keystroke.
///
/// It shows `value` (the value as text) when it first renders and again whenever that value
/// changes from outside (a preset, a link, a file, a scheme switch, the capacity panel). A
/// change the field's own text caused leaves the text as typed ("2000000" for
/// "2.000.000,00"). While the text does not read, the value goes back to the one the user
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
    /// The value as text.
    #[prop(into)]
    value: Signal<String>,
    /// Parses and applies the text; returns the error to show, if any.
    on_text: Callback<String, Option<InputError>>,
    /// The language the messages are worded in.
    lang: RwSignal<Lang>,
    /// Told whether the text fails to read, whenever that changes (and `false` when the
    /// field goes): the village page marks its results stale meanwhile. None: the field
    /// is not part of the plan (a what-if question).
    #[prop(optional)]
    on_invalid: Option<Callback<bool>>,
    /// Help under the field.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// `inputmode` for phone keyboards: "numeric", "decimal" or "text".
    #[prop(default = "text")]
    inputmode: &'static str,
    /// Placeholder text.
    #[prop(optional, into)]
    placeholder: Option<Signal<String>>,
    /// The most characters the value keeps (a name): a longer text says so at the field.
    #[prop(optional)]
    max_chars: Option<usize>,
) -> impl IntoView {
    let value = Memo::new(move |_| value.get());
    let text = RwSignal::new(value.get_untracked());
    let error = RwSignal::new(None::<InputError>);
    // The value the figures fall back on while the text does not read; shown when it is used.
    let committed = StoredValue::new(value.get_untracked());
    let kept = RwSignal::new(None::<String>);
    let mark = move |invalid: bool| {
        if let Some(c) = on_invalid {
            c.run(invalid);
        }
    };
    // The value right after this field's own last edit: when the value arrives there, the
    // change came from the user's typing, not from outside.
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
    let on_input = move |typed: String| {
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
    let on_commit = move || {
        if error.with(Option::is_none) {
            committed.set_value(value.get_untracked());
        }
    };
    let message = move || {
        let e = error.get()?;
        let lang = lang.get();
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
    let too_long = move || {
        let max = max_chars?;
        text.with(|t| t.chars().count() > max)
            .then(|| (texts(lang.get()).name_cut)(max))
    };
    on_cleanup(move || mark(false));
    TextInput {
        id,
        label,
        text: move || text.get(),
        on_input,
        invalid: move || error.with(Option::is_some),
        error: message,
        warning: too_long,
        hint,
        inputmode,
        placeholder,
        maxlength: (),
        on_commit,
    }
    .view()
}

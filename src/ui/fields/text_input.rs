//! The plain text input of both pages: a label, the input, and the lines under it, each
//! named by `aria-describedby` while it shows. What the text means is the caller's.

use super::field_label;
use crate::ui::shared::shared;
use leptos::prelude::*;
use std::sync::Arc;

/// A labelled text input whose text, error and warning the caller keeps.
///
/// Lines under it: the error (`{id}-error`, read out as it changes; while there is one the
/// field is marked invalid), a warning that leaves the text valid (`{id}-long`, also its
/// test hook) and the hint (`{id}-hint`). Generic over the caller's closures, so a page with
/// one kind of field (the village page's [`TextField`](super::TextField)) has no boxed
/// callbacks in between; a page with several kinds shares one copy of the code through
/// [`SharedTextInput`] (the rekap page's first download: 0.5 KB brotli less than two copies).
pub struct TextInput<Text, Input, Invalid, Error, Warning, Commit, Max = ()> {
    /// DOM id and test hook (it may change, like a card's position).
    pub id: Signal<String>,
    /// Label text.
    pub label: Signal<String>,
    /// What the input shows.
    pub text: Text,
    /// Called with the text at every keystroke.
    pub on_input: Input,
    /// Whether the text is wrong now.
    pub invalid: Invalid,
    /// The message under the field while the text is wrong.
    pub error: Error,
    /// A warning that leaves the text valid (a name longer than is kept), if any now.
    pub warning: Warning,
    /// Help under the field.
    pub hint: Option<Signal<String>>,
    /// `inputmode` for phone keyboards: "numeric", "decimal" or "text".
    pub inputmode: &'static str,
    /// Placeholder text.
    pub placeholder: Option<Signal<String>>,
    /// The most characters the browser lets the user type (`"160"`), or `()` for no limit: a
    /// type, not an `Option`, so the fields without one carry no code for the attribute
    /// (the village page's first download, issue 26).
    pub maxlength: Max,
    /// Called when the field takes the focus and when the user leaves it (or presses Enter).
    pub on_commit: Commit,
}

/// For a field that has no error or no warning.
pub fn no_line() -> Option<String> {
    None
}

impl<Text, Input, Invalid, Error, Warning, Commit, Max>
    TextInput<Text, Input, Invalid, Error, Warning, Commit, Max>
where
    Text: Fn() -> String + Send + Sync + 'static,
    Input: Fn(String) + 'static,
    Invalid: Fn() -> bool + Clone + Send + Sync + 'static,
    Error: Fn() -> Option<String> + Send + Sync + 'static,
    Warning: Fn() -> Option<String> + Clone + Send + Sync + 'static,
    Commit: Fn() + Clone + 'static,
    Max: leptos::attr::AttributeValue + 'static,
{
    /// The field's view.
    pub fn view(self) -> impl IntoView {
        let TextInput {
            id,
            label,
            text,
            on_input,
            invalid,
            error,
            warning,
            hint,
            inputmode,
            placeholder,
            maxlength,
            on_commit,
        } = self;
        let error_id = move || format!("{}-error", id.get());
        let hint_id = move || format!("{}-hint", id.get());
        let long_id = move || format!("{}-long", id.get());
        let has_hint = hint.is_some();
        let (invalid_now, warning_now) = (invalid.clone(), warning.clone());
        let described_by = move || {
            let (invalid, warning) = (&invalid_now, &warning_now);
            let mut ids = Vec::new();
            if invalid() {
                ids.push(error_id());
            }
            if warning().is_some() {
                ids.push(long_id());
            }
            if has_hint {
                ids.push(hint_id());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        };
        // Its value a String, as the other optional attributes are: one copy of their code.
        let aria_invalid = invalid.clone();
        let commit_on_focus = on_commit.clone();
        view! {
            <div class="field" class:field--invalid=invalid>
                {field_label(id, label)}
                <input
                    class="field__input"
                    id=move || id.get()
                    data-testid=move || id.get()
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    maxlength=maxlength
                    prop:value=text
                    placeholder=move || placeholder.map(|p| p.get())
                    aria-invalid=move || aria_invalid().then(|| "true".to_string())
                    aria-describedby=described_by
                    on:input=move |ev| on_input(event_target_value(&ev))
                    on:focus=move |_| commit_on_focus()
                    on:change=move |_| on_commit()
                />
                <p class="field__error" id=error_id aria-live="polite">
                    {shared(move || error().unwrap_or_default())}
                </p>
                {move || {
                    warning()
                        .map(|line| {
                            view! {
                                <p class="field__hint field__hint--warn" id=long_id data-testid=long_id>
                                    {line}
                                </p>
                            }
                                .into_any()
                        })
                }}
                {hint.map(|h| view! { <p class="field__hint" id=hint_id>{move || h.get()}</p> })}
            </div>
        }
    }
}

/// A [`TextInput`] with its closures boxed, for a page with several kinds of text field (the
/// rekap page): they all share one copy of the field's code.
pub struct SharedTextInput {
    /// DOM id and test hook.
    pub id: Signal<String>,
    /// Label text.
    pub label: Signal<String>,
    /// What the input shows.
    pub text: Box<dyn Fn() -> String + Send + Sync>,
    /// Called with the text at every keystroke.
    pub on_input: Box<dyn Fn(String)>,
    /// Whether the text is wrong now (shared by the view's closures, as is `on_commit`).
    pub invalid: Arc<dyn Fn() -> bool + Send + Sync>,
    /// The message under the field while the text is wrong.
    pub error: Box<dyn Fn() -> Option<String> + Send + Sync>,
    /// Help under the field.
    pub hint: Option<Signal<String>>,
    /// `inputmode` for phone keyboards: "numeric", "decimal" or "text".
    pub inputmode: &'static str,
    /// Called when the field takes the focus and when the user leaves it (or presses Enter).
    pub on_commit: Arc<dyn Fn()>,
}

impl SharedTextInput {
    /// The field's view (no placeholder, no warning, no length limit).
    pub fn view(self) -> impl IntoView {
        let SharedTextInput {
            id,
            label,
            text,
            on_input,
            invalid,
            error,
            hint,
            inputmode,
            on_commit,
        } = self;
        TextInput {
            id,
            label,
            text,
            on_input,
            invalid: move || invalid(),
            error,
            warning: no_line,
            hint,
            inputmode,
            placeholder: None,
            maxlength: (),
            on_commit: move || on_commit(),
        }
        .view()
    }
}

//! The select of both pages: a label, the select and the lines under it, each named by
//! `aria-describedby`. Which options it draws and what a choice does are the caller's.

use super::field_label;
use leptos::prelude::*;

/// A labelled select whose `<option>`s the caller draws (flat, or in `<optgroup>`s).
///
/// Generic over the options' view, the choice's handler and what follows the hint, like
/// [`TextInput`](super::TextInput): a page that draws plain options carries no code for
/// groups, and no boxed callbacks sit in between.
pub struct SelectInput<Options, Change, After> {
    /// DOM id; the hint is `{id}-hint`. Also the test hook unless `testid` says otherwise.
    pub id: Signal<String>,
    /// The test hook when it is not the id (one hook for a select in each of many rows).
    pub testid: Option<&'static str>,
    /// Label text.
    pub label: Signal<String>,
    /// A line under the select (`{id}-hint`), read with it by screen readers.
    pub hint: Option<Signal<String>>,
    /// The id of a further line that describes the choice (the rekap policy's summary).
    pub described_by: Option<&'static str>,
    /// Whether the select can be used now (None: always).
    pub disabled: Option<Signal<bool>>,
    /// The `<option>`s.
    pub options: Options,
    /// Called with the chosen value.
    pub on_change: Change,
    /// What belongs to the choice under its hint (its buttons), inside the field.
    pub after: After,
}

impl<Options, Change, After> SelectInput<Options, Change, After>
where
    Options: IntoView + 'static,
    Change: Fn(String) + 'static,
    After: IntoView + 'static,
{
    /// The field's view.
    pub fn view(self) -> impl IntoView {
        let SelectInput {
            id,
            testid,
            label,
            hint,
            described_by,
            disabled,
            options,
            on_change,
            after,
        } = self;
        let hint_id = move || format!("{}-hint", id.get());
        let has_hint = hint.is_some();
        let described = move || {
            let ids: Vec<String> = has_hint
                .then(hint_id)
                .into_iter()
                .chain(described_by.map(str::to_string))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        };
        view! {
            <div class="field">
                {field_label(id, label)}
                <select
                    class="field__input"
                    id=move || id.get()
                    data-testid=move || testid.map_or_else(|| id.get(), str::to_string)
                    aria-describedby=described
                    prop:disabled=move || disabled.is_some_and(|d| d.get())
                    on:change=move |ev| on_change(event_target_value(&ev))
                >
                    {options}
                </select>
                {hint
                    .map(|h| {
                        view! {
                            <p class="field__hint" id=hint_id>
                                {move || h.get()}
                            </p>
                        }
                    })} {after}
            </div>
        }
    }
}

/// `<option>`s of (value, label), with `current` selected.
pub fn option_list(list: Vec<(String, String)>, current: &str) -> impl IntoView {
    list.into_iter()
        .map(|(value, text)| {
            let selected = value == current;
            view! {
                <option value=value selected=selected>
                    {text}
                </option>
            }
        })
        .collect_view()
}

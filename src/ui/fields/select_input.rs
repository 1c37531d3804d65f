//! The select of both pages: a label, the select and the lines under it, each named by
//! `aria-describedby`. Which options it draws and what a choice does are the caller's.

use super::field_label;
use leptos::prelude::*;

/// A labelled select whose `<option>`s the caller draws (flat, or in `<optgroup>`s).
///
/// Generic over the options' view, the choice's handler and what follows the hint only at
/// the door: [`SelectInput::view`] erases them, so that the page's selects share one copy
/// of the field's code.
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
    /// The field's view: its options, handler and what follows erased, so every select of a
    /// page shares one copy of the field's code (the rekap page's first download).
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
        erased(SelectInput {
            id,
            testid,
            label,
            hint,
            described_by,
            disabled,
            options: options.into_any(),
            on_change: Box::new(on_change),
            after: after.into_any(),
        })
    }
}

/// The one copy of a select's view.
fn erased(field: SelectInput<AnyView, Box<dyn Fn(String)>, AnyView>) -> impl IntoView {
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
    } = field;
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

/// `<option>`s of (value, label), with `current` selected; erased, like the page's other lists.
pub fn option_list(list: Vec<(String, String)>, current: &str) -> Vec<AnyView> {
    list.into_iter()
        .map(|(value, text)| {
            let selected = value == current;
            view! {
                <option value=value selected=selected>
                    {text}
                </option>
            }
            .into_any()
        })
        .collect()
}

//! Two to four scenarios side by side, with the difference against the first: stacked on a
//! phone, in columns on a projector.

mod columns;

use crate::codec::plan_source::PlanSource;
use crate::report::comparison;
use crate::ui::scenario::Saved;
use crate::ui::state::tr_later;
use crate::ui::state::use_app;
use columns::columns;
use leptos::prelude::*;

/// Most scenarios compared at once.
const MAX: usize = 4;

/// The comparison: choose scenarios, see them side by side.
#[component]
pub fn ScenarioComparison(
    /// The scenarios saved on this device.
    saved: RwSignal<Vec<Saved>>,
) -> impl IntoView {
    let state = use_app();
    let chosen = RwSignal::new(Vec::<PlanSource>::new());
    // Every scenario that can be compared, built once per change for both the boxes and the
    // columns.
    let candidates = Memo::new(move |_| {
        saved.with(|s| comparison::candidates(state.lang.get(), state.plan.get(), s))
    });
    let toggle = move |source: PlanSource, on: bool| {
        chosen.update(|c| {
            c.retain(|x| x != &source);
            if on && c.len() < MAX {
                c.push(source);
            }
        })
    };
    let boxes = move || {
        let picked = chosen.get();
        let mut saved_index = 0;
        candidates
            .get()
            .into_iter()
            .map(|c| {
                let checked = picked.contains(&c.source);
                let disabled = !checked && picked.len() >= MAX;
                let box_id = box_id(&c.source, &mut saved_index);
                let source = c.source;
                view! {
                    <div class="check">
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            data-testid=box_id.clone()
                            prop:checked=checked
                            disabled=disabled
                            on:change=move |ev| toggle(source.clone(), event_target_checked(&ev))
                        />
                        <label for=box_id>{c.label}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let compared = move || {
        let picked = chosen.get();
        if picked.len() < 2 {
            return None;
        }
        Some(candidates.with(|all| columns(state, &picked, all)))
    };
    view! {
        <h3>{tr_later(|t| t.compare_title)}</h3>
        <p class="note">{tr_later(|t| t.compare_hint)}</p>
        <fieldset class="compare__pick">
            <legend class="visually-hidden">{tr_later(|t| t.compare_title)}</legend>
            {boxes}
        </fieldset>
        {compared}
    }
}

/// The id and test id of a scenario's box, as the tests and labels have always read them:
/// `cmp-current`, `cmp-preset-<id>`, and `cmp-saved-<n>` for the n-th saved scenario (its
/// share string is too long for an id); `saved_index` counts the saved ones so far.
fn box_id(source: &PlanSource, saved_index: &mut usize) -> String {
    match source {
        PlanSource::VillagePage => "cmp-current".into(),
        PlanSource::Preset(id) => format!("cmp-preset-{id}"),
        PlanSource::Saved(_) => {
            *saved_index += 1;
            format!("cmp-saved-{}", *saved_index - 1)
        }
        PlanSource::Default => "cmp-default".into(),
        PlanSource::File => "cmp-file".into(),
    }
}

//! The form column: "1. Desa & anggaran" with "Pilih desa", the presets under it, and
//! "2. Pekerja" with the category cards. With `split` it is a part of its own, downloaded
//! right after the first answer (`ui::form_part`).

use super::village_form::VillageForm;
use super::worker_list::WorkerList;
use crate::ui::deferred::{DeferredParts, Part, Pending, PickVillage};
use crate::ui::shared::when;
use leptos::prelude::*;

/// What the form shares with the page's steps (`ui::app`), as a context.
#[derive(Clone, Copy)]
pub struct FormSteps {
    /// Whether the page has come to its last step (the presets are drawn from then).
    pub rest: Memo<bool>,
    /// The presets on their way.
    pub presets: Pending,
    /// Turns true once the form is built (with `split`, once its part has arrived).
    pub built: RwSignal<bool>,
    /// Turns true once every card of the plan the page opened with is in the page.
    pub drawn: RwSignal<bool>,
}

/// The presets: their slot under the village section keeps its height (`.presets-slot`).
const PRESETS: &[Part] = &[Part::Presets];

/// The village fields, the presets and the worker cards.
#[component]
pub fn PlanForm() -> impl IntoView {
    let steps = expect_context::<FormSteps>();
    steps.built.set(true);
    let FormSteps {
        rest,
        presets,
        drawn,
        ..
    } = steps;
    // The village fields in a task after the one that brings the form's code, the workers
    // after the fields are painted: all in one were a long task on a slow phone (issue 26).
    // The form's slot keeps its space until the last card is drawn.
    let (fields, workers) = (RwSignal::new(false), RwSignal::new(false));
    set_timeout(
        move || {
            fields.set(true);
            crate::ui::browser::after_paint(move || workers.set(true));
        },
        std::time::Duration::ZERO,
    );
    view! {
        {when(
            move || fields.get(),
            || {
                view! {
                    <VillageForm>
                        <PickVillage />
                    </VillageForm>
                }
                    .into_any()
            },
        )}
        {when(
            move || workers.get(),
            move || {
                view! {
                    <div class="presets-slot no-print">
                        // The presets sit under "1. Desa & anggaran" (issue 23) in a slot whose
                        // height is kept from the first paint, so their late arrival moves
                        // nothing below.
                        {when(
                            move || rest.get(),
                            move || {
                                view! { <DeferredParts parts=PRESETS pending=presets /> }.into_any()
                            },
                        )}
                    </div>
                    <WorkerList drawn />
                }
                    .into_any()
            },
        )}
    }
}

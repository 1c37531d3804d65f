//! The split build's parts: each downloads at once and is revealed in page order, with a
//! placeholder while it loads and a message with a retry button if it fails.

use super::{load, Part, Pending};
use crate::ui::state::tr;
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Loading,
    Ready,
    Failed,
}

/// One part: where its download stands, and the drawn view until it is mounted.
#[derive(Clone, Copy)]
struct Slot {
    part: Part,
    phase: RwSignal<Phase>,
    view: StoredValue<Option<AnyView>, LocalStorage>,
}

impl Slot {
    fn settled(&self) -> bool {
        self.phase.get() != Phase::Loading
    }

    /// Starts a download; the view is built under `owner` (the contexts it reads), with no
    /// observer, so nothing it reads while being built re-runs this.
    fn load(self, owner: &Owner, pending: Option<Pending>) {
        self.phase.set(Phase::Loading);
        let task = owner.with(|| {
            ScopedFuture::new_untracked(async move {
                match load(self.part).await {
                    Ok(view) => {
                        self.view.set_value(Some(view));
                        self.phase.set(Phase::Ready);
                    }
                    Err(_) => self.phase.set(Phase::Failed),
                }
                if let Some(pending) = pending {
                    pending.one_settled();
                }
            })
        });
        leptos::task::spawn_local(task);
    }

    fn show(self, owner: Owner) -> impl IntoView {
        let name = self.part.name();
        move || match self.phase.get() {
            Phase::Loading => view! {
                <div
                    class=format!("deferred deferred--loading deferred--{name}")
                    data-testid="deferred-loading"
                    data-part=name
                >
                    <span class="visually-hidden" role="status">
                        {tr(|t| t.deferred_loading)}
                    </span>
                </div>
            }
            .into_any(),
            Phase::Failed => {
                let owner = owner.clone();
                view! {
                    <div
                        class="alert alert--bad deferred deferred--failed no-print"
                        role="alert"
                        data-testid="deferred-failed"
                        data-part=name
                    >
                        <p>{tr(|t| t.deferred_failed)}</p>
                        <button
                            type="button"
                            class="btn"
                            data-testid="deferred-retry"
                            on:click=move |_| self.load(&owner, None)
                        >
                            {tr(|t| t.deferred_retry)}
                        </button>
                    </div>
                }
                .into_any()
            }
            Phase::Ready => self
                .view
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or_else(|| ().into_any()),
        }
    }
}

/// All downloads start at once; part `i` is revealed once every part above it is settled.
pub(super) fn parts_in_order(parts: &'static [Part], pending: Pending) -> impl IntoView {
    let owner = Owner::current().unwrap_or_default();
    let slots: Vec<Slot> = parts
        .iter()
        .map(|&part| Slot {
            part,
            phase: RwSignal::new(Phase::Loading),
            view: StoredValue::new_local(None),
        })
        .collect();
    for slot in &slots {
        slot.load(&owner, Some(pending));
    }
    slots
        .iter()
        .enumerate()
        .map(|(i, &slot)| {
            let above = slots[..i].to_vec();
            // Latched: retrying a part above never hides this one again.
            let turn = Memo::new(move |shown: Option<&bool>| {
                shown.copied().unwrap_or(false) || above.iter().all(Slot::settled)
            });
            let owner = owner.clone();
            view! { <Show when=move || turn.get()>{slot.show(owner.clone())}</Show> }
        })
        .collect_view()
}

//! The split build's parts: each is revealed in page order, with a placeholder while it loads
//! and a message with a retry button if it fails. Any page's parts ([`Later`]).
//!
//! One part at a time, each when the browser is idle, and its view mounted in a task after the
//! one that built it: drawn all at once, the parts made tasks of 100–200 ms on a slow phone
//! right after the first answer (Lighthouse "total blocking time", issue 26).

use super::{Later, Pending};
use crate::ui::browser;
use crate::ui::later::LoadFailed;
use crate::ui::shared::{shared, when};
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use std::cell::Cell;

/// The longest a part (or the formulas and the folds' fields) waits for an idle moment before
/// it starts anyway.
pub const IDLE_WAIT_MS: u32 = 1000;

thread_local! {
    /// Whether a part is being fetched and drawn now.
    static DRAWING: Cell<bool> = const { Cell::new(false) };
}

/// The right to fetch and draw a part: one holder at a time, given at an idle moment.
struct Turn;

impl Turn {
    async fn wait() -> Turn {
        loop {
            browser::idle(IDLE_WAIT_MS).await;
            if !DRAWING.get() {
                DRAWING.set(true);
                return Turn;
            }
        }
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        DRAWING.set(false);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Loading,
    Ready,
    Failed,
}

/// One part: where its download stands, and the drawn view until it is mounted.
struct Slot<P: Later> {
    part: P,
    phase: RwSignal<Phase>,
    view: StoredValue<Option<AnyView>, LocalStorage>,
}

impl<P: Later> Clone for Slot<P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P: Later> Copy for Slot<P> {}

impl<P: Later> Slot<P> {
    fn settled(&self) -> bool {
        self.phase.get() != Phase::Loading
    }

    /// Starts a download (at its turn, unless the user asked for it); the view is built under
    /// `owner` (the contexts it reads), with no observer, so nothing it reads while being
    /// built re-runs this.
    fn load(self, owner: &Owner, pending: Option<Pending>, queued: bool) {
        self.phase.set(Phase::Loading);
        let task = owner.with(|| {
            ScopedFuture::new_untracked(async move {
                let _turn = if queued {
                    Some(Turn::wait().await)
                } else {
                    None
                };
                match self.part.load().await {
                    Ok(view) => {
                        self.view.set_value(Some(view));
                        // Mount in a task of its own: building and mounting together were
                        // one long task. A part the user asked for is mounted at once, so
                        // one whose code is here already never shows its placeholder.
                        if queued {
                            browser::idle(IDLE_WAIT_MS).await;
                        }
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
        let words = P::words();
        shared(move || match self.phase.get() {
            Phase::Loading => view! {
                <div
                    class=format!("deferred deferred--loading deferred--{name}")
                    data-testid="deferred-loading"
                    data-part=name
                >
                    <span class="visually-hidden" role="status">
                        {move || words().loading.to_string()}
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
                        <p>{move || words().failed.to_string()}</p>
                        <button
                            type="button"
                            class="btn"
                            data-testid="deferred-retry"
                            on:click=move |_| self.load(&owner, None, false)
                        >
                            {move || words().retry.to_string()}
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
        })
    }
}

/// Every part queues for its turn (the user's asked-for parts start at once); part `i` is revealed once every part above it is settled.
pub fn parts_in_order<P: Later>(parts: &'static [P], pending: Pending) -> impl IntoView {
    let owner = Owner::current().unwrap_or_default();
    let slots: Vec<Slot<P>> = parts
        .iter()
        .map(|&part| Slot {
            part,
            phase: RwSignal::new(Phase::Loading),
            view: StoredValue::new_local(None),
        })
        .collect();
    for slot in &slots {
        slot.load(&owner, Some(pending), !slot.part.asked_for());
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
            when(
                move || turn.get(),
                move || slot.show(owner.clone()).into_any(),
            )
        })
        .collect_view()
}

/// Draws a part whose code is in the main module (a build without the page's split feature):
/// its future is ready at once, so it is polled once, here.
pub fn drawn_now<P: Later>(part: P) -> AnyView {
    let loading = std::pin::pin!(part.load());
    let waker = std::task::Waker::noop();
    match std::future::Future::poll(loading, &mut std::task::Context::from_waker(waker)) {
        std::task::Poll::Ready(Ok(view)) => view,
        std::task::Poll::Ready(Err(LoadFailed)) | std::task::Poll::Pending => ().into_any(),
    }
}

//! Views kept by key: each key's view is built once and stays in the page, with the text its
//! fields hold, while views of other keys come and go around it.
//!
//! This is what Leptos' `<For>` does, for the one list that needs it (the category cards: a
//! few dozen at most, added and removed one at a time or all replaced, never moved one by
//! one). `<For>`'s general reordering diff made 9 KB of the village wasm (3 KB brotli); this
//! keeps the views in order with a plain walk, and rebuilds their places only if the keys
//! that stay ever change order. The first views can be drawn a few per task
//! ([`FirstDraw::InTurns`]), so that a long list does not make one long task.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::renderer::types::Element;
use leptos::tachys::view::{Mountable, Render};

/// One key's view in the page. The view's state drops before its owner, so that the view's
/// own cleanups run before the owner disposes what the view created.
struct Row<K, S> {
    key: K,
    state: S,
    mounted: bool,
    /// Held, not read: dropping it disposes the view's signals and effects.
    _owner: Owner,
}

/// How the list's first views are put in the page.
#[derive(Clone, Copy)]
pub enum FirstDraw {
    /// All in the task that mounts the list.
    AtOnce,
    /// In a run of tasks, each building views for about `budget_ms` (at least one), so that no
    /// task blocks a slow phone for long; `done` turns true once all are in the page. Later
    /// changes are drawn at once.
    InTurns {
        /// How long one task goes on building views.
        budget_ms: f64,
        /// Turns true when the last first view is in the page.
        done: RwSignal<bool>,
    },
}

/// Keeps one `view(key)` per key of `keys()` in `container`, in the keys' order.
pub fn keep_keyed<K, V>(
    container: NodeRef<Div>,
    keys: impl Fn() -> Vec<K> + 'static,
    view: impl Fn(K) -> V + 'static,
    first: FirstDraw,
) where
    K: PartialEq + Copy + 'static,
    V: Render + 'static,
{
    // Each view's owner is a child of the list's owner, not of the effect's: an effect's
    // children are disposed each time it runs again.
    let parent = Owner::current();
    // Bumped by a timeout while first views are left to build: the effect runs again.
    let next_turn = RwSignal::new(0u32);
    let drawing_first = std::cell::Cell::new(matches!(first, FirstDraw::InTurns { .. }));
    Effect::new(move |rows: Option<Vec<Row<K, V::State>>>| {
        let keys = keys();
        next_turn.track();
        let mut old = rows.unwrap_or_default();
        let Some(element) = container.get() else {
            return old;
        };
        let element: &Element = &element;
        // Views whose key is gone leave the page, and their owners dispose what they made.
        old.retain_mut(|row| {
            let keep = keys.contains(&row.key);
            if !keep {
                row.state.unmount();
            }
            keep
        });
        // The views that stay are in place unless their keys changed order.
        let stayed = keys.iter().filter(|k| old.iter().any(|row| row.key == **k));
        if !stayed.eq(old.iter().map(|row| &row.key)) {
            for row in &mut old {
                row.state.unmount();
                row.mounted = false;
            }
        }
        // While the first views are drawn in turns, a key whose view would start after the
        // task's budget is left out, for the next turn: the time it ends (the clock is read
        // only then, not on every change).
        let ends = match first {
            FirstDraw::InTurns { budget_ms, .. } if drawing_first.get() => {
                Some(js_sys::Date::now() + budget_ms)
            }
            _ => None,
        };
        let mut built = 0;
        let mut left = false;
        let mut rows: Vec<Row<K, V::State>> = Vec::with_capacity(keys.len());
        for key in &keys {
            if let Some(at) = old.iter().position(|row| row.key == *key) {
                rows.push(old.swap_remove(at));
                continue;
            }
            if ends.is_some_and(|end| built > 0 && js_sys::Date::now() >= end) {
                left = true;
                continue;
            }
            let owner = parent
                .as_ref()
                .map_or_else(Owner::new, |p| p.with(Owner::new));
            let state = owner.with(|| untrack(|| view(*key).build()));
            rows.push(Row {
                key: *key,
                state,
                mounted: false,
                _owner: owner,
            });
            built += 1;
        }
        if left {
            leptos::prelude::set_timeout(
                move || next_turn.update(|n| *n = n.wrapping_add(1)),
                std::time::Duration::ZERO,
            );
        } else if let FirstDraw::InTurns { done, .. } = first {
            if drawing_first.replace(false) {
                done.set(true);
            }
        }
        // From the end, so that the view after a new one is already in its place.
        for at in (0..rows.len()).rev() {
            let (before, after) = rows.split_at_mut(at + 1);
            let row = &mut before[at];
            if row.mounted {
                continue;
            }
            let placed = after
                .first()
                .is_some_and(|next| next.state.insert_before_this(&mut row.state));
            if !placed {
                row.state.mount(element, None);
            }
            row.mounted = true;
        }
        rows
    });
}

//! What the rekap page draws a frame after what it follows: the totals of a new policy or file
//! are painted first, the long tables and the grid's lower rows in the next task.

use leptos::prelude::*;
use std::time::Duration;

/// A trigger notified once a frame that shows the latest change of what it follows is painted
/// (one notice for the changes of one frame).
#[derive(Clone, Copy)]
pub struct AfterFrame {
    later: Trigger,
    /// Whether it was notified since it was made.
    notified: StoredValue<bool>,
}

impl AfterFrame {
    /// Follows what `track` reads.
    pub fn new(track: impl Fn() + 'static) -> Self {
        let this = AfterFrame {
            later: Trigger::new(),
            notified: StoredValue::new(false),
        };
        let changes = StoredValue::new(0_u64);
        let waiting = StoredValue::new(false);
        Effect::new(move |_| {
            track();
            changes.update_value(|c| *c += 1);
            if !waiting.get_value() {
                waiting.set_value(true);
                this.wait(changes, waiting);
            }
        });
        this
    }

    /// Tracks it (reactive): true once a frame was painted since it was made.
    pub fn track(&self) -> bool {
        self.later.track();
        self.notified.get_value()
    }

    /// Notifies after the next frame, unless a change came after that frame began: then it
    /// waits for the frame that shows it. A hidden page paints no frame, so what follows
    /// is drawn when the page is shown again.
    fn wait(self, changes: StoredValue<u64>, waiting: StoredValue<bool>) {
        request_animation_frame(move || {
            let painted = changes.try_get_value();
            set_timeout(
                move || {
                    if changes.try_get_value() != painted {
                        self.wait(changes, waiting);
                        return;
                    }
                    waiting.try_set_value(false);
                    self.notified.try_set_value(true);
                    self.later.notify();
                },
                Duration::ZERO,
            );
        });
    }
}

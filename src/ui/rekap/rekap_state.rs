//! What every part of the rekap page reads: the files read (`store::Work`, kept on the
//! device) → parsed rows (memo) → the rekap under the chosen policy and threshold (memo).

use super::store::{self, Parsed, Settings, Work};
use crate::calc::rekap::summary::{rekap, Rekap};
use crate::calc::Plan;
use crate::report::lang::Lang;
use crate::report::texts::rekap::{rekap_texts, RekapTexts};
use leptos::prelude::*;

/// What every part of the rekap page reads.
#[derive(Clone, Copy)]
pub struct RekapState {
    /// Page language.
    pub lang: RwSignal<Lang>,
    /// The files and settings (kept on the device).
    pub work: RwSignal<Work>,
    /// The page's choices (kept on the device).
    pub settings: RwSignal<Settings>,
    /// The policy's plan, and whether it is the one asked for (`Settings::policy_plan`).
    pub policy: Memo<(Plan, bool)>,
    /// The files read.
    pub parsed: Memo<Parsed>,
    /// The rekap.
    pub rekap: Memo<Rekap>,
    /// A message for the user about the saved work.
    pub notice: RwSignal<Option<&'static str>>,
}

impl RekapState {
    /// The texts of the current language (reactive).
    pub fn t(&self) -> &'static RekapTexts {
        rekap_texts(self.lang.get())
    }

    /// The state from the work kept on the device, and whether what was kept was unreadable.
    pub fn load() -> (Self, bool) {
        let (initial, initial_settings, corrupt) = store::load();
        let work = RwSignal::new(initial);
        let settings = RwSignal::new(initial_settings);
        // A recompute means an input changed, so the result is new: comparing thousands of
        // villages with the last result to find out would cost more than it saves.
        let parsed = Memo::new_owning(move |_| (work.with(store::parse), true));
        // Only what the rekap depends on (an equal plan stops here), so that choosing a print
        // scope or typing the same threshold recomputes nothing.
        let year = crate::ui::scenario::new_plan().period.year;
        let policy = Memo::new(move |_| settings.with(|s| s.policy_plan(year)));
        let threshold = Memo::new(move |_| settings.with(|s| store::threshold(&s.threshold)));
        let rekap = Memo::new_owning(move |_| {
            let threshold = threshold
                .get()
                .unwrap_or(crate::calc::rekap::summary::DEFAULT_ADD_THRESHOLD);
            (
                policy.with(|(plan, _)| {
                    parsed.with(|p| rekap(plan, &p.rows, p.own.clone(), threshold))
                }),
                true,
            )
        });
        let state = RekapState {
            lang: RwSignal::new(Lang::Id),
            work,
            settings,
            policy,
            parsed,
            rekap,
            notice: RwSignal::new(None),
        };
        (state, corrupt)
    }
}

/// The rekap page's state, from its context.
pub fn use_rekap() -> RekapState {
    expect_context::<RekapState>()
}

//! What every part of the rekap page reads: the files read (`rekap_files::Work`, kept on the
//! device) → parsed rows with the typed figures (memo) → the rekap under the chosen policy and
//! threshold (memo).

use super::after_frame::AfterFrame;
use super::files_reader::{self, FilesReader};
use super::read_ahead::ReadAhead;
use super::rekap_notice::RekapNotice;
use crate::calc::rekap::ahead::{rekap_again_ahead, rekap_ahead, CostedAhead};
use crate::calc::rekap::summary::Rekap;
use crate::calc::Plan;
use crate::codec::rekap_files;
use crate::codec::rekap_files::{AddNote, Parsed, Settings, Work};
use crate::codec::rekap_policy::PolicyOrigin;
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
    /// The policy's plan, where it came from, and whether it is the one asked for
    /// (`Settings::policy_plan`).
    pub policy: Memo<(Plan, PolicyOrigin, bool)>,
    /// The files read.
    pub parsed: Memo<Parsed>,
    /// The rekap.
    pub rekap: Memo<Rekap>,
    /// Notified a frame after the rekap changed: the tables below the totals follow it
    /// (`rekap_later`), so a new policy's totals are painted before rows are compared and set.
    pub drawn_later: AfterFrame,
    /// The heading of the premium over the costed months (`period_heading`): worded once per
    /// recompute, not once per part that shows it (it looks at every village).
    pub heading: Memo<String>,
    /// How many times the files or their filing changed (`Work::same_files`): not when a
    /// figure is typed.
    pub files_changes: Memo<u64>,
    /// The names of its kecamatan, sorted: the filters' choices, redrawn only when they change
    /// (a new policy or threshold changes none).
    pub kecamatan: Memo<Vec<String>>,
    /// Spreadsheets read ahead, a part at a time, before they join the work.
    pub read_ahead: ReadAhead,
    /// Their rows costed ahead under the policy, a part at a time too: the rekap that takes
    /// the files in takes these figures.
    pub ahead: StoredValue<CostedAhead>,
    /// What reads the files, once its part is here (`files_reader::fetch`): it is before
    /// anything joins the work that it would read (files, a kabupaten, typed figures).
    pub reader: RwSignal<Option<FilesReader>>,
    /// A message for the user about the saved work, worded when shown.
    pub notice: RwSignal<Option<RekapNotice>>,
    /// What the last files added did beyond being added (renamed, not read twice).
    pub add_notes: RwSignal<Vec<AddNote>>,
}

impl RekapState {
    /// The policy's plan as it is now (for work done ahead of the rekap, untracked).
    pub fn policy_plan(&self) -> Plan {
        self.policy.with_untracked(|(plan, _, _)| plan.clone())
    }

    /// Reads the rekap for what follows the totals a frame later: the kecamatan and village
    /// tables (reactive through `drawn_later`; the rekap read is the current one).
    pub fn rekap_later<T>(&self, f: impl FnOnce(&Rekap) -> T) -> T {
        self.drawn_later.track();
        self.rekap.with_untracked(f)
    }

    /// The texts of the current language (reactive).
    pub fn t(&self) -> &'static RekapTexts {
        rekap_texts(self.lang.get())
    }

    /// The policy in one line, in the page's language (reactive).
    pub fn policy_line(&self) -> String {
        let lang = self.lang.get();
        self.policy
            .with(|(plan, origin, _)| crate::report::rekap::policy_line(lang, plan, origin))
    }

    /// The line "Aturan dan tarif diperiksa per …" for the policy's period (reactive).
    pub fn rules_line(&self) -> String {
        let lang = self.lang.get();
        self.policy.with(|(plan, _, _)| {
            let law = crate::calc::law::Law::as_checked();
            crate::report::texts::page::rules_as_of(lang, &plan.period, &law)
        })
    }

    /// The heading of the premium over the costed months: "Setahun anggaran" as on the
    /// village page, unless villages of different lengths are mixed (reactive).
    pub fn period_heading(&self) -> String {
        self.heading.get()
    }

    /// The state with the settings kept on the device (`store::load_settings`); the work is
    /// empty until `store::keep` has read it.
    pub fn new(initial_settings: Settings) -> Self {
        let work = RwSignal::new(Work::default());
        let settings = RwSignal::new(initial_settings);
        let read_ahead = ReadAhead::new();
        let reader = RwSignal::new(files_reader::here());
        // The files as read, apart from the figures typed on the page, and how many times
        // they changed: a typed cell does not read the files again. The old value is compared
        // in place, never copied.
        let files = Memo::new_owning(move |old: Option<(u64, Work)>| {
            work.with(|w| match old {
                Some(old) if old.1.same_files(w) => (old, false),
                old => {
                    let changes = old.map_or(0, |(n, _)| n + 1);
                    ((changes, w.files_only()), true)
                }
            })
        });
        let files_changes = Memo::new(move |_| files.with(|(n, _)| *n));
        let edits = Memo::new(move |_| work.with(|w| w.edits.clone()));
        // The files' change the last parse was read from: after a typed cell only the rows of
        // its village are set again (`rekap_files::retype`), no row is read or copied.
        // And whether the reader was here then.
        let parsed_from: StoredValue<Option<(u64, bool)>> = StoredValue::new(None);
        // A recompute means an input changed, so the result is new: comparing thousands of
        // villages with the last result to find out would cost more than it saves. Without
        // the reader the work has nothing to read: no file, kabupaten or typed figure.
        let parsed = Memo::new_owning(move |old: Option<Parsed>| {
            let reader = reader.get();
            let from = (files.with(|(n, _)| *n), reader.is_some());
            let mut parsed = match (old, reader) {
                (Some(old), _) if parsed_from.get_value() == Some(from) => old,
                (_, Some(r)) => files.with(|(_, w)| (r.parse)(&read_ahead, w)),
                (_, None) => Parsed::default(),
            };
            parsed_from.set_value(Some(from));
            if let Some(r) = reader {
                edits.with(|e| (r.retype)(&mut parsed, e));
            }
            (parsed, true)
        });
        // Only what the rekap depends on (an equal plan stops here), so that choosing a print
        // scope or typing the same threshold recomputes nothing.
        let year = crate::ui::state::new_plan().period.year;
        let policy = Memo::new(move |_| settings.with(|s| s.policy_plan(year)));
        let threshold = Memo::new(move |_| settings.with(|s| rekap_files::threshold(&s.threshold)));
        // The policy and the number of spreadsheet rows the last rekap was made for: under
        // the same policy, a new threshold or a typed cell costs only the villages it changed.
        let made_for: StoredValue<Option<(Plan, usize)>> = StoredValue::new(None);
        let ahead = StoredValue::new(CostedAhead::default());
        let rekap = Memo::new_owning(move |old: Option<Rekap>| {
            let threshold = threshold
                .get()
                .unwrap_or(crate::calc::rekap::summary::DEFAULT_ADD_THRESHOLD);
            let new = policy.with(|(plan, _, _)| {
                parsed.with(|p| {
                    let last = made_for.with_value(|m| {
                        m.as_ref()
                            .filter(|(made, _)| made == plan)
                            .map(|(_, rows)| *rows)
                    });
                    // Rows costed ahead are taken once, by this recompute.
                    let mut ahead = ahead.try_update_value(std::mem::take).unwrap_or_default();
                    let new = match (old, last) {
                        (Some(old), Some(rows)) => rekap_again_ahead(
                            old, rows, plan, &p.rows, &p.own, threshold, &mut ahead,
                        ),
                        _ => rekap_ahead(plan, &p.rows, p.own.clone(), threshold, &mut ahead),
                    };
                    made_for.set_value(Some((plan.clone(), p.rows.len())));
                    new
                })
            });
            (new, true)
        });
        let drawn_later = AfterFrame::new(move || rekap.track());
        let kecamatan = Memo::new(move |_| {
            drawn_later.track();
            rekap.with_untracked(|r| r.kecamatan.iter().map(|(k, _)| k.clone()).collect())
        });
        let lang = RwSignal::new(Lang::Id);
        let heading = Memo::new(move |_| {
            let lang = lang.get();
            let months = policy.with(|(plan, _, _)| plan.period.months);
            rekap.with(|r| crate::report::rekap::period_heading(lang, r, months))
        });
        RekapState {
            lang,
            heading,
            work,
            settings,
            policy,
            parsed,
            rekap,
            drawn_later,
            files_changes,
            kecamatan,
            read_ahead,
            ahead,
            reader,
            notice: RwSignal::new(None),
            add_notes: RwSignal::new(Vec::new()),
        }
    }
}

/// The rekap page's state, from its context.
pub fn use_rekap() -> RekapState {
    expect_context::<RekapState>()
}

/// Whether the printed recap's part has arrived (or failed): "Cetak" waits for it, since a print
/// started before would hold no recap.
#[derive(Clone, Copy)]
pub struct RecapSheetArrived(pub crate::ui::deferred::Pending);

/// Whether the printed recap is drawn: while printing, or while "Bagikan lembar cetak" reads it
/// (thousands of rows are not rebuilt on every change the rest of the time).
#[derive(Clone, Copy)]
pub struct RecapDrawn(pub RwSignal<bool>);

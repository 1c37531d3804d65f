//! App-wide state: the plan (one source of truth), the language, and the outcome
//! derived from them. Components read narrow slices and write only through `dispatch`.

use crate::calc::law::Law;
use crate::calc::period::{LocalTime, YearMonth};
use crate::calc::plan::{Action, Plan, PlanError};
use crate::calc::{calculate, Outcome};
use crate::codec::scenario_file::ImportProblem;
use crate::report::lang::Lang;
use crate::report::texts::page::{self, later_texts, texts, Figures, LaterTexts, Texts};
use leptos::prelude::*;
use std::sync::atomic::{AtomicU64, Ordering};

/// Names one text field for the set of invalid fields, whatever its DOM id (which moves
/// with its card).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldToken(u64);

impl FieldToken {
    /// A token no other field has.
    pub fn fresh() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        FieldToken(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

/// Everything the components share.
#[derive(Clone, Copy)]
pub struct AppState {
    /// What the user entered (valid values only; raw text lives in the fields).
    pub plan: RwSignal<Plan>,
    /// Page language.
    pub lang: RwSignal<Lang>,
    /// The text fields whose text is not valid right now.
    pub invalid: RwSignal<Vec<FieldToken>>,
    /// The last outcome of a plan that could be costed (kept while input is invalid).
    pub outcome: Memo<Option<Outcome>>,
    /// Why the current plan cannot be costed, if it cannot.
    pub plan_error: Memo<Option<PlanError>>,
    /// The last category removed, while its removal can still be undone.
    pub undo: RwSignal<Option<Undo>>,
    /// The plan is still the built-in example (nothing entered yet): its figures say so.
    pub example: Memo<bool>,
    /// When the sheet was last made ready for printing (local time).
    pub printed_at: RwSignal<LocalTime>,
    /// The print sheet is built only once printing is first asked for (saves start-up work).
    pub printing: RwSignal<bool>,
    /// A message about the scenario as a whole (link, storage, import), if any.
    pub notice: RwSignal<Option<Notice>>,
}

/// A removal that can be undone: the plans before and right after it. Undoing brings back
/// the plan before, so it is offered only while nothing else has changed since.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// The removed category's place in `before`: the offer words its name in the language
    /// on screen.
    pub index: usize,
    /// The plan before the removal.
    pub before: Plan,
    /// The plan right after it.
    pub after: Plan,
}

/// Words a refused file's problems in a language ("path: message; …"). The notice keeps this
/// function rather than the words, so that it is worded again when the language changes; and
/// the function comes with the scenario panel, a later part, so the first download does not
/// carry the import wording.
pub type WordProblems = fn(Lang, &[ImportProblem]) -> String;

/// A message about the scenario as a whole, shown at the top until dismissed; worded
/// per language when shown.
#[derive(Clone, Debug)]
pub enum Notice {
    /// The plan came from the link in the address.
    LinkOpened,
    /// The link could not be decoded; the default plan is shown.
    LinkBroken,
    /// Saved data could not be read; it was set aside under this key.
    StorageCorrupt,
    /// A scenario file was imported.
    Imported,
    /// A scenario file was refused: its problems, and how to word them.
    ImportFailed(Vec<ImportProblem>, WordProblems),
}

impl AppState {
    /// Applies a user edit to the plan (with its knock-on edits, in `Plan::apply`).
    pub fn dispatch(&self, action: Action) {
        self.plan.update(|p| p.apply(action));
    }

    /// Replaces the whole plan (preset, link, file). Its categories get new ids, so every
    /// card is built afresh; the other fields show the new plan's values as they change.
    pub fn replace(&self, mut plan: Plan) {
        plan.renew_ids();
        self.plan.set(plan);
    }

    /// A text field's `on_invalid`: counts the field among the invalid ones while its text
    /// does not read, under a token of its own (its DOM id moves with its card).
    pub fn field_marker(&self) -> Callback<bool> {
        let (state, token) = (*self, FieldToken::fresh());
        Callback::new(move |invalid| state.set_invalid(token, invalid))
    }

    /// Marks a field valid or invalid.
    pub fn set_invalid(&self, field: FieldToken, invalid: bool) {
        let present = self.invalid.with_untracked(|s| s.contains(&field));
        if invalid != present {
            // A list, not a set: it holds the few fields being corrected, and a BTreeSet's
            // code was 6 KB of the wasm.
            self.invalid.update(|s| {
                if invalid {
                    s.push(field);
                } else {
                    s.retain(|f| *f != field);
                }
            });
        }
    }

    /// Reads the outcome of the plan as it is now: None while it cannot be costed (unlike
    /// `outcome`, which keeps the last one so that the totals stay in view). Reactive.
    pub fn with_outcome_now<R>(&self, f: impl FnOnce(Option<&Outcome>) -> R) -> R {
        let costed = self.plan_error.with(Option::is_none);
        self.outcome.with(|o| f(o.as_ref().filter(|_| costed)))
    }

    /// As [`AppState::with_outcome_now`], without tracking (for event handlers).
    pub fn with_outcome_now_untracked<R>(&self, f: impl FnOnce(Option<&Outcome>) -> R) -> R {
        let costed = self.plan_error.with_untracked(Option::is_none);
        self.outcome
            .with_untracked(|o| f(o.as_ref().filter(|_| costed)))
    }

    /// Stamps the time and opens the print dialog once the sheet shows it.
    pub fn print(&self) {
        self.prepare_print();
        leptos::task::spawn_local(async {
            leptos::task::tick().await;
            crate::ui::browser::print();
        });
    }

    /// Builds the sheet and stamps the time (before any way of printing).
    pub fn prepare_print(&self) {
        self.printed_at.set(crate::ui::browser::now());
        if !self.printing.get_untracked() {
            self.printing.set(true);
        }
    }

    /// The texts of the current language (reactive).
    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get())
    }

    /// The later parts' texts of the current language (reactive); only those parts call it.
    pub fn later(&self) -> &'static LaterTexts {
        later_texts(self.lang.get())
    }

    /// `cited` for a sentence of the later parts' texts (reactive).
    pub fn later_cited(&self, text: fn(&LaterTexts) -> fn(&Figures) -> String) -> String {
        let lang = self.lang.get();
        self.plan.with(|p| {
            let first = YearMonth::new(p.period.year, p.period.first_month);
            page::later_cited(lang, &Law::official(first), text)
        })
    }

    /// A sentence that cites figures of the law, as in force in the plan's first month
    /// (reactive).
    pub fn cited(&self, text: fn(&Texts) -> fn(&Figures) -> String) -> String {
        let lang = self.lang.get();
        self.plan.with(|p| {
            let first = YearMonth::new(p.period.year, p.period.first_month);
            page::cited(lang, &Law::official(first), text)
        })
    }
}

/// Creates the state and provides it to every component below.
pub fn provide_app_state(initial: Plan, notice: Option<Notice>) -> AppState {
    let plan = RwSignal::new(initial);
    // An invalid plan keeps the last outcome: moved, not copied (no copy of an outcome's
    // code in the first download); readers are told only when the figures change.
    let outcome = Memo::new_owning(move |prev: Option<Option<Outcome>>| {
        let prev = prev.flatten();
        match plan.with(calculate) {
            Ok(o) => {
                let changed = prev.as_ref() != Some(&o);
                (Some(o), changed)
            }
            Err(_) => (prev, false),
        }
    });
    let plan_error = Memo::new(move |_| plan.with(|p| p.check().err()));
    // Compared as link codes, which leave out the cards' ids.
    let example_code = crate::codec::share::encode(&new_plan());
    let example = Memo::new(move |_| plan.with(crate::codec::share::encode) == example_code);
    let state = AppState {
        plan,
        lang: RwSignal::new(Lang::Id),
        invalid: RwSignal::new(Vec::new()),
        outcome,
        plan_error,
        undo: RwSignal::new(None),
        example,
        printed_at: RwSignal::new(crate::ui::browser::now()),
        printing: RwSignal::new(false),
        notice: RwSignal::new(notice),
    };
    provide_context(state);
    state
}

/// The state provided by the `App`; a missing provider is a wiring bug, caught by the
/// browser tests that mount the whole app.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// A reactive text from the language tables. Every call returns the same closure
/// type, so all translated texts share one piece of rendering code (smaller wasm); a
/// `String`, as the other reactive texts of the first screen are, so that Leptos' code for
/// a reactive `&str` is not in its download at all (issue 26).
pub fn tr(
    key: fn(&'static Texts) -> &'static str,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let state = use_app();
    move || key(state.t()).to_string()
}

/// `tr` for the later parts' texts (`LaterTexts`), which only those parts read.
pub fn tr_later(
    key: fn(&'static LaterTexts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_app();
    move || key(state.later())
}

/// `tr_cited` for a sentence of the later parts' texts.
pub fn tr_later_cited(
    key: fn(&LaterTexts) -> fn(&Figures) -> String,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let state = use_app();
    move || state.later_cited(key)
}

/// `tr_later_cited` as a signal, for a field's label or hint.
pub fn tr_later_cited_signal(key: fn(&LaterTexts) -> fn(&Figures) -> String) -> Signal<String> {
    Signal::derive(tr_later_cited(key))
}

/// `tr_later` as a signal, for a field's label, hint or placeholder.
pub fn tr_later_signal(key: fn(&'static LaterTexts) -> &'static str) -> Signal<String> {
    let text = tr_later(key);
    Signal::derive(move || text().to_string())
}

/// `tr` as a signal, for a field's label, hint or placeholder. Not generic: every field
/// shares one copy of its code in the wasm.
pub fn tr_signal(key: fn(&'static Texts) -> &'static str) -> Signal<String> {
    Signal::derive(tr(key))
}

/// `tr_cited` as a signal, for a field's label or hint.
pub fn tr_cited_signal(key: fn(&Texts) -> fn(&Figures) -> String) -> Signal<String> {
    Signal::derive(tr_cited(key))
}

/// `tr` for a sentence that cites figures of the law.
pub fn tr_cited(
    key: fn(&Texts) -> fn(&Figures) -> String,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let state = use_app();
    move || state.cited(key)
}

/// A new plan, on the budget year being planned today (RULES.md §3).
pub fn new_plan() -> Plan {
    Plan::opening_on(super::browser::today())
}

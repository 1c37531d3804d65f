//! The page: header with the language switch, the form on one side and the results
//! on the other (stacked on a phone).

use super::components::budget_share::BudgetShare;
use super::components::cost_summary::CostSummary;
use super::components::page_notice::PageNotice;
use super::components::plan_form::FormSteps;
use super::components::summary_bar::SummaryBar;
use super::deferred::split::IDLE_WAIT_MS;
use super::deferred::{DeferredParts, Part, Pending};
use super::fold_fields;
use super::folds;
use super::form_part::FormPart;
use super::later::{formulas, load_english, LoadFailed};
use super::page;
use super::shared::{effect, when};
use super::state::provide_app_state;
use crate::report::lang::Lang;
use crate::report::texts::page::plan_error;
use crate::ui::state::tr;
use leptos::prelude::*;
use std::cell::Cell;

/// The steps in which the page is built, in order (see `App`).
mod step {
    /// The plan costed, in a task of its own, before the totals show it.
    pub const COSTED: u8 = 1;
    /// The totals: the first answer.
    pub const TOTALS: u8 = 2;
    /// The form: the village fields, the presets' slot, the worker cards (a few per task).
    /// With `split` its part is downloaded from here, after the first answer.
    pub const FORM: u8 = 3;
    /// The cost against the ADD.
    pub const SHARE: u8 = 4;
    /// The parts that come later, the presets, the print sheet: the page is complete. It
    /// waits for the form.
    pub const REST: u8 = 5;

    /// Whether the step waits for the one before it to be painted; the others only wait for
    /// a task of their own (they add nothing to see, or little).
    pub fn after_paint(step: u8) -> bool {
        !matches!(step, COSTED | SHARE)
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (initial, notice) = super::scenario::initial_plan();
    let state = provide_app_state(initial, notice);
    // The fields under the folds: here at once, or a part fetched below.
    fold_fields::provide();
    let t = move || state.t();
    // The static header of index.html gave the first paint; this view draws it again.
    page::remove_boot_header();
    // Keep <html lang> and the tab title in step with the chosen language.
    page::follow_language(state.lang, |lang| {
        crate::report::texts::page::texts(lang).title
    });
    let english = EnglishLoad::default();
    let toggle = move |_| switch_language(state.lang, english);
    let stale = move || state.invalid.with(|s| !s.is_empty());
    let error = move || {
        state
            .plan_error
            .get()
            .map(|e| format!("{} {}", t().plan_invalid, plan_error(state.lang.get(), &e)))
    };
    // Ctrl+P prints too: stamp the time on the sheet first.
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| state.prepare_print());
    super::browser::on_print_media(move || state.prepare_print());
    // Build the page in steps (`step`): the header (over the static one of index.html), the
    // plan costed, the totals, the form (in a slot that keeps its space, so the totals below
    // it on a phone move only out of sight), the cost against the ADD, the rest. Each is a
    // task of its own, most after a paint, so that no single task blocks a slow phone for
    // long (Lighthouse "total blocking time") and each step is seen as it comes. The first
    // answer needs none of the form's code, so with `split` the form is a part downloaded
    // after it (issue 26). `aria-busy` on <main> says when the page is complete.
    let reached = RwSignal::new(0u8);
    let form_pending = Pending::new::<FormPart>(1);
    let (form_built, cards_drawn) = (RwSignal::new(false), RwSignal::new(false));
    // Every card is drawn, or the form's part failed (its retry is showing).
    let form_ready = move || form_pending.settled() && (!form_built.get() || cards_drawn.get());
    effect(move || {
        let done = reached.get();
        if done == step::COSTED {
            // The totals would otherwise cost the plan in their own task.
            untrack(|| state.outcome.with(|_| ()));
        }
        if done == step::SHARE && !form_ready() {
            return;
        }
        let next = done + 1;
        if next > step::REST {
            return;
        }
        if step::after_paint(next) {
            crate::ui::browser::after_paint(move || reached.set(next));
        } else {
            set_timeout(move || reached.set(next), std::time::Duration::ZERO);
        }
    });
    let from = move |step: u8| Memo::new(move |_| reached.get() >= step);
    let (form, totals) = (from(step::FORM), from(step::TOTALS));
    let (share, rest) = (from(step::SHARE), from(step::REST));
    // The plan is kept on the device from a step after the first answer: its first save only
    // writes what was just read, and made the page's first task longer.
    super::scenario::keep_saved(state, share);
    // The parts that arrive after the first answer (issue 13; drawn at once without `split`).
    const LATER: &[Part] = &[
        Part::Capacity,
        Part::Protection,
        Part::BudgetLines,
        Part::Scenarios,
    ];
    // The formulas behind the first screen's figures come with the later parts; a figure
    // tapped before then waits for them (`figure::LaterPanel`). So do the fields under the
    // folds (`folds`), closed at first.
    let fetched = Cell::new(false);
    effect(move || {
        // Once fetched, it reads nothing, so it does not run again.
        if fetched.get() || !rest.get() {
            return;
        }
        fetched.set(true);
        // Each at an idle moment: their fetches made the task of the page's last step about
        // 80 ms longer on a slow phone. A figure tapped before then fetches the formulas
        // itself. The later parts' code is downloaded all at once, and drawn a part at a time.
        leptos::task::spawn_local(async {
            crate::ui::browser::idle(IDLE_WAIT_MS).await;
            super::deferred::fetch_all().await;
        });
        leptos::task::spawn_local(async {
            crate::ui::browser::idle(IDLE_WAIT_MS).await;
            folds::load().await;
        });
        leptos::task::spawn_local(async {
            crate::ui::browser::idle(IDLE_WAIT_MS).await;
            // A failure is not shown here: the figure that needs them says so and retries.
            let _ = formulas().await;
        });
    });
    // The later parts and the print sheet; the presets are in the form, and wait only if it
    // is here.
    let pending = Pending::new::<Part>(LATER.len() + 1);
    let presets = Pending::new::<Part>(1);
    provide_context(FormSteps {
        rest,
        presets,
        built: form_built,
        drawn: cards_drawn,
    });
    let form_waits = move || !form_pending.settled();
    // The slot keeps its space until the form is whole (or failed).
    let form_short = move || !form_ready();
    let complete = move || {
        rest.get()
            && pending.settled()
            && folds::settled()
            && form_ready()
            && (!form_built.get() || presets.settled())
    };
    let busy = move || if complete() { "false" } else { "true" };
    view! {
        <header class="top">
            <div class="top__inner">
                <h1>{tr(|t| t.title)}</h1>
                <button
                    type="button"
                    class="btn btn--lang no-print"
                    data-testid="lang-toggle"
                    aria-busy=move || english.loading.get().to_string()
                    on:click=toggle
                >
                    {tr(|t| t.lang_toggle)}
                </button>
            </div>
            <p class="top__tagline">{tr(|t| t.tagline)}</p>
            {when(
                move || english.failed.get(),
                || {
                    view! {
                        <p class="alert alert--bad no-print" role="alert" data-testid="lang-failed">
                            {tr(|t| t.english_failed)}
                        </p>
                    }
                        .into_any()
                },
            )}
        </header>
        <PageNotice />
        <main class="layout" aria-busy=busy data-testid="page">
            <div class="layout__form form-slot" class:form-slot--waiting=form_short>
                // Seen while the form's part is on its way (its placeholder tells screen readers).
                {when(
                    form_waits,
                    || {
                        view! {
                            <p class="note" aria-hidden="true">
                                {tr(|t| t.form_loading)}
                            </p>
                        }
                            .into_any()
                    },
                )}
                {when(
                    move || form.get(),
                    move || {
                        view! { <DeferredParts parts=&[FormPart] pending=form_pending /> }
                            .into_any()
                    },
                )}
            </div>
            <div class="layout__results" aria-live="off">
                {when(
                    stale,
                    || {
                        view! {
                            <p class="alert" role="status" data-testid="stale-notice">
                                {tr(|t| t.stale)}
                            </p>
                        }
                            .into_any()
                    },
                )}
                {move || {
                    error()
                        .map(|e| {
                            view! {
                                <p class="alert alert--bad" role="alert">
                                    {e}
                                </p>
                            }
                                .into_any()
                        })
                }}
                // The example note comes with the totals it is about (earlier, the form's later
                // steps would push it down: a layout shift on a phone).
                {when(
                    move || totals.get(),
                    move || {
                        view! {
                            {when(
                                move || state.example.get(),
                                || {
                                    view! {
                                        <p class="alert alert--info" data-testid="example-note">
                                            {tr(|t| t.example_note)}
                                        </p>
                                    }
                                        .into_any()
                                },
                            )}
                            <CostSummary />
                        }
                            .into_any()
                    },
                )}
                {when(move || share.get(), || view! { <BudgetShare /> }.into_any())}
                {when(
                    move || rest.get(),
                    move || view! { <DeferredParts parts=LATER pending /> }.into_any(),
                )}
            </div>
        </main>
        {when(
            complete,
            || {
                view! {
                    <footer class="foot">
                        <p>{tr(|t| t.privacy)}</p>
                        <p>{tr(|t| t.footer)}</p>
                        <p>{tr(|t| t.sources_note)}</p>
                        <p>
                            <a href="rekap/" data-testid="rekap-link">
                                {tr(|t| t.rekap_link)}
                            </a>
                        </p>
                    </footer>
                }
                    .into_any()
            },
        )}
        // On a phone the results are below the form: keep the two key totals in view
        // (from the step that costs the plan, like the totals themselves).
        {when(move || totals.get(), || view! { <SummaryBar /> }.into_any())}
        // Hidden on screen; it comes with the rest, well before anyone can print.
        {when(
            move || rest.get(),
            move || view! { <DeferredParts parts=&[Part::PrintSheet] pending /> }.into_any(),
        )}
    }
}

/// The English part on its way: being fetched, or failed (the toggle retries).
#[derive(Clone, Copy)]
struct EnglishLoad {
    loading: RwSignal<bool>,
    failed: RwSignal<bool>,
}

impl Default for EnglishLoad {
    fn default() -> Self {
        EnglishLoad {
            loading: RwSignal::new(false),
            failed: RwSignal::new(false),
        }
    }
}

/// Switches between Indonesian and English; English is fetched first if it has not come
/// yet, and the page stays Indonesian until it has (nothing moves meanwhile).
fn switch_language(lang: RwSignal<Lang>, english: EnglishLoad) {
    if lang.get_untracked() == Lang::En {
        lang.set(Lang::Id);
        return;
    }
    if english.loading.get_untracked() {
        return;
    }
    english.loading.set(true);
    english.failed.set(false);
    leptos::task::spawn_local(async move {
        let loaded = load_english().await;
        english.loading.set(false);
        match loaded {
            Ok(()) => lang.set(Lang::En),
            Err(LoadFailed) => english.failed.set(true),
        }
    });
}

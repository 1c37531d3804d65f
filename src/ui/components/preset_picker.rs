//! "Mulai dari program nyata": replace the plan with a preset from a real program.

use crate::calc::calculate;
use crate::calc::preset::PRESETS;
use crate::report::observed::observed_rows;
use crate::report::texts::page::later_texts;
use crate::report::texts::presets::preset_text;
use crate::ui::state::tr_later;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The preset chooser.
#[component]
pub fn PresetPicker() -> impl IntoView {
    let state = use_app();
    let chosen = RwSignal::new(0usize);
    // The source's amounts show once the user picks a program: before that the card keeps the
    // height its slot reserved (no layout shift), and a shift after a choice is the user's.
    let picked = RwSignal::new(false);
    let options = move || {
        let lang = state.lang.get();
        let current = chosen.get();
        PRESETS
            .iter()
            .enumerate()
            .map(|(i, p)| {
                view! {
                    <option value=i.to_string() selected=i == current>
                        {preset_text(lang, p).name}
                    </option>
                }
            })
            .collect_view()
    };
    let note = move || {
        let lang = state.lang.get();
        PRESETS
            .get(chosen.get())
            .map(|p| preset_text(lang, p).note.to_string())
    };
    // What the chosen program's source reports, beside what this calculator computes for the
    // same people in the year on screen.
    let observed = move || {
        if !picked.get() {
            return None;
        }
        let lang = state.lang.get();
        let p = PRESETS
            .get(chosen.get())
            .filter(|p| !p.observed.is_empty())?;
        let plan = p.plan(state.plan.with(|plan| plan.period.year));
        let o = calculate(&plan).ok()?;
        let rows = observed_rows(lang, p.observed, &plan, &o);
        let t = later_texts(lang);
        let [what, source, app] = t.observed_columns;
        Some(view! {
            <div class="table-wrap">
                <table class="observed" data-testid="preset-observed">
                    <caption>{t.observed_title}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{what}</th>
                            <th scope="col" class="num">
                                {source}
                            </th>
                            <th scope="col" class="num">
                                {app}
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <tr>
                                        <th scope="row">{r.label}</th>
                                        <td
                                            class="num"
                                            data-label=source
                                            data-testid="observed-source"
                                        >
                                            {lang.rupiah(r.observed)}
                                        </td>
                                        <td
                                            class="num"
                                            data-label=app
                                            data-testid="observed-computed"
                                        >
                                            {lang.rupiah(r.computed)}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="note" data-testid="preset-observed-why">
                {t.observed_why}
            </p>
        })
    };
    let apply = move |_| {
        if let Some(p) = PRESETS.get(chosen.get_untracked()) {
            let year = state.plan.with_untracked(|plan| plan.period.year);
            state.replace(p.plan(year));
        }
    };
    view! {
        <section class="card card--presets no-print" aria-labelledby="presets-title">
            <h2 id="presets-title">{tr_later(|t| t.presets_title)}</h2>
            <div class="add-cat">
                <label for="preset-select" class="visually-hidden">
                    {tr_later(|t| t.preset_label)}
                </label>
                <select
                    id="preset-select"
                    data-testid="preset-select"
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse() {
                            chosen.set(i);
                            picked.set(true);
                        }
                    }
                >
                    {options}
                </select>
                <button type="button" class="btn" data-testid="preset-apply" on:click=apply>
                    {tr_later(|t| t.preset_apply)}
                </button>
            </div>
            {observed}
            // Who reported the program, and where: folded, so the card reads as a choice first.
            <details class="more" data-testid="preset-sources">
                <summary>{tr_later(|t| t.preset_sources)}</summary>
                <p class="note" data-testid="preset-note">
                    {note}
                </p>
            </details>
        </section>
    }
}

//! "Kebijakan kabupaten": one plan for every village, chosen and pinned (the default plan, a
//! preset, a copy of the village page's plan taken now, or a scenario file), shown in one
//! line; and the ADD share above which a village is flagged.

mod threshold;

use super::rekap_state::use_rekap;
use super::store;
use crate::calc::preset::PRESETS;
use crate::codec::plan_source::PlanSource;
use crate::codec::rekap_files;
use crate::codec::rekap_policy::{date_of_code, policy_source};
use crate::codec::scenario_file;
use crate::report::texts::presets::preset_text;
use crate::ui::browser;
use crate::ui::fields::{option_list, SelectInput};
use leptos::prelude::*;
use threshold::ThresholdField;

/// The kabupaten policy and the flag threshold.
#[component]
pub fn PolicyPanel() -> impl IntoView {
    let state = use_rekap();
    let bad_file = RwSignal::new(false);
    let options = move || {
        let lang = state.lang.get();
        let t = state.t();
        let (current, copy, file) = state.settings.with(|s| {
            let day = |c: &Option<String>| {
                c.as_deref()
                    .and_then(date_of_code)
                    .map(|d| lang.date(d))
                    .unwrap_or_default()
            };
            let copy = s.current_plan.is_some().then(|| day(&s.copied_on));
            let file = s.file_plan.is_some().then(|| s.policy_file.clone());
            (policy_source(&s.policy).code(), copy, file)
        });
        let mut list = vec![(PlanSource::Default.code(), t.policy_default.to_string())];
        list.extend(PRESETS.iter().map(|p| {
            (
                PlanSource::Preset(p.id).code(),
                preset_text(lang, p).name.to_string(),
            )
        }));
        if let Some(day) = copy {
            list.push((PlanSource::VillagePage.code(), (t.policy_copy_option)(&day)));
        }
        if let Some(name) = file {
            list.push((PlanSource::File.code(), (t.policy_file_option)(&name)));
        }
        option_list(list, &current)
    };
    let missing = move || !state.policy.with(|(_, _, found)| *found);
    let copy_now = move |_| {
        let today = browser::today();
        state
            .settings
            .update(|s| s.copy_village_page(store::village_page_code(), today));
    };
    let use_file = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(input) = input else { return };
        let file = input
            .files()
            .map(|l| browser::files_of(&l))
            .and_then(|f| f.into_iter().next());
        input.set_value("");
        let Some(file) = file else { return };
        leptos::task::spawn_local(async move {
            let text = browser::file_text(&file, rekap_files::MAX_FILE_BYTES).await;
            match text.as_deref().map(scenario_file::from_json) {
                Some(Ok(plan)) => {
                    bad_file.set(false);
                    let today = browser::today();
                    state
                        .settings
                        .update(|s| s.use_file(file.name(), &plan, today));
                }
                _ => bad_file.set(true),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="rekap-policy-h">
            <h2 id="rekap-policy-h">{move || state.t().section_policy}</h2>
            {SelectInput {
                id: "rekap-policy".to_string().into(),
                testid: None,
                label: Signal::derive(move || state.t().policy_label.to_string()),
                hint: Some(Signal::derive(move || state.t().policy_hint.to_string())),
                described_by: Some("rekap-policy-line"),
                disabled: None,
                options,
                on_change: move |v: String| state.settings.update(|w| w.set_policy(v)),
                after: view! {
                    <div class="actions">
                        <button
                            type="button"
                            class="btn btn--quiet"
                            data-testid="rekap-policy-copy"
                            on:click=copy_now
                        >
                            {move || state.t().policy_copy}
                        </button>
                        <label class="btn btn--quiet file-btn">
                            {move || state.t().policy_file}
                            <input
                                class="visually-hidden"
                                type="file"
                                accept=".json,application/json"
                                data-testid="rekap-policy-file"
                                on:change=use_file
                            />
                        </label>
                    </div>
                    <p class="policy-line" id="rekap-policy-line" data-testid="rekap-policy-line">
                        {move || state.policy_line()}
                    </p>
                    <Show when=missing>
                        <p class="note note--warn">{move || state.t().policy_current_missing}</p>
                    </Show>
                    <Show when=move || bad_file.get()>
                        <p class="note note--warn" role="alert">
                            {move || state.t().policy_file_bad}
                        </p>
                    </Show>
                },
            }
                .view()}
            <ThresholdField />
        </section>
    }
}

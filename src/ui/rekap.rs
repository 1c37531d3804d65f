//! The rekap page for camat and DPMD offices: many villages at once, on the `calc::rekap` core.
//! Its own Trunk page and binary (`src/bin/rekap.rs`), so the village page does not grow.
//!
//! State flow: the files read (`store::Work`, kept on the device) → parsed rows (memo) →
//! the rekap under the chosen policy and threshold (memo) → the views.

mod recap_sheet;
pub mod store;
mod totals_view;
mod village_table;

use crate::calc::rekap::summary::{rekap, Rekap};
use crate::calc::Plan;
use crate::codec::preset::PRESETS;
use crate::codec::villages_csv;
use crate::report::lang::Lang;
use crate::report::rekap::rekap_csv;
use crate::report::texts::rekap::{file_error, json_problem, rekap_texts, row_problem, RekapTexts};
use crate::ui::browser;
use leptos::prelude::*;
use recap_sheet::RecapSheet;
use rust_decimal::Decimal;
use store::{Parsed, Settings, Work};
use totals_view::{KabupatenTotals, KecamatanTable};
use village_table::VillageTable;

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
}

fn use_rekap() -> RekapState {
    expect_context::<RekapState>()
}

/// The whole rekap page.
#[component]
pub fn RekapApp() -> impl IntoView {
    let (initial, initial_settings, corrupt) = store::load();
    let work = RwSignal::new(initial);
    let settings = RwSignal::new(initial_settings);
    // A recompute means an input changed, so the result is new: comparing thousands of
    // villages with the last result to find out would cost more than it saves.
    let parsed = Memo::new_owning(move |_| (work.with(store::parse), true));
    // Only what the rekap depends on (an equal plan stops here), so that choosing a print
    // scope or typing the same threshold recomputes nothing.
    let policy = Memo::new(move |_| settings.with(Settings::policy_plan));
    let threshold = Memo::new(move |_| settings.with(|s| store::threshold(&s.threshold)));
    let rekap = Memo::new_owning(move |_| {
        let threshold = threshold
            .get()
            .unwrap_or(crate::calc::rekap::summary::DEFAULT_ADD_THRESHOLD);
        (
            policy
                .with(|(plan, _)| parsed.with(|p| rekap(plan, &p.rows, p.own.clone(), threshold))),
            true,
        )
    });
    let lang = RwSignal::new(Lang::Id);
    let notice = RwSignal::new(None);
    let state = RekapState {
        lang,
        work,
        settings,
        policy,
        parsed,
        rekap,
        notice,
    };
    provide_context(state);
    if corrupt {
        notice.set(Some(rekap_texts(Lang::Id).storage_corrupt));
    }
    // Keep the work on the device; a file set too large for storage is said once.
    Effect::new(move |_| {
        if !work.with(store::save_files) {
            notice.set(Some(state.t().saved_too_big));
        }
    });
    Effect::new(move |_| settings.with(store::save_settings));
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot-header"))
    {
        boot.remove();
    }
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", l.code());
            }
            doc.set_title(rekap_texts(l).title);
        }
    });
    let toggle = move |_| lang.update(|l| *l = if *l == Lang::Id { Lang::En } else { Lang::Id });
    view! {
        <header class="top no-print">
            <div class="top__inner">
                <h1>{move || state.t().title}</h1>
                <button type="button" class="btn btn--lang" data-testid="lang-toggle" on:click=toggle>
                    {move || state.t().lang_toggle}
                </button>
            </div>
            <p class="top__tagline">{move || state.t().tagline}</p>
            <p class="top__tagline"><a class="top__link" href="../" data-testid="rekap-back">{move || state.t().back}</a></p>
        </header>
        {move || notice.get().map(|n| view! {
            <div class="alert alert--info no-print" role="status" data-testid="rekap-notice">
                <p>{n}</p>
                <button type="button" class="btn btn--quiet" on:click=move |_| notice.set(None)>"×"</button>
            </div>
        })}
        <main class="rekap no-print" data-testid="page">
            <ImportPanel />
            <PolicyPanel />
            <Problems />
            <KabupatenTotals />
            <KecamatanTable />
            <VillageTable />
            <ExportPanel />
        </main>
        <footer class="foot no-print">
            <p>{move || state.t().privacy}</p>
        </footer>
        <RecapSheet />
    }
}

/// File picker and drop zone; the list of files read.
#[component]
fn ImportPanel() -> impl IntoView {
    let state = use_rekap();
    let busy = RwSignal::new(false);
    let add_files = move |files: Option<web_sys::FileList>| {
        let Some(list) = files else { return };
        let files = browser::files_of(&list);
        if files.is_empty() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            for file in files {
                let text = browser::file_text(&file, store::MAX_FILE_BYTES).await;
                read.push(store::SourceFile {
                    name: file.name(),
                    unreadable: text.is_none(),
                    text: text.unwrap_or_default(),
                });
            }
            // Let "Sedang menghitung…" reach the screen before the rows are read and costed
            // (a second or more for tens of thousands of villages), and clear it after.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        state.work.update(|w| w.add_files(read));
                        set_timeout(move || busy.set(false), std::time::Duration::ZERO);
                    },
                    std::time::Duration::ZERO,
                );
            });
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            add_files(input.files());
            // The same file may be chosen again after it was removed.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        add_files(ev.data_transfer().and_then(|d| d.files()));
    };
    let template = move |_| {
        browser::download(
            "rekap-desa-contoh.csv",
            "text/csv;charset=utf-8",
            villages_csv::TEMPLATE,
        );
    };
    let files = move || {
        state.work.with(|w| {
            w.files
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let name = f.name.clone();
                    view! {
                        <li>
                            <span>{name}</span>
                            " "
                            <button type="button" class="btn btn--quiet btn--small" on:click=move |_| state.work.update(|w| w.remove_file(i))>
                                {move || state.t().remove}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let has_files = move || state.work.with(|w| !w.files.is_empty());
    let kecamatan_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        state.work.update(|w| w.json_kecamatan = v);
    };
    view! {
        <section class="card" aria-labelledby="rekap-import-h">
            <h2 id="rekap-import-h">{move || state.t().section_import}</h2>
            <div
                class="drop"
                on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=on_drop
            >
                <label class="btn" for="rekap-import">{move || state.t().import_label}</label>
                <input
                    id="rekap-import"
                    data-testid="rekap-import"
                    class="visually-hidden"
                    type="file"
                    multiple=true
                    accept=".csv,.json,text/csv,application/json"
                    on:change=on_change
                />
                <p class="note">{move || state.t().import_hint} " " {move || state.t().drop_hint}</p>
            </div>
            <p>
                <button type="button" class="btn btn--quiet" data-testid="rekap-template" on:click=template>
                    {move || state.t().template}
                </button>
            </p>
            <div class="field">
                <label class="field__label" for="rekap-json-kecamatan">{move || state.t().json_kecamatan}</label>
                <input
                    class="field__input"
                    id="rekap-json-kecamatan"
                    data-testid="rekap-json-kecamatan"
                    type="text"
                    autocomplete="off"
                    prop:value=move || state.work.with(|w| w.json_kecamatan.clone())
                    on:change=kecamatan_input
                    aria-describedby="rekap-json-kecamatan-hint"
                />
                <p class="field__hint" id="rekap-json-kecamatan-hint">{move || state.t().json_kecamatan_hint}</p>
            </div>
            <Show when=move || busy.get()>
                <p role="status" data-testid="rekap-busy">{move || state.t().working}</p>
            </Show>
            <Show when=has_files>
                <h3>{move || state.t().files}</h3>
                <ul class="files" data-testid="rekap-files">{files}</ul>
                <button type="button" class="btn btn--quiet" data-testid="rekap-clear" on:click=move |_| state.work.update(Work::clear)>
                    {move || state.t().clear}
                </button>
            </Show>
        </section>
    }
}

/// The kabupaten policy and the flag threshold.
#[component]
fn PolicyPanel() -> impl IntoView {
    let state = use_rekap();
    let options = move || {
        let lang = state.lang.get();
        let current = state.settings.with(|w| w.policy.clone());
        let mut list = vec![("current".to_string(), state.t().policy_current.to_string())];
        list.extend(PRESETS.iter().map(|p| {
            (
                format!("preset:{}", p.id),
                crate::report::texts::presets::preset_text(lang, p)
                    .name
                    .to_string(),
            )
        }));
        list.into_iter()
            .map(|(value, label)| {
                let selected = value == current;
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let missing = move || !state.policy.with(|(_, found)| *found);
    let threshold_error = move || {
        state
            .settings
            .with(|w| store::threshold(&w.threshold).is_none())
    };
    view! {
        <section class="card" aria-labelledby="rekap-policy-h">
            <h2 id="rekap-policy-h">{move || state.t().section_policy}</h2>
            <div class="field">
                <label class="field__label" for="rekap-policy">{move || state.t().policy_label}</label>
                <select
                    class="field__input"
                    id="rekap-policy"
                    data-testid="rekap-policy"
                    aria-describedby="rekap-policy-hint"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        state.settings.update(|w| w.set_policy(v, store::village_page_code()));
                    }
                >
                    {options}
                </select>
                <p class="field__hint" id="rekap-policy-hint">{move || state.t().policy_hint}</p>
                <Show when=missing>
                    <p class="note note--warn">{move || state.t().policy_current_missing}</p>
                </Show>
            </div>
            <div class="field" class:field--invalid=threshold_error>
                <label class="field__label" for="rekap-threshold">{move || state.t().threshold}</label>
                <input
                    class="field__input"
                    id="rekap-threshold"
                    data-testid="rekap-threshold"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    prop:value=move || state.settings.with(|w| w.threshold.clone())
                    aria-invalid=move || threshold_error().then_some("true")
                    aria-describedby="rekap-threshold-hint"
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        state.settings.update(|w| w.threshold = v);
                    }
                />
                <p class="field__hint" id="rekap-threshold-hint">
                    {move || crate::report::texts::rekap::threshold_hint(state.lang.get())}
                    {move || threshold_error().then(|| {
                        format!(" {}", crate::report::texts::page::input_error(state.lang.get(), &store::THRESHOLD_ERROR))
                    })}
                </p>
            </div>
        </section>
    }
}

/// Every problem of every file, with its file, row and column.
#[component]
fn Problems() -> impl IntoView {
    let state = use_rekap();
    let list = move || {
        let lang = state.lang.get();
        let t = state.t();
        state.parsed.with(|p| {
            p.reports
                .iter()
                .filter(|r| !r.is_clean())
                .map(|r| {
                    let mut lines: Vec<String> = Vec::new();
                    match &r.outcome {
                        store::FileOutcome::Csv(Ok(import)) => {
                            if !import.unknown_columns.is_empty() {
                                lines.push(format!("{} {}", t.unknown_columns, import.unknown_columns.join(", ")));
                            }
                            lines.extend(import.problems.iter().map(|x| row_problem(lang, x)));
                            if import.more_problems > 0 {
                                lines.push((crate::report::texts::rekap::rekap_texts(lang).more_problems)(&lang.count(u32::try_from(import.more_problems).unwrap_or(u32::MAX))));
                            }
                        }
                        store::FileOutcome::Csv(Err(e)) => lines.push(file_error(lang, e)),
                        store::FileOutcome::Json(problems) => {
                            lines.extend(problems.iter().map(|x| json_problem(lang, &x.path, &x.problem)));
                        }
                    }
                    let name = r.name.clone();
                    view! {
                        <li data-testid="rekap-problem-file">
                            <strong>{name}</strong>
                            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let any = move || {
        state
            .parsed
            .with(|p| p.reports.iter().any(|r| !r.is_clean()))
    };
    view! {
        <Show when=any>
            <section class="card card--warn" aria-labelledby="rekap-problems-h" data-testid="rekap-problems">
                <h2 id="rekap-problems-h">{move || state.t().section_problems}</h2>
                <ul>{list}</ul>
            </section>
        </Show>
    }
}

/// CSV download and print.
#[component]
fn ExportPanel() -> impl IntoView {
    let state = use_rekap();
    let csv = move |_| {
        let lang = state.lang.get();
        let text = state.rekap.with(|r| rekap_csv(r, lang));
        browser::download("rekap-iuran-jamsostek.csv", "text/csv;charset=utf-8", &text);
    };
    let scope_options = move || {
        let current = state.settings.with(|w| w.print_scope.clone());
        kecamatan_options(state, state.t().whole_kabupaten, &current)
    };
    let empty = move || state.rekap.with(|r| r.villages.is_empty());
    view! {
        <section class="card" aria-labelledby="rekap-export-h">
            <h2 id="rekap-export-h">{move || state.t().section_export}</h2>
            <div class="field">
                <label class="field__label" for="rekap-print-scope">{move || state.t().print_scope}</label>
                <select
                    class="field__input"
                    id="rekap-print-scope"
                    data-testid="rekap-print-scope"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        state.settings.update(|w| w.print_scope = v);
                    }
                >
                    {scope_options}
                </select>
            </div>
            <div class="actions">
                <button type="button" class="btn" data-testid="rekap-download-csv" disabled=empty on:click=csv>
                    {move || state.t().download_csv}
                </button>
                <button type="button" class="btn btn--quiet" data-testid="rekap-print" disabled=empty on:click=move |_| browser::print()>
                    {move || state.t().print}
                </button>
            </div>
        </section>
    }
}

/// `<option>`s for every kecamatan of the rekap, after one for "all" (value ""), with
/// `current` selected.
fn kecamatan_options(state: RekapState, all: &'static str, current: &str) -> impl IntoView {
    let mut list = vec![(String::new(), all.to_string())];
    state
        .rekap
        .with(|r| list.extend(r.kecamatan.iter().map(|(k, _)| (k.clone(), k.clone()))));
    list.into_iter()
        .map(|(value, label)| {
            let selected = value == current;
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view()
}

/// A share of ADD as the user reads it ("6,76 %"), or a dash.
fn share_text(lang: Lang, share: Option<Decimal>) -> String {
    share.map_or_else(|| "–".to_string(), |s| lang.percent(s, 2))
}

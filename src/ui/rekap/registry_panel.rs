//! "Daftar desa resmi": choose a kabupaten/kota of the village registry (`codec::registry`,
//! `docs/registry-format.md`) and the rekap lists every desa of it. The index and each
//! kabupaten's file are fetched from `../registry/` only by this panel; the chosen file is kept
//! with the work, so the list fills after a reload with no connection too.

use super::files_reader;
use super::rekap_state::use_rekap;
use crate::codec::registry::{self, Index};
use crate::codec::rekap_files::ChosenKabupaten;
use crate::report::texts::rekap::registry_texts;
use crate::ui::browser;
use crate::ui::fields::{option_list, SelectInput};
use leptos::prelude::*;

/// The address of a registry file, from the rekap page (`rekap/`).
fn url(file: &str) -> String {
    format!("../{}/{file}", registry::FOLDER)
}

/// Where fetching stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fetch {
    Idle,
    Loading,
    Failed,
}

/// The province and kabupaten selects, the kelurahan switch, the template and the edition.
#[component]
pub fn RegistryPanel() -> impl IntoView {
    let state = use_rekap();
    let t = move || registry_texts(state.lang.get());
    let index: RwSignal<Option<Index>> = RwSignal::new(None);
    let fetch = RwSignal::new(Fetch::Loading);
    let chosen_code = move || {
        state
            .work
            .with(|w| w.registry.as_ref().map(|c| c.code.clone()))
    };
    let province = RwSignal::new(
        chosen_code()
            .and_then(|c| c.get(..2).map(str::to_string))
            .unwrap_or_default(),
    );
    let kabupaten = Memo::new(move |_| {
        state
            .work
            .with(|w| w.registry.as_ref().and_then(ChosenKabupaten::read))
    });
    leptos::task::spawn_local(async move {
        let read = browser::fetch_text(&url(registry::INDEX_FILE))
            .await
            .and_then(|text| registry::parse_index(&text).ok());
        fetch.set(if read.is_some() {
            Fetch::Idle
        } else {
            Fetch::Failed
        });
        index.set(read);
    });
    let choose = move |code: String| {
        let Some(edition) = index.with_untracked(|i| i.as_ref().map(|i| i.edition.clone())) else {
            return;
        };
        if code.is_empty() {
            return;
        }
        let name = index.with_untracked(|i| {
            i.as_ref()
                .and_then(|i| i.kabupaten(&code))
                .map(|k| k.name.clone())
                .unwrap_or_default()
        });
        fetch.set(Fetch::Loading);
        leptos::task::spawn_local(async move {
            let text = browser::fetch_text(&url(&registry::file_name(&code))).await;
            let kelurahan = state
                .work
                .with_untracked(|w| w.registry.as_ref().is_some_and(|c| c.kelurahan));
            let chosen = text.map(|text| ChosenKabupaten {
                code,
                text,
                decree: edition.decree,
                year: edition.year,
                source: edition.source,
                kelurahan,
            });
            // The rekap lists the kabupaten's desa with the files reader (a part of its own).
            let reader = files_reader::fetch(state.reader).await;
            match chosen.filter(|c| reader.is_some() && c.read().is_some()) {
                Some(c) => {
                    fetch.set(Fetch::Idle);
                    state.work.update(|w| w.registry = Some(c));
                    state.settings.update(|s| s.kabupaten = name);
                }
                None => fetch.set(Fetch::Failed),
            }
        });
    };
    let province_options = move || {
        let all = t().all_provinces;
        index.with(|i| {
            let mut list = vec![(String::new(), all.to_string())];
            if let Some(i) = i {
                list.extend(i.provinces.iter().map(|p| (p.code.clone(), p.name.clone())));
            }
            list
        })
    };
    let kabupaten_options = move || {
        let current = chosen_code().unwrap_or_default();
        let within = province.get();
        let choose = t().choose;
        index.with(|i| {
            let groups = i
                .iter()
                .flat_map(|i| i.provinces.iter().map(move |p| (i, p)))
                .filter(|(_, p)| within.is_empty() || p.code == within)
                .map(|(i, p)| {
                    let list = i
                        .kabupaten_of(&p.code)
                        .map(|k| (k.code.clone(), k.name.clone()))
                        .collect();
                    view! { <optgroup label=p.name.clone()>{option_list(list, &current)}</optgroup> }
                })
                .collect_view();
            view! {
                {option_list(vec![(String::new(), choose.to_string())], &current)}
                {groups}
            }
        })
    };
    let set_kelurahan = move |on: bool| {
        state.work.update(|w| {
            if let Some(c) = &mut w.registry {
                c.kelurahan = on;
            }
        });
    };
    let with_kelurahan = move || {
        state
            .work
            .with(|w| w.registry.as_ref().is_some_and(|c| c.kelurahan))
    };
    let template = move |_| {
        let with = with_kelurahan();
        kabupaten.with_untracked(|k| {
            if let Some(k) = k {
                browser::download(
                    &format!("rekap-desa-{}.csv", k.code),
                    "text/csv;charset=utf-8",
                    &k.template_csv(with),
                );
            }
        });
    };
    let listed = move || {
        let lang = state.lang.get();
        kabupaten.with(|k| {
            k.as_ref().map(|k| {
                let (desa, kelurahan) = k.counts();
                let n = |c: usize| lang.count(u32::try_from(c).unwrap_or(u32::MAX));
                view! { <p data-testid="registry-listed">{(t().listed)(&k.name, &n(desa), &n(kelurahan))}</p> }
            })
        })
    };
    let edition = move || {
        let kept = state.work.with(|w| {
            w.registry
                .as_ref()
                .map(|c| (c.decree.clone(), c.year.clone(), c.source.clone()))
        });
        let shown = kept.or_else(|| {
            index.with(|i| {
                i.as_ref().map(|i| {
                    let e = &i.edition;
                    (e.decree.clone(), e.year.clone(), e.source.clone())
                })
            })
        });
        shown.map(|(decree, year, source)| {
            view! {
                <p class="note" data-testid="registry-edition">
                    {(t().edition)(&decree, &year, &source)}
                </p>
            }
        })
    };
    let chosen = move || kabupaten.with(Option::is_some);
    view! {
        <section class="card" aria-labelledby="registry-h" data-testid="registry">
            <h2 id="registry-h">{move || t().section}</h2>
            <p class="note">{move || t().hint}</p>
            // The erased select drawn directly: through `SharedSelectField` (its props as
            // signals, its callback) the first download was 1.1 KB brotli larger.
            {SelectInput {
                id: "registry-province".to_string().into(),
                testid: None,
                label: Signal::derive(move || t().province.to_string()),
                hint: None,
                described_by: None,
                disabled: None,
                options: move || option_list(province_options(), &province.get()),
                on_change: move |v| province.set(v),
                after: (),
            }
                .view()}
            {SelectInput {
                id: "registry-kabupaten".to_string().into(),
                testid: None,
                label: Signal::derive(move || t().kabupaten.to_string()),
                hint: None,
                described_by: None,
                disabled: Some(Signal::derive(move || fetch.get() == Fetch::Loading)),
                options: kabupaten_options,
                on_change: choose,
                after: (),
            }
                .view()}
            <div class="check">
                <input
                    type="checkbox"
                    id="registry-kelurahan"
                    data-testid="registry-kelurahan"
                    prop:checked=with_kelurahan
                    prop:disabled=move || !chosen()
                    on:change=move |ev| set_kelurahan(event_target_checked(&ev))
                />
                <label for="registry-kelurahan">{move || t().kelurahan}</label>
            </div>
            <Show when=move || fetch.get() == Fetch::Loading>
                <p role="status" data-testid="registry-status">
                    {move || t().loading}
                </p>
            </Show>
            <Show when=move || fetch.get() == Fetch::Failed>
                <p role="alert" class="field__error" data-testid="registry-status">
                    {move || t().failed}
                </p>
            </Show>
            {listed}
            <Show when=chosen>
                <p>
                    <button
                        type="button"
                        class="btn btn--quiet"
                        data-testid="registry-template"
                        on:click=template
                    >
                        {move || t().template}
                    </button>
                    " "
                    <button
                        type="button"
                        class="btn btn--quiet"
                        data-testid="registry-clear"
                        on:click=move |_| state.work.update(|w| w.registry = None)
                    >
                        {move || t().clear}
                    </button>
                </p>
            </Show>
            {edition}
        </section>
    }
}

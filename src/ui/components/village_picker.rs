//! "Pilih desa" (issue 22): province → kabupaten/kota → kecamatan → desa, or a search by name
//! within the kabupaten/kota, over Kemendagri's registry (`codec::registry`,
//! `docs/registry-format.md`). Picking fills the village's name and its place
//! (`Action::SetPlace`). The index and each kabupaten's file are fetched from `registry/` only
//! here, once the user opens the picker (the service worker keeps a copy once fetched); this
//! code is a part of its own (`ui::later::village_picker`).

use crate::calc::place::Place;
use crate::calc::plan::Action;
use crate::codec::registry::{self, Index, Kabupaten};
use crate::report::texts::picker::picker_texts;
use crate::ui::browser;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Most search matches listed at once.
const MAX_MATCHES: usize = 20;

/// The address of a registry file, from the village page.
fn url(file: &str) -> String {
    format!("{}/{file}", registry::FOLDER)
}

/// Where fetching stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fetch {
    Idle,
    Loading,
    Failed,
}

/// `<option>`s with a first "choose" option and `current` selected.
fn options(first: String, list: Vec<(String, String)>, current: &str) -> impl IntoView {
    let none = current.is_empty();
    let list = list
        .into_iter()
        .map(|(value, label)| {
            let selected = value == current;
            view! {
                <option value=value selected=selected>
                    {label}
                </option>
            }
        })
        .collect_view();
    view! {
        <option value="" selected=none>
            {first}
        </option>
        {list}
    }
}

/// The first `n` characters of `code` (`15.08.02.2003` → `15.08` for 5), or "".
fn prefix(code: &str, n: usize) -> String {
    code.get(..n).map(str::to_string).unwrap_or_default()
}

/// The picker's fields, drawn once its part is here.
#[component]
pub fn VillagePicker() -> impl IntoView {
    let state = use_app();
    let t = move || picker_texts(state.lang.get());
    let picked = move || {
        state
            .plan
            .with(|p| p.place.as_ref().map(|p| p.code.clone()))
    };
    let start = picked().unwrap_or_default();
    let index: RwSignal<Option<Index>> = RwSignal::new(None);
    let kabupaten: RwSignal<Option<Kabupaten>> = RwSignal::new(None);
    let fetch = RwSignal::new(Fetch::Loading);
    let province = RwSignal::new(prefix(&start, 2));
    let kab_code = RwSignal::new(prefix(&start, 5));
    let kecamatan = RwSignal::new(prefix(&start, 8));
    let search = RwSignal::new(String::new());

    let load_kabupaten = move |code: String| {
        kabupaten.set(None);
        if code.is_empty() {
            fetch.set(Fetch::Idle);
            return;
        }
        fetch.set(Fetch::Loading);
        leptos::task::spawn_local(async move {
            let read = browser::fetch_text(&url(&registry::file_name(&code)))
                .await
                .and_then(|text| registry::parse_kabupaten(&text).ok())
                .filter(|k| k.code == code);
            // A later choice wins over an answer that arrives late.
            if kab_code.get_untracked() == code {
                fetch.set(if read.is_some() {
                    Fetch::Idle
                } else {
                    Fetch::Failed
                });
                kabupaten.set(read);
            }
        });
    };
    let load_index = move || {
        fetch.set(Fetch::Loading);
        leptos::task::spawn_local(async move {
            let read = browser::fetch_text(&url(registry::INDEX_FILE))
                .await
                .and_then(|text| registry::parse_index(&text).ok());
            let ok = read.is_some();
            index.set(read);
            if ok {
                load_kabupaten(kab_code.get_untracked());
            } else {
                fetch.set(Fetch::Failed);
            }
        });
    };
    load_index();
    let retry = move |_| {
        if index.with_untracked(Option::is_none) {
            load_index();
        } else {
            load_kabupaten(kab_code.get_untracked());
        }
    };

    // Picks village `code` of the kabupaten shown.
    let pick = move |code: &str| {
        let place = kabupaten.with_untracked(|k| {
            let k = k.as_ref()?;
            let v = k.villages.iter().find(|v| v.code == code)?;
            let provinsi = index.with_untracked(|i| {
                i.as_ref()?
                    .provinces
                    .iter()
                    .find(|p| k.code.starts_with(&format!("{}.", p.code)))
                    .map(|p| p.name.clone())
            })?;
            Some(Place {
                code: v.code.clone(),
                desa: v.name.clone(),
                kecamatan: k.kecamatan_of(v).to_string(),
                kabupaten: k.name.clone(),
                provinsi,
            })
        });
        if let Some(place) = place {
            kecamatan.set(prefix(&place.code, 8));
            state.dispatch(Action::SetPlace(Some(place)));
        }
    };

    let province_options = move || {
        let current = province.get();
        let first = (t().choose)(t().province);
        let list = index.with(|i| {
            i.iter()
                .flat_map(|i| &i.provinces)
                .map(|p| (p.code.clone(), p.name.clone()))
                .collect()
        });
        options(first, list, &current)
    };
    let kabupaten_options = move || {
        let current = kab_code.get();
        let within = province.get();
        let first = (t().choose)(t().kabupaten);
        let list = index.with(|i| {
            i.iter()
                .flat_map(|i| i.kabupaten_of(&within))
                .filter(|k| k.desa > 0)
                .map(|k| (k.code.clone(), k.name.clone()))
                .collect()
        });
        options(first, list, &current)
    };
    let kecamatan_options = move || {
        let current = kecamatan.get();
        let first = (t().choose)(t().kecamatan);
        let list = kabupaten.with(|k| {
            k.iter()
                .flat_map(|k| &k.kecamatan)
                .map(|c| (c.code.clone(), c.name.clone()))
                .collect()
        });
        options(first, list, &current)
    };
    let desa_options = move || {
        let current = picked().unwrap_or_default();
        let within = format!("{}.", kecamatan.get());
        let first = (t().choose)(t().desa);
        let list = kabupaten.with(|k| {
            k.iter()
                .flat_map(|k| &k.villages)
                .filter(|v| !v.kelurahan && v.code.starts_with(&within))
                .map(|v| (v.code.clone(), v.name.clone()))
                .collect()
        });
        options(first, list, &current)
    };
    let matches = move || {
        let typed = search.get().trim().to_ascii_lowercase();
        if typed.is_empty() {
            return None;
        }
        let found: Vec<(String, String)> = kabupaten.with(|k| {
            k.iter()
                .flat_map(|k| k.villages.iter().map(move |v| (k, v)))
                .filter(|(_, v)| !v.kelurahan && v.name.to_ascii_lowercase().contains(&typed))
                .take(MAX_MATCHES + 1)
                .map(|(k, v)| {
                    (
                        v.code.clone(),
                        format!("{} — {}", v.name, k.kecamatan_of(v)),
                    )
                })
                .collect()
        });
        let more = found.len() > MAX_MATCHES;
        let items = found
            .into_iter()
            .take(MAX_MATCHES)
            .map(|(code, label)| {
                view! {
                    <li>
                        <button
                            type="button"
                            class="btn btn--quiet btn--small"
                            data-testid="village-picker-result"
                            on:click=move |_| pick(&code)
                        >
                            {label}
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <ul class="picker__matches" data-testid="village-picker-results">
                {items}
            </ul>
            {move || {
                let t = t();
                if more { Some((t.more)(MAX_MATCHES)) } else { None }
            }}
        })
    };
    let no_match = move || {
        !search.with(|s| s.trim().is_empty())
            && kabupaten.with(|k| {
                let typed = search.with(|s| s.trim().to_ascii_lowercase());
                k.as_ref().is_some_and(|k| {
                    !k.villages
                        .iter()
                        .any(|v| !v.kelurahan && v.name.to_ascii_lowercase().contains(&typed))
                })
            })
    };
    let edition = move || {
        index.with(|i| {
            i.as_ref().map(|i| {
                let e = &i.edition;
                (t().edition)(&e.decree, &e.year, &e.source)
            })
        })
    };
    let has_kabupaten = move || kabupaten.with(Option::is_some);
    let loading = move || fetch.get() == Fetch::Loading;
    view! {
        <div class="picker" id="village-picker-panel" data-testid="village-picker-panel">
            <p class="note">{move || t().hint}</p>
            <div class="row">
                <div class="field">
                    <label class="field__label" for="village-picker-province">
                        {move || t().province}
                    </label>
                    <select
                        class="field__input"
                        id="village-picker-province"
                        data-testid="village-picker-province"
                        on:change=move |ev| {
                            province.set(event_target_value(&ev));
                            kab_code.set(String::new());
                            kecamatan.set(String::new());
                            load_kabupaten(String::new());
                        }
                    >
                        {province_options}
                    </select>
                </div>
                <div class="field">
                    <label class="field__label" for="village-picker-kabupaten">
                        {move || t().kabupaten}
                    </label>
                    <select
                        class="field__input"
                        id="village-picker-kabupaten"
                        data-testid="village-picker-kabupaten"
                        prop:disabled=move || province.with(String::is_empty)
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            kab_code.set(code.clone());
                            kecamatan.set(String::new());
                            load_kabupaten(code);
                        }
                    >
                        {kabupaten_options}
                    </select>
                </div>
            </div>
            <div class="row">
                <div class="field">
                    <label class="field__label" for="village-picker-kecamatan">
                        {move || t().kecamatan}
                    </label>
                    <select
                        class="field__input"
                        id="village-picker-kecamatan"
                        data-testid="village-picker-kecamatan"
                        prop:disabled=move || !has_kabupaten()
                        on:change=move |ev| kecamatan.set(event_target_value(&ev))
                    >
                        {kecamatan_options}
                    </select>
                </div>
                <div class="field">
                    <label class="field__label" for="village-picker-desa">
                        {move || t().desa}
                    </label>
                    <select
                        class="field__input"
                        id="village-picker-desa"
                        data-testid="village-picker-desa"
                        prop:disabled=move || kecamatan.with(String::is_empty) || !has_kabupaten()
                        on:change=move |ev| pick(&event_target_value(&ev))
                    >
                        {desa_options}
                    </select>
                </div>
            </div>
            <div class="field">
                <label class="field__label" for="village-picker-search">
                    {move || t().search}
                </label>
                <input
                    type="search"
                    class="field__input"
                    id="village-picker-search"
                    data-testid="village-picker-search"
                    autocomplete="off"
                    aria-describedby="village-picker-search-hint"
                    prop:disabled=move || !has_kabupaten()
                    prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))
                />
                <p class="note" id="village-picker-search-hint">
                    {move || t().search_hint}
                </p>
            </div>
            <div aria-live="polite">
                {matches} <Show when=no_match>
                    <p class="note" data-testid="village-picker-no-match">
                        {move || t().no_match}
                    </p>
                </Show>
            </div>
            <Show when=loading>
                <p role="status" data-testid="village-picker-status">
                    {move || t().loading}
                </p>
            </Show>
            <Show when=move || fetch.get() == Fetch::Failed>
                <div role="alert" class="alert alert--bad" data-testid="village-picker-failed">
                    <p>{move || t().failed}</p>
                    <button
                        type="button"
                        class="btn"
                        data-testid="village-picker-retry"
                        on:click=retry
                    >
                        {move || t().retry}
                    </button>
                </div>
            </Show>
            <Show when=move || picked().is_some()>
                <p>
                    <button
                        type="button"
                        class="btn btn--quiet btn--small"
                        data-testid="village-picker-clear"
                        on:click=move |_| state.dispatch(Action::SetPlace(None))
                    >
                        {move || t().clear}
                    </button>
                </p>
            </Show>
            <p class="note" data-testid="village-picker-edition">
                {edition}
            </p>
        </div>
    }
}

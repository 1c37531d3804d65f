//! "Masalah pada berkas": what could not be read, per file, with its row and column.

use super::rekap_state::use_rekap;
use crate::codec::rekap_files;
use crate::codec::villages_csv::MAX_PROBLEMS;
use crate::report::texts::rekap::rekap_texts;
use crate::report::texts::rekap::{
    file_error, json_problem, registry_problem, registry_texts, row_problem,
};
use leptos::prelude::*;

/// Every problem of every file, with its file, row and column.
#[component]
pub fn Problems() -> impl IntoView {
    let state = use_rekap();
    let kabupaten = move || state.settings.with(|s| s.kabupaten.clone());
    let list = move || {
        let lang = state.lang.get();
        let t = state.t();
        let kabupaten = kabupaten();
        state.parsed.with(|p| {
            p.reports
                .iter()
                .filter(|r| !r.is_clean())
                .map(|r| {
                    let mut lines: Vec<String> = Vec::new();
                    match &r.outcome {
                        rekap_files::FileOutcome::Csv(Ok(import)) => {
                            if !import.unknown_columns.is_empty() {
                                lines.push(format!(
                                    "{} {}",
                                    t.unknown_columns,
                                    import.unknown_columns.join(", ")
                                ));
                            }
                            lines.extend(import.problems.iter().map(|x| row_problem(lang, x)));
                            if import.more_problems > 0 {
                                lines.push((rekap_texts(lang).more_problems)(&lang.count(
                                    u32::try_from(import.more_problems).unwrap_or(u32::MAX),
                                )));
                            }
                        }
                        rekap_files::FileOutcome::Csv(Err(e)) => lines.push(file_error(lang, e)),
                        rekap_files::FileOutcome::Json(problems) => {
                            lines.extend(
                                problems
                                    .iter()
                                    .map(|x| json_problem(lang, &x.path, &x.problem)),
                            );
                        }
                    }
                    lines.extend(
                        r.registry
                            .iter()
                            .map(|x| registry_problem(lang, &kabupaten, x)),
                    );
                    let name = r.name.clone();
                    view! {
                        <li data-testid="rekap-problem-file">
                            <strong>{name}</strong>
                            <ul>
                                {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    // Desa of the chosen kabupaten that no spreadsheet lists: in the table with nothing
    // filled, and named here so that none is taken for a village with no one to insure.
    let missing = move || {
        let lang = state.lang.get();
        let kabupaten = kabupaten();
        state.parsed.with(|p| {
            if p.missing.is_empty() {
                return None;
            }
            let mut lines: Vec<String> = p
                .missing
                .iter()
                .take(MAX_PROBLEMS)
                .map(|x| registry_problem(lang, &kabupaten, x))
                .collect();
            let more = p.missing.len().saturating_sub(MAX_PROBLEMS);
            if more > 0 {
                lines.push((rekap_texts(lang).more_problems)(
                    &lang.count(u32::try_from(more).unwrap_or(u32::MAX)),
                ));
            }
            let heading = (registry_texts(lang).missing_heading)(&kabupaten);
            Some(view! {
                <li data-testid="rekap-problem-missing">
                    <strong>{heading}</strong>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </li>
            })
        })
    };
    let any = move || {
        state
            .parsed
            .with(|p| !p.missing.is_empty() || p.reports.iter().any(|r| !r.is_clean()))
    };
    view! {
        <Show when=any>
            <section
                class="card card--warn"
                aria-labelledby="rekap-problems-h"
                data-testid="rekap-problems"
            >
                <h2 id="rekap-problems-h">{move || state.t().section_problems}</h2>
                <ul>{list}{missing}</ul>
            </section>
        </Show>
    }
}

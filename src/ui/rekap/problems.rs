//! "Masalah pada berkas": what could not be read, per file, with its row and column.

use super::rekap_state::use_rekap;
use super::store;
use crate::report::texts::rekap::rekap_texts;
use crate::report::texts::rekap::{file_error, json_problem, row_problem};
use leptos::prelude::*;

/// Every problem of every file, with its file, row and column.
#[component]
pub fn Problems() -> impl IntoView {
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
                                lines.push((rekap_texts(lang).more_problems)(&lang.count(u32::try_from(import.more_problems).unwrap_or(u32::MAX))));
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

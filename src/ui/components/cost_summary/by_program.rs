//! The cost table by program (JKK, JKM, JHT, JP): the payer's part, the worker's, the total.

use crate::calc::program::Program;
use crate::report::explain::{Part, Topic};
use crate::ui::components::data_table::data_table;
use crate::ui::components::figure::Figure;
use crate::ui::shared::shared;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;

/// One row per program with a premium.
#[component(transparent)]
pub fn ByProgram() -> impl IntoView {
    let state = use_app();
    let rows = move || {
        let lang = state.lang.get();
        state.outcome.with(|o| {
            let Some(o) = o else { return Vec::new() };
            Program::ALL
                .iter()
                .filter(|p| o.sums.period.get(**p).total() > crate::calc::money::Rupiah::ZERO)
                .map(|&p| {
                    let s = o.sums.period.get(p);
                    let cell = move |amount, part: Part, name: &str| {
                        let t = state.t();
                        let label = match part {
                            Part::Payer => t.payer_share,
                            Part::Worker => t.worker_share,
                            Part::Total => t.total,
                        };
                        view! {
                            <td class="num" data-label=label>
                                <Figure
                                    value=lang.rupiah(amount)
                                    explain=Topic::ProgramPart(p, part)
                                    testid=format!(
                                        "program-{}-{name}",
                                        p.abbr().to_ascii_lowercase(),
                                    )
                                />
                            </td>
                        }
                    };
                    view! {
                        <tr>
                            <th scope="row">{p.abbr()}</th>
                            {cell(s.payer, Part::Payer, "payer")}
                            {cell(s.worker, Part::Worker, "worker")}
                            {cell(s.total(), Part::Total, "total")}
                        </tr>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        {data_table(
            |t| t.by_program,
            view! {
                <th scope="col">{tr(|t| t.program)}</th>
                <th scope="col" class="num">
                    {tr(|t| t.payer_share)}
                </th>
                <th scope="col" class="num">
                    {tr(|t| t.worker_share)}
                </th>
                <th scope="col" class="num">
                    {tr(|t| t.total)}
                </th>
            }
                .into_any(),
            shared(rows),
            true,
        )}
    }
}

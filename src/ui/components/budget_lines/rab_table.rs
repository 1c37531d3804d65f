//! The page's RAB table: every amount opens its formula; then the total in words.

use crate::calc::law::Law;
use crate::calc::money::Rupiah;
use crate::calc::premium::CategoryCost;
use crate::report::explain::{self, Explanation};
use crate::report::lang::Lang;
use crate::report::rab::{Rab, RabLine};
use crate::report::texts::names::source_name;
use crate::ui::components::figure::Figure;
use crate::ui::components::rab_groups::rab_groups;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Builds a line's explanation from the line and its category's cost.
type LineExplain = fn(Lang, &RabLine, &CategoryCost, &Law) -> Explanation;

/// A money figure of a line, whose formula needs the cost of the line's category (read
/// when the figure is opened).
fn line_figure(
    state: AppState,
    lang: Lang,
    l: &RabLine,
    amount: Rupiah,
    why: LineExplain,
    testid: Option<String>,
) -> impl IntoView {
    let l = l.clone();
    let explain = move || {
        state
            .with_outcome_now_untracked(|o| {
                o.and_then(|o| {
                    o.categories
                        .get(l.category)
                        .map(|c| (c.cost.clone(), o.law.clone()))
                })
            })
            .map_or_else(Explanation::none, |(c, law)| why(lang, &l, &c, &law))
    };
    Figure(crate::ui::components::figure::FigureProps {
        value: lang.rupiah(amount).into(),
        explain: explain.into(),
        testid,
    })
}

/// A sum of named terms, explained.
fn sum_figure(lang: Lang, terms: Vec<(String, Rupiah)>, total: Rupiah) -> impl IntoView {
    view! {
        <Figure
            value=lang.rupiah(total)
            explain=move || explain::rab_sum(lang, &Law::as_checked(), &terms, total)
        />
    }
}

/// The table of a RAB with at least one line.
pub fn rab_table(state: AppState, lang: Lang, rab: &Rab) -> impl IntoView {
    let words = state.later();
    let groups = rab_groups(
        rab,
        |l| {
            view! {
                <tr>
                    <td data-testid="rab-code" data-label=words.rab_code>
                        {l.code(lang.formula().rab_no_code)}
                    </td>
                    <td>
                        {l.description.clone()}
                        {l
                            .varies
                            .then(|| view! { <span class="line-note">{words.varies_line}</span> })}
                        {l
                            .prohibited
                            .then(|| {
                                view! {
                                    <span
                                        class="line-note line-note--strong"
                                        data-testid="rab-prohibited"
                                    >
                                        {crate::report::rab::prohibited_note(lang, rab.year)}
                                    </span>
                                }
                            })}
                    </td>
                    <td class="num" data-label=words.rab_volume>
                        {l.volume.clone()}
                    </td>
                    <td class="num" data-label=words.rab_unit_price>
                        {line_figure(state, lang, l, l.unit_price, explain::rab_unit_price, None)}
                    </td>
                    <td class="num" data-label=words.rab_amount>
                        {line_figure(
                            state,
                            lang,
                            l,
                            l.amount,
                            |lang, l, c, _| explain::rab_line(lang, l, c),
                            Some(format!("rab-amount-{}", l.category)),
                        )}
                    </td>
                </tr>
            }
        },
        |g, lines| {
            let terms = g
                .lines
                .iter()
                .map(|l| (l.description.clone(), l.amount))
                .collect();
            view! {
                <tbody>
                    <tr class="group-head">
                        <th scope="rowgroup" colspan="5">
                            {source_name(lang, g.funding)}
                        </th>
                    </tr>
                    {lines}
                    <tr class="subtotal">
                        <th scope="row" colspan="4">
                            {format!("{} {}", words.subtotal, source_name(lang, g.funding))}
                        </th>
                        <td class="num">{sum_figure(lang, terms, g.subtotal)}</td>
                    </tr>
                </tbody>
            }
        },
    );
    let subtotals = rab
        .groups
        .iter()
        .map(|g| {
            (
                format!("{} {}", words.subtotal, source_name(lang, g.funding)),
                g.subtotal,
            )
        })
        .collect();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="rab cards cards--lead" data-testid="rab-table">
                <caption>{words.rab_title}</caption>
                <thead>
                    <tr>
                        <th scope="col">{words.rab_code}</th>
                        <th scope="col">{words.rab_description}</th>
                        <th scope="col" class="num">
                            {words.rab_volume}
                        </th>
                        <th scope="col" class="num">
                            {words.rab_unit_price}
                        </th>
                        <th scope="col" class="num">
                            {words.rab_amount}
                        </th>
                    </tr>
                </thead>
                {groups}
                <tfoot>
                    <tr class="grand">
                        <th scope="row" colspan="4">
                            {words.grand_total}
                        </th>
                        <td class="num" data-testid="rab-total">
                            {sum_figure(lang, subtotals, rab.total)}
                        </td>
                    </tr>
                </tfoot>
            </table>
        </div>
        <p class="words" data-testid="rab-words">
            <strong>{words.in_words}": "</strong>
            <em>{rab.total_words.clone()}</em>
        </p>
        {rab
            .place
            .clone()
            .map(|line| {
                view! {
                    <p class="note" data-testid="rab-place">
                        {line}
                    </p>
                }
            })}
    }
}

//! The sheet's RAB: the budget lines by funding source, the total in words, and the notes
//! for lines marked * (cost varies by month) and † (not allowed from this fund).

use crate::calc::{Outcome, Plan};
use crate::report::lang::Lang;
use crate::report::rab::{budget_lines, prohibited_note};
use crate::report::texts::names::source_name;
use crate::report::texts::page::later_texts;
use crate::ui::components::rab_groups::rab_groups;
use leptos::prelude::*;

/// The RAB table and its notes.
pub fn rab_table(lang: Lang, plan: &Plan, o: &Outcome) -> impl IntoView {
    let t = later_texts(lang);
    let rab = budget_lines(plan, o, lang);
    let rab_rows = rab_groups(
        &rab,
        |l| {
            view! {
                <tr>
                    <td>{l.code(lang.formula().rab_no_code)}</td>
                    <td class="wrap">
                        {l.description.clone()}{l.varies.then_some(" *")}
                        {l.prohibited.then_some(" †")}
                    </td>
                    <td class="num">{l.volume.clone()}</td>
                    <td class="num">{lang.rupiah(l.unit_price)}</td>
                    <td class="num">{lang.rupiah(l.amount)}</td>
                </tr>
            }
        },
        |g, lines| {
            view! {
                {lines}
                <tr class="subtotal">
                    <td colspan="4">
                        {format!("{} {}", t.subtotal, source_name(lang, g.funding))}
                    </td>
                    <td class="num">{lang.rupiah(g.subtotal)}</td>
                </tr>
            }
        },
    );
    let varies_note = rab
        .any_varies()
        .then(|| view! { <p class="small">"* "{t.varies_line}</p> });
    let prohibited_note = rab.any_prohibited().then(|| {
        let note = prohibited_note(lang, rab.year);
        view! { <p class="small sheet__warning">"† "{note}</p> }
    });
    view! {
        <h2>{t.rab_title}</h2>
        <table>
            <thead>
                <tr>
                    <th>{t.rab_code}</th>
                    <th>{t.rab_description}</th>
                    <th class="num">{t.rab_volume}</th>
                    <th class="num">{t.sheet_unit_price}</th>
                    <th class="num">{t.rab_amount}</th>
                </tr>
            </thead>
            <tbody>{rab_rows}</tbody>
            <tfoot>
                <tr class="grand">
                    <td colspan="4">{t.grand_total}</td>
                    <td class="num" data-testid="sheet-total">
                        {lang.rupiah(rab.total)}
                    </td>
                </tr>
            </tfoot>
        </table>
        <p class="words">
            <strong>{t.in_words}": "</strong>
            <em data-testid="sheet-words">{rab.total_words.clone()}</em>
        </p>
        {varies_note}
        {prohibited_note}
    }
}

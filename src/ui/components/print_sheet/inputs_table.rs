//! "Data masukan": each insured category with its scheme, base, programs, people and fund.

use crate::calc::Plan;
use crate::report::lang::Lang;
use crate::report::texts::names::source_name;
use crate::report::texts::names::{category_name, program_list, scheme_and_class};
use crate::report::texts::page::later_texts;
use crate::report::texts::page::texts;
use leptos::prelude::*;

/// The inputs table.
pub fn inputs_table(lang: Lang, plan: &Plan) -> impl IntoView {
    let t = texts(lang);
    let l = later_texts(lang);
    let inputs = plan
        .categories
        .iter()
        .filter(|c| c.insured > 0)
        .map(|c| {
            view! {
                <tr>
                    <td class="wrap">{category_name(lang, c)}</td>
                    <td>{scheme_and_class(c)}</td>
                    <td class="num">{lang.rupiah(c.base)}</td>
                    <td>{program_list(c)}</td>
                    <td class="num">{lang.count(c.insured)}</td>
                    <td>{source_name(lang, c.funding)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{l.sheet_inputs}</h2>
        <table>
            <thead>
                <tr>
                    <th>{t.category}</th>
                    <th>{l.scheme}</th>
                    <th class="num">{l.sheet_base}</th>
                    <th>{l.programs}</th>
                    <th class="num">{t.people}</th>
                    <th>{l.funding}</th>
                </tr>
            </thead>
            <tbody>{inputs}</tbody>
        </table>
    }
}

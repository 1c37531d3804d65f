//! Beside each other at the foot of the sheet: the rates in force and the assumptions on
//! one side, the plan's link and its QR code on the other.

use crate::calc::{Outcome, Plan};
use crate::report::explain::rates_in_force;
use crate::report::lang::Lang;
use crate::report::qr::qr_svg_path;
use crate::report::sheet;
use crate::report::texts::page::later_texts;
use crate::ui::scenario::share_link;
use leptos::prelude::*;

/// Rates, assumptions, link and QR code.
pub fn notes_and_link(lang: Lang, plan: &Plan, o: &Outcome) -> impl IntoView {
    let t = later_texts(lang);
    let rates = rates_in_force(lang, plan, &o.law)
        .into_iter()
        .map(|r| view! { <li>{r.label}" — "<span class="basis">{r.basis}</span></li> })
        .collect_view();
    let assumptions = sheet::assumptions(lang, plan, o)
        .into_iter()
        .map(|a| view! { <li>{a}</li> })
        .collect_view();
    let link = share_link(plan);
    let qr = qr_svg_path(&link).map(|q| {
        let view_box = format!("0 0 {0} {0}", q.size);
        view! {
            <svg
                class="qr"
                viewBox=view_box
                shape-rendering="crispEdges"
                role="img"
                aria-label=t.sheet_link
                data-testid="sheet-qr"
            >
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=q.path fill="#000"></path>
            </svg>
        }
    });
    view! {
        <div class="sheet__cols">
            <div>
                <h2>{t.sheet_rates}</h2>
                <ul>{rates}</ul>
                <h2>{t.sheet_assumptions}</h2>
                <ul>{assumptions}</ul>
            </div>
            <div class="sheet__link">
                {qr} <p class="small">{t.sheet_link}</p>
                // Its start only: the QR holds it whole, and a long one (a name in another
                // script) would push the signatures to a second page.
                <p class="small link" data-testid="sheet-link" data-link=link.clone()>
                    {short_link(&link)}
                </p>
            </div>
        </div>
    }
}

/// The printed link: whole when short, else its first characters and "…".
fn short_link(link: &str) -> String {
    const SHOWN: usize = 60;
    if link.chars().count() <= SHOWN {
        return link.to_string();
    }
    let mut short: String = link.chars().take(SHOWN - 1).collect();
    short.push('…');
    short
}

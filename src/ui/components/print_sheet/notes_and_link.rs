//! Beside each other at the foot of the sheet: the rates in force and the assumptions on
//! one side, the plan's link and its QR code on the other.

use crate::calc::{Outcome, Plan};
use crate::report::explain::rates_in_force;
use crate::report::lang::Lang;
use crate::report::qr::qr_svg_path;
use crate::ui::i18n::{caution, texts};
use crate::ui::scenario::share_link;
use leptos::prelude::*;

/// Every assumption the figures rest on, then the plan's cautions.
fn assumptions(lang: Lang, plan: &Plan, o: &Outcome) -> Vec<String> {
    let mut assumptions = vec![
        lang.pick(
            "Pembulatan tiap program per orang per bulan ke rupiah terdekat (tidak ada aturan resmi); pada JHT dan JP bagian desa dan bagian pekerja masing-masing dibulatkan sendiri.",
            "Each program per person per month rounded to the nearest rupiah (no official rule); in JHT and JP the village's and the worker's parts are each rounded on their own.",
        )
        .to_string(),
        format!(
            "{} {} {}",
            lang.pick("Angka kematian", "Death rate"),
            lang.number(plan.death_rate_per_mille, 2),
            lang.pick("per 1.000 per tahun (Tanah Bumbu 2023).", "per 1,000 a year (Tanah Bumbu 2023).")
        ),
    ];
    if o.budget.thirty_percent.is_some() {
        assumptions.push(
            lang.pick(
                "Bagian desa atas iuran kepala desa dan perangkat dihitung di dalam batas 30 %.",
                "The village's share of officials' premiums counts inside the 30 % limit.",
            )
            .to_string(),
        );
    }
    assumptions.extend(o.cautions.iter().map(|c| caution(lang, c, plan)));
    assumptions
}

/// Rates, assumptions, link and QR code.
pub fn notes_and_link(lang: Lang, plan: &Plan, o: &Outcome) -> impl IntoView {
    let t = texts(lang);
    let rates = rates_in_force(lang, plan)
        .into_iter()
        .map(|r| view! { <li>{r.label}" — "<span class="basis">{r.basis}</span></li> })
        .collect_view();
    let assumptions = assumptions(lang, plan, o)
        .into_iter()
        .map(|a| view! { <li>{a}</li> })
        .collect_view();
    let link = share_link(plan);
    let qr = qr_svg_path(&link).map(|q| {
        let view_box = format!("0 0 {0} {0}", q.size);
        view! {
            <svg class="qr" viewBox=view_box shape-rendering="crispEdges" role="img" aria-label=t.sheet_link data-testid="sheet-qr">
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
                {qr}
                <p class="small">{t.sheet_link}</p>
                <p class="small link" data-testid="sheet-link">{link}</p>
            </div>
        </div>
    }
}

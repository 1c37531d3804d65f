//! "Perlindungan": who is protected and what a family receives, in one paragraph.

use crate::calc::Outcome;
use crate::report::lang::Lang;
use crate::ui::i18n::texts;
use leptos::prelude::*;

/// The coverage paragraph of the sheet.
pub fn coverage(lang: Lang, o: &Outcome) -> impl IntoView {
    let t = texts(lang);
    let g = &o.group;
    // The benefits come from the rate table through the outcome, never typed in here.
    let benefits = o.benefit_summary();
    let (people, jkm, jkk, scholarship) = (
        lang.count(g.protected),
        lang.rupiah(benefits.jkm_death),
        lang.rupiah(benefits.jkk_death_at_least),
        lang.rupiah(benefits.scholarship_max),
    );
    let (deaths, payout) = (
        lang.number(g.expected_deaths_per_year, 2),
        lang.rupiah(g.expected_payout_per_year),
    );
    let (year, term) = (
        lang.percent(g.chance_this_year, 1),
        lang.percent(g.chance_over_term, 1),
    );
    let coverage = match lang {
        Lang::Id => format!(
            "{people} orang terlindungi. Bila peserta meninggal bukan karena kerja, keluarganya menerima {jkm}; karena kecelakaan kerja sedikitnya {jkk}. Beasiswa sampai {scholarship} untuk 2 anak, dibayar per tahun ajaran. Perkiraan: {deaths} peserta meninggal per tahun, santunan {payout} per tahun; peluang minimal satu keluarga menerima santunan tahun ini {year}, selama 8 tahun {term}."
        ),
        Lang::En => format!(
            "{people} people protected. If a member dies of a non-work cause the family receives {jkm}; from a work accident at least {jkk}. Scholarships up to {scholarship} for 2 children, paid per school year. Expected: {deaths} deaths a year, {payout} paid a year; chance at least one family is paid this year {year}, over 8 years {term}."
        ),
    };
    view! {
        <h2>{t.sheet_coverage}</h2>
        <p>{coverage}</p>
    }
}

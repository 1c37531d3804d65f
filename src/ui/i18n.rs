//! Every word the page shows, in one table per language. A missing word in either
//! language is a compile error, because both tables fill the same struct.

mod en;
mod id;

use crate::calc::capacity::CapacityError;
use crate::calc::outcome::Caution;
use crate::calc::plan::{Plan, PlanError};
use crate::codec::input::InputError;
use crate::codec::scenario_file::ImportProblemKind;
use crate::report::explain::category_name;
use crate::report::lang::Lang;

/// The page's fixed texts.
pub struct Texts {
    pub title: &'static str,
    pub tagline: &'static str,
    pub lang_toggle: &'static str,
    pub privacy: &'static str,
    pub section_village: &'static str,
    pub village_name: &'static str,
    pub village_placeholder: &'static str,
    pub budget_year: &'static str,
    pub first_month: &'static str,
    pub months: &'static str,
    pub months_hint: &'static str,
    pub add: &'static str,
    pub add_hint: &'static str,
    pub belanja: &'static str,
    pub belanja_hint: &'static str,
    pub bengkok: &'static str,
    pub siltap: &'static str,
    pub optional: &'static str,
    pub assumptions: &'static str,
    pub death_rate: &'static str,
    pub death_rate_hint: &'static str,
    pub adjustment: &'static str,
    pub adjustment_hint: &'static str,
    pub insured_since: &'static str,
    pub insured_since_hint: &'static str,
    pub oldest_age: &'static str,
    pub oldest_age_hint: &'static str,
    pub section_workers: &'static str,
    pub workers_hint: &'static str,
    pub category_name: &'static str,
    pub insured: &'static str,
    pub population: &'static str,
    pub population_hint: &'static str,
    pub scheme: &'static str,
    pub scheme_pu: &'static str,
    pub scheme_bpu: &'static str,
    pub wage: &'static str,
    pub income: &'static str,
    pub income_hint: &'static str,
    pub programs: &'static str,
    pub jkk_jkm_always: &'static str,
    pub jht: &'static str,
    pub jp: &'static str,
    pub risk_class: &'static str,
    pub funding: &'static str,
    pub sector: &'static str,
    pub sector_transport: &'static str,
    pub sector_other: &'static str,
    pub account_code: &'static str,
    pub remove: &'static str,
    pub add_category: &'static str,
    pub add_category_kind: &'static str,
    pub section_cost: &'static str,
    pub per_month: &'static str,
    pub payer_share: &'static str,
    pub worker_share: &'static str,
    pub worker_share_hint: &'static str,
    pub by_category: &'static str,
    pub category: &'static str,
    pub people: &'static str,
    pub per_person_month: &'static str,
    pub by_program: &'static str,
    pub program: &'static str,
    pub by_source: &'static str,
    pub source: &'static str,
    pub total: &'static str,
    pub varies_note: &'static str,
    pub section_budget: &'static str,
    pub charged_to_add: &'static str,
    pub add_share: &'static str,
    pub add_remaining: &'static str,
    pub add_missing: &'static str,
    pub chart_title: &'static str,
    pub premium_legend: &'static str,
    pub remaining_legend: &'static str,
    pub thirty_title: &'static str,
    pub thirty_within: &'static str,
    pub thirty_over: &'static str,
    pub thirty_missing: &'static str,
    pub cautions: &'static str,
    pub section_protection: &'static str,
    pub people_protected: &'static str,
    pub coverage: &'static str,
    pub unprotected: &'static str,
    pub family_receives: &'static str,
    pub event: &'static str,
    pub benefit: &'static str,
    pub jkm_death: &'static str,
    pub jkk_death: &'static str,
    pub disability: &'static str,
    pub temporary: &'static str,
    pub medical: &'static str,
    pub medical_value: &'static str,
    pub scholarship: &'static str,
    pub scholarship_note: &'static str,
    pub group_title: &'static str,
    pub sum_assured: &'static str,
    pub expected_deaths: &'static str,
    pub expected_payout: &'static str,
    pub chance_year: &'static str,
    pub chance_term: &'static str,
    pub payout_ratio: &'static str,
    pub jht_is_savings: &'static str,
    pub stale: &'static str,
    pub plan_invalid: &'static str,
    pub formula: &'static str,
    pub legal_basis: &'static str,
    pub show_formula: &'static str,
    pub footer: &'static str,
    pub sources_note: &'static str,
    pub rekap_link: &'static str,
    pub per_year: &'static str,
    pub payment_title: &'static str,
    pub payment_pu: &'static str,
    pub payment_bpu: &'static str,
    pub section_documents: &'static str,
    pub rab_title: &'static str,
    pub rab_code: &'static str,
    pub rab_description: &'static str,
    pub rab_volume: &'static str,
    pub rab_unit_price: &'static str,
    pub rab_amount: &'static str,
    pub subtotal: &'static str,
    pub grand_total: &'static str,
    pub in_words: &'static str,
    pub varies_line: &'static str,
    pub worker_share_line: &'static str,
    pub rab_empty: &'static str,
    pub print_button: &'static str,
    pub csv_rab: &'static str,
    pub csv_categories: &'static str,
    pub csv_note: &'static str,
    pub sheet_title: &'static str,
    pub sheet_village: &'static str,
    pub sheet_period: &'static str,
    pub sheet_printed: &'static str,
    pub sheet_inputs: &'static str,
    pub sheet_base: &'static str,
    pub sheet_summary: &'static str,
    pub sheet_coverage: &'static str,
    pub sheet_rates: &'static str,
    pub sheet_assumptions: &'static str,
    pub sheet_link: &'static str,
    pub sign_kades: &'static str,
    pub sign_sekdes: &'static str,
    pub sign_kaur: &'static str,
    pub sign_name: &'static str,
    pub section_scenarios: &'static str,
    pub presets_title: &'static str,
    pub preset_label: &'static str,
    pub preset_apply: &'static str,
    pub share_title: &'static str,
    pub share_note: &'static str,
    pub share_link_label: &'static str,
    pub copy: &'static str,
    pub whatsapp: &'static str,
    pub saved_title: &'static str,
    pub autosave_note: &'static str,
    pub scenario_name: &'static str,
    pub save: &'static str,
    pub open: &'static str,
    pub rename: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub no_saved: &'static str,
    pub compare_title: &'static str,
    pub compare_hint: &'static str,
    pub compare_current: &'static str,
    pub difference: &'static str,
    pub file_title: &'static str,
    pub export_json: &'static str,
    pub import_json: &'static str,
    pub import_ok: &'static str,
    pub import_failed: &'static str,
    pub link_opened: &'static str,
    pub link_broken: &'static str,
    pub storage_corrupt: &'static str,
    pub dismiss: &'static str,
    pub crashed: &'static str,
    pub reload: &'static str,
    pub capacity_title: &'static str,
    pub capacity_hint: &'static str,
    pub capacity_mode: &'static str,
    pub capacity_mode_amount: &'static str,
    pub capacity_mode_share: &'static str,
    pub capacity_ceiling_amount: &'static str,
    pub capacity_ceiling_share: &'static str,
    pub capacity_ceiling_hint: &'static str,
    pub capacity_grow: &'static str,
    pub capacity_grow_all: &'static str,
    pub capacity_prompt: &'static str,
    pub capacity_people: &'static str,
    pub capacity_cost: &'static str,
    pub capacity_left: &'static str,
    pub capacity_next: &'static str,
    pub capacity_apply: &'static str,
    /// Said (to screen readers; the space is kept empty) while a deferred part loads.
    pub deferred_loading: &'static str,
    /// Shown when a deferred part could not be downloaded.
    pub deferred_failed: &'static str,
    /// The button that downloads a failed part again.
    pub deferred_retry: &'static str,
}

/// The texts of a language.
#[must_use]
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Id => &id::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The message for a rejected input.
#[must_use]
pub fn input_error(lang: Lang, error: &InputError) -> String {
    match lang {
        Lang::Id => id::input_error(error),
        Lang::En => en::input_error(error),
    }
}

/// Why no head count can be given under a ceiling, as a sentence with its figures.
#[must_use]
pub fn capacity_error(lang: Lang, error: &CapacityError, months: u8) -> String {
    let plan = |e: &PlanError| plan_error(lang, e);
    match lang {
        Lang::Id => id::capacity_error(error, months, &plan),
        Lang::En => en::capacity_error(error, months, &plan),
    }
}

/// The message for a plan the core cannot cost.
#[must_use]
pub fn plan_error(lang: Lang, error: &PlanError) -> String {
    match lang {
        Lang::Id => id::plan_error(error),
        Lang::En => en::plan_error(error),
    }
}

/// The sentence for a caution, naming categories from the plan.
#[must_use]
pub fn caution(lang: Lang, caution: &Caution, plan: &Plan) -> String {
    let name = |i: usize| {
        plan.categories
            .get(i)
            .map(|c| category_name(lang, c))
            .unwrap_or_default()
    };
    match lang {
        Lang::Id => id::caution(caution, &name, plan),
        Lang::En => en::caution(caution, &name, plan),
    }
}

/// The message for one problem of an imported scenario file.
#[must_use]
pub fn import_problem(lang: Lang, kind: &ImportProblemKind) -> String {
    use ImportProblemKind as K;
    let l = lang;
    match kind {
        K::InvalidJson { line, column } => format!(
            "{} {line}, {} {column}",
            l.pick("bukan JSON yang sah, baris", "not valid JSON, line"),
            l.pick("kolom", "column")
        ),
        K::FileTooLarge => l.pick("berkas terlalu besar", "file too large").into(),
        K::Missing => l.pick("wajib diisi", "required").into(),
        K::WrongType => l.pick("jenis isian salah", "wrong type of value").into(),
        K::NotANumber => l.pick("bukan angka", "not a number").into(),
        K::Negative => l.pick("tidak boleh negatif", "cannot be negative").into(),
        K::TooLarge => l.pick("terlalu besar", "too large").into(),
        K::TooManyDecimals => l
            .pick("terlalu banyak angka desimal", "too many decimals")
            .into(),
        K::NotWhole => l
            .pick("harus bilangan bulat", "must be a whole number")
            .into(),
        K::OutOfRange { min, max } => format!(
            "{} {min}–{max}",
            l.pick("harus di antara", "must be within")
        ),
        K::TooLong { max } => format!(
            "{} {max}",
            l.pick("terlalu panjang, paling banyak", "too long, at most")
        ),
        K::UnknownValue { allowed } => format!(
            "{} {}",
            l.pick("harus salah satu dari", "must be one of"),
            allowed.join(", ")
        ),
        K::UnsupportedVersion => l
            .pick("versi berkas tidak dikenal", "unknown file version")
            .into(),
        K::TooManyCategories => l
            .pick("terlalu banyak kategori", "too many categories")
            .into(),
        K::Invalid(e) => plan_error(lang, e),
        K::More { count } => format!(
            "{} {} {}",
            l.pick("dan", "and"),
            lang.count(u32::try_from(*count).unwrap_or(u32::MAX)),
            l.pick("masalah lain", "more problems")
        ),
    }
}

/// Figures the cautions cite, read from the rate table and the Dana Desa rules, so a
/// change in the law changes the sentence too.
pub(crate) struct CitedFigures {
    jp_cap: crate::calc::money::Rupiah,
    jp_cap_from: crate::calc::period::YearMonth,
    jp_cap_basis: &'static str,
    jp_years: u8,
    bpu_floor: crate::calc::money::Rupiah,
    dd_basis: &'static str,
}

pub(crate) fn cited_figures(year: i32) -> CitedFigures {
    use crate::calc::period::YearMonth;
    use crate::calc::rates::{self, RateKey, JP_CAP_PUBLISHED_THROUGH};
    use rust_decimal::prelude::ToPrimitive;
    let cap = rates::in_force(RateKey::JpWageCap, JP_CAP_PUBLISHED_THROUGH);
    let mid = YearMonth::new(year, 6);
    let months = rates::value(RateKey::JpPensionMonths, mid);
    CitedFigures {
        jp_cap: crate::calc::money::Rupiah::from_decimal(cap.value),
        jp_cap_from: cap.from,
        jp_cap_basis: cap.basis,
        jp_years: (months / rust_decimal::Decimal::from(12))
            .to_u8()
            .unwrap_or(15),
        bpu_floor: crate::calc::money::Rupiah::from_decimal(rates::value(
            RateKey::BpuMinIncome,
            mid,
        )),
        dd_basis: crate::calc::budget::DANA_DESA_RULES
            .iter()
            .find(|r| r.year == year)
            .or(crate::calc::budget::DANA_DESA_RULES.last())
            .map_or("", |r| r.basis),
    }
}

/// The name of a funding source (one copy of the text, in the core).
pub use crate::report::rab::source_name;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_is_empty_in_either_language() {
        for lang in [Lang::Id, Lang::En] {
            let t = texts(lang);
            for (i, s) in [
                t.title,
                t.tagline,
                t.lang_toggle,
                t.add,
                t.insured,
                t.stale,
                t.footer,
            ]
            .iter()
            .enumerate()
            {
                assert!(!s.trim().is_empty(), "{lang:?} text {i} empty");
            }
        }
        assert_ne!(texts(Lang::Id).title, texts(Lang::En).title);
    }

    #[test]
    fn cautions_cite_the_figures_of_the_rate_table_and_rules() {
        let plan = Plan::default();
        let name = |_| "Perangkat".to_string();
        let dd = id::caution(&Caution::DanaDesaProhibited { category: 0 }, &name, &plan);
        assert!(
            dd.contains("Permendes PDT 16/2025") && dd.contains("ADD atau PADes"),
            "{dd}"
        );
        let cap = en::caution(&Caution::JpCapSecondarySource, &name, &plan);
        assert!(
            cap.contains("Rp11,086,300") && cap.contains("B/1226/022026"),
            "{cap}"
        );
        let jp = id::caution(
            &Caution::JpAge {
                category: 0,
                pension_age: 59,
            },
            &name,
            &plan,
        );
        assert!(jp.contains("59 tahun") && jp.contains("15 tahun"), "{jp}");
        let other = Plan::for_year(2025);
        let unchecked = en::caution(
            &Caution::DanaDesaRulesUnchecked { year: 2025 },
            &name,
            &other,
        );
        assert!(
            unchecked.contains("2025") && unchecked.contains("not checked"),
            "{unchecked}"
        );
    }

    #[test]
    fn the_static_first_paint_header_says_what_the_app_says() {
        // index.html paints the header before the WebAssembly arrives; the app then
        // replaces it, so a mismatch would flicker to other words.
        let html = include_str!("../../index.html");
        let start = html.find("id=\"boot-header\"").unwrap_or(0);
        let boot = &html[start..];
        let end = boot.find("</header>").unwrap_or(boot.len());
        let boot = &boot[..end];
        let t = texts(Lang::Id);
        for word in [t.title, t.tagline, t.lang_toggle] {
            assert!(boot.contains(word), "index.html boot header lacks {word:?}");
        }
        assert!(start > 0, "index.html has no boot header");
    }
}

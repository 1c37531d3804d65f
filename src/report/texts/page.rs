//! Every word the village page shows, in one table per language. A missing word in either
//! language is a compile error, because both tables fill the same struct.

mod en;
mod id;

use crate::calc::benefit::{DEFAULT_DEATH_RATE_PER_MILLE, TERM_YEARS};
use crate::calc::budget::{dana_desa_rule, DANA_DESA_CONTEXT, DANA_DESA_RULES, THIRTY_PERCENT};
use crate::calc::capacity::CapacityError;
use crate::calc::category::Category;
use crate::calc::caution::Caution;
use crate::calc::law::Law;
use crate::calc::money::Rupiah;
use crate::calc::period::{BudgetPeriod, MONTHS_IN_YEAR};
use crate::calc::plan::{Plan, PlanError};
use crate::calc::rates::RateKey;
use crate::codec::input::InputError;
use crate::codec::scenario_file::ImportProblemKind;
use crate::report::lang::Lang;
use crate::report::texts::names::{category_name, program_list, scheme_abbr, source_name};
use rust_decimal::Decimal;

/// The page's fixed texts.
pub struct Texts {
    pub title: &'static str,
    pub tagline: &'static str,
    pub lang_toggle: &'static str,
    /// English could not be fetched (the release build loads it when first chosen).
    pub english_failed: &'static str,
    pub privacy: &'static str,
    pub section_village: &'static str,
    pub village_name: &'static str,
    pub village_placeholder: &'static str,
    /// The button that opens "Pilih desa" (issue 22).
    pub pick_village: &'static str,
    /// The village picked from the registry, given its code, kecamatan, kabupaten, province.
    pub place_line: fn(code: &str, kecamatan: &str, kabupaten: &str, provinsi: &str) -> String,
    pub budget_year: &'static str,
    pub first_month: &'static str,
    pub months: &'static str,
    pub months_hint: &'static str,
    pub add: &'static str,
    pub add_hint: &'static str,
    pub assumptions: &'static str,
    pub section_workers: &'static str,
    pub workers_hint: &'static str,
    pub category_name: &'static str,
    pub insured: &'static str,
    pub population: &'static str,
    pub population_hint: &'static str,
    pub wage: &'static str,
    pub income: &'static str,
    /// Cites figures of the law (`Figures`).
    pub income_hint: fn(&Figures) -> String,
    pub account_code: &'static str,
    pub remove: &'static str,
    /// The remove button asking once more for a card with people, given their count.
    pub remove_confirm: fn(&str) -> String,
    pub add_category: &'static str,
    pub add_category_kind: &'static str,
    pub section_cost: &'static str,
    pub per_month: &'static str,
    pub payer_share: &'static str,
    pub worker_share: &'static str,
    /// Cites figures of the law (`Figures`).
    pub worker_share_hint: fn(&Figures) -> String,
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
    /// Cites figures of the law (`Figures`).
    pub thirty_title: fn(&Figures) -> String,
    /// Cites figures of the law (`Figures`).
    pub thirty_within: fn(&Figures) -> String,
    /// Cites figures of the law (`Figures`).
    pub thirty_over: fn(&Figures) -> String,
    pub thirty_missing: &'static str,
    pub cautions: &'static str,
    pub stale: &'static str,
    /// Above the results while the plan is still the built-in example.
    pub example_note: &'static str,
    /// Before the phone's total bar while the plan is the example ("Contoh · ").
    pub example: &'static str,
    /// The phone's summary bar: the amount charged to ADD, beside its share of ADD.
    pub bar_from_add: &'static str,
    /// A whole-number field (a head count, an age) holds something that is not a number.
    pub not_a_count: &'static str,
    /// The example in an empty head count.
    pub count_placeholder: &'static str,
    /// After a card is removed: "Kategori “Kader” dihapus."
    pub removed: fn(&str) -> String,
    /// The button that brings a removed card back.
    pub undo: &'static str,
    /// Under a name longer than the plan keeps: how much of it is kept.
    pub name_cut: fn(usize) -> String,
    /// Under a field that does not read: the committed value the figures still use.
    pub kept_value: fn(&str) -> String,
    /// Under a field that does not read and was empty before: it is left out meanwhile.
    pub kept_empty: &'static str,
    pub plan_invalid: &'static str,
    pub formula: &'static str,
    pub legal_basis: &'static str,
    pub show_formula: &'static str,
    pub footer: &'static str,
    /// "Aturan dan tarif diperiksa per 6 Desember 2026." (`Figures`).
    pub rules_checked: fn(&Figures) -> String,
    /// What a month after that day is costed with (`Figures`).
    pub rules_after_check: fn(&Figures) -> String,
    pub sources_note: &'static str,
    pub rekap_link: &'static str,
    pub import_ok: &'static str,
    pub import_failed: &'static str,
    pub link_opened: &'static str,
    pub link_broken: &'static str,
    pub storage_corrupt: &'static str,
    pub dismiss: &'static str,
    /// Said (to screen readers; the space is kept empty) while a deferred part loads.
    pub deferred_loading: &'static str,
    /// Shown when a deferred part could not be downloaded.
    pub deferred_failed: &'static str,
    /// Shown in the form's place until its part arrives (issue 26).
    pub form_loading: &'static str,
    /// Shown when the form's part could not be downloaded; the results stay.
    pub form_failed: &'static str,
    /// The button that downloads a failed part again.
    pub deferred_retry: &'static str,
    /// A first-screen formula opened before its part has arrived.
    pub formula_loading: &'static str,
    /// After a category's cost per person: "per orang per bulan".
    pub a_person_a_month: &'static str,
    /// Before the folded card's scheme and programs.
    pub setup_label: &'static str,
    pub family_receives: &'static str,
}

/// The texts only the parts that arrive after the first answer show (presets, capacity,
/// protection, budget lines, scenarios, print sheet): a table of their own, read only by
/// those parts, so that the first download does not carry them (issue 26).
pub struct LaterTexts {
    pub optional: &'static str,
    pub section_protection: &'static str,
    pub people_protected: &'static str,
    pub coverage: &'static str,
    pub unprotected: &'static str,
    pub event: &'static str,
    pub benefit: &'static str,
    pub jkm_death: &'static str,
    pub jkk_death: &'static str,
    pub disability: &'static str,
    pub temporary: &'static str,
    pub medical: &'static str,
    pub medical_value: &'static str,
    /// Cites figures of the law (`Figures`).
    pub scholarship: fn(&Figures) -> String,
    /// Cites figures of the law (`Figures`).
    pub scholarship_note: fn(&Figures) -> String,
    pub group_title: &'static str,
    pub sum_assured: &'static str,
    pub expected_deaths: &'static str,
    pub expected_payout: &'static str,
    pub chance_year: &'static str,
    /// Cites figures of the law (`Figures`).
    pub chance_term: fn(&Figures) -> String,
    pub payout_ratio: &'static str,
    pub jht_is_savings: &'static str,
    /// The WhatsApp message: village (may be empty), year, total with its period, share of
    /// ADD (if any), link.
    pub share_message: fn(&str, i32, &str, Option<&str>, &str) -> String,
    /// The unit of a difference of two percentages ("+1,42 poin persen").
    pub points: &'static str,
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
    /// "Bagikan" beside the RAB's download (where the browser can share files).
    pub share_rab: &'static str,
    /// "Bagikan" beside the per-category download.
    pub share_categories: &'static str,
    /// "Bagikan" for the printed sheet as an HTML file.
    pub share_sheet: &'static str,
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
    /// The folded line over a preset's sources.
    pub preset_sources: &'static str,
    pub preset_apply: &'static str,
    /// Heading of the table of a source's amounts beside the app's.
    pub observed_title: &'static str,
    /// Column heads: what, in the source, by this calculator.
    pub observed_columns: [&'static str; 3],
    /// "{category}, per orang sebulan".
    pub observed_person_month: fn(&str) -> String,
    /// "Seluruh program, {period}".
    pub observed_total: fn(&str) -> String,
    /// Why the two may differ, in one sentence.
    pub observed_why: &'static str,
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
    /// The first word of the name a scenario saved without one gets ("Skenario 2027").
    pub unnamed_scenario: &'static str,
    /// The first words of the name kept for the work a link replaced.
    pub before_link: &'static str,
    pub compare_title: &'static str,
    pub compare_hint: &'static str,
    pub compare_current: &'static str,
    pub difference: &'static str,
    pub file_title: &'static str,
    pub export_json: &'static str,
    pub import_json: &'static str,
    /// The copy button after the link was copied: "Tautan disalin".
    pub copied: &'static str,
    /// The copy button when the browser refused to copy.
    pub copy_failed: &'static str,
    pub capacity_title: &'static str,
    pub capacity_hint: &'static str,
    pub capacity_mode: &'static str,
    pub capacity_mode_amount: &'static str,
    pub capacity_mode_share: &'static str,
    pub capacity_ceiling_amount: &'static str,
    pub capacity_ceiling_share: &'static str,
    pub capacity_ceiling_hint: &'static str,
    /// The ceiling's hint in the "% of ADD" mode.
    pub capacity_ceiling_share_hint: &'static str,
    /// A "%" typed while the ceiling is read as rupiah: how to give a percentage.
    pub capacity_percent_in_amount: &'static str,
    /// How many more (or fewer) people, the growing categories' new count and the plan's
    /// whole count: "dapat ditambah 191 orang, menjadi 231; seluruhnya 273 orang".
    pub capacity_added: fn(i64, u32, u32) -> String,
    pub capacity_grow: &'static str,
    pub capacity_grow_all: &'static str,
    pub capacity_prompt: &'static str,
    pub capacity_people: &'static str,
    pub capacity_cost: &'static str,
    pub capacity_left: &'static str,
    pub capacity_next: &'static str,
    pub capacity_apply: &'static str,
    /// The unit of a monthly benefit: "bulan" / "month".
    pub a_month_unit: &'static str,
    /// The comparison's cost row, given the period phrase ("setahun anggaran").
    pub compare_cost: fn(period: &str) -> String,
    /// The comparison's expected payout row.
    pub compare_payout: &'static str,
    /// The protection headline, given the cost per person, the months and the JKM benefit.
    pub protection_headline: fn(each: &str, months: u8, jkm: &str) -> String,
    /// When the sheet was printed, given day, month name, year, hour and minute.
    pub printed_at: fn(day: u8, month: &str, year: i32, hour: u8, minute: u8) -> String,
    /// The sheet's unit price column.
    pub sheet_unit_price: &'static str,
    /// The sheet's paragraph on what the premium buys.
    pub sheet_coverage_text: fn(&SheetCoverage) -> String,
    /// The sheet's rounding assumption.
    pub sheet_rounding: &'static str,
    /// The sheet's death-rate assumption, given the rate per 1,000.
    pub sheet_death_rate: fn(rate: &str) -> String,
    /// The sheet's note that officials' premiums count inside the siltap limit.
    pub sheet_thirty_officials: fn(&Figures) -> String,
    pub oldest_age: &'static str,
    pub oldest_age_hint: &'static str,
    pub scheme: &'static str,
    pub scheme_pu: &'static str,
    pub scheme_bpu: &'static str,
    pub programs: &'static str,
    pub jkk_jkm_always: &'static str,
    pub jht: &'static str,
    pub jp: &'static str,
    pub risk_class: &'static str,
    pub funding: &'static str,
    /// APBD money passed through ADD or bantuan keuangan is entered as APBD (ASSUMPTION).
    pub funding_hint: &'static str,
    pub sector: &'static str,
    pub sector_transport: &'static str,
    pub sector_other: &'static str,
    pub death_rate: &'static str,
    /// Cites figures of the law (`Figures`).
    pub death_rate_hint: fn(&Figures) -> String,
    /// Cites figures of the law (`Figures`).
    pub adjustment: fn(&Figures) -> String,
    pub adjustment_hint: &'static str,
    pub insured_since: &'static str,
    /// Cites figures of the law (`Figures`).
    pub insured_since_hint: fn(&Figures) -> String,
    pub belanja: &'static str,
    /// Cites figures of the law (`Figures`).
    pub belanja_hint: fn(&Figures) -> String,
    pub bengkok: &'static str,
    pub siltap: &'static str,
    /// See [`capacity_error`]; `plan` words a plan error.
    pub capacity_error: fn(&CapacityError, u8, WordPlanError) -> String,
    /// See [`import_problem`]; `plan` words a plan error, `count` a count.
    pub import_problem: fn(&ImportProblemKind, WordPlanError, &dyn Fn(usize) -> String) -> String,
}

/// The figures of the sheet's paragraph on what the premium buys, formatted.
pub struct SheetCoverage {
    /// People protected.
    pub people: String,
    /// The JKM death benefit.
    pub jkm: String,
    /// The lowest JKK death benefit.
    pub jkk: String,
    /// The highest scholarship ceiling.
    pub scholarship: String,
    /// Children who may receive it.
    pub children: String,
    /// Expected deaths a year.
    pub deaths: String,
    /// Expected payout a year.
    pub payout: String,
    /// Chance at least one family is paid this year.
    pub year: String,
    /// The village head's term in years.
    pub term_years: String,
    /// Chance over that term.
    pub term: String,
}

/// Words a plan error (passed to the sentences that may contain one).
pub type WordPlanError<'a> = &'a dyn Fn(&PlanError) -> String;

/// A language's page: its fixed texts and the sentences that are worded from data.
pub struct Language {
    /// The fixed texts.
    pub texts: &'static Texts,
    /// See [`input_error`].
    pub input_error: fn(&InputError) -> String,
    /// See [`plan_error`].
    pub plan_error: fn(&PlanError) -> String,
    /// See [`caution`]; `name` names the plan's category by index.
    pub caution: fn(&Caution, &dyn Fn(usize) -> String, &Plan, &Law) -> String,
}

/// The page of a language. In the release build English arrives as a part of its own when
/// it is first chosen (`ui::later::load_english`); until then this is Indonesian.
fn language(lang: Lang) -> &'static Language {
    match lang {
        Lang::Id => &id::LANGUAGE,
        Lang::En => english::get(),
    }
}

/// English as its part carries it: the page and the later parts' texts.
#[derive(Clone, Copy)]
pub struct English {
    /// The page.
    pub page: &'static Language,
    /// The texts of the later parts.
    pub later: &'static LaterTexts,
}

/// The English page, for the part that carries it (and for tests).
#[must_use]
pub fn english_page() -> English {
    English {
        page: &en::LANGUAGE,
        later: &en::LATER,
    }
}

/// Where English is found once it has arrived.
#[cfg(feature = "split")]
pub mod english {
    use super::{id, English, Language, LaterTexts};
    use std::sync::OnceLock;

    static ENGLISH: OnceLock<English> = OnceLock::new();

    /// English once installed, Indonesian before.
    pub(super) fn get() -> &'static Language {
        ENGLISH.get().map_or(&id::LANGUAGE, |e| e.page)
    }

    /// The later parts' English once installed, Indonesian before.
    pub(super) fn later() -> &'static LaterTexts {
        ENGLISH.get().map_or(&id::LATER, |e| e.later)
    }

    /// Makes English available (the second call is a no-op).
    pub fn install(english: English) {
        let _ = ENGLISH.set(english);
    }

    /// Whether English has arrived.
    #[must_use]
    pub fn is_here() -> bool {
        ENGLISH.get().is_some()
    }
}

/// Without `split` English is part of the module, always here.
#[cfg(not(feature = "split"))]
pub mod english {
    use super::{en, English, Language, LaterTexts};

    /// English.
    pub(super) fn get() -> &'static Language {
        &en::LANGUAGE
    }

    /// The later parts' English.
    pub(super) fn later() -> &'static LaterTexts {
        &en::LATER
    }

    /// Nothing to install: English is here.
    pub fn install(_: English) {}

    /// Always: English is part of the module.
    #[must_use]
    pub fn is_here() -> bool {
        true
    }
}

/// The texts of a language.
#[must_use]
pub fn texts(lang: Lang) -> &'static Texts {
    language(lang).texts
}

/// The later parts' texts of a language. Only those parts call it: a call from the first
/// screen would bring every one of these texts back into the first download.
#[must_use]
pub fn later_texts(lang: Lang) -> &'static LaterTexts {
    match lang {
        Lang::Id => &id::LATER,
        Lang::En => english::later(),
    }
}

/// A sentence of the later parts' texts that cites figures, with the figures of `law`.
#[must_use]
pub fn later_cited(
    lang: Lang,
    law: &Law,
    text: fn(&LaterTexts) -> fn(&Figures) -> String,
) -> String {
    text(later_texts(lang))(&figures(lang, law))
}

/// The name's first words for the work a link replaced, in both languages: the name is
/// stored and may be read later in either.
#[must_use]
pub fn before_link_both() -> String {
    format!("{} / {}", id::BEFORE_LINK, en::BEFORE_LINK)
}

/// The figures the page's fixed sentences cite, formatted for one language and read from
/// the rate table, the budget rules and the domain constants in force in one month, so a
/// change in the law changes the sentence too.
pub struct Figures {
    /// The siltap limit of PP 11/2019 Pasal 100: "30 %".
    pub thirty: String,
    /// The lowest BPU income level: "Rp1.000.000".
    pub bpu_floor: String,
    /// The worker's JHT rate: "2 %".
    pub jht_worker: String,
    /// The worker's JP rate: "1 %".
    pub jp_worker: String,
    /// The PP 50/2025 relief on BPU JKK and JKM: "50 %".
    pub relief: String,
    /// The regulation of that relief: "PP 50/2025".
    pub relief_rule: &'static str,
    /// Years of contributions a JKM scholarship needs: "3".
    pub jkm_years: String,
    /// Children who may receive a scholarship: "2".
    pub children: String,
    /// The village head's term in years: "8".
    pub term_years: String,
    /// The default death rate per 1,000: "3,6".
    pub default_death_rate: String,
    /// The latest published JP wage cap: "Rp11.086.300".
    pub jp_cap: String,
    /// The month it applies from: "Maret 2026".
    pub jp_cap_since: String,
    /// Its source.
    pub jp_cap_basis: &'static str,
    /// Years of JP contributions a monthly pension needs: "15".
    pub jp_years: String,
    /// The Dana Desa rules that apply to the month's year (or the latest known).
    pub dd_basis: &'static str,
    /// The year of those rules: before the month's year when they stand in for it.
    pub dd_rules_year: i32,
    /// The latest year whose Dana Desa rules the calculator checked.
    pub dd_checked: i32,
    /// The Dana Desa context of PMK 7/2026: its year, KDMP share and amount, the regular
    /// Dana Desa left, the operations cap and the basis.
    pub dd_context: DanaDesaContextFigures,
    /// The day the rules were checked: "6 Desember 2026".
    pub rules_checked: String,
}

/// The figures of the Dana Desa context, formatted (see [`DANA_DESA_CONTEXT`]).
pub struct DanaDesaContextFigures {
    /// "2026".
    pub year: i32,
    /// "58,03 %".
    pub kdmp_share: String,
    /// "Rp34,57 triliun".
    pub kdmp_total: String,
    /// "Rp25 triliun".
    pub regular_total: String,
    /// "3 %".
    pub operations_cap: String,
    /// The regulation.
    pub basis: &'static str,
}

/// The figures of `law` (one month's), formatted for `lang`.
#[must_use]
pub fn figures(lang: Lang, law: &Law) -> Figures {
    let at = law.month;
    let whole = |key| lang.number(law.value(key), 0);
    let cap = law.jp_cap_last_published();
    let dd_rule = dana_desa_rule(at.year).or(DANA_DESA_RULES.last());
    let relief = law.relief();
    Figures {
        thirty: lang.prose_percent(THIRTY_PERCENT),
        bpu_floor: lang.rupiah(law.amount(RateKey::BpuMinIncome)),
        jht_worker: lang.prose_percent(law.value(RateKey::JhtPuWorker)),
        jp_worker: lang.prose_percent(law.value(RateKey::JpWorker)),
        relief: relief.map_or_else(String::new, |a| lang.prose_percent(Decimal::ONE - a.factor)),
        relief_rule: relief.map_or("", |a| a.regulation),
        jkm_years: whole(RateKey::ScholarshipJkmYears),
        children: whole(RateKey::ScholarshipChildren),
        term_years: lang.count(TERM_YEARS),
        default_death_rate: lang.number(DEFAULT_DEATH_RATE_PER_MILLE, 2),
        jp_cap: lang.rupiah(Rupiah::from_decimal(cap.value)),
        jp_cap_since: format!("{} {}", lang.month_name(cap.from.month), cap.from.year),
        jp_cap_basis: cap.basis,
        jp_years: lang.number(
            law.value(RateKey::JpPensionMonths) / Decimal::from(MONTHS_IN_YEAR),
            0,
        ),
        dd_basis: dd_rule.map_or("", |r| r.basis),
        dd_rules_year: dd_rule.map_or(at.year, |r| r.year),
        dd_checked: DANA_DESA_RULES.last().map_or(at.year, |r| r.year),
        dd_context: DanaDesaContextFigures {
            year: DANA_DESA_CONTEXT.year,
            kdmp_share: lang.prose_percent(DANA_DESA_CONTEXT.kdmp_share),
            kdmp_total: lang.short_rupiah(DANA_DESA_CONTEXT.kdmp_total),
            regular_total: lang.short_rupiah(DANA_DESA_CONTEXT.regular_total),
            operations_cap: lang.prose_percent(DANA_DESA_CONTEXT.operations_cap),
            basis: DANA_DESA_CONTEXT.basis,
        },
        rules_checked: lang.date(law.checked_on()),
    }
}

/// A sentence of `texts` that cites figures, with the figures of `law` (the plan's first
/// month's).
#[must_use]
pub fn cited(lang: Lang, law: &Law, text: fn(&Texts) -> fn(&Figures) -> String) -> String {
    text(texts(lang))(&figures(lang, law))
}

/// The quiet line every page, sheet and export carries: the day the rules of `law`'s table
/// were checked and, when `period` costs a month after it, what that month is costed with.
#[must_use]
pub fn rules_as_of(lang: Lang, period: &BudgetPeriod, law: &Law) -> String {
    let t = texts(lang);
    let f = figures(lang, law);
    let checked = (t.rules_checked)(&f);
    if period.last() > law.checked_on().month() {
        format!("{checked} {}", (t.rules_after_check)(&f))
    } else {
        checked
    }
}

/// The message for a rejected input.
#[must_use]
pub fn input_error(lang: Lang, error: &InputError) -> String {
    (language(lang).input_error)(error)
}

/// Why no head count can be given under a ceiling, as a sentence with its figures.
#[must_use]
pub fn capacity_error(lang: Lang, error: &CapacityError, months: u8) -> String {
    let plan = |e: &PlanError| plan_error(lang, e);
    (later_texts(lang).capacity_error)(error, months, &plan)
}

/// The message for a plan the core cannot cost.
#[must_use]
pub fn plan_error(lang: Lang, error: &PlanError) -> String {
    (language(lang).plan_error)(error)
}

/// The sentence for a caution, naming categories from the plan.
#[must_use]
pub fn caution(lang: Lang, caution: &Caution, plan: &Plan, law: &Law) -> String {
    let name = |i: usize| {
        plan.categories
            .get(i)
            .map(|c| category_name(lang, c))
            .unwrap_or_default()
    };
    (language(lang).caution)(caution, &name, plan, law)
}

/// The message for one problem of an imported scenario file.
#[must_use]
pub fn import_problem(lang: Lang, kind: &ImportProblemKind) -> String {
    let plan = |e: &PlanError| plan_error(lang, e);
    let count = |n: usize| lang.count(u32::try_from(n).unwrap_or(u32::MAX));
    (later_texts(lang).import_problem)(kind, &plan, &count)
}

/// The card's folded summary of what is chosen: "Skema & program: PU · JKK + JKM · ADD".
#[must_use]
pub fn setup_summary(lang: Lang, category: &Category) -> String {
    format!(
        "{} {} · {} · {}",
        texts(lang).setup_label,
        scheme_abbr(category.scheme),
        program_list(category),
        source_name(lang, category.funding)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::CategoryKind;

    #[test]
    fn the_setup_summary_names_scheme_programs_and_fund_in_each_language() {
        let mut c = Category::new(CategoryKind::Bpd, 1);
        c.jht = true;
        let id = setup_summary(Lang::Id, &c);
        assert!(
            id.ends_with(" BPU · JKK + JKM + JHT · ADD (Alokasi Dana Desa)"),
            "{id}"
        );
        assert!(id.starts_with(texts(Lang::Id).setup_label));
        let en = setup_summary(Lang::En, &c);
        assert!(en.starts_with(texts(Lang::En).setup_label));
    }

    use crate::calc::period::YearMonth;

    /// The official law of `plan`'s first month, as the app cites it.
    fn law_of(plan: &Plan) -> Law {
        Law::official(YearMonth::new(plan.period.year, plan.period.first_month))
    }

    #[test]
    fn the_name_kept_before_a_link_reads_in_both_languages() {
        assert_eq!(
            before_link_both(),
            "Sebelum membuka tautan / Before the link"
        );
        assert_eq!(later_texts(Lang::Id).unnamed_scenario, "Skenario");
    }

    #[test]
    fn the_rules_line_gives_the_check_date_and_says_what_later_months_use() {
        assert_eq!(
            rules_as_of(Lang::Id, &BudgetPeriod::full_year(2026), &Law::as_checked()),
            "Aturan dan tarif diperiksa per 6 Desember 2026."
        );
        let later = rules_as_of(Lang::En, &BudgetPeriod::full_year(2027), &Law::as_checked());
        assert_eq!(
            later,
            "Rules and rates checked as of 6 December 2026. Later months are costed with the rules in force on that date (JP wage cap Rp11,086,300 since March 2026, Dana Desa prohibitions of 2026) until a change is published."
        );
    }

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
        let dd = id::caution(
            &Caution::DanaDesaProhibited { category: 0 },
            &name,
            &plan,
            &law_of(&plan),
        );
        assert!(
            dd.contains("Permendes PDT 16/2025") && dd.contains("ADD atau PADes"),
            "{dd}"
        );
        let cap = en::caution(&Caution::JpCapSecondarySource, &name, &plan, &law_of(&plan));
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
            &law_of(&plan),
        );
        assert!(jp.contains("59 tahun") && jp.contains("15 tahun"), "{jp}");
        let other = Plan::for_year(2025);
        let unchecked = en::caution(
            &Caution::DanaDesaRulesUnchecked { year: 2025 },
            &name,
            &other,
            &law_of(&other),
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
        let html = include_str!("../../../index.html");
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
    #[test]
    fn cited_sentences_read_the_figures_in_force() {
        let plan = Plan::default();
        let id = |text| cited(Lang::Id, &law_of(&plan), text);
        assert_eq!(
            id(|t| t.worker_share_hint),
            "JHT 2 % dan JP 1 % dipotong dari siltap, bukan belanja tambahan."
        );
        assert_eq!(
            id(|t| t.income_hint),
            "Terendah Rp1.000.000. BPJS mendaftarkan BPU pada tingkat penghasilan tertentu; kantor cabang memastikan besarnya."
        );
        let later = |text| later_cited(Lang::Id, &law_of(&plan), text);
        assert_eq!(later(|t| t.scholarship), "Beasiswa 2 anak");
        assert_eq!(
            later(|t| t.chance_term),
            "Peluang selama masa jabatan kepala desa (8 tahun)"
        );
        assert_eq!(
            later(|t| t.death_rate_hint),
            "Bawaan 3,6 (Tanah Bumbu 2023). Program desa lain: 2,2–4,4."
        );
        assert_eq!(
            later(|t| t.adjustment),
            "Hitung dengan keringanan 50 % iuran BPU (PP 50/2025)"
        );
        assert_eq!(
            cited(Lang::En, &law_of(&plan), |t| t.thirty_within),
            "Within the 30 % limit."
        );
        assert_eq!(
            cited(Lang::En, &law_of(&plan), |t| t.income_hint),
            "Lowest Rp1,000,000. BPJS registers BPU members at set income levels; the branch office confirms the amount."
        );
    }

    #[test]
    fn a_new_row_of_the_law_changes_the_hint_that_cites_it() {
        use crate::calc::law::RateTable;
        use crate::calc::period::YearMonth;
        use crate::calc::rates::RateRow;
        use rust_decimal_macros::dec;
        // The law of January 2026 with one row added, as a change in the law adds it.
        let law = |key, value| {
            RateTable::official()
                .clone()
                .with_row(RateRow {
                    key,
                    from: YearMonth::new(2026, 1),
                    value,
                    basis: "PP 99/2026 (test)",
                    caveat: None,
                })
                .at(YearMonth::new(2026, 1))
        };
        let l = law(RateKey::JhtPuWorker, dec!(0.025));
        assert!(cited(Lang::Id, &l, |t| t.worker_share_hint).starts_with("JHT 2,5 % dan JP 1 %"));
        let l = law(RateKey::BpuMinIncome, dec!(1200000));
        assert!(cited(Lang::Id, &l, |t| t.income_hint).starts_with("Terendah Rp1.200.000."));
        let l = law(RateKey::ScholarshipChildren, dec!(3));
        assert_eq!(
            later_cited(Lang::En, &l, |t| t.scholarship),
            "Scholarship for 3 children"
        );
    }
}

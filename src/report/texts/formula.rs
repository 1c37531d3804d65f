//! The words of the formulas and legal basis behind every figure, of the budget lines (RAB)
//! and of the CSV files, one table per language (`id.rs`, `en.rs`). Both fill the same
//! struct, so a missing translation does not compile. A sentence with a number is a
//! function of that number, already formatted for the language, and the number comes
//! from the rate table (`calc::rates`) or a domain constant: the prose never repeats a
//! figure of the law, so a change in the law is one new row there.

use crate::report::lang::Lang;

mod en;
mod id;

pub use en::EN;
pub use id::ID;

/// The names of category kinds and funding sources, in one language; apart from
/// `FormulaTexts` so the rekap page, which names them but shows no formula, does not carry
/// the formulas.
pub struct NameTexts {
    // Kinds of category (`texts::names::kind_name`).
    /// Kepala desa.
    pub kind_kepala_desa: &'static str,
    /// Sekretaris desa.
    pub kind_sekretaris_desa: &'static str,
    /// Perangkat desa.
    pub kind_perangkat_desa: &'static str,
    /// Anggota BPD.
    pub kind_bpd: &'static str,
    /// Ketua RT / RW.
    pub kind_rt_rw: &'static str,
    /// Lembaga & kader.
    pub kind_kader: &'static str,
    /// Pekerja rentan.
    pub kind_pekerja_rentan: &'static str,
    /// Another category.
    pub kind_lainnya: &'static str,
    /// "Staf desa (non-perangkat)".
    pub kind_staf_desa: &'static str,
    /// "Pekerja keagamaan (marbot, guru ngaji)".
    pub kind_pekerja_keagamaan: &'static str,

    // Funding sources (`rab::source_name`).
    /// ADD.
    pub source_add: &'static str,
    /// Dana Desa.
    pub source_dana_desa: &'static str,
    /// PADes and other village income.
    pub source_pades: &'static str,
    /// APBD kabupaten/kota.
    pub source_apbd_kabupaten: &'static str,
    /// APBD provinsi.
    pub source_apbd_provinsi: &'static str,
    /// CSR, donors.
    pub source_lainnya: &'static str,
}

/// Every sentence and word of the formulas, RAB and CSV, in one language.
pub struct FormulaTexts {
    // Words inside formulas.
    /// After a head count: "orang" / "people".
    pub people: &'static str,
    /// After a number of months: "bulan" / "months".
    pub months: &'static str,
    /// "kelas risiko" / "risk class".
    pub risk_class: &'static str,
    /// "kelas" / "class", on the rates sheet.
    pub class: &'static str,
    /// The payer's part of a split program: "desa" / "village".
    pub village_part: &'static str,
    /// The worker's part of a split program: "pekerja" / "worker".
    pub worker_part: &'static str,
    /// "dasar JP" / "JP base".
    pub jp_base: &'static str,
    /// "batas upah" / "wage cap".
    pub wage_cap: &'static str,
    /// "dari upah" / "of wage".
    pub of_wage: &'static str,
    /// "dari tingkat penghasilan" / "of the income level".
    pub of_income_level: &'static str,
    /// "terendah" / "lowest".
    pub lowest: &'static str,
    /// "per bulan" / "a month".
    pub a_month: &'static str,
    /// "per tahun" / "a year".
    pub a_year: &'static str,
    /// A death rate's unit: "per 1.000" / "per 1,000".
    pub per_mille: &'static str,
    /// BPU JKM: "tetap per orang per bulan".
    pub jkm_flat: &'static str,
    /// BPU has no JP.
    pub jp_not_bpu: &'static str,
    /// "batas" / "limit", in the 30 % check.
    pub limit: &'static str,
    /// "kategori lain" / "other categories", in the capacity formula.
    pub other_categories: &'static str,
    /// "satu orang lagi" / "one more person".
    pub one_more_person: &'static str,
    /// "iuran JKK + JKM" / "JKK + JKM premium".
    pub insurance_premium: &'static str,
    /// "Santunan kematian JKM" / "JKM death benefit", on the rates sheet.
    pub jkm_death_benefit: &'static str,
    /// The PP 50/2025 relief row of the rates sheet, given its share ("50 %").
    pub relief_applied: fn(share: &str) -> String,

    // Prompts where a figure needs an input first.
    /// ADD share without ADD.
    pub enter_add: &'static str,
    /// 30 % check without spending.
    pub enter_spending: &'static str,
    /// Coverage without totals.
    pub enter_population: &'static str,

    // Bases of the premium figures.
    /// The rounding ASSUMPTION (RULES.md §1).
    pub rounding: &'static str,
    /// BPU income levels, given the lowest ("Rp1.000.000"); starts with ". ".
    pub bpu_levels: fn(floor: &str) -> String,
    /// The JP cap after the last published one: the first unknown month and year, the month
    /// and year of the cap used, and that cap.
    pub jp_unpublished:
        fn(month: &str, year: i32, since: &str, since_year: i32, cap: &str) -> String,
    /// A period's cost is the sum of its months.
    pub period_sum: &'static str,
    /// A category's first month.
    pub first_month: &'static str,

    // Bases of the totals.
    /// Total in the first month.
    pub total_monthly: &'static str,
    /// Total over the period.
    pub total_period: &'static str,
    /// The worker's share, given the JHT and JP worker rates ("2 %", "1 %").
    pub worker_share: fn(jht: &str, jp: &str) -> String,
    /// The payer's share, given the JHT and JP employer rates ("3,7 %", "2 %").
    pub payer_share: fn(jht: &str, jp: &str) -> String,
    /// Both parts.
    pub both_parts: &'static str,
    /// What one funding source pays.
    pub source_share: &'static str,

    // Bases of the budget figures.
    /// The legal basis of ADD and of paying premiums from it.
    pub add_basis: &'static str,
    /// The 30 % rule, given the limit and the worker rates of JHT and JP.
    pub thirty_percent: fn(limit: &str, jht: &str, jp: &str) -> String,
    /// A budget line's unit price and amount.
    pub rab_line: &'static str,
    /// The sum of budget lines, given the worker rates of JHT and JP.
    pub rab_sum: fn(jht: &str, jp: &str) -> String,
    /// How the capacity is found.
    pub capacity: &'static str,

    // Bases of the benefit figures.
    /// Each person counts once.
    pub counts_once: &'static str,
    /// Coverage counts only categories with a total.
    pub coverage: &'static str,
    /// The death-rate ASSUMPTION, given the default rate per mille ("3,6") and the JKM
    /// benefit it is valued at ("Rp42 juta").
    pub death_rate: fn(rate: &str, jkm: &str) -> String,
    /// The village head's term, given its years; starts with a space.
    pub term: fn(years: &str) -> String,
    /// Real payout ratios to compare with; starts with a space.
    pub comparisons: &'static str,
    /// What the JKM death benefit is made of.
    pub jkm_benefit: &'static str,
    /// The JKK death benefit, given the months of wage ("48") and the lowest lump sum
    /// ("Rp20 juta").
    pub jkk_death: fn(months: &str, minimum: &str) -> String,
    /// Temporary inability to work: the first share ("100 %"), the wage, the benefit, the
    /// months at that share ("12"), the later share ("50 %") and its benefit.
    pub temporary: fn(
        first_share: &str,
        wage: &str,
        first: &str,
        months: &str,
        after_share: &str,
        after: &str,
    ) -> String,
    /// The scholarship ceiling, given the child's age limit ("23") and the years a JKM
    /// death needs ("3").
    pub scholarship: fn(max_age: &str, jkm_years: &str) -> String,
    /// The sum assured is not an expectation.
    pub sum_assured: &'static str,

    // Budget lines (RAB).
    /// In place of an objek code the user has not given: "(isi kode rekening)".
    pub rab_no_code: &'static str,
    /// A line the year's Dana Desa rules prohibit, given the year, the year of the rules
    /// that apply (earlier when they stand in for a year not yet published) and their basis.
    pub prohibited: fn(year: i32, rules_year: i32, basis: &str) -> String,
    /// "dan" / "and", before the last program.
    pub and: &'static str,
    /// A line's share when the village pays: " (bagian desa)".
    pub village_share: &'static str,
    /// A line's share when another funder pays: " (bagian pemberi kerja)".
    pub employer_share: &'static str,
    /// A line's description, given the programs, the share and the category.
    pub rab_description: fn(programs: &str, share: &str, name: &str) -> String,
    /// A line's volume, given the head count as shown, the head count and the months.
    pub volume: fn(people: &str, count: u32, months: u8) -> String,

    // CSV files.
    /// The budget lines' header row.
    pub rab_header: &'static str,
    /// The categories' header row.
    pub categories_header: &'static str,
    /// The header cell of the period column, as written in `categories_header`.
    pub period_column: &'static str,
    /// That cell for a part year, given the period phrase ("6 bulan").
    pub period_column_for: fn(phrase: &str) -> String,
    /// A line whose monthly price changes.
    pub varies: &'static str,
    /// The grand total row.
    pub grand_total: &'static str,
    /// The workers' share row, given the JHT and JP worker rates.
    pub worker_share_row: fn(jht: &str, jp: &str) -> String,
    /// Before the total in words.
    pub in_words: &'static str,
    /// The total row of the categories.
    pub total: &'static str,

    // Period labels (`Lang::period_heading`, `Lang::period_phrase`).
    /// A heading for the whole budget year.
    pub budget_year: &'static str,
    /// A heading for part of it, given its months.
    pub months_heading: fn(months: u8) -> String,
    /// After a figure, for the whole budget year.
    pub for_budget_year: &'static str,
    /// After a figure, for part of it.
    pub months_phrase: fn(months: u8) -> String,
}

/// The words of the rekap CSV, one table per language; apart from `FormulaTexts` so the
/// village page, which never writes a rekap, does not carry them.
pub struct RekapCsvTexts {
    /// The header row, given the 30 % limit as a percentage.
    pub header: fn(thirty: &str) -> String,
    /// The header row of the totals file (kecamatan and kabupaten).
    pub totals_header: &'static str,
    /// Flag: over the 30 % rule of PP 11/2019 Pasal 100.
    pub over_thirty: &'static str,
    /// Flag: the premium takes more of ADD than the threshold.
    pub above_add: &'static str,
    /// Flag: officials are paid from Dana Desa.
    pub dana_desa_officials: &'static str,
    /// Flag: no one insured.
    pub no_one_insured: &'static str,
    /// Flag: the village's row has problems.
    pub row_problems: &'static str,
    /// The 30 % check is met.
    pub within: &'static str,
    /// The 30 % check is exceeded.
    pub exceeded: &'static str,
    /// Before a sub-district's name.
    pub kecamatan: &'static str,
    /// The district's total row.
    pub district_total: &'static str,
}

impl Lang {
    /// The formula, RAB and CSV words of this language.
    #[must_use]
    pub fn formula(self) -> &'static FormulaTexts {
        match self {
            Lang::Id => &ID,
            Lang::En => &EN,
        }
    }

    /// The names of kinds and funding sources in this language.
    #[must_use]
    pub fn names(self) -> &'static NameTexts {
        match self {
            Lang::Id => &id::NAMES,
            Lang::En => &en::NAMES,
        }
    }

    /// The rekap CSV words of this language.
    #[must_use]
    pub fn rekap_csv(self) -> &'static RekapCsvTexts {
        match self {
            Lang::Id => &id::REKAP_CSV,
            Lang::En => &en::REKAP_CSV,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::category::{Category, CategoryKind};
    use crate::calc::law::RateTable;
    use crate::calc::outcome::calculate_under;
    use crate::calc::period::YearMonth;
    use crate::calc::plan::Plan;
    use crate::calc::rates::{RateKey, RateRow};
    use crate::report::explain;
    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    /// The official table with one row of a new law from January 2026.
    fn new_law(key: RateKey, value: Decimal) -> RateTable {
        RateTable::official().clone().with_row(RateRow {
            key,
            from: YearMonth::new(2026, 1),
            value,
            basis: "PP 99/2026 (test)",
            caveat: None,
        })
    }

    #[test]
    fn a_new_row_of_the_law_shows_in_the_formula_and_its_basis() {
        let kades = Category::new(CategoryKind::KepalaDesa, 1);
        let at = YearMonth::new(2026, 6);
        {
            let law = new_law(RateKey::JkkDeathWageMonths, dec!(60)).at(at);
            let b = crate::calc::benefit::person_benefits(&kades, &law);
            let e = explain::jkk_death_benefit(Lang::Id, &b, &law);
            assert!(
                e.formula.starts_with("max(60 × Rp2.426.640, "),
                "{}",
                e.formula
            );
            assert!(e.basis.contains(": 60 × upah"), "{}", e.basis);
            assert!(explain::jkk_death_benefit(Lang::En, &b, &law)
                .basis
                .contains(": 60 × wage"));
        }
        {
            let law = new_law(RateKey::TemporaryFullMonths, dec!(6)).at(at);
            let b = crate::calc::benefit::person_benefits(&kades, &law);
            let e = explain::temporary_benefit(Lang::Id, &b, &law);
            assert!(
                e.formula.contains("selama 6 bulan pertama"),
                "{}",
                e.formula
            );
            assert!(e.basis.starts_with("PP 44/2015"), "{}", e.basis);
        }
    }

    #[test]
    fn a_new_rate_changes_the_figure_and_the_sentence_that_names_it() {
        let mut plan = Plan::default();
        plan.categories[0].jht = true;
        {
            let table = new_law(RateKey::JhtPuDesa, dec!(0.04));
            let o = calculate_under(&plan, &table).unwrap_or_else(|e| panic!("{e:?}"));
            let e = explain::share_total(Lang::Id, &plan, &o, false);
            assert!(e.basis.contains("JHT 4 % dan JP 2 %"), "{}", e.basis);
            let e = explain::share_total(Lang::En, &plan, &o, false);
            assert!(e.basis.contains("JHT 4 % and JP 2 %"), "{}", e.basis);
            let cost = &o.categories[0].cost;
            let e = explain::program(
                Lang::Id,
                &plan.categories[0],
                &cost.per_person,
                crate::calc::program::Program::Jht,
            );
            assert!(
                e.formula.starts_with("desa 4 % × Rp2.426.640 = Rp97.066"),
                "{}",
                e.formula
            );
        }
        // Without the row, the law in force today.
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        let e = explain::share_total(Lang::Id, &plan, &o, false);
        assert!(e.basis.contains("JHT 3,7 % dan JP 2 %"), "{}", e.basis);
    }

    #[test]
    fn no_sentence_shows_a_research_id() {
        // The team's source IDs (P44, C2, seed 000) must never reach the user.
        let mut plan = Plan::default();
        for c in &mut plan.categories {
            c.jht = true;
            c.jp = true;
            c.insured = c.insured.max(2);
        }
        plan.apply_adjustment = true;
        plan.budget.alokasi_dana_desa = Some(crate::calc::money::Rupiah::from_whole(1));
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        for lang in [Lang::Id, Lang::En] {
            let mut texts = vec![
                explain::chance(lang, &o, true),
                explain::payout_ratio(lang, &o),
                explain::thirty_percent(lang, &o),
                explain::add_share(lang, &o, None),
                explain::share_total(lang, &plan, &o, true),
            ];
            for (c, co) in plan.categories.iter().zip(&o.categories) {
                let b = &co.benefits;
                texts.extend([
                    explain::jkm_benefit(lang, b),
                    explain::jkk_death_benefit(lang, b, &o.law),
                    explain::scholarship(lang, b, &o.law),
                    explain::category_period(lang, &co.cost),
                ]);
                for p in crate::calc::program::Program::ALL {
                    texts.push(explain::program(lang, c, &co.cost.per_person, p));
                }
            }
            let mut all: Vec<String> = texts
                .into_iter()
                .flat_map(|e| [e.formula, e.basis])
                .collect();
            all.extend(
                explain::rates_in_force(lang, &plan, &o.law)
                    .into_iter()
                    .flat_map(|r| [r.label, r.basis.to_string()]),
            );
            for text in all {
                let research_id = text.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                    let mut ch = w.chars();
                    matches!(ch.next(), Some('P' | 'C'))
                        && !w[1..].is_empty()
                        && w[1..].chars().all(|c| c.is_ascii_digit())
                });
                assert!(!research_id && !text.contains("seed"), "{text}");
            }
        }
    }
}

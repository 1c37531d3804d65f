//! Budget lines (RAB) for the APBDes: one line per insured category, grouped by funding
//! source, with the account codes of RULES.md §3 (Permendagri 20/2018: kegiatan 01.01.03,
//! objek 5.1.3.03 kepala desa and 5.1.3.04 perangkat; editable, empty for other groups).
//!
//! A line budgets only the payer's share; the workers' own share (JHT 2 %, JP 1 %) is
//! deducted from their pay and reported apart. The amount of a line is always the exact
//! sum of its months (RULES.md §1); when the monthly price changes within the period (JP
//! cap in March, PP 50/2025) the line is marked `varies`.

use super::lang::Lang;
use crate::calc::budget::{dana_desa_rule, dana_desa_use, DanaDesaUse};
use crate::calc::category::FundingSource;
use crate::calc::law::Law;
use crate::calc::money::Rupiah;
use crate::calc::outcome::Outcome;
use crate::calc::plan::Plan;
use crate::calc::premium::{CategoryCost, MonthCost};
use crate::calc::program::Program;
use crate::report::texts::names::category_name;

/// Kegiatan code of "Penyediaan Jaminan Sosial bagi Kepala Desa dan Perangkat Desa".
pub const KEGIATAN_OFFICIALS: &str = "01.01.03";

/// One budget line: a category's payer share over the period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RabLine {
    /// Index of the category in the plan.
    pub category: usize,
    /// APBDes account code (objek), as the user left it.
    pub account_code: String,
    /// Kegiatan code: "01.01.03" for kepala desa, sekretaris and perangkat, else "".
    pub kegiatan: &'static str,
    /// What is budgeted, in the chosen language.
    pub description: String,
    /// People insured.
    pub people: u32,
    /// Months covered.
    pub months: u8,
    /// "10 orang × 12 bulan" / "10 people × 12 months".
    pub volume: String,
    /// Payer's share per person per month (first month covered).
    pub unit_price: Rupiah,
    /// Payer's share over the period: the exact sum of its months.
    pub amount: Rupiah,
    /// Who pays.
    pub funding: FundingSource,
    /// True when the monthly price changes within the period (amount ≠ price × volume).
    pub varies: bool,
    /// True when the year's Dana Desa rules prohibit paying this line from Dana Desa.
    pub prohibited: bool,
}

impl RabLine {
    /// The code as written in the budget: "kegiatan / objek" where there is a kegiatan, and
    /// `missing` ("(isi kode rekening)") where the user has not given the objek code yet.
    #[must_use]
    pub fn code(&self, missing: &str) -> String {
        let objek = if self.account_code.is_empty() {
            missing
        } else {
            &self.account_code
        };
        if self.kegiatan.is_empty() {
            objek.to_string()
        } else {
            format!("{} / {objek}", self.kegiatan)
        }
    }
}

/// The lines paid from one funding source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RabGroup {
    /// The fund.
    pub funding: FundingSource,
    /// Its lines, in the plan's category order.
    pub lines: Vec<RabLine>,
    /// Sum of the lines.
    pub subtotal: Rupiah,
}

/// The budget lines of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rab {
    /// Non-empty groups, in `FundingSource::ALL` order.
    pub groups: Vec<RabGroup>,
    /// Sum of the subtotals: the payer's share of the whole plan.
    pub total: Rupiah,
    /// The total in words (terbilang, or English).
    pub total_words: String,
    /// Workers' own share, deducted from pay: not a budget line.
    pub worker_share: Rupiah,
    /// The law of the plan's first month: the workers' rates and the rules' date it cites.
    pub law: Law,
    /// Budget year (whose Dana Desa rules mark prohibited lines).
    pub year: i32,
    /// The village picked from the registry, in one line (`sheet::place`), when it was.
    pub place: Option<String>,
}

impl Rab {
    /// Every line, group after group.
    pub fn lines(&self) -> impl Iterator<Item = &RabLine> {
        self.groups.iter().flat_map(|g| &g.lines)
    }

    /// True when some line's monthly cost changes (the sheet then explains its "*").
    #[must_use]
    pub fn any_varies(&self) -> bool {
        self.lines().any(|l| l.varies)
    }

    /// True when the year's Dana Desa rules prohibit some line (the sheet then prints the
    /// warning behind its "†").
    #[must_use]
    pub fn any_prohibited(&self) -> bool {
        self.lines().any(|l| l.prohibited)
    }
}

/// The warning printed beside a budget line that the year's Dana Desa rules prohibit.
#[must_use]
pub fn prohibited_note(lang: Lang, year: i32) -> String {
    let rule = dana_desa_rule(year);
    let (rules_year, basis) = rule.map_or((year, ""), |r| (r.year, r.basis));
    (lang.formula().prohibited)(year, rules_year, basis)
}

/// The budget lines of `plan` costed as `outcome` (from `calculate(plan)`).
#[must_use]
pub fn budget_lines(plan: &Plan, outcome: &Outcome, lang: Lang) -> Rab {
    let mut lines: Vec<RabLine> = plan
        .categories
        .iter()
        .zip(&outcome.categories)
        .enumerate()
        .filter_map(|(i, (c, o))| {
            let cost = &o.cost;
            let amount = cost.period.total().payer;
            if c.insured == 0 || amount == Rupiah::ZERO {
                return None;
            }
            let payer = |m: &MonthCost| m.programs.total().payer;
            let first = cost.months.first().map(payer);
            let months = u8::try_from(cost.months.len()).unwrap_or(u8::MAX);
            Some(RabLine {
                category: i,
                account_code: c.account_code.trim().to_string(),
                kegiatan: if c.kind.is_official() {
                    KEGIATAN_OFFICIALS
                } else {
                    ""
                },
                description: description(lang, &category_name(lang, c), c.funding, cost),
                people: c.insured,
                months,
                volume: volume(lang, c.insured, months),
                unit_price: cost.per_person.programs.total().payer,
                amount,
                funding: c.funding,
                varies: cost.months.iter().any(|m| Some(payer(m)) != first),
                prohibited: matches!(
                    dana_desa_use(c, plan.period.year),
                    DanaDesaUse::Prohibited(_)
                ),
            })
        })
        .collect();
    let mut groups = Vec::new();
    for funding in FundingSource::ALL {
        let (mine, rest): (Vec<RabLine>, Vec<RabLine>) =
            lines.into_iter().partition(|l| l.funding == funding);
        lines = rest;
        if !mine.is_empty() {
            groups.push(RabGroup {
                funding,
                subtotal: mine.iter().map(|l| l.amount).sum(),
                lines: mine,
            });
        }
    }
    let total = groups.iter().map(|g| g.subtotal).sum();
    Rab {
        groups,
        total,
        total_words: lang.words(total),
        worker_share: outcome.sums.period.total().worker,
        law: outcome.law.clone(),
        year: plan.period.year,
        place: super::sheet::place(lang, plan),
    }
}

/// "Iuran JKK dan JKM BPJS Ketenagakerjaan – Kepala desa", naming the programs budgeted.
fn description(lang: Lang, name: &str, funding: FundingSource, cost: &CategoryCost) -> String {
    let programs: Vec<&str> = Program::ALL
        .iter()
        .filter(|&&p| cost.period.get(p).payer > Rupiah::ZERO)
        .map(|p| p.abbr())
        .collect();
    let t = lang.formula();
    let list = match programs.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), t.and)
        }
        _ => programs.concat(),
    };
    // With a worker's share (PU JHT/JP) the line is only part of the premium: say whose.
    let share = if cost.period.total().worker == Rupiah::ZERO {
        ""
    } else if funding.is_apbdes() {
        t.village_share
    } else {
        t.employer_share
    };
    (t.rab_description)(&list, share, name)
}

/// "10 orang × 12 bulan" / "10 people × 12 months" (English singular for one).
fn volume(lang: Lang, people: u32, months: u8) -> String {
    (lang.formula().volume)(&lang.count(people), people, months)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::category::{Category, CategoryKind, Scheme};
    use crate::calc::period::BudgetPeriod;
    use crate::calc::plan::{Action, CategoryEdit};

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    fn lines_of(plan: &Plan, lang: Lang) -> (Outcome, Rab) {
        let outcome = calculate(plan).map_err(|e| format!("{e:?}"));
        assert!(outcome.is_ok(), "{outcome:?}");
        let outcome = outcome.unwrap_or_else(|_| unreachable!());
        let rab = budget_lines(plan, &outcome, lang);
        (outcome, rab)
    }

    #[test]
    fn a_line_without_an_objek_code_asks_for_one() {
        let mut plan = Plan::default();
        plan.apply(Action::Edit(
            plan.categories[6].id,
            CategoryEdit::Insured(10),
        ));
        let (_, rab) = lines_of(&plan, Lang::Id);
        let codes: Vec<String> = rab.lines().map(|l| l.code("(isi kode rekening)")).collect();
        assert_eq!(
            codes,
            [
                "01.01.03 / 5.1.3.03",
                "01.01.03 / 5.1.3.04",
                "01.01.03 / 5.1.3.04",
                "(isi kode rekening)"
            ]
        );
    }

    #[test]
    fn officials_on_dana_desa_in_2026_are_marked_prohibited_and_others_not() {
        let mut plan = Plan::default();
        plan.apply(Action::Edit(
            plan.categories[2].id,
            CategoryEdit::Funding(FundingSource::DanaDesa),
        ));
        plan.apply(Action::Edit(
            plan.categories[6].id,
            CategoryEdit::Insured(10),
        ));
        plan.apply(Action::Edit(
            plan.categories[6].id,
            CategoryEdit::Funding(FundingSource::DanaDesa),
        ));
        let (_, rab) = lines_of(&plan, Lang::Id);
        let marked: Vec<(usize, bool)> = rab
            .groups
            .iter()
            .flat_map(|g| &g.lines)
            .map(|l| (l.category, l.prohibited))
            .collect();
        assert!(marked.contains(&(2, true)));
        assert!(marked.contains(&(6, false)));
        assert!(marked.contains(&(0, false)));
        assert!(rab.any_prohibited());
        assert!(prohibited_note(Lang::Id, 2026).contains("Permendes PDT 16/2025"));
        // 2027: the 2026 list stands in, and the line says so.
        plan.period.year = 2027;
        let (_, rab) = lines_of(&plan, Lang::Id);
        assert!(rab.lines().any(|l| l.category == 2 && l.prohibited));
        let note = prohibited_note(Lang::Id, 2027);
        assert!(
            note.starts_with(
                "Aturan Dana Desa 2027 belum terbit; menurut larangan 2026 (Permendes PDT 16/2025"
            ),
            "{note}"
        );
        plan.period.year = 2025;
        let (_, rab) = lines_of(&plan, Lang::Id);
        assert!(rab
            .groups
            .iter()
            .flat_map(|g| &g.lines)
            .all(|l| !l.prohibited));
        assert!(!rab.any_prohibited());
    }

    /// The invariants every RAB keeps, whatever the plan.
    fn check_invariants(plan: &Plan, outcome: &Outcome, rab: &Rab) {
        let order: Vec<usize> = rab
            .groups
            .iter()
            .filter_map(|g| FundingSource::ALL.iter().position(|&f| f == g.funding))
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "groups out of order");
        for g in &rab.groups {
            assert!(!g.lines.is_empty());
            assert_eq!(g.subtotal, g.lines.iter().map(|l| l.amount).sum());
            for l in &g.lines {
                assert_eq!(l.funding, g.funding);
                let cost = &outcome.categories[l.category].cost;
                let by_month: Rupiah = cost.months.iter().map(|m| m.programs.total().payer).sum();
                assert_eq!(l.amount, by_month, "amount is the sum of the months");
                if !l.varies {
                    assert_eq!(
                        l.amount,
                        l.unit_price.times(l.people).times(u32::from(l.months))
                    );
                }
                assert!(plan.categories[l.category].insured > 0);
            }
        }
        assert_eq!(rab.total, rab.groups.iter().map(|g| g.subtotal).sum());
        assert_eq!(rab.total, outcome.sums.period.total().payer);
        assert_eq!(
            rab.total,
            outcome.sums.budget.by_source.values().iter().copied().sum()
        );
        assert_eq!(rab.worker_share, outcome.sums.budget.worker_share);
    }

    #[test]
    fn example_village_gives_three_add_lines() {
        let plan = Plan::default();
        let (outcome, rab) = lines_of(&plan, Lang::Id);
        check_invariants(&plan, &outcome, &rab);
        assert_eq!(rab.groups.len(), 1);
        let g = &rab.groups[0];
        assert_eq!(g.funding, FundingSource::Add);
        let got: Vec<_> = g
            .lines
            .iter()
            .map(|l| {
                (
                    l.account_code.as_str(),
                    l.kegiatan,
                    l.people,
                    l.months,
                    l.unit_price,
                    l.amount,
                    l.varies,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "5.1.3.03",
                    "01.01.03",
                    1,
                    12,
                    rp(13_104),
                    rp(157_248),
                    false
                ),
                (
                    "5.1.3.04",
                    "01.01.03",
                    1,
                    12,
                    rp(12_012),
                    rp(144_144),
                    false
                ),
                (
                    "5.1.3.04",
                    "01.01.03",
                    8,
                    12,
                    rp(10_920),
                    rp(1_048_320),
                    false
                ),
            ]
        );
        assert_eq!(
            g.lines[0].description,
            "Iuran JKK dan JKM BPJS Ketenagakerjaan – Kepala desa"
        );
        assert_eq!(g.lines[2].volume, "8 orang × 12 bulan");
        assert_eq!(g.subtotal, rp(1_349_712));
        assert_eq!(rab.total, rp(1_349_712));
        assert_eq!(
            rab.total_words,
            "satu juta tiga ratus empat puluh sembilan ribu tujuh ratus dua belas rupiah"
        );
        assert_eq!(rab.worker_share, Rupiah::ZERO);
    }

    #[test]
    fn english_lines_use_english_words_and_singulars() {
        let plan = Plan::default();
        let (_, rab) = lines_of(&plan, Lang::En);
        let lines = &rab.groups[0].lines;
        assert_eq!(
            lines[0].description,
            "BPJS Ketenagakerjaan JKK and JKM premium – Village head"
        );
        assert_eq!(lines[0].volume, "1 person × 12 months");
        assert_eq!(lines[2].volume, "8 people × 12 months");
        assert_eq!(
            rab.total_words,
            "one million three hundred forty-nine thousand seven hundred twelve rupiah"
        );
    }

    #[test]
    fn mixed_funding_sources_group_in_source_order() {
        let mut plan = Plan::default();
        plan.apply(Action::Edit(
            plan.categories[2].id,
            CategoryEdit::Funding(FundingSource::DanaDesa),
        ));
        plan.apply(Action::Edit(
            plan.categories[6].id,
            CategoryEdit::Insured(100),
        ));
        plan.apply(Action::Edit(
            plan.categories[6].id,
            CategoryEdit::Funding(FundingSource::ApbdKabupaten),
        ));
        plan.apply(Action::Edit(
            plan.categories[3].id,
            CategoryEdit::Insured(5),
        ));
        plan.apply(Action::Edit(
            plan.categories[3].id,
            CategoryEdit::Funding(FundingSource::PaDes),
        ));
        plan.apply(Action::Edit(
            plan.categories[3].id,
            CategoryEdit::AccountCode("5.4.1.01".into()),
        ));
        let (outcome, rab) = lines_of(&plan, Lang::Id);
        check_invariants(&plan, &outcome, &rab);
        let sources: Vec<_> = rab.groups.iter().map(|g| g.funding).collect();
        assert_eq!(
            sources,
            [
                FundingSource::Add,
                FundingSource::DanaDesa,
                FundingSource::PaDes,
                FundingSource::ApbdKabupaten
            ]
        );
        let subtotals: Vec<_> = rab.groups.iter().map(|g| g.subtotal).collect();
        assert_eq!(
            subtotals,
            [
                rp(157_248 + 144_144),
                rp(1_048_320),
                rp(5 * 16_800 * 12),
                rp(100 * 16_800 * 12)
            ]
        );
        let bpd = &rab.groups[2].lines[0];
        assert_eq!((bpd.category, bpd.account_code.as_str()), (3, "5.4.1.01"));
        assert_eq!(bpd.kegiatan, "");
        assert_eq!(
            bpd.description,
            "Iuran JKK dan JKM BPJS Ketenagakerjaan – Anggota BPD"
        );
        let rentan = &rab.groups[3].lines[0];
        assert_eq!(rentan.account_code, "");
        assert_eq!(rentan.unit_price, rp(16_800));
    }

    #[test]
    fn jp_over_the_march_cap_varies_but_sums_its_months() {
        let mut plan = Plan {
            categories: vec![Category::new(CategoryKind::SekretarisDesa, 2)],
            ..Plan::default()
        };
        plan.apply(Action::Edit(
            plan.categories[0].id,
            CategoryEdit::Base(rp(12_000_000)),
        ));
        plan.apply(Action::Edit(plan.categories[0].id, CategoryEdit::Jht(true)));
        plan.apply(Action::Edit(plan.categories[0].id, CategoryEdit::Jp(true)));
        let (outcome, rab) = lines_of(&plan, Lang::Id);
        check_invariants(&plan, &outcome, &rab);
        let line = &rab.groups[0].lines[0];
        assert!(line.varies && rab.any_varies());
        assert!(!rab.any_prohibited());
        // JKK 0.24 % + JKM 0.3 % + JHT 3.7 % of 12,000,000; JP 2 % of the cap in force.
        let fixed = 28_800 + 36_000 + 444_000;
        assert_eq!(line.unit_price, rp(fixed + 210_948));
        assert_eq!(
            line.amount,
            rp(2 * (2 * (fixed + 210_948) + 10 * (fixed + 221_726)))
        );
        assert_ne!(line.amount, line.unit_price.times(2 * 12));
        assert_eq!(
            line.description,
            "Iuran JKK, JKM, JHT dan JP (bagian desa) BPJS Ketenagakerjaan – Sekretaris desa"
        );
        assert_eq!(
            rab.worker_share,
            rp(2 * (12 * 240_000 + 2 * 105_474 + 10 * 110_863))
        );
    }

    #[test]
    fn zero_count_and_zero_amount_categories_are_omitted() {
        let mut plan = Plan::default();
        plan.apply(Action::Edit(
            plan.categories[0].id,
            CategoryEdit::Insured(0),
        ));
        plan.apply(Action::Edit(
            plan.categories[1].id,
            CategoryEdit::Base(Rupiah::ZERO),
        ));
        let (outcome, rab) = lines_of(&plan, Lang::Id);
        check_invariants(&plan, &outcome, &rab);
        let cats: Vec<_> = rab
            .groups
            .iter()
            .flat_map(|g| g.lines.iter().map(|l| l.category))
            .collect();
        assert_eq!(cats, [2]);

        plan.categories.iter_mut().for_each(|c| c.insured = 0);
        let (outcome, rab) = lines_of(&plan, Lang::Id);
        check_invariants(&plan, &outcome, &rab);
        assert!(rab.groups.is_empty());
        assert_eq!(rab.total_words, "nol rupiah");
    }

    #[test]
    fn pp50_adjustment_and_mid_year_periods_keep_the_invariants() {
        let mut plan = Plan::default();
        plan.categories
            .push(Category::new(CategoryKind::PekerjaRentan, 40));
        plan.apply_adjustment = true;
        let (outcome, rab) = lines_of(&plan, Lang::Id);
        check_invariants(&plan, &outcome, &rab);
        let rentan = &rab.groups[0].lines[3];
        assert!(rentan.varies);
        assert_eq!(rentan.amount, rp(40 * (16_800 * 3 + 8_400 * 9)));

        plan.period = BudgetPeriod {
            year: 2026,
            first_month: 8,
            months: 5,
        };
        plan.categories[1].scheme = Scheme::Bpu;
        let (outcome, rab) = lines_of(&plan, Lang::En);
        check_invariants(&plan, &outcome, &rab);
        let lines = &rab.groups[0].lines;
        assert!(lines.iter().all(|l| l.months == 5 && !l.varies));
        assert_eq!(lines[0].amount, rp(13_104 * 5));
        assert_eq!(lines[0].volume, "1 person × 5 months");
    }
}

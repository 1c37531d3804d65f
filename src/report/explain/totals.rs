//! The plan's totals: per month, over the period, by payer, program part and funding source.

use super::*;

/// Sum over categories of one amount, naming each category.
pub(super) fn sum_over(
    lang: Lang,
    plan: &Plan,
    outcome: &Outcome,
    each: impl Fn(&CategoryOutcome) -> Rupiah,
    total: Rupiah,
) -> String {
    let parts: Vec<String> = plan
        .categories
        .iter()
        .zip(&outcome.categories)
        .filter(|(_, o)| each(o) > Rupiah::ZERO)
        .map(|(c, o)| format!("{} {}", category_name(lang, c), lang.rupiah(each(o))))
        .collect();
    format!("{} = {}", joined(&parts), lang.rupiah(total))
}

/// Total premium in the first month covered.
#[must_use]
pub fn total_monthly(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    let each = |o: &CategoryOutcome| {
        o.cost
            .months
            .first()
            .map(|m| m.programs.total().total())
            .unwrap_or_default()
    };
    Explanation {
        formula: sum_over(lang, plan, outcome, each, outcome.total_monthly()),
        basis: lang
            .pick(
                "Jumlah iuran semua kategori pada bulan pertama yang dianggarkan: bagian desa/pemberi dana ditambah bagian pekerja.",
                "Sum of all categories in the first month budgeted: the payer's share plus the worker's share.",
            )
            .to_string(),
    }
}

/// Total premium over the months covered.
#[must_use]
pub fn total_period(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    Explanation {
        formula: sum_over(lang, plan, outcome, |o| o.cost.period.total().total(), outcome.total_period()),
        basis: lang
            .pick(
                "Jumlah iuran semua bulan yang dianggarkan dalam tahun anggaran (RULES: biaya suatu masa = jumlah bulannya).",
                "Sum of every month budgeted in the budget year (a period's cost is the sum of its months).",
            )
            .to_string(),
    }
}

/// The payer's or the workers' share over the period, summed over categories.
#[must_use]
pub fn share_total(lang: Lang, plan: &Plan, outcome: &Outcome, worker: bool) -> Explanation {
    let each = |o: &CategoryOutcome| {
        let s = o.cost.period.total();
        if worker {
            s.worker
        } else {
            s.payer
        }
    };
    let total = if worker {
        outcome.period.total().worker
    } else {
        outcome.period.total().payer
    };
    let basis = if worker {
        lang.pick(
            "JHT 2 % (PP 46/2015) dan JP 1 % (PP 45/2015) ditanggung pekerja, dipotong dari siltap.",
            "JHT 2 % (PP 46/2015) and JP 1 % (PP 45/2015) are the worker's, deducted from siltap.",
        )
    } else {
        lang.pick(
            "JKK dan JKM seluruhnya, JHT 3,7 % dan JP 2 % ditanggung pemberi kerja (desa atau pemberi dana); BPU seluruhnya oleh pemberi dana.",
            "All of JKK and JKM, JHT 3.7 % and JP 2 % are the employer's (village or funder); BPU entirely the funder's.",
        )
    };
    Explanation {
        formula: sum_over(lang, plan, outcome, each, total),
        basis: basis.to_string(),
    }
}

/// Which part of a premium a figure shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The payer's (village's or funder's) part.
    Payer,
    /// The worker's own part (PU JHT 2 %, JP 1 %).
    Worker,
    /// Both parts.
    Total,
}

pub(super) fn part_of(split: crate::calc::premium::Split, part: Part) -> Rupiah {
    match part {
        Part::Payer => split.payer,
        Part::Worker => split.worker,
        Part::Total => split.total(),
    }
}

pub(super) fn part_basis(lang: Lang, part: Part) -> String {
    let who = match part {
        Part::Payer => lang.pick(
            "JKK dan JKM seluruhnya, JHT 3,7 % dan JP 2 % ditanggung pemberi kerja (desa atau pemberi dana); BPU seluruhnya oleh pemberi dana.",
            "All of JKK and JKM, JHT 3.7 % and JP 2 % are the employer's (village or funder); BPU entirely the funder's.",
        ),
        Part::Worker => lang.pick(
            "JHT 2 % (PP 46/2015) dan JP 1 % (PP 45/2015) ditanggung pekerja, dipotong dari siltap.",
            "JHT 2 % (PP 46/2015) and JP 1 % (PP 45/2015) are the worker's, deducted from siltap.",
        ),
        Part::Total => lang.pick(
            "Bagian pemberi kerja ditambah bagian pekerja.",
            "The payer's part plus the worker's part.",
        ),
    };
    format!("{who} {}", lang.pick(ROUNDING_ID, ROUNDING_EN))
}

/// One program's payer, worker or whole premium over the period, summed over categories.
#[must_use]
pub fn program_part(
    lang: Lang,
    plan: &Plan,
    outcome: &Outcome,
    program: Program,
    part: Part,
) -> Explanation {
    let each = |o: &CategoryOutcome| part_of(o.cost.period.get(program), part);
    Explanation {
        formula: format!(
            "{}: {}",
            program.abbr(),
            sum_over(
                lang,
                plan,
                outcome,
                each,
                part_of(outcome.period.get(program), part)
            )
        ),
        basis: part_basis(lang, part),
    }
}

/// The payer's share charged to one funding source over the period, by category.
#[must_use]
pub fn source_total(
    lang: Lang,
    plan: &Plan,
    outcome: &Outcome,
    source: crate::calc::category::FundingSource,
) -> Explanation {
    let total = outcome
        .budget
        .by_source
        .iter()
        .find(|s| s.source == source)
        .map_or(Rupiah::ZERO, |s| s.amount);
    let parts: Vec<String> = plan
        .categories
        .iter()
        .zip(&outcome.categories)
        .filter(|(c, o)| c.funding == source && o.cost.period.total().payer > Rupiah::ZERO)
        .map(|(c, o)| {
            format!(
                "{} {}",
                category_name(lang, c),
                lang.rupiah(o.cost.period.total().payer)
            )
        })
        .collect();
    Explanation {
        formula: format!("{} = {}", joined(&parts), lang.rupiah(total)),
        basis: lang
            .pick(
                "Bagian pemberi kerja dari kategori yang dibayar dari sumber dana ini; bagian pekerja dipotong dari penghasilan dan bukan belanja.",
                "The payer's part of the categories paid from this fund; the worker's part is deducted from pay and is not spending.",
            )
            .to_string(),
    }
}

/// The premium charged to ADD: the payer's share of the categories paid from ADD.
#[must_use]
pub fn charged_to_add(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    Explanation {
        formula: source_total(
            lang,
            plan,
            outcome,
            crate::calc::category::FundingSource::Add,
        )
        .formula,
        basis: add_share(lang, outcome, plan.budget.alokasi_dana_desa).basis,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::category::FundingSource;

    #[test]
    fn table_cells_add_up_to_the_figure_they_explain() {
        let mut plan = Plan::default();
        plan.categories[0].jht = true;
        plan.categories[6].insured = 5;
        plan.categories[6].funding = FundingSource::ApbdKabupaten;
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        let e = program_part(Lang::Id, &plan, &o, Program::Jht, Part::Worker);
        assert!(e.formula.starts_with("JHT: Kepala desa "), "{}", e.formula);
        assert!(e
            .formula
            .ends_with(&Lang::Id.rupiah(o.period.get(Program::Jht).worker)));
        let e = source_total(Lang::Id, &plan, &o, FundingSource::ApbdKabupaten);
        assert_eq!(
            e.formula,
            "Pekerja rentan (petani, nelayan, pedagang, ojek) Rp1.008.000 = Rp1.008.000"
        );
        let e = charged_to_add(Lang::En, &plan, &o);
        assert!(
            e.formula
                .ends_with(&Lang::En.rupiah(o.budget.charged_to_add)),
            "{}",
            e.formula
        );
        let e = category_month(Lang::Id, &o.categories[6].cost);
        assert_eq!(e.formula, "Rp16.800 × 5 orang = Rp84.000 (Januari 2026)");
        let rab = crate::report::rab::budget_lines(&plan, &o, Lang::Id);
        let line = &rab.groups[0].lines[0];
        let cost = &o.categories[line.category].cost;
        let e = rab_line(Lang::Id, line, cost);
        assert!(
            e.formula
                .ends_with(&format!("= {}", Lang::Id.rupiah(line.amount))),
            "{}",
            e.formula
        );
        let e = rab_unit_price(Lang::Id, line, cost);
        assert!(
            e.formula
                .ends_with(&format!("= {}", Lang::Id.rupiah(line.unit_price))),
            "{}",
            e.formula
        );
    }
}

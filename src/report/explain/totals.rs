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
        basis: lang.formula().total_monthly.to_string(),
    }
}

/// Total premium over the months covered.
#[must_use]
pub fn total_period(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    Explanation {
        formula: sum_over(
            lang,
            plan,
            outcome,
            |o| o.cost.period.total().total(),
            outcome.total_period(),
        ),
        basis: lang.formula().total_period.to_string(),
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
        outcome.sums.period.total().worker
    } else {
        outcome.sums.period.total().payer
    };
    let t = lang.formula();
    let at = &outcome.law;
    let basis = if worker {
        let (jht, jp) = worker_rates(lang, at);
        (t.worker_share)(&jht, &jp)
    } else {
        let (jht, jp) = payer_rates(lang, at);
        (t.payer_share)(&jht, &jp)
    };
    Explanation {
        formula: sum_over(lang, plan, outcome, each, total),
        basis,
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

pub(super) fn part_of(split: crate::calc::program::Split, part: Part) -> Rupiah {
    match part {
        Part::Payer => split.payer,
        Part::Worker => split.worker,
        Part::Total => split.total(),
    }
}

/// Who bears `part`, with the rates of the law `at`, and the rounding rule.
pub(super) fn part_basis(lang: Lang, part: Part, at: &Law) -> String {
    let t: &FormulaTexts = lang.formula();
    let who = match part {
        Part::Payer => {
            let (jht, jp) = payer_rates(lang, at);
            (t.payer_share)(&jht, &jp)
        }
        Part::Worker => {
            let (jht, jp) = worker_rates(lang, at);
            (t.worker_share)(&jht, &jp)
        }
        Part::Total => t.both_parts.to_string(),
    };
    format!("{who} {}", t.rounding)
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
                part_of(outcome.sums.period.get(program), part)
            )
        ),
        basis: part_basis(lang, part, &outcome.law),
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
    let total = outcome.sums.budget.by_source[source];
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
        basis: lang.formula().source_share.to_string(),
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
            .ends_with(&Lang::Id.rupiah(o.sums.period.get(Program::Jht).worker)));
        let e = source_total(Lang::Id, &plan, &o, FundingSource::ApbdKabupaten);
        assert_eq!(
            e.formula,
            "Pekerja rentan (petani, nelayan, pedagang, ojek) Rp1.008.000 = Rp1.008.000"
        );
        let e = charged_to_add(Lang::En, &plan, &o);
        assert!(
            e.formula
                .ends_with(&Lang::En.rupiah(o.sums.budget.charged_to_add)),
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
        let e = rab_unit_price(Lang::Id, line, cost, &o.law);
        assert!(
            e.formula
                .ends_with(&format!("= {}", Lang::Id.rupiah(line.unit_price))),
            "{}",
            e.formula
        );
    }
}

//! The budget figures: share of ADD, the 30 % check, what remains, RAB lines and capacity.

use super::*;

/// Premium charged to ADD as a share of ADD.
#[must_use]
pub fn add_share(lang: Lang, outcome: &Outcome, alokasi_dana_desa: Option<Rupiah>) -> Explanation {
    let b = &outcome.sums.budget;
    let t = lang.formula();
    quotient(
        alokasi_dana_desa.zip(b.add_share).map(|(add, share)| {
            [
                lang.rupiah(b.charged_to_add),
                lang.rupiah(add),
                lang.percent(share, 2),
            ]
        }),
        t.enter_add,
        t.add_basis,
    )
}

/// The 30 % check.
#[must_use]
pub fn thirty_percent(lang: Lang, outcome: &Outcome) -> Explanation {
    let words = lang.formula();
    let limit = lang.prose_percent(crate::calc::budget::THIRTY_PERCENT);
    let formula = match outcome.sums.budget.thirty_percent {
        Some(t) => format!(
            "({} + {}) ÷ {} = {} ; {} {limit} = {}",
            lang.rupiah(t.siltap),
            lang.rupiah(t.premiums),
            lang.rupiah(t.base),
            t.share
                .map_or_else(|| "-".to_string(), |s| lang.percent(s, 2)),
            words.limit,
            lang.rupiah(t.limit)
        ),
        None => words.enter_spending.to_string(),
    };
    let (jht, jp) = worker_rates(lang, &outcome.law);
    Explanation {
        formula,
        basis: (words.thirty_percent)(&limit, &jht, &jp),
    }
}

/// Premium charged to ADD and what remains of it.
#[must_use]
pub fn add_remaining(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    let charged = |o: &CategoryOutcome, c: &Category| {
        if c.funding == crate::calc::category::FundingSource::Add {
            o.cost.period.total().payer
        } else {
            Rupiah::ZERO
        }
    };
    let parts: Vec<String> = plan
        .categories
        .iter()
        .zip(&outcome.categories)
        .filter(|(c, o)| charged(o, c) > Rupiah::ZERO)
        .map(|(c, o)| format!("{} {}", category_name(lang, c), lang.rupiah(charged(o, c))))
        .collect();
    let b = &outcome.sums.budget;
    let mut formula = format!("{} = {}", joined(&parts), lang.rupiah(b.charged_to_add));
    if let (Some(add), Some(rest)) = (plan.budget.alokasi_dana_desa, b.add_remaining) {
        formula.push_str(&format!(
            " ; {} − {} = {}",
            lang.rupiah(add),
            lang.rupiah(b.charged_to_add),
            lang.rupiah(rest)
        ));
    }
    Explanation {
        formula,
        basis: add_share(lang, outcome, plan.budget.alokasi_dana_desa).basis,
    }
}

/// A budget line: unit price × people × months, or the sum of its months when it changes.
#[must_use]
pub fn rab_line(
    lang: Lang,
    line: &crate::report::rab::RabLine,
    cost: &CategoryCost,
) -> Explanation {
    let formula = if line.varies {
        let months: Vec<String> = cost
            .months
            .iter()
            .map(|m| {
                format!(
                    "{} {}",
                    lang.month_short(m.month.month),
                    lang.rupiah(m.programs.total().payer)
                )
            })
            .collect();
        format!("{} = {}", joined(&months), lang.rupiah(line.amount))
    } else {
        format!(
            "{} × {} = {}",
            lang.rupiah(line.unit_price),
            line.volume,
            lang.rupiah(line.amount)
        )
    };
    Explanation {
        formula,
        basis: format!("{} {}", lang.formula().rab_line, lang.formula().rounding),
    }
}

/// A budget line's unit price: one person's payer part in the first month, by program.
#[must_use]
pub fn rab_unit_price(
    lang: Lang,
    line: &crate::report::rab::RabLine,
    cost: &CategoryCost,
    law: &Law,
) -> Explanation {
    let pm = &cost.per_person;
    let parts: Vec<String> = Program::ALL
        .iter()
        .filter(|&&p| pm.programs.get(p).payer > Rupiah::ZERO)
        .map(|&p| format!("{} {}", p.abbr(), lang.rupiah(pm.programs.get(p).payer)))
        .collect();
    Explanation {
        formula: format!("{} = {}", joined(&parts), lang.rupiah(line.unit_price)),
        basis: part_basis(lang, Part::Payer, law),
    }
}

/// A funding source's subtotal or the grand total of the budget lines.
#[must_use]
///
/// The sum has no month of its own: the workers' rates it names are those of `law` (the
/// plan's first month; they have not changed since 2015).
pub fn rab_sum(lang: Lang, law: &Law, terms: &[(String, Rupiah)], total: Rupiah) -> Explanation {
    let parts: Vec<String> = terms
        .iter()
        .map(|(name, amount)| format!("{name} {}", lang.rupiah(*amount)))
        .collect();
    Explanation {
        formula: format!("{} = {}", joined(&parts), lang.rupiah(total)),
        basis: {
            let (jht, jp) = worker_rates(lang, law);
            (lang.formula().rab_sum)(&jht, &jp)
        },
    }
}

/// How many people fit under a ceiling: what the other categories cost, what the growing
/// ones take, what is left.
#[must_use]
pub fn capacity(lang: Lang, plan: &Plan, c: &crate::calc::capacity::Capacity) -> Explanation {
    let t = lang.formula();
    let grown: Vec<String> = c
        .counts
        .iter()
        .filter_map(|&(i, n)| plan.categories.get(i).map(|cat| (cat, n)))
        .map(|(cat, n)| {
            format!(
                "{} {} {}",
                category_name(lang, cat),
                lang.count(n),
                t.people
            )
        })
        .collect();
    let others = t.other_categories;
    let mut formula = format!(
        "{others} {} + {} = {} ; {} − {} = {}",
        lang.rupiah(c.fixed),
        joined(&grown),
        lang.rupiah(c.cost),
        lang.rupiah(c.ceiling),
        lang.rupiah(c.cost),
        lang.rupiah(c.left)
    );
    if let Some(next) = c.next_person {
        formula.push_str(&format!(" ; {} {}", t.one_more_person, lang.rupiah(next)));
    }
    Explanation {
        formula,
        basis: format!("{} {}", t.capacity, t.rounding),
    }
}

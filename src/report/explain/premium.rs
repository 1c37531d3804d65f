//! One person's premium by program, per month and over the period, and a category's month.

use super::*;

/// One program's premium for one person in the first month covered: the terms the core
/// recorded, worded.
#[must_use]
pub fn program(lang: Lang, category: &Category, pm: &PersonMonth, program: Program) -> Explanation {
    let r = |a| lang.rupiah(a);
    let pct = |term: &Term| lang.percent(term.rate.value, 2);
    let base = |term: &Term| r(term.base.unwrap_or_default());
    let split = pm.programs.get(program);
    let t = lang.formula();
    let payer = pm.terms.get(program, Share::Payer);
    let worker = pm.terms.get(program, Share::Worker);
    // The PP 50/2025 window that adjusted this term, for its factor and regulation.
    let relief = pm
        .adjustment
        .filter(|_| payer.is_some_and(|term| term.adjusted));
    let relieved = |f: &mut String| {
        if let Some(a) = relief {
            f.push_str(&format!(
                " × {} ({}) → {}",
                crate::report::format::INDONESIAN.percent(a.factor, 2),
                a.regulation,
                r(split.total())
            ));
        }
    };
    let Some(first) = payer else {
        // Not costed: JP is not part of BPU, and a program not chosen has no term.
        let formula = match (category.scheme, program) {
            (Scheme::Bpu, Program::Jp) => t.jp_not_bpu.to_string(),
            _ => format!("{} → {}", program.abbr(), r(Rupiah::ZERO)),
        };
        return Explanation {
            formula,
            basis: t.rounding.to_string(),
        };
    };
    let two_parts = |worker: &Term| {
        format!(
            "{} {} × {} = {} + {} {} × {} = {} → {}",
            t.village_part,
            pct(first),
            base(first),
            r(first.charged),
            t.worker_part,
            pct(worker),
            base(worker),
            r(worker.charged),
            r(split.total())
        )
    };
    let formula = match (category.scheme, program, worker) {
        (Scheme::Pu, Program::Jkk, _) => format!(
            "{} ({} {}) × {} = {} → {}",
            pct(first),
            t.risk_class,
            category.risk_class.roman(),
            base(first),
            lang.number(first.exact.amount(), 2),
            r(first.charged)
        ),
        (Scheme::Pu, Program::Jp, Some(w)) => format!(
            "{} = min({}, {} {}) ; {}",
            t.jp_base,
            r(pm.base),
            t.wage_cap,
            r(pm.jp_cap
                .map_or(Rupiah::ZERO, |cap| Rupiah::from_decimal(cap.value))),
            two_parts(w)
        ),
        (_, _, Some(w)) => two_parts(w),
        (Scheme::Bpu, Program::Jkm, None) => {
            let mut f = format!("{} {}", r(first.exact), t.jkm_flat);
            relieved(&mut f);
            f
        }
        (Scheme::Bpu, Program::Jkk, None) => {
            let mut f = format!("{} × {} = {}", pct(first), base(first), r(first.rounded));
            relieved(&mut f);
            f
        }
        (Scheme::Bpu, _, None) => {
            format!("{} × {} = {}", pct(first), base(first), r(first.charged))
        }
        (Scheme::Pu, _, None) => format!(
            "{} × {} = {} → {}",
            pct(first),
            base(first),
            lang.number(first.exact.amount(), 2),
            r(first.charged)
        ),
    };
    // JP cites the cap's basis, as the cap is what shapes its base.
    let cited = match (program, pm.jp_cap) {
        (Program::Jp, Some(cap)) => cap,
        _ => first.rate,
    };
    let mut basis = cited.basis.to_string();
    if let (Scheme::Bpu, Program::Jkk, Some(floor)) = (category.scheme, program, pm.bpu_floor) {
        basis.push_str(&(t.bpu_levels)(&r(Rupiah::from_decimal(floor.value))));
    }
    if let Some(a) = relief {
        basis.push_str("; ");
        basis.push_str(a.basis);
    }
    basis.push_str(". ");
    // Only a wage above the cap is touched by it (RULES.md §1).
    if let (Program::Jp, Some(from), Some(cap)) = (program, pm.jp_cap_unpublished, pm.jp_cap) {
        if pm.jp_base.is_some_and(|capped| capped < pm.base) {
            basis.push_str(&jp_unpublished_note(lang, from, cap));
            basis.push(' ');
        }
    }
    basis.push_str(t.rounding);
    Explanation { formula, basis }
}

/// Why a JP month after the last published cap is costed at that cap (RULES.md §1): `from`
/// is the first month not published, `cap` the cap used.
pub(super) fn jp_unpublished_note(lang: Lang, from: YearMonth, cap: RateRow) -> String {
    let amount = lang.rupiah(Rupiah::from_decimal(cap.value));
    let (month, year) = (lang.month_name(from.month), from.year);
    let (since, since_year) = (lang.month_name(cap.from.month), cap.from.year);
    (lang.formula().jp_unpublished)(month, year, since, since_year, &amount)
}

/// One person's premium for one month over all programs.
#[must_use]
pub fn person_month(lang: Lang, pm: &PersonMonth) -> Explanation {
    let parts: Vec<String> = Program::ALL
        .iter()
        .filter(|&&p| pm.programs.get(p).total() > Rupiah::ZERO)
        .map(|&p| format!("{} {}", p.abbr(), lang.rupiah(pm.programs.get(p).total())))
        .collect();
    Explanation {
        formula: format!(
            "{} = {}",
            joined(&parts),
            lang.rupiah(pm.programs.total().total())
        ),
        basis: lang.formula().rounding.to_string(),
    }
}

/// A person's month with each program's own formula and basis after the sum, as the cost
/// table's "per person per month" figure opens ("… | JKK: 0,24 % × … | JKM: …").
#[must_use]
pub fn person_month_by_program(lang: Lang, category: &Category, pm: &PersonMonth) -> Explanation {
    let mut e = person_month(lang, pm);
    for p in Program::ALL {
        if pm.programs.get(p).total() > Rupiah::ZERO {
            let pe = program(lang, category, pm, p);
            e.formula
                .push_str(&format!(" | {}: {}", p.abbr(), pe.formula));
            e.basis.push_str(&format!(" | {}: {}", p.abbr(), pe.basis));
        }
    }
    e
}

/// A category's premium over the months covered.
#[must_use]
pub fn category_period(lang: Lang, cost: &CategoryCost) -> Explanation {
    let people = lang.count(cost.people);
    let t = lang.formula();
    let (orang, bulan) = (t.people, t.months);
    // Group runs of months that cost the same, so a change in March reads as two terms.
    let mut runs: Vec<(u8, u8, Rupiah)> = Vec::new();
    for m in &cost.months {
        let per_person = if cost.people == 0 {
            Rupiah::ZERO
        } else {
            m.per_person
        };
        match runs.last_mut() {
            Some((_, last, amount)) if *amount == per_person => *last = m.month.month,
            _ => runs.push((m.month.month, m.month.month, per_person)),
        }
    }
    let terms: Vec<String> = runs
        .iter()
        .map(|(from, to, amount)| {
            let n = to - from + 1;
            let label = if runs.len() > 1 {
                format!("{}–{}: ", lang.month_short(*from), lang.month_short(*to))
            } else {
                String::new()
            };
            format!(
                "{label}{} × {people} {orang} × {n} {bulan}",
                lang.rupiah(*amount)
            )
        })
        .collect();
    let mut basis = t.period_sum.to_string();
    if let Some((from, cap)) = cost.jp_cap_unpublished {
        basis.push(' ');
        basis.push_str(&jp_unpublished_note(lang, from, cap));
    }
    Explanation {
        formula: format!(
            "{} = {}",
            joined(&terms),
            lang.rupiah(cost.period.total().total())
        ),
        basis,
    }
}

/// A category's premium in the first month covered: one person's premium × people.
#[must_use]
pub fn category_month(lang: Lang, cost: &CategoryCost) -> Explanation {
    let t = lang.formula();
    let month = cost.months.first();
    let total = month.map_or(Rupiah::ZERO, |m| m.programs.total().total());
    let label = month.map_or(String::new(), |m| {
        format!(" ({} {})", lang.month_name(m.month.month), m.month.year)
    });
    Explanation {
        formula: format!(
            "{} × {} {} = {}{label}",
            lang.rupiah(cost.per_person.programs.total().total()),
            lang.count(cost.people),
            t.people,
            lang.rupiah(total)
        ),
        basis: format!("{} {}", t.first_month, t.rounding),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::CategoryKind;

    use crate::calc::law::RateTable;
    use crate::calc::period::{BudgetPeriod, YearMonth};
    use crate::calc::premium::category_cost;
    use crate::calc::premium::person_month as cost_person_month;

    #[test]
    fn the_person_month_opens_into_each_paid_program() {
        let mut kades = Category::new(CategoryKind::KepalaDesa, 1);
        kades.jht = true;
        let pm = cost_person_month(&kades, &Law::official(YearMonth::new(2026, 1)), false);
        let e = person_month_by_program(Lang::Id, &kades, &pm);
        let sum = person_month(Lang::Id, &pm);
        assert!(e.formula.starts_with(&sum.formula), "{}", e.formula);
        for p in [Program::Jkk, Program::Jkm, Program::Jht] {
            let own = program(Lang::Id, &kades, &pm, p);
            assert!(e
                .formula
                .contains(&format!(" | {}: {}", p.abbr(), own.formula)));
            assert!(e.basis.contains(&format!(" | {}: {}", p.abbr(), own.basis)));
        }
        // JP is not chosen, so it costs nothing and has no part.
        assert!(!e.formula.contains("| JP:"), "{}", e.formula);
    }

    #[test]
    fn the_unpublished_cap_note_is_only_for_a_wage_above_the_cap() {
        let cap = Law::official(YearMonth::new(2027, 2)).row(RateKey::JpWageCap);
        let note = jp_unpublished_note(Lang::Id, YearMonth::new(2027, 3), cap);
        let april = YearMonth::new(2027, 4);
        let mut kades = Category::new(CategoryKind::KepalaDesa, 1);
        kades.jp = true;
        for (wage, noted) in [(2_426_640, false), (11_086_300, false), (12_000_000, true)] {
            kades.base = Rupiah::from_whole(wage);
            let pm = cost_person_month(&kades, &Law::official(april), false);
            let e = program(Lang::Id, &kades, &pm, Program::Jp);
            assert_eq!(e.basis.contains(&note), noted, "{wage}: {}", e.basis);
            let cost = category_cost(
                &kades,
                &RateTable::official().period(&BudgetPeriod::full_year(2027)),
                false,
            );
            assert_eq!(
                category_period(Lang::Id, &cost).basis.contains(&note),
                noted,
                "{wage}"
            );
        }
    }

    #[test]
    fn kepala_desa_jkk_reads_as_the_worked_check() {
        let kades = Category::new(CategoryKind::KepalaDesa, 1);
        let pm = cost_person_month(&kades, &Law::official(YearMonth::new(2026, 1)), false);
        let e = program(Lang::Id, &kades, &pm, Program::Jkk);
        assert_eq!(
            e.formula,
            "0,24 % (kelas risiko I) × Rp2.426.640 = 5.823,94 → Rp5.824"
        );
        assert!(e
            .basis
            .starts_with("PP 44/2015 Pasal 16 ayat (1) jo. PP 49/2023"));
        let en = program(Lang::En, &kades, &pm, Program::Jkk);
        assert_eq!(
            en.formula,
            "0.24% (risk class I) × Rp2,426,640 = 5,823.94 → Rp5,824"
        );
    }

    #[test]
    fn period_with_a_cap_change_reads_as_two_terms() {
        let mut c = Category::new(CategoryKind::PerangkatDesa, 2);
        c.base = Rupiah::from_whole(12_000_000);
        c.jp = true;
        let cost = category_cost(
            &c,
            &RateTable::official().period(&BudgetPeriod::full_year(2026)),
            false,
        );
        let e = category_period(Lang::Id, &cost);
        assert!(e.formula.starts_with("Jan–Feb: "), "{}", e.formula);
        assert!(e.formula.contains(" + Mar–Des: "), "{}", e.formula);
    }

    #[test]
    fn split_programs_say_each_part_is_rounded_on_its_own() {
        let mut c = Category::new(CategoryKind::PerangkatDesa, 1);
        c.jht = true;
        let pm =
            crate::calc::premium::person_month(&c, &Law::official(YearMonth::new(2026, 1)), false);
        let e = program(Lang::Id, &c, &pm, Program::Jht);
        assert!(
            e.basis.contains("masing-masing dibulatkan sendiri"),
            "{}",
            e.basis
        );
        let e = program(Lang::En, &c, &pm, Program::Jht);
        assert!(e.basis.contains("each rounded on their own"), "{}", e.basis);
    }

    #[test]
    fn jp_months_past_the_published_cap_say_which_cap_they_use() {
        let mut c = Category::new(CategoryKind::PerangkatDesa, 2);
        c.jp = true;
        c.base = Rupiah::from_whole(12_000_000);
        let cost = category_cost(
            &c,
            &RateTable::official().period(&BudgetPeriod::full_year(2027)),
            false,
        );
        let e = category_period(Lang::Id, &cost);
        assert!(
            e.basis
                .contains("Batas upah JP mulai Maret 2027 belum diterbitkan"),
            "{}",
            e.basis
        );
        assert!(e.basis.contains("Rp11.086.300"), "{}", e.basis);
        let pm =
            crate::calc::premium::person_month(&c, &Law::official(YearMonth::new(2027, 4)), false);
        assert!(program(Lang::En, &c, &pm, Program::Jp)
            .basis
            .contains("from March 2027 is not yet published"));
        // 2026 is published: no such note.
        let cost = category_cost(
            &c,
            &RateTable::official().period(&BudgetPeriod::full_year(2026)),
            false,
        );
        assert!(!category_period(Lang::Id, &cost)
            .basis
            .contains("belum diterbitkan"));
    }
}

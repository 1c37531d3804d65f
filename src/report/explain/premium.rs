//! One person's premium by program, per month and over the period, and a category's month.

use super::*;

pub(super) fn rate_basis(key: RateKey, pm: &PersonMonth) -> &'static str {
    rates::in_force(key, pm.month).basis
}

/// One program's premium for one person in the first month covered.
#[must_use]
pub fn program(lang: Lang, category: &Category, pm: &PersonMonth, program: Program) -> Explanation {
    let r = |a| lang.rupiah(a);
    let pct = |key| lang.percent(rates::value(key, pm.month), 2);
    let exact =
        |base: Rupiah, key| lang.number(base.times_rate(rates::value(key, pm.month)).amount(), 2);
    let split = pm.programs.get(program);
    let t = lang.formula();
    // The PP 50/2025 window that adjusted this month, for its factor and regulation.
    let relief = rates::adjustment(category.sector, pm.month).filter(|_| pm.adjusted);
    let relieved = |f: &mut String| {
        if let Some(a) = relief {
            f.push_str(&format!(
                " × {} ({}) → {}",
                crate::report::format::percent(a.factor, 2),
                a.regulation,
                r(split.total())
            ));
        }
    };
    let (formula, key) = match (category.scheme, program) {
        (Scheme::Pu, Program::Jkk) => {
            let key = RateKey::JkkPu(category.risk_class);
            let class = t.risk_class;
            (
                format!(
                    "{} ({class} {}) × {} = {} → {}",
                    pct(key),
                    category.risk_class.roman(),
                    r(pm.base),
                    exact(pm.base, key),
                    r(split.total())
                ),
                key,
            )
        }
        (Scheme::Pu, Program::Jkm) => {
            let key = RateKey::JkmPu;
            (
                format!(
                    "{} × {} = {} → {}",
                    pct(key),
                    r(pm.base),
                    exact(pm.base, key),
                    r(split.total())
                ),
                key,
            )
        }
        (Scheme::Pu, Program::Jht) => (
            format!(
                "{} {} × {} = {} + {} {} × {} = {} → {}",
                t.village_part,
                pct(RateKey::JhtPuDesa),
                r(pm.base),
                r(split.payer),
                t.worker_part,
                pct(RateKey::JhtPuWorker),
                r(pm.base),
                r(split.worker),
                r(split.total())
            ),
            RateKey::JhtPuDesa,
        ),
        (Scheme::Pu, Program::Jp) => {
            let cap = Rupiah::from_decimal(rates::value(RateKey::JpWageCap, pm.month));
            let capped = pm.jp_base.unwrap_or(pm.base);
            (
                format!(
                    "{} = min({}, {} {}) ; {} {} × {} = {} + {} {} × {} = {} → {}",
                    t.jp_base,
                    r(pm.base),
                    t.wage_cap,
                    r(cap),
                    t.village_part,
                    pct(RateKey::JpDesa),
                    r(capped),
                    r(split.payer),
                    t.worker_part,
                    pct(RateKey::JpWorker),
                    r(capped),
                    r(split.worker),
                    r(split.total())
                ),
                RateKey::JpWageCap,
            )
        }
        (Scheme::Bpu, Program::Jkk) => {
            let mut f = format!(
                "{} × {} = {}",
                pct(RateKey::JkkBpu),
                r(pm.base),
                r(pm.base
                    .times_rate(rates::value(RateKey::JkkBpu, pm.month))
                    .round_rupiah())
            );
            relieved(&mut f);
            (f, RateKey::JkkBpu)
        }
        (Scheme::Bpu, Program::Jkm) => {
            let flat = Rupiah::from_decimal(rates::value(RateKey::JkmBpu, pm.month));
            let mut f = format!("{} {}", r(flat), t.jkm_flat);
            relieved(&mut f);
            (f, RateKey::JkmBpu)
        }
        (Scheme::Bpu, Program::Jht) => {
            let key = RateKey::JhtBpu;
            (
                format!("{} × {} = {}", pct(key), r(pm.base), r(split.total())),
                key,
            )
        }
        (Scheme::Bpu, Program::Jp) => (t.jp_not_bpu.to_string(), RateKey::JpDesa),
    };
    let mut basis = rate_basis(key, pm).to_string();
    if category.scheme == Scheme::Bpu && program == Program::Jkk {
        let floor = Rupiah::from_decimal(rates::value(RateKey::BpuMinIncome, pm.month));
        basis.push_str(&(t.bpu_levels)(&r(floor)));
    }
    if let Some(a) = relief {
        basis.push_str("; ");
        basis.push_str(a.basis);
    }
    basis.push_str(". ");
    // Only a wage above the cap is touched by it (RULES.md §1).
    if program == Program::Jp
        && pm.month > rates::JP_CAP_PUBLISHED_THROUGH
        && pm.jp_base.is_some_and(|capped| capped < pm.base)
    {
        basis.push_str(&jp_unpublished_note(lang));
        basis.push(' ');
    }
    basis.push_str(t.rounding);
    Explanation { formula, basis }
}

/// Why a JP month after the last published cap is costed at that cap (RULES.md §1).
pub(super) fn jp_unpublished_note(lang: Lang) -> String {
    let last = rates::in_force(RateKey::JpWageCap, rates::JP_CAP_PUBLISHED_THROUGH);
    let next = rates::JP_CAP_PUBLISHED_THROUGH.next();
    let cap = lang.rupiah(Rupiah::from_decimal(last.value));
    let (month, year) = (lang.month_name(next.month), next.year);
    let (since, since_year) = (lang.month_name(last.from.month), last.from.year);
    (lang.formula().jp_unpublished)(month, year, since, since_year, &cap)
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
            m.programs
                .total()
                .total()
                .ratio_to(Rupiah::from_whole(i64::from(cost.people)))
                .map(Rupiah::from_decimal)
                .unwrap_or_default()
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
    let jp_unpublished = cost.months.iter().any(|m| {
        m.month > rates::JP_CAP_PUBLISHED_THROUGH
            && cost.per_person.base.amount() > rates::value(RateKey::JpWageCap, m.month)
            && m.programs.get(Program::Jp).total() > Rupiah::ZERO
    });
    if jp_unpublished {
        basis.push(' ');
        basis.push_str(&jp_unpublished_note(lang));
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

    use crate::calc::period::{BudgetPeriod, YearMonth};
    use crate::calc::premium::category_cost;
    use crate::calc::premium::person_month as cost_person_month;

    #[test]
    fn the_person_month_opens_into_each_paid_program() {
        let mut kades = Category::new(CategoryKind::KepalaDesa, 1);
        kades.jht = true;
        let pm = cost_person_month(&kades, YearMonth::new(2026, 1), false);
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
        let note = jp_unpublished_note(Lang::Id);
        let april = YearMonth::new(2027, 4);
        let mut kades = Category::new(CategoryKind::KepalaDesa, 1);
        kades.jp = true;
        for (wage, noted) in [(2_426_640, false), (11_086_300, false), (12_000_000, true)] {
            kades.base = Rupiah::from_whole(wage);
            let pm = cost_person_month(&kades, april, false);
            let e = program(Lang::Id, &kades, &pm, Program::Jp);
            assert_eq!(e.basis.contains(&note), noted, "{wage}: {}", e.basis);
            let cost = category_cost(&kades, &BudgetPeriod::full_year(2027), false);
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
        let pm = cost_person_month(&kades, YearMonth::new(2026, 1), false);
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
        let cost = category_cost(&c, &BudgetPeriod::full_year(2026), false);
        let e = category_period(Lang::Id, &cost);
        assert!(e.formula.starts_with("Jan–Feb: "), "{}", e.formula);
        assert!(e.formula.contains(" + Mar–Des: "), "{}", e.formula);
    }

    #[test]
    fn split_programs_say_each_part_is_rounded_on_its_own() {
        let mut c = Category::new(CategoryKind::PerangkatDesa, 1);
        c.jht = true;
        let pm = crate::calc::premium::person_month(
            &c,
            crate::calc::period::YearMonth::new(2026, 1),
            false,
        );
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
        let cost = category_cost(&c, &BudgetPeriod::full_year(2027), false);
        let e = category_period(Lang::Id, &cost);
        assert!(
            e.basis
                .contains("Batas upah JP mulai Maret 2027 belum diterbitkan"),
            "{}",
            e.basis
        );
        assert!(e.basis.contains("Rp11.086.300"), "{}", e.basis);
        let pm = crate::calc::premium::person_month(
            &c,
            crate::calc::period::YearMonth::new(2027, 4),
            false,
        );
        assert!(program(Lang::En, &c, &pm, Program::Jp)
            .basis
            .contains("from March 2027 is not yet published"));
        // 2026 is published: no such note.
        let cost = category_cost(&c, &BudgetPeriod::full_year(2026), false);
        assert!(!category_period(Lang::Id, &cost)
            .basis
            .contains("belum diterbitkan"));
    }
}

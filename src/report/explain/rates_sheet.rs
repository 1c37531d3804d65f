//! The rates in force, each with its citation, as the simulation sheet lists them.

use super::*;

/// One rate in force, as printed on the simulation sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateInForce {
    /// What the rate is, with its value.
    pub label: String,
    /// Legal basis.
    pub basis: &'static str,
}

/// The rates a plan uses under `law` (its first month's), each with its citation, in
/// display order.
#[must_use]
pub fn rates_in_force(lang: Lang, plan: &Plan, law: &Law) -> Vec<RateInForce> {
    let insured: Vec<&Category> = plan.categories.iter().filter(|c| c.insured > 0).collect();
    let pct = |key| lang.percent(law.value(key), 2);
    let t = lang.formula();
    let row = |label: String, key| RateInForce {
        label,
        basis: law.row(key).basis,
    };
    let mut out = Vec::new();
    let pu: Vec<&&Category> = insured.iter().filter(|c| c.scheme == Scheme::Pu).collect();
    let mut classes: Vec<_> = pu.iter().map(|c| c.risk_class).collect();
    classes.dedup();
    for class in crate::calc::rates::RiskClass::ALL
        .iter()
        .filter(|r| classes.contains(r))
    {
        let key = RateKey::JkkPu(*class);
        out.push(row(
            format!(
                "JKK PU {} {}: {} {}",
                t.class,
                class.roman(),
                pct(key),
                t.of_wage
            ),
            key,
        ));
    }
    if !pu.is_empty() {
        out.push(row(
            format!("JKM PU: {} {}", pct(RateKey::JkmPu), t.of_wage),
            RateKey::JkmPu,
        ));
    }
    if pu.iter().any(|c| c.jht) {
        out.push(row(
            format!(
                "JHT PU: {} {} + {} {}",
                pct(RateKey::JhtPuDesa),
                t.village_part,
                pct(RateKey::JhtPuWorker),
                t.worker_part
            ),
            RateKey::JhtPuDesa,
        ));
    }
    if pu.iter().any(|c| c.has_jp()) {
        let cap = law.amount(RateKey::JpWageCap);
        out.push(row(
            format!(
                "JP: {} {} + {} {}, {} {}",
                pct(RateKey::JpDesa),
                t.village_part,
                pct(RateKey::JpWorker),
                t.worker_part,
                t.wage_cap,
                lang.rupiah(cap)
            ),
            RateKey::JpWageCap,
        ));
    }
    let bpu: Vec<&&Category> = insured.iter().filter(|c| c.scheme == Scheme::Bpu).collect();
    if !bpu.is_empty() {
        let floor = law.amount(RateKey::BpuMinIncome);
        out.push(row(
            format!(
                "JKK BPU: {} {} ({} {})",
                pct(RateKey::JkkBpu),
                t.of_income_level,
                t.lowest,
                lang.rupiah(floor)
            ),
            RateKey::JkkBpu,
        ));
        let jkm = law.amount(RateKey::JkmBpu);
        out.push(row(
            format!("JKM BPU: {} {}", lang.rupiah(jkm), t.a_month),
            RateKey::JkmBpu,
        ));
        if bpu.iter().any(|c| c.jht) {
            out.push(row(
                format!("JHT BPU: {}", pct(RateKey::JhtBpu)),
                RateKey::JhtBpu,
            ));
        }
        // The sheet names the relief once; every window of PP 50/2025 has the same factor.
        if let (true, Some(relief)) = (plan.apply_adjustment, law.relief()) {
            out.push(RateInForce {
                label: (t.relief_applied)(&lang.prose_percent(relief.factor)),
                basis: relief.basis,
            });
        }
    }
    if !insured.is_empty() {
        out.push(row(
            format!(
                "{}: {}",
                t.jkm_death_benefit,
                lang.rupiah(
                    [
                        RateKey::JkmLumpSum,
                        RateKey::PeriodicBenefit,
                        RateKey::FuneralBenefit
                    ]
                    .into_iter()
                    .map(|k| law.amount(k))
                    .sum()
                )
            ),
            RateKey::JkmLumpSum,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_plan_lists_jkk_class_one_jkm_and_the_death_benefit() {
        let rows = rates_in_force(
            Lang::Id,
            &Plan::default(),
            &Law::official(YearMonth::new(2026, 1)),
        );
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "JKK PU kelas I: 0,24 % dari upah",
                "JKM PU: 0,3 % dari upah",
                "Santunan kematian JKM: Rp42.000.000"
            ]
        );
        assert!(rows.iter().all(|r| r.basis.starts_with("PP ")));
    }

    #[test]
    fn jp_row_names_the_cap_in_force() {
        let mut plan = Plan::default();
        plan.categories[0].jp = true;
        plan.period.first_month = 4;
        plan.period.months = 9;
        let rows = rates_in_force(Lang::Id, &plan, &Law::official(YearMonth::new(2026, 4)));
        assert!(
            rows.iter()
                .any(|r| r.label.contains("batas upah Rp11.086.300")),
            "{rows:?}"
        );
    }
}

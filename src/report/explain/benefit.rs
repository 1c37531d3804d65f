//! What the premium buys: people protected, coverage, benefits per person, expected payouts.

use super::*;

/// People protected.
#[must_use]
pub fn people_protected(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    let parts: Vec<String> = plan
        .categories
        .iter()
        .filter(|c| c.insured > 0)
        .map(|c| lang.count(c.insured))
        .collect();
    Explanation {
        formula: format!(
            "{} = {} {}",
            joined(&parts),
            lang.count(outcome.sums.group.protected),
            lang.formula().people
        ),
        basis: lang.formula().counts_once.to_string(),
    }
}

/// Coverage: protected ÷ total where the total is known.
#[must_use]
pub fn coverage(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.sums.group;
    let t = lang.formula();
    quotient(
        g.population.zip(g.coverage).map(|(p, c)| {
            [
                lang.count(g.protected_where_known),
                lang.count(p),
                lang.percent(c, 1),
            ]
        }),
        t.enter_population,
        t.coverage,
    )
}

/// The death-rate ASSUMPTION: its default, and the JKM benefit the payout is valued at.
pub(super) fn death_rate_basis(lang: Lang, outcome: &Outcome) -> String {
    let rate = lang.number(crate::calc::benefit::DEFAULT_DEATH_RATE_PER_MILLE, 2);
    let jkm = lang.short_rupiah(outcome.sums.group.jkm_benefit);
    (lang.formula().death_rate)(&rate, &jkm)
}

/// Expected payout a year.
#[must_use]
pub fn expected_payout(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.sums.group;
    let t = lang.formula();
    Explanation {
        formula: format!(
            "{} {} × {} {} × {} = {} {}",
            lang.count(g.protected),
            t.people,
            lang.number(g.death_rate * dec!(1000), 2),
            t.per_mille,
            lang.rupiah(g.jkm_benefit),
            lang.rupiah(g.expected_payout_per_year),
            t.a_year
        ),
        basis: death_rate_basis(lang, outcome),
    }
}

/// Chance that at least one family is paid, in a year or over the term.
#[must_use]
pub fn chance(lang: Lang, outcome: &Outcome, over_term: bool) -> Explanation {
    let g = &outcome.sums.group;
    let (years, value) = if over_term {
        (TERM_YEARS, g.chance_over_term)
    } else {
        (1, g.chance_this_year)
    };
    let exponent = if years == 1 {
        lang.count(g.protected)
    } else {
        format!("{} × {years}", lang.count(g.protected))
    };
    let mut basis = death_rate_basis(lang, outcome);
    if over_term {
        basis.push_str(&(lang.formula().term)(&lang.count(TERM_YEARS)));
    }
    Explanation {
        formula: format!(
            "1 − (1 − {})^({exponent}) = {}",
            lang.number(g.death_rate, 4),
            lang.percent(value, 1)
        ),
        basis,
    }
}

/// Expected payout ÷ insurance premium.
#[must_use]
pub fn payout_ratio(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.sums.group;
    let premium = outcome.sums.period.insurance();
    let formula = match g.payout_to_premium {
        Some(r) => format!(
            "{} ÷ {} ({}) = {}",
            lang.rupiah(g.expected_payout_period),
            lang.rupiah(premium),
            lang.formula().insurance_premium,
            lang.number(r, 2)
        ),
        None => "-".to_string(),
    };
    let mut basis = death_rate_basis(lang, outcome);
    basis.push_str(lang.formula().comparisons);
    Explanation { formula, basis }
}

/// JKM death benefit.
#[must_use]
pub fn jkm_benefit(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: format!(
            "{} + {} + {} = {}",
            lang.rupiah(b.jkm_lump_sum),
            lang.rupiah(b.periodic),
            lang.rupiah(b.funeral),
            lang.rupiah(b.jkm_death)
        ),
        basis: lang.formula().jkm_benefit.to_string(),
    }
}

/// JKK death benefit.
#[must_use]
pub fn jkk_death_benefit(lang: Lang, b: &PersonBenefits, law: &Law) -> Explanation {
    let months = lang.number(law.value(RateKey::JkkDeathWageMonths), 0);
    let minimum = law.amount(RateKey::JkkDeathMinimum);
    Explanation {
        formula: format!(
            "max({months} × {}, {}) + {} + {} = {}",
            lang.rupiah(b.wage),
            lang.rupiah(minimum),
            lang.rupiah(b.periodic),
            lang.rupiah(b.funeral),
            lang.rupiah(b.jkk_death)
        ),
        basis: (lang.formula().jkk_death)(&months, &lang.short_rupiah(minimum)),
    }
}

/// Permanent total disability benefit.
#[must_use]
pub fn disability_benefit(lang: Lang, b: &PersonBenefits, law: &Law) -> Explanation {
    let months = lang.number(law.value(RateKey::TotalDisabilityWageMonths), 0);
    Explanation {
        formula: format!(
            "{months} × {} + {} = {}",
            lang.rupiah(b.wage),
            lang.rupiah(b.periodic),
            lang.rupiah(b.total_disability)
        ),
        basis: law
            .row(RateKey::TotalDisabilityWageMonths)
            .basis
            .to_string(),
    }
}

/// Temporary inability to work (STMB): the wage while unable to work, halved after a year.
#[must_use]
pub fn temporary_benefit(lang: Lang, b: &PersonBenefits, law: &Law) -> Explanation {
    let share = |key| lang.prose_percent(law.value(key));
    let months = lang.number(law.value(RateKey::TemporaryFullMonths), 0);
    Explanation {
        formula: (lang.formula().temporary)(
            &share(RateKey::TemporaryFirstShare),
            &lang.rupiah(b.wage),
            &lang.rupiah(b.temporary_first_year),
            &months,
            &share(RateKey::TemporaryAfterShare),
            &lang.rupiah(b.temporary_after),
        ),
        basis: law.row(RateKey::TemporaryAfterShare).basis.to_string(),
    }
}

/// Scholarship ceiling.
#[must_use]
pub fn scholarship(lang: Lang, b: &PersonBenefits, law: &Law) -> Explanation {
    Explanation {
        formula: format!(
            "{} × {} = {}",
            lang.number(law.value(RateKey::ScholarshipChildren), 0),
            lang.rupiah(b.scholarship_per_child),
            lang.rupiah(b.scholarship_max)
        ),
        basis: (lang.formula().scholarship)(
            &lang.number(law.value(RateKey::ScholarshipMaxAge), 0),
            &lang.count(b.scholarship_jkm_years),
        ),
    }
}

/// Sum assured and expected deaths for the group.
#[must_use]
pub fn sum_assured(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.sums.group;
    Explanation {
        formula: format!(
            "{} {} × {} = {}",
            lang.count(g.protected),
            lang.formula().people,
            lang.rupiah(g.jkm_benefit),
            lang.rupiah(g.sum_assured_jkm)
        ),
        basis: lang.formula().sum_assured.to_string(),
    }
}

/// Expected deaths a year.
#[must_use]
pub fn expected_deaths(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.sums.group;
    Explanation {
        formula: format!(
            "{} × {} {} = {}",
            lang.count(g.protected),
            lang.number(g.death_rate * dec!(1000), 2),
            lang.formula().per_mille,
            lang.number(g.expected_deaths_per_year, 2)
        ),
        basis: death_rate_basis(lang, outcome),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::CategoryKind;

    use crate::calc::period::YearMonth;

    #[test]
    fn temporary_benefit_shows_the_full_wage_then_half() {
        let kades = Category::new(CategoryKind::KepalaDesa, 1);
        let law = Law::official(YearMonth::new(2026, 1));
        let b = crate::calc::benefit::person_benefits(&kades, &law);
        let e = temporary_benefit(Lang::Id, &b, &law);
        assert_eq!(
            e.formula,
            "100 % × Rp2.426.640 = Rp2.426.640 per bulan selama 12 bulan pertama; sesudahnya 50 % × Rp2.426.640 = Rp1.213.320 per bulan sampai sembuh"
        );
        assert!(temporary_benefit(Lang::En, &b, &law)
            .formula
            .contains("Rp1,213,320 a month"));
    }
}

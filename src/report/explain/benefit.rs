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
        formula: format!("{} = {} {}", joined(&parts), lang.count(outcome.group.protected), lang.pick("orang", "people")),
        basis: lang
            .pick(
                "Setiap orang dihitung sekali: orang yang sudah terdaftar sebagai PU di tempat lain tidak didaftarkan dua kali.",
                "Each person counts once: someone already insured elsewhere as PU is not insured twice.",
            )
            .to_string(),
    }
}

/// Coverage: protected ÷ total where the total is known.
#[must_use]
pub fn coverage(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.group;
    let formula = match (g.population, g.coverage) {
        (Some(p), Some(c)) => format!(
            "{} ÷ {} = {}",
            lang.count(g.protected_where_known),
            lang.count(p),
            lang.percent(c, 1)
        ),
        _ => lang
            .pick(
                "Isi jumlah seluruh orang pada kategori untuk melihat cakupan.",
                "Enter the total people in a category to see coverage.",
            )
            .to_string(),
    };
    Explanation {
        formula,
        basis: lang
            .pick(
                "Hanya kategori yang jumlah seluruhnya diisi.",
                "Only categories whose total is entered.",
            )
            .to_string(),
    }
}

pub(super) fn death_rate_basis(lang: Lang) -> String {
    lang.pick(
        "ASUMSI yang dapat diubah: angka kematian 3,6 per 1.000 per tahun (Tanah Bumbu 2023: 52 meninggal dari 14.400 pekerja rentan; program desa lain 2,2–4,4). Dinilai dengan santunan JKM Rp42 juta, batas bawah: kematian karena kecelakaan kerja membayar lebih.",
        "ASSUMPTION, editable: death rate 3.6 per 1,000 a year (Tanah Bumbu 2023: 52 deaths among 14,400 vulnerable workers; other village programs 2.2–4.4). Valued at the JKM Rp42 million, a floor: a work-accident death pays more.",
    )
    .to_string()
}

/// Expected payout a year.
#[must_use]
pub fn expected_payout(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.group;
    Explanation {
        formula: format!(
            "{} {} × {} {} × {} = {} {}",
            lang.count(g.protected),
            lang.pick("orang", "people"),
            lang.number(g.death_rate * dec!(1000), 2),
            lang.pick("per 1.000", "per 1,000"),
            lang.rupiah(g.jkm_benefit),
            lang.rupiah(g.expected_payout_per_year),
            lang.pick("per tahun", "a year")
        ),
        basis: death_rate_basis(lang),
    }
}

/// Chance that at least one family is paid, in a year or over the term.
#[must_use]
pub fn chance(lang: Lang, outcome: &Outcome, over_term: bool) -> Explanation {
    let g = &outcome.group;
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
    let mut basis = death_rate_basis(lang);
    if over_term {
        basis.push_str(lang.pick(
            " Masa jabatan kepala desa 8 tahun (UU 3/2024).",
            " The village head's term is 8 years (Law 3/2024).",
        ));
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
    let g = &outcome.group;
    let premium = outcome.period.insurance();
    let formula = match g.payout_to_premium {
        Some(r) => format!(
            "{} ÷ {} ({}) = {}",
            lang.rupiah(g.expected_payout_period),
            lang.rupiah(premium),
            lang.pick("iuran JKK + JKM", "JKK + JKM premium"),
            lang.number(r, 2)
        ),
        None => "-".to_string(),
    };
    let mut basis = death_rate_basis(lang);
    basis.push_str(lang.pick(
        " Pembanding nyata: Bulukumba 2024 membayar Rp1,077 miliar atas iuran Rp890 juta (1,21); Tanah Bumbu 2023 sekitar 0,90 (iuran diturunkan, bukan dari sumber).",
        " Real comparisons: Bulukumba 2024 paid Rp1.077 billion on Rp890 million of premiums (1.21); Tanah Bumbu 2023 about 0.90 (premium derived, not from the source).",
    ));
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
        basis: lang
            .pick(
                "Santunan sekaligus + santunan berkala (dibayar sekaligus) + biaya pemakaman; tanpa masa tunggu. PP 44/2015 jo. PP 82/2019.",
                "Lump sum + periodic benefit (paid at once) + funeral cost; no waiting period. PP 44/2015 jo. PP 82/2019.",
            )
            .to_string(),
    }
}

/// JKK death benefit.
#[must_use]
pub fn jkk_death_benefit(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: format!(
            "max(48 × {}, {}) + {} + {} = {}",
            lang.rupiah(b.wage),
            lang.rupiah(Rupiah::from_whole(20_000_000)),
            lang.rupiah(b.periodic),
            lang.rupiah(b.funeral),
            lang.rupiah(b.jkk_death)
        ),
        basis: lang
            .pick(
                "Kematian karena kecelakaan kerja: 48 × upah (BPU: penghasilan yang dilaporkan), paling sedikit Rp20 juta, + santunan berkala + biaya pemakaman. PP 44/2015 Lampiran III jo. PP 82/2019.",
                "Death from a work accident: 48 × wage (BPU: declared income), at least Rp20 million, + periodic benefit + funeral cost. PP 44/2015 Annex III jo. PP 82/2019.",
            )
            .to_string(),
    }
}

/// Permanent total disability benefit.
#[must_use]
pub fn disability_benefit(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: format!(
            "56 × {} + {} = {}",
            lang.rupiah(b.wage),
            lang.rupiah(b.periodic),
            lang.rupiah(b.total_disability)
        ),
        basis: "PP 44/2015 Lampiran III jo. PP 82/2019".to_string(),
    }
}

/// Temporary inability to work (STMB): the wage while unable to work, halved after a year.
#[must_use]
pub fn temporary_benefit(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: match lang {
            Lang::Id => format!(
                "100 % × {} = {} per bulan selama 12 bulan pertama; sesudahnya 50 % × {} = {} per bulan sampai sembuh",
                lang.rupiah(b.wage),
                lang.rupiah(b.temporary_first_year),
                lang.rupiah(b.wage),
                lang.rupiah(b.temporary_after)
            ),
            Lang::En => format!(
                "100 % × {} = {} a month for the first 12 months; after that 50 % × {} = {} a month until recovery",
                lang.rupiah(b.wage),
                lang.rupiah(b.temporary_first_year),
                lang.rupiah(b.wage),
                lang.rupiah(b.temporary_after)
            ),
        },
        basis: "PP 44/2015 Lampiran III jo. PP 82/2019".to_string(),
    }
}

/// Scholarship ceiling.
#[must_use]
pub fn scholarship(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: format!("2 × {} = {}", lang.rupiah(b.scholarship_per_child), lang.rupiah(b.scholarship_max)),
        basis: lang
            .pick(
                "Batas atas, dibayar per tahun ajaran sesuai jenjang sampai anak berusia 23 tahun, menikah atau bekerja; bukan uang sekaligus. Kematian biasa (JKM) perlu masa iuran 3 tahun; kematian atau cacat total karena kecelakaan kerja tanpa masa minimum. PP 82/2019; Permenaker 5/2021.",
                "A ceiling, paid per school year by level until the child is 23, marries or works; not a lump sum. A non-work death (JKM) needs 3 years of contributions; a work-accident death or total disability has no minimum. PP 82/2019; Permenaker 5/2021.",
            )
            .to_string(),
    }
}

/// Sum assured and expected deaths for the group.
#[must_use]
pub fn sum_assured(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.group;
    Explanation {
        formula: format!(
            "{} {} × {} = {}",
            lang.count(g.protected),
            lang.pick("orang", "people"),
            lang.rupiah(g.jkm_benefit),
            lang.rupiah(g.sum_assured_jkm)
        ),
        basis: lang
            .pick(
                "Santunan JKM per keluarga (PP 44/2015 jo. PP 82/2019) dikali jumlah peserta: uang pertanggungan bila semua meninggal, bukan perkiraan.",
                "JKM benefit per family (PP 44/2015 jo. PP 82/2019) times members: the sum assured if all died, not an expectation.",
            )
            .to_string(),
    }
}

/// Expected deaths a year.
#[must_use]
pub fn expected_deaths(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.group;
    Explanation {
        formula: format!(
            "{} × {} {} = {}",
            lang.count(g.protected),
            lang.number(g.death_rate * dec!(1000), 2),
            lang.pick("per 1.000", "per 1,000"),
            lang.number(g.expected_deaths_per_year, 2)
        ),
        basis: death_rate_basis(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::calc::period::YearMonth;

    #[test]
    fn temporary_benefit_shows_the_full_wage_then_half() {
        let kades = Category::new(CategoryKind::KepalaDesa, 1);
        let b = crate::calc::benefit::person_benefits(&kades, YearMonth::new(2026, 1));
        let e = temporary_benefit(Lang::Id, &b);
        assert_eq!(
            e.formula,
            "100 % × Rp2.426.640 = Rp2.426.640 per bulan selama 12 bulan pertama; sesudahnya 50 % × Rp2.426.640 = Rp1.213.320 per bulan sampai sembuh"
        );
        assert!(temporary_benefit(Lang::En, &b)
            .formula
            .contains("Rp1,213,320 a month"));
    }
}

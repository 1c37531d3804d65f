//! The sentences of the printed sheet ("Lembar Simulasi") that are made of figures: when it
//! was printed, what the premium buys and the assumptions, so the print-sheet component only
//! lays them out.

use crate::calc::benefit::TERM_YEARS;
use crate::calc::period::LocalTime;
use crate::calc::plan::Plan;
use crate::calc::rates::RateKey;
use crate::calc::Outcome;
use crate::report::lang::Lang;
use crate::report::texts::page::{caution, cited, later_cited, later_texts, texts, SheetCoverage};

/// The village picked from the registry in one line (code, kecamatan, kabupaten, province),
/// when it was: on the form, the sheet and the budget lines.
#[must_use]
pub fn place(lang: Lang, plan: &Plan) -> Option<String> {
    let p = plan.place.as_ref()?;
    Some((texts(lang).place_line)(
        &p.code,
        &p.kecamatan,
        &p.kabupaten,
        &p.provinsi,
    ))
}

/// "3 Desember 2026, pukul 09.05" or "3 December 2026, 09:05".
#[must_use]
pub fn printed_at(lang: Lang, at: LocalTime) -> String {
    let d = at.date;
    (later_texts(lang).printed_at)(d.day, lang.month_name(d.month), d.year, at.hour, at.minute)
}

/// What the premium buys, in one paragraph; the benefits come from the rate table through
/// the outcome, never typed in here.
#[must_use]
pub fn coverage(lang: Lang, o: &Outcome) -> String {
    let g = &o.sums.group;
    let benefits = o.benefit_summary();
    (later_texts(lang).sheet_coverage_text)(&SheetCoverage {
        people: lang.count(g.protected),
        jkm: lang.rupiah(benefits.jkm_death),
        jkk: lang.rupiah(benefits.jkk_death_at_least),
        scholarship: lang.rupiah(benefits.scholarship_max),
        children: lang.number(o.law.value(RateKey::ScholarshipChildren), 0),
        deaths: lang.number(g.expected_deaths_per_year, 2),
        payout: lang.rupiah(g.expected_payout_per_year),
        year: lang.percent(g.chance_this_year, 1),
        term_years: lang.count(TERM_YEARS),
        term: lang.percent(g.chance_over_term, 1),
    })
}

/// "Ringkasan biaya": the totals, the part charged to ADD, and the 30 % check when the
/// total spending is given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Per month, for the period, the payer's and the worker's share.
    pub totals: String,
    /// Charged to ADD, with its share and what is left when the ADD is given.
    pub add: String,
    /// The 30 % rule's share and verdict.
    pub thirty: Option<String>,
}

/// The cost summary of the sheet, one line each.
#[must_use]
pub fn summary(lang: Lang, plan: &Plan, o: &Outcome) -> Summary {
    let t = texts(lang);
    let r = |a| lang.rupiah(a);
    let totals = format!(
        "{}: {} · {}: {} · {}: {} · {}: {}",
        t.per_month,
        r(o.total_monthly()),
        lang.period_heading(plan.period.months),
        r(o.total_period()),
        t.payer_share,
        r(o.sums.period.total().payer),
        t.worker_share,
        r(o.sums.period.total().worker)
    );
    let charged = format!("{}: {}", t.charged_to_add, r(o.sums.budget.charged_to_add));
    let add = match (o.sums.budget.add_share, o.sums.budget.add_remaining) {
        (Some(share), Some(rest)) => format!(
            "{charged} ({} ADD); {}: {}",
            lang.percent(share, 2),
            t.add_remaining,
            r(rest)
        ),
        _ => charged,
    };
    let thirty = o.sums.budget.thirty_percent.map(|c| {
        let verdict = if c.within {
            cited(lang, &o.law, |t| t.thirty_within)
        } else {
            cited(lang, &o.law, |t| t.thirty_over)
        };
        format!(
            "{}: {} — {verdict}",
            cited(lang, &o.law, |t| t.thirty_title),
            c.share.map(|s| lang.percent(s, 2)).unwrap_or_default(),
        )
    });
    Summary {
        totals,
        add,
        thirty,
    }
}

/// The sheet's assumptions and cautions, one sentence each.
#[must_use]
pub fn assumptions(lang: Lang, plan: &Plan, o: &Outcome) -> Vec<String> {
    let t = later_texts(lang);
    let mut out = vec![
        t.sheet_rounding.to_string(),
        (t.sheet_death_rate)(&lang.number(plan.death_rate_per_mille, 2)),
    ];
    if o.sums.budget.thirty_percent.is_some() {
        out.push(later_cited(lang, &o.law, |t| t.sheet_thirty_officials));
    }
    out.extend(o.cautions.iter().map(|c| caution(lang, c, plan, &o.law)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;

    #[test]
    fn the_sheet_reads_as_before_with_the_figures_of_the_law() {
        let plan = Plan::default();
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        let id = coverage(Lang::Id, &o);
        assert!(
            id.contains("untuk 2 anak, dibayar per tahun ajaran"),
            "{id}"
        );
        assert!(id.contains(", selama 8 tahun "), "{id}");
        let en = coverage(Lang::En, &o);
        assert!(
            en.contains("for 2 children") && en.contains("over 8 years"),
            "{en}"
        );
        let nine_past_nine = LocalTime {
            date: crate::calc::period::Date::new(2026, 12, 3),
            hour: 9,
            minute: 5,
        };
        assert_eq!(
            printed_at(Lang::Id, nine_past_nine),
            "3 Desember 2026, pukul 09.05"
        );
        assert_eq!(
            printed_at(Lang::En, nine_past_nine),
            "3 December 2026, 09:05"
        );
        let a = assumptions(Lang::Id, &plan, &o);
        assert!(a[1].starts_with("Angka kematian 3,6 per 1.000"), "{a:?}");
    }

    #[test]
    fn the_summary_names_each_total_and_the_add_share_only_when_the_add_is_given() {
        let mut plan = Plan::default();
        plan.budget.alokasi_dana_desa = Some(crate::calc::money::Rupiah::from_whole(300_000_000));
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        let s = summary(Lang::Id, &plan, &o);
        let t = texts(Lang::Id);
        let period = format!(
            "{}: {}",
            Lang::Id.period_heading(12),
            Lang::Id.rupiah(o.total_period())
        );
        assert!(
            s.totals.starts_with(t.per_month) && s.totals.contains(&period),
            "{}",
            s.totals
        );
        let share = o
            .sums
            .budget
            .add_share
            .map(|x| Lang::Id.percent(x, 2))
            .unwrap_or_default();
        assert!(
            s.add
                .contains(&format!("({share} ADD); {}: ", t.add_remaining)),
            "{}",
            s.add
        );
        assert_eq!(s.thirty.is_some(), o.sums.budget.thirty_percent.is_some());
        plan.budget.alokasi_dana_desa = None;
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        let s = summary(Lang::En, &plan, &o);
        assert_eq!(
            s.add,
            format!(
                "{}: {}",
                texts(Lang::En).charged_to_add,
                Lang::En.rupiah(o.sums.budget.charged_to_add)
            )
        );
    }

    #[test]
    fn the_thirty_percent_line_gives_the_share_and_the_verdict() {
        use crate::calc::budget::BudgetFigure;
        use crate::calc::money::Rupiah;
        use crate::calc::plan::Action;
        let mut plan = Plan::default();
        plan.apply(Action::SetBudgetFigure(
            BudgetFigure::Belanja,
            Some(Rupiah::from_whole(1_000_000_000)),
        ));
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        let c = o
            .sums
            .budget
            .thirty_percent
            .unwrap_or_else(|| panic!("no 30 % check"));
        let line = summary(Lang::Id, &plan, &o).thirty.unwrap_or_default();
        let verdict = if c.within {
            cited(Lang::Id, &o.law, |t| t.thirty_within)
        } else {
            cited(Lang::Id, &o.law, |t| t.thirty_over)
        };
        assert!(
            line.starts_with(&cited(Lang::Id, &o.law, |t| t.thirty_title)),
            "{line}"
        );
        assert!(line.ends_with(&format!(" — {verdict}")), "{line}");
    }
}

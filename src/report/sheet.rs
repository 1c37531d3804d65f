//! The sentences of the printed sheet ("Lembar Simulasi") that are made of figures: when it
//! was printed, what the premium buys and the assumptions, so the print-sheet component only
//! lays them out.

use crate::calc::benefit::TERM_YEARS;
use crate::calc::period::YearMonth;
use crate::calc::plan::Plan;
use crate::calc::rates::{self, RateKey};
use crate::calc::Outcome;
use crate::report::lang::Lang;
use crate::report::texts::page::{caution, cited, texts, SheetCoverage};

/// When the sheet was printed: year, month, day, hour, minute.
pub type PrintedAt = (u32, u8, u8, u8, u8);

/// "3 Desember 2026, pukul 09.05" or "3 December 2026, 09:05".
#[must_use]
pub fn printed_at(lang: Lang, (y, m, d, h, min): PrintedAt) -> String {
    (texts(lang).printed_at)(d, lang.month_name(m), y, h, min)
}

/// What the premium buys, in one paragraph; the benefits come from the rate table through
/// the outcome, never typed in here.
#[must_use]
pub fn coverage(lang: Lang, plan: &Plan, o: &Outcome) -> String {
    let g = &o.group;
    let benefits = o.benefit_summary();
    let at = YearMonth::new(plan.period.year, plan.period.first_month);
    (texts(lang).sheet_coverage_text)(&SheetCoverage {
        people: lang.count(g.protected),
        jkm: lang.rupiah(benefits.jkm_death),
        jkk: lang.rupiah(benefits.jkk_death_at_least),
        scholarship: lang.rupiah(benefits.scholarship_max),
        children: lang.number(rates::value(RateKey::ScholarshipChildren, at), 0),
        deaths: lang.number(g.expected_deaths_per_year, 2),
        payout: lang.rupiah(g.expected_payout_per_year),
        year: lang.percent(g.chance_this_year, 1),
        term_years: lang.count(TERM_YEARS),
        term: lang.percent(g.chance_over_term, 1),
    })
}

/// The sheet's assumptions and cautions, one sentence each.
#[must_use]
pub fn assumptions(lang: Lang, plan: &Plan, o: &Outcome) -> Vec<String> {
    let t = texts(lang);
    let mut out = vec![
        t.sheet_rounding.to_string(),
        (t.sheet_death_rate)(&lang.number(plan.death_rate_per_mille, 2)),
    ];
    if o.budget.thirty_percent.is_some() {
        out.push(cited(lang, plan, |t| t.sheet_thirty_officials));
    }
    out.extend(o.cautions.iter().map(|c| caution(lang, c, plan)));
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
        let id = coverage(Lang::Id, &plan, &o);
        assert!(
            id.contains("untuk 2 anak, dibayar per tahun ajaran"),
            "{id}"
        );
        assert!(id.contains(", selama 8 tahun "), "{id}");
        let en = coverage(Lang::En, &plan, &o);
        assert!(
            en.contains("for 2 children") && en.contains("over 8 years"),
            "{en}"
        );
        assert_eq!(
            printed_at(Lang::Id, (2026, 12, 3, 9, 5)),
            "3 Desember 2026, pukul 09.05"
        );
        assert_eq!(
            printed_at(Lang::En, (2026, 12, 3, 9, 5)),
            "3 December 2026, 09:05"
        );
        let a = assumptions(Lang::Id, &plan, &o);
        assert!(a[1].starts_with("Angka kematian 3,6 per 1.000"), "{a:?}");
    }
}

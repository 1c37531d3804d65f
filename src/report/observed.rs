//! A preset's observed amounts (what its source reports) beside the figures the app computes
//! for the same plan, for the user to compare; the computation never reads them.

use crate::calc::money::Rupiah;
use crate::calc::preset::{Observed, ObservedOf};
use crate::calc::Outcome;
use crate::calc::Plan;
use crate::report::lang::Lang;
use crate::report::texts::names::category_name;
use crate::report::texts::page::later_texts;

/// One observed amount as shown: what it is, the source's amount and the app's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObservedRow {
    /// What the amount is of.
    pub label: String,
    /// The source's amount.
    pub observed: Rupiah,
    /// The app's figure for the same thing.
    pub computed: Rupiah,
}

/// The observed amounts of a preset beside the app's figures for `plan` (the preset's plan).
#[must_use]
pub fn observed_rows(
    lang: Lang,
    observed: &[Observed],
    plan: &Plan,
    o: &Outcome,
) -> Vec<ObservedRow> {
    let t = later_texts(lang);
    observed
        .iter()
        .filter_map(|ob| {
            let (label, computed) = match ob.of {
                ObservedOf::PersonMonth(i) => {
                    let c = plan.categories.get(i)?;
                    let cost = &o.categories.get(i)?.cost;
                    (
                        (t.observed_person_month)(&category_name(lang, c)),
                        cost.per_person.programs.total().total(),
                    )
                }
                ObservedOf::Total { months } => {
                    let first: Rupiah = o
                        .categories
                        .iter()
                        .flat_map(|c| c.cost.months.iter().take(usize::from(months)))
                        .map(|m| m.programs.total().total())
                        .sum();
                    ((t.observed_total)(&lang.period_phrase(months)), first)
                }
            };
            Some(ObservedRow {
                label,
                observed: Rupiah::from_whole(ob.amount),
                computed,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::preset::find;

    fn rows(id: &str, year: i32) -> Vec<ObservedRow> {
        let p = find(id).unwrap_or_else(|| panic!("no preset {id}"));
        let plan = p.plan(year);
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        observed_rows(Lang::Id, p.observed, &plan, &o)
    }

    #[test]
    fn penajam_paser_utara_computes_the_reported_amount() {
        let r = rows("penajam-paser-utara-2025", 2027);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].observed, Rupiah::from_whole(1_008_000_000));
        assert_eq!(r[0].computed, r[0].observed);
        assert_eq!(r[0].label, "Seluruh program, setahun anggaran");
    }

    #[test]
    fn luwu_reports_three_months_and_the_app_costs_the_same_three() {
        let r = rows("luwu-2025", 2027);
        assert_eq!(r[0].observed, Rupiah::from_whole(2_500_000));
        // RULES.md §3: 50 × Rp16,800 × 3 months = Rp2,520,000.
        assert_eq!(r[0].computed, Rupiah::from_whole(2_520_000));
        assert_eq!(r[0].label, "Seluruh program, 3 bulan");
    }

    #[test]
    fn pangkep_shows_each_category_s_observed_premium_beside_the_app_s() {
        let r = rows("pangkep-2025", 2027);
        let labels: Vec<&str> = r.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Perangkat desa (kaur, kasi, kadus), per orang sebulan",
                "Staf desa (bukan perangkat), per orang sebulan",
                "Anggota BPD, per orang sebulan",
                "Pekerja rentan (petani, nelayan, pedagang, ojek), per orang sebulan",
                "Seluruh program, setahun anggaran",
            ]
        );
        // Staf and pekerja rentan agree with the source; the rest have no wage in it.
        assert_eq!(r[1].computed, r[1].observed);
        assert_eq!(r[3].computed, r[3].observed);
    }

    #[test]
    fn presets_without_amounts_show_none() {
        assert!(rows("kendal-2026", 2027).is_empty());
    }
}

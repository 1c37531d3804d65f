//! The scenario comparison as the user reads it: which scenarios can be compared, each
//! compared figure's label, value and formula, and the worded difference against the first.

use crate::calc::comparison::{self, Compared, Measure};
use crate::calc::money::Rupiah;
use crate::calc::preset::PRESETS;
use crate::calc::{Outcome, Plan};
use crate::codec::plan_source::PlanSource;
use crate::codec::saved_scenarios::Saved;
use crate::codec::share;
use crate::report::explain::{self, Explanation};
use crate::report::lang::Lang;
use crate::report::texts::page::{later_texts, texts};
use crate::report::texts::presets::preset_text;
use rust_decimal::Decimal;

/// A scenario that can be chosen for the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Where it comes from: the plan on screen, a preset, or a saved scenario (keyed by its
    /// share string, so deleting another saved scenario never swaps a choice). Stable while
    /// the list changes.
    pub source: PlanSource,
    /// What the checkbox reads.
    pub label: String,
    /// The scenario.
    pub plan: Plan,
}

/// Every scenario that can be compared: the plan on screen, the presets, then the saved
/// scenarios whose share string still reads (one that does not is left out, not an error).
#[must_use]
pub fn candidates(lang: Lang, current: Plan, saved: &[Saved]) -> Vec<Candidate> {
    // Presets are costed for the year on screen, so the comparison is like for like.
    let year = current.period.year;
    let mut list = vec![Candidate {
        source: PlanSource::VillagePage,
        label: later_texts(lang).compare_current.to_string(),
        plan: current,
    }];
    list.extend(PRESETS.iter().map(|p| Candidate {
        source: PlanSource::Preset(p.id),
        label: preset_text(lang, p).name.to_string(),
        plan: p.plan(year),
    }));
    list.extend(saved.iter().filter_map(|s| {
        share::decode(&s.code).ok().map(|plan| Candidate {
            source: PlanSource::Saved(s.code.clone()),
            label: s.name.clone(),
            plan,
        })
    }));
    list
}

/// Builds the explanation of a compared figure from its scenario.
pub type Explain = fn(Lang, &Plan, &Outcome) -> Explanation;

/// One compared figure as shown: its label, its value as text, the figure itself (for the
/// difference) and its formula.
#[derive(Clone)]
pub struct Shown {
    /// What the figure is.
    pub label: String,
    /// Its value as text.
    pub value: String,
    /// The figure, for the difference against the first scenario.
    pub figure: Compared,
    /// Its formula.
    pub explain: Explain,
}

/// The label of a compared figure.
fn label(lang: Lang, plan: &Plan, measure: Measure) -> String {
    match measure {
        // "Biaya setahun anggaran", or "Biaya 6 bulan" for a part year.
        Measure::Cost => (later_texts(lang).compare_cost)(&lang.period_phrase(plan.period.months)),
        Measure::AddShare => texts(lang).add_share.to_string(),
        Measure::Protected => later_texts(lang).people_protected.to_string(),
        Measure::Coverage => later_texts(lang).coverage.to_string(),
        Measure::ExpectedPayout => later_texts(lang).compare_payout.to_string(),
    }
}

/// The value of a compared figure as text; a share that cannot be worked out is a dash.
fn value(lang: Lang, o: &Outcome, measure: Measure) -> String {
    match measure {
        Measure::Cost => lang.rupiah(o.total_period()),
        Measure::AddShare => lang.share_or_dash(o.sums.budget.add_share, 2),
        Measure::Protected => lang.count(o.sums.group.protected),
        Measure::Coverage => lang.share_or_dash(o.sums.group.coverage, 1),
        Measure::ExpectedPayout => lang.rupiah(o.sums.group.expected_payout_per_year),
    }
}

/// The formula of a compared figure.
fn explainer(measure: Measure) -> Explain {
    match measure {
        Measure::Cost => explain::total_period,
        Measure::AddShare => |l, p, o| explain::add_share(l, o, p.budget.alokasi_dana_desa),
        Measure::Protected => explain::people_protected,
        Measure::Coverage => |l, _, o| explain::coverage(l, o),
        Measure::ExpectedPayout => |l, _, o| explain::expected_payout(l, o),
    }
}

/// The figures compared for one scenario, worded for the page.
#[must_use]
pub fn figures(lang: Lang, plan: &Plan, o: &Outcome) -> Vec<Shown> {
    comparison::figures(o)
        .into_iter()
        .map(|figure| Shown {
            label: label(lang, plan, figure.measure),
            value: value(lang, o, figure.measure),
            figure,
            explain: explainer(figure.measure),
        })
        .collect()
}

/// How `this` differs from the first scenario's same figure, worded ("+Rp1.200", "−2,5"):
/// None when there is nothing to point out.
#[must_use]
pub fn difference(lang: Lang, first: &Shown, this: &Shown) -> Option<String> {
    comparison::difference(first.figure, this.figure)
        .map(|d| difference_text(lang, d, this.figure.measure))
}

/// A difference as shown: signed, in rupiah for money, in percentage points for a share
/// (a difference of two percentages is not itself a percentage).
fn difference_text(lang: Lang, diff: Decimal, measure: Measure) -> String {
    let sign = if diff.is_sign_negative() { "−" } else { "+" };
    let abs = diff.abs();
    match measure {
        Measure::Cost | Measure::ExpectedPayout => {
            format!("{sign}{}", lang.rupiah(Rupiah::from_decimal(abs)))
        }
        Measure::AddShare | Measure::Coverage => {
            format!("{sign}{} {}", lang.number(abs, 2), later_texts(lang).points)
        }
        Measure::Protected => format!("{sign}{}", lang.number(abs, 2)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::plan::{Action, CategoryEdit};

    fn shown(plan: &Plan) -> Vec<Shown> {
        let o = calculate(plan).unwrap_or_else(|e| panic!("{e:?}"));
        figures(Lang::Id, plan, &o)
    }

    #[test]
    fn candidates_are_current_presets_then_readable_saved_ones() {
        let current = Plan::default();
        let saved = [
            Saved {
                name: "Rencana A".into(),
                code: share::encode(&current),
            },
            Saved {
                name: "Rusak".into(),
                code: "not a share string".into(),
            },
        ];
        let list = candidates(Lang::Id, current.clone(), &saved);
        assert_eq!(list.len(), 1 + PRESETS.len() + 1);
        assert_eq!(list[0].source, PlanSource::VillagePage);
        assert_eq!(list[0].plan, current);
        assert_eq!(list[1].source, PlanSource::Preset(PRESETS[0].id));
        assert_eq!(list[1].label, preset_text(Lang::Id, &PRESETS[0]).name);
        let last = &list[list.len() - 1];
        assert!(last.source.is_saved() && !list[0].source.is_saved());
        assert_eq!(last.source, PlanSource::Saved(saved[0].code.clone()));
        assert_eq!((last.label.as_str(), &last.plan), ("Rencana A", &current));
        let en = candidates(Lang::En, current, &[]);
        assert_eq!(en[0].label, later_texts(Lang::En).compare_current);
    }

    #[test]
    fn the_figures_read_in_order_with_a_dash_where_there_is_no_value() {
        let mut plan = Plan::default();
        plan.budget.alokasi_dana_desa = None;
        let figs = shown(&plan);
        let measures: Vec<_> = figs.iter().map(|s| s.figure.measure).collect();
        assert_eq!(measures, Measure::ALL);
        assert_eq!(figs[1].value, "–");
        assert_eq!(figs[1].label, texts(Lang::Id).add_share);
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(figs[0].value, Lang::Id.rupiah(o.total_period()));
        assert_eq!(
            (figs[0].explain)(Lang::Id, &plan, &o),
            explain::total_period(Lang::Id, &plan, &o)
        );
    }

    #[test]
    fn differences_are_signed_in_rupiah_or_points_and_none_when_equal() {
        let plan = Plan::default();
        let mut more = plan.clone();
        let one_more = plan.categories[0].insured + 1;
        more.apply(Action::Edit(
            more.categories[0].id,
            CategoryEdit::Insured(one_more),
        ));
        let (a, b) = (shown(&plan), shown(&more));
        assert_eq!(difference(Lang::Id, &a[0], &a[0]), None);
        let cost = difference(Lang::Id, &a[0], &b[0]).unwrap_or_default();
        assert!(cost.starts_with("+Rp"), "{cost}");
        let back = difference(Lang::Id, &b[0], &a[0]).unwrap_or_default();
        assert!(back.starts_with("−Rp"), "{back}");
        assert_eq!(difference(Lang::Id, &a[2], &b[2]).as_deref(), Some("+1"));
        assert_eq!(
            difference_text(Lang::En, Decimal::new(-25, 1), Measure::Protected),
            "−2.5"
        );
        assert_eq!(
            difference_text(Lang::Id, Decimal::new(142, 2), Measure::AddShare),
            "+1,42 poin persen"
        );
        assert_eq!(
            difference_text(Lang::En, Decimal::new(-5, 1), Measure::Coverage),
            "−0.5 percentage points"
        );
    }
}

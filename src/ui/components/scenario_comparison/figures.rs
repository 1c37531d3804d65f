//! The compared figures of one scenario, worded for the page, and their differences.

use crate::calc::comparison::{self, Compared, Measure};
use crate::calc::money::Rupiah;
use crate::calc::{Outcome, Plan};
use crate::report::explain::{self, Explanation};
use crate::report::lang::Lang;
use crate::report::texts::page::texts;
use rust_decimal::Decimal;

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
        Measure::Cost => (texts(lang).compare_cost)(&lang.period_phrase(plan.period.months)),
        Measure::AddShare => texts(lang).add_share.to_string(),
        Measure::Protected => texts(lang).people_protected.to_string(),
        Measure::Coverage => texts(lang).coverage.to_string(),
        Measure::ExpectedPayout => texts(lang).compare_payout.to_string(),
    }
}

/// The value of a compared figure as text; a share that cannot be worked out is a dash.
fn value(lang: Lang, o: &Outcome, measure: Measure) -> String {
    let percent = |share: Option<Decimal>, places| {
        share.map_or_else(|| "–".to_string(), |s| lang.percent(s, places))
    };
    match measure {
        Measure::Cost => lang.rupiah(o.total_period()),
        Measure::AddShare => percent(o.budget.add_share, 2),
        Measure::Protected => lang.count(o.group.protected),
        Measure::Coverage => percent(o.group.coverage, 1),
        Measure::ExpectedPayout => lang.rupiah(o.group.expected_payout_per_year),
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

/// A difference as shown: signed, in rupiah for money.
pub fn difference_text(lang: Lang, diff: Decimal, is_money: bool) -> String {
    let sign = if diff.is_sign_negative() { "−" } else { "+" };
    let abs = diff.abs();
    if is_money {
        format!("{sign}{}", lang.rupiah(Rupiah::from_decimal(abs)))
    } else {
        format!("{sign}{}", lang.number(abs, 2))
    }
}

//! Explanations: the formula in words and numbers, and the legal basis, behind each
//! figure the app shows ("0,24 % × Rp2.426.640 = Rp5.824"), in Indonesian and English.
//! One file per topic; the imports here are shared by them (`use super::*`).

use super::lang::Lang;
use super::texts::formula::FormulaTexts;
use super::texts::names::category_name;
use crate::calc::benefit::{PersonBenefits, TERM_YEARS};
use crate::calc::category::{Category, Scheme};
use crate::calc::law::Law;
use crate::calc::money::Rupiah;
use crate::calc::outcome::{CategoryOutcome, Outcome};
use crate::calc::period::YearMonth;
use crate::calc::plan::Plan;
use crate::calc::premium::{CategoryCost, PersonMonth, Term};
use crate::calc::program::{Program, Share};
use crate::calc::rates::{RateKey, RateRow};
use rust_decimal_macros::dec;

mod benefit;
mod budget;
mod premium;
mod rates_sheet;
mod topic;
mod totals;

pub use benefit::*;
pub use budget::*;
pub use premium::*;
pub use rates_sheet::*;
pub use topic::*;
pub use totals::*;

/// A figure's formula and the law or assumption behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// The formula with the numbers filled in.
    pub formula: String,
    /// Legal basis or assumption.
    pub basis: String,
}

impl Explanation {
    /// Shown when there is no outcome to explain yet.
    #[must_use]
    pub fn none() -> Self {
        Explanation {
            formula: "-".into(),
            basis: String::new(),
        }
    }
}

/// "a ÷ b = c" when both figures are known, else the prompt for the missing input; with
/// its basis.
fn quotient(figures: Option<[String; 3]>, prompt: &str, basis: &str) -> Explanation {
    Explanation {
        formula: figures.map_or_else(
            || prompt.to_string(),
            |[a, b, c]| format!("{a} ÷ {b} = {c}"),
        ),
        basis: basis.to_string(),
    }
}

/// The worker's JHT and JP rates of `law`, as the sentences write them ("2 %").
fn worker_rates(lang: Lang, law: &Law) -> (String, String) {
    (
        lang.prose_percent(law.value(RateKey::JhtPuWorker)),
        lang.prose_percent(law.value(RateKey::JpWorker)),
    )
}

/// The employer's JHT and JP rates of `law` ("3,7 %", "2 %").
fn payer_rates(lang: Lang, law: &Law) -> (String, String) {
    (
        lang.prose_percent(law.value(RateKey::JhtPuDesa)),
        lang.prose_percent(law.value(RateKey::JpDesa)),
    )
}

fn joined(parts: &[String]) -> String {
    if parts.is_empty() {
        "0".to_string()
    } else {
        parts.join(" + ")
    }
}

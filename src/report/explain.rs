//! Explanations: the formula in words and numbers, and the legal basis, behind each
//! figure the app shows ("0,24 % × Rp2.426.640 = Rp5.824"), in Indonesian and English.
//! One file per topic; the imports here are shared by them (`use super::*`).

use super::lang::Lang;
use crate::calc::benefit::{PersonBenefits, TERM_YEARS};
use crate::calc::category::{Category, CategoryKind, Scheme};
use crate::calc::money::Rupiah;
use crate::calc::outcome::{CategoryOutcome, Outcome};
use crate::calc::plan::Plan;
use crate::calc::premium::{CategoryCost, PersonMonth, Program};
use crate::calc::rates::{self, RateKey};
use rust_decimal_macros::dec;

mod benefit;
mod budget;
mod names;
mod premium;
mod rates_sheet;
mod totals;

pub use benefit::*;
pub use budget::*;
pub use names::*;
pub use premium::*;
pub use rates_sheet::*;
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

const ROUNDING_ID: &str = "Pembulatan: tiap program per orang per bulan ke rupiah terdekat (ASUMSI, tidak ada aturan resmi); pada program yang dibagi (JHT, JP) bagian pemberi kerja dan bagian pekerja masing-masing dibulatkan sendiri, seperti potongan pada slip gaji.";
const ROUNDING_EN: &str = "Rounding: each program per person per month to the nearest rupiah (ASSUMPTION, no official rule); in the split programs (JHT, JP) the payer's part and the worker's part are each rounded on their own, as a payslip shows the deduction.";

fn joined(parts: &[String]) -> String {
    if parts.is_empty() {
        "0".to_string()
    } else {
        parts.join(" + ")
    }
}

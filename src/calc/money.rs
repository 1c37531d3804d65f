//! Money: the `Rupiah` newtype and the rounding rule of RULES.md section 1.
//!
//! Every amount in the core is exact decimal. Each program's contribution for one
//! person for one month is rounded to the whole rupiah, half up (RULES.md §1,
//! ASSUMPTION: no official rounding rule was found); every total is a sum of those
//! rounded amounts, so totals never need rounding again.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::iter::Sum;
use std::ops::{Add, Sub};

/// An amount of rupiah, held exactly.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Rupiah(Decimal);

impl Rupiah {
    /// Zero rupiah.
    pub const ZERO: Rupiah = Rupiah(Decimal::ZERO);

    /// An amount from whole rupiah.
    #[must_use]
    pub fn from_whole(rupiah: i64) -> Self {
        Rupiah(Decimal::from(rupiah))
    }

    /// An amount from an exact decimal number of rupiah (may carry sen).
    #[must_use]
    pub const fn from_decimal(amount: Decimal) -> Self {
        Rupiah(amount)
    }

    /// The exact amount as a decimal number of rupiah.
    #[must_use]
    pub const fn amount(self) -> Decimal {
        self.0
    }

    /// Rounds to the whole rupiah, half up (away from zero at exactly .5): RULES.md §1.
    #[must_use]
    pub fn round_rupiah(self) -> Self {
        Rupiah(
            self.0
                .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
        )
    }

    /// This amount times a rate (a fraction, e.g. 0.0024 for 0.24 %), not rounded.
    #[must_use]
    pub fn times_rate(self, rate: Decimal) -> Self {
        Rupiah(self.0 * rate)
    }

    /// This amount times a whole count of people or months.
    #[must_use]
    pub fn times(self, count: u32) -> Self {
        Rupiah(self.0 * Decimal::from(count))
    }

    /// The smaller of two amounts.
    #[must_use]
    pub fn min(self, other: Rupiah) -> Self {
        if self <= other {
            self
        } else {
            other
        }
    }

    /// The larger of two amounts.
    #[must_use]
    pub fn max(self, other: Rupiah) -> Self {
        if self >= other {
            self
        } else {
            other
        }
    }

    /// True when the amount is below zero.
    #[must_use]
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// The share `self / whole` as a fraction, or `None` when `whole` is zero.
    #[must_use]
    pub fn ratio_to(self, whole: Rupiah) -> Option<Decimal> {
        Self::quotient(self.0, whole.0)
    }

    /// This amount shared equally by `count` (people); None for nobody.
    #[must_use]
    pub fn per(self, count: u32) -> Option<Rupiah> {
        Self::quotient(self.0, Decimal::from(count)).map(Rupiah)
    }

    fn quotient(part: Decimal, whole: Decimal) -> Option<Decimal> {
        if whole.is_zero() {
            None
        } else {
            part.checked_div(whole)
        }
    }

    /// True for zero rupiah.
    #[must_use]
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// A lossy float for chart scaling only; never for money arithmetic.
    #[must_use]
    pub fn to_f64_lossy(self) -> f64 {
        use rust_decimal::prelude::ToPrimitive;
        self.0.to_f64().unwrap_or(0.0)
    }
}

impl Add for Rupiah {
    type Output = Rupiah;
    fn add(self, rhs: Rupiah) -> Rupiah {
        Rupiah(self.0 + rhs.0)
    }
}

impl Sub for Rupiah {
    type Output = Rupiah;
    fn sub(self, rhs: Rupiah) -> Rupiah {
        Rupiah(self.0 - rhs.0)
    }
}

impl Sum for Rupiah {
    fn sum<I: Iterator<Item = Rupiah>>(iter: I) -> Rupiah {
        iter.fold(Rupiah::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Rupiah> for Rupiah {
    fn sum<I: Iterator<Item = &'a Rupiah>>(iter: I) -> Rupiah {
        iter.copied().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    mod rounding {
        use super::*;

        #[test]
        fn worked_check_of_rules_rounds_each_program_half_up() {
            // RULES.md §1: 5,823.936 → 5,824 and 7,279.92 → 7,280.
            let siltap = Rupiah::from_whole(2_426_640);
            assert_eq!(
                siltap.times_rate(dec!(0.0024)).round_rupiah(),
                Rupiah::from_whole(5_824)
            );
            assert_eq!(
                siltap.times_rate(dec!(0.003)).round_rupiah(),
                Rupiah::from_whole(7_280)
            );
        }

        #[test]
        fn exact_half_rounds_up() {
            assert_eq!(
                Rupiah::from_decimal(dec!(10.5)).round_rupiah(),
                Rupiah::from_whole(11)
            );
            assert_eq!(
                Rupiah::from_decimal(dec!(10.49)).round_rupiah(),
                Rupiah::from_whole(10)
            );
        }
    }

    #[test]
    fn ratio_to_zero_is_none() {
        assert_eq!(Rupiah::from_whole(5).ratio_to(Rupiah::ZERO), None);
        assert_eq!(
            Rupiah::from_whole(5).ratio_to(Rupiah::from_whole(10)),
            Some(dec!(0.5))
        );
    }

    #[test]
    fn sum_of_amounts() {
        let total: Rupiah = [1, 2, 3].iter().map(|&n| Rupiah::from_whole(n)).sum();
        assert_eq!(total, Rupiah::from_whole(6));
    }
}

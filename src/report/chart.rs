//! Chart geometry: the ADD bar as widths in a fixed 0–100 viewBox, tested natively;
//! the SVG component only draws what this returns.

use crate::calc::money::Rupiah;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Width of the chart's viewBox.
pub const WIDTH: Decimal = dec!(100);

/// The premium against ADD as two bar segments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AddBar {
    /// Width of the premium segment, 0..=WIDTH.
    pub used: Decimal,
    /// Width of what remains, WIDTH − used.
    pub remaining: Decimal,
    /// True when the premium is more than ADD (the bar is full and marked).
    pub over: bool,
}

/// The bar for `charged`, which is `share` of ADD (the core's `BudgetFit::add_share`);
/// None when there is no share (ADD zero or absent).
#[must_use]
pub fn add_bar(charged: Rupiah, share: Option<Decimal>) -> Option<AddBar> {
    let share = share?;
    let over = share > Decimal::ONE;
    let mut used = (share.clamp(Decimal::ZERO, Decimal::ONE) * WIDTH).round_dp(2);
    // A tiny premium still shows as a visible sliver.
    if charged > Rupiah::ZERO && used < dec!(0.5) {
        used = dec!(0.5);
    }
    Some(AddBar {
        used,
        remaining: WIDTH - used,
        over,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    /// `charged` and its share of `add`, as the core gives them.
    fn of(charged: i64, add: Option<Rupiah>) -> (Rupiah, Option<Decimal>) {
        (rp(charged), add.and_then(|a| rp(charged).ratio_to(a)))
    }

    fn add_bar((charged, share): (Rupiah, Option<Decimal>)) -> Option<AddBar> {
        super::add_bar(charged, share)
    }

    #[test]
    fn bar_scales_the_share_into_the_viewbox() {
        assert_eq!(
            add_bar(of(25, Some(rp(100)))),
            Some(AddBar {
                used: dec!(25),
                remaining: dec!(75),
                over: false
            })
        );
    }

    #[test]
    fn bar_is_full_and_marked_when_premium_exceeds_add() {
        assert_eq!(
            add_bar(of(300, Some(rp(100)))),
            Some(AddBar {
                used: dec!(100),
                remaining: dec!(0),
                over: true
            })
        );
    }

    #[test]
    fn small_premium_is_still_visible_and_zero_add_draws_nothing() {
        assert_eq!(
            add_bar(of(1, Some(rp(1_000_000)))).map(|b| b.used),
            Some(dec!(0.5))
        );
        assert_eq!(add_bar(of(0, Some(rp(100)))).map(|b| b.used), Some(dec!(0)));
        assert_eq!(add_bar(of(1, Some(Rupiah::ZERO))), None);
        assert_eq!(add_bar(of(1, None)), None);
    }
}

//! The panel's two choices as the page holds them: how the ceiling is typed (rupiah or %
//! of ADD) and which category grows, as a select's value.

use crate::calc::capacity::{Ceiling, Grow};
use crate::codec::input::{parse_percent, parse_rupiah, InputError};

/// How the ceiling is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A rupiah amount.
    Amount,
    /// A percentage of ADD.
    ShareOfAdd,
}

/// The ceiling the text stands for in `mode`.
pub fn parse_ceiling(mode: Mode, text: &str) -> Result<Ceiling, InputError> {
    match mode {
        Mode::Amount => parse_rupiah(text).map(Ceiling::Amount),
        Mode::ShareOfAdd => parse_percent(text).map(Ceiling::ShareOfAdd),
    }
}

/// The select's value for a growth choice, and back.
pub fn grow_value(grow: Grow) -> String {
    match grow {
        Grow::Category(i) => format!("c{i}"),
        Grow::AllBpu => "all".into(),
    }
}

/// The growth choice a select's value stands for.
pub fn grow_from(value: &str) -> Option<Grow> {
    if value == "all" {
        return Some(Grow::AllBpu);
    }
    value
        .strip_prefix('c')
        .and_then(|i| i.parse().ok())
        .map(Grow::Category)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_ceiling_is_read_in_the_chosen_mode() {
        assert_eq!(
            parse_ceiling(Mode::Amount, "Rp20 juta"),
            Ok(Ceiling::Amount(crate::calc::money::Rupiah::from_whole(
                20_000_000
            )))
        );
        assert_eq!(
            parse_ceiling(Mode::ShareOfAdd, "5 %"),
            Ok(Ceiling::ShareOfAdd(dec!(0.05)))
        );
        assert!(parse_ceiling(Mode::ShareOfAdd, "150").is_err());
        assert!(parse_ceiling(Mode::Amount, "-5").is_err());
    }

    #[test]
    fn growth_choices_round_trip_through_the_select() {
        for g in [Grow::Category(0), Grow::Category(29), Grow::AllBpu] {
            assert_eq!(grow_from(&grow_value(g)), Some(g));
        }
        assert_eq!(grow_from("c"), None);
        assert_eq!(grow_from("x9"), None);
        assert_eq!(grow_from("c-1"), None);
    }
}

//! How numbers are written: the display rule for amounts (in Indonesian a dot groups
//! thousands, a comma separates decimals, `Rp` is glued to the number), rounding half up, in
//! one [`NumberStyle`] per language. Amounts in words are in `words`.
//!
//! Everything works on the decimal's integer mantissa and scale, so no value of
//! `Decimal` can overflow or panic here.

use crate::calc::money::Rupiah;
use rust_decimal::Decimal;

/// How one language writes numbers: the separators, the percent sign and the words of large
/// units. [`INDONESIAN`] and [`ENGLISH`] are the two the tool speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    /// Groups thousands: `.` in Indonesian, `,` in English.
    thousands: char,
    /// Separates decimals: `,` in Indonesian, `.` in English.
    decimal: char,
    /// After a percentage: `" %"` in Indonesian, `"%"` in English.
    percent_sign: &'static str,
    /// The words for 10^6, 10^9 and 10^12.
    units: [&'static str; 3],
}

/// `Rp2.426.640,50`, `12,5 %`, `Rp1,35 juta`.
pub const INDONESIAN: NumberStyle = NumberStyle {
    thousands: '.',
    decimal: ',',
    percent_sign: " %",
    units: ["juta", "miliar", "triliun"],
};

/// `Rp2,426,640.50`, `12.5%`, `Rp1.35 million`.
pub const ENGLISH: NumberStyle = NumberStyle {
    thousands: ',',
    decimal: '.',
    percent_sign: "%",
    units: ["million", "billion", "trillion"],
};

impl NumberStyle {
    /// Money: `Rp2.426.640`, `-Rp5.000`, `Rp2.426.640,50` (sen only when not zero).
    #[must_use]
    pub fn rupiah(&self, amount: Rupiah) -> String {
        let cents = Fixed::of(amount.amount()).rounded(2);
        let shown = if cents.trimmed().scale == 0 {
            cents.trimmed()
        } else {
            cents.padded(2)
        };
        format!("{}Rp{}", shown.sign(), self.digits(shown))
    }

    /// A number with grouping, `1.234.567,5`, rounded half up and trimmed.
    #[must_use]
    pub fn number(&self, n: Decimal, max_decimals: u32) -> String {
        let f = Fixed::of(n).rounded(max_decimals).trimmed();
        format!("{}{}", f.sign(), self.digits(f))
    }

    /// A number for an input field: no grouping (`1000`, `3,6`), so that reading the field
    /// back gives the same number.
    #[must_use]
    pub fn ungrouped(&self, n: Decimal, max_decimals: u32) -> String {
        self.number(n, max_decimals).replace(self.thousands, "")
    }

    /// A fraction as a percentage: `0.125` → `12,5 %`.
    #[must_use]
    pub fn percent(&self, fraction: Decimal, max_decimals: u32) -> String {
        self.percent_with(fraction, max_decimals, self.percent_sign)
    }

    /// A rate inside a sentence, two decimals at most, with a space before the sign in
    /// both languages (`3,7 %`, `3.7 %`), as the explanations write it.
    #[must_use]
    pub fn prose_percent(&self, fraction: Decimal) -> String {
        self.percent_with(fraction, 2, " %")
    }

    fn percent_with(&self, fraction: Decimal, max_decimals: u32, sign: &str) -> String {
        let f = Fixed::of(fraction)
            .times_hundred()
            .rounded(max_decimals)
            .trimmed();
        format!("{}{}{sign}", f.sign(), self.digits(f))
    }

    /// A count with grouping: `1.000.000`.
    #[must_use]
    pub fn count(&self, n: u64) -> String {
        group(&n.to_string(), self.thousands)
    }

    /// Compact money for charts and sentences: `Rp1,35 juta`, `Rp2,6 miliar`.
    #[must_use]
    pub fn short_rupiah(&self, amount: Rupiah) -> String {
        match short_form(amount) {
            Some((f, unit)) => {
                let word = self.units.get(unit).copied().unwrap_or_default();
                format!("{}Rp{} {word}", f.sign(), self.digits(f))
            }
            None => self.rupiah(amount),
        }
    }

    fn digits(&self, f: Fixed) -> String {
        f.digits(self.thousands, self.decimal)
    }
}

/// The powers of ten of the large units, smallest first (`NumberStyle::units` names them).
const UNIT_EXPONENTS: [u32; 3] = [6, 9, 12];

/// The amount in its largest fitting unit (an index of `UNIT_EXPONENTS`) at two decimals,
/// or `None` below a million.
fn short_form(amount: Rupiah) -> Option<(Fixed, usize)> {
    let exact = Fixed::of(amount.amount());
    // Decide on the amount as `rupiah` would show it, so Rp999.999,999 is "Rp1 juta".
    if exact.rounded(2).split().0 < 1_000_000 {
        return None;
    }
    let mut chosen = None;
    for (unit, exp) in UNIT_EXPONENTS.into_iter().enumerate() {
        // Round once from the exact value; rounding rupiah first would round twice.
        let scaled = exact.shifted(exp).rounded(2).trimmed();
        chosen = Some((scaled, unit));
        // Move up a unit when rounding reached 1000 (999,999 juta → 1 miliar).
        if scaled.split().0 < 1000 {
            break;
        }
    }
    chosen
}

/// A decimal as sign, unsigned mantissa and scale: value = ±mantissa / 10^scale.
#[derive(Clone, Copy, Debug)]
struct Fixed {
    /// True when below zero (a zero mantissa is shown unsigned regardless).
    negative: bool,
    /// The digits as an integer.
    mantissa: u128,
    /// How many of those digits are decimals.
    scale: u32,
}

impl Fixed {
    /// Takes a `Decimal` apart without loss.
    fn of(d: Decimal) -> Self {
        Fixed {
            negative: d.is_sign_negative(),
            mantissa: d.mantissa().unsigned_abs(),
            scale: d.scale(),
        }
    }

    /// Divides by 10^exp exactly (only the scale grows).
    fn shifted(self, exp: u32) -> Self {
        Fixed {
            scale: self.scale.saturating_add(exp),
            ..self
        }
    }

    /// Multiplies by 100; a `Decimal` mantissa is below 2^96, so this cannot overflow.
    fn times_hundred(self) -> Self {
        match self.scale {
            0 => Fixed {
                mantissa: self.mantissa.saturating_mul(100),
                ..self
            },
            1 => Fixed {
                mantissa: self.mantissa.saturating_mul(10),
                scale: 0,
                ..self
            },
            s => Fixed {
                scale: s - 2,
                ..self
            },
        }
    }

    /// Rounds to at most `places` decimals, half away from zero (RULES.md §1's half up).
    fn rounded(self, places: u32) -> Self {
        if self.scale <= places {
            return self;
        }
        let mantissa = match 10u128.checked_pow(self.scale - places) {
            Some(div) => {
                let (q, r) = (self.mantissa / div, self.mantissa % div);
                if r >= div - r {
                    q.saturating_add(1)
                } else {
                    q
                }
            }
            // 10^39 and beyond exceed twice any u128, so the value rounds to zero.
            None => 0,
        };
        Fixed {
            mantissa,
            scale: places,
            ..self
        }
    }

    /// Drops trailing zero decimals.
    fn trimmed(mut self) -> Self {
        while self.scale > 0 && self.mantissa.is_multiple_of(10) {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    /// Pads with zero decimals up to `places` (callers round to `places` first).
    fn padded(self, places: u32) -> Self {
        if self.scale >= places {
            return self;
        }
        let factor = 10u128.checked_pow(places - self.scale).unwrap_or(u128::MAX);
        Fixed {
            mantissa: self.mantissa.saturating_mul(factor),
            scale: places,
            ..self
        }
    }

    /// The whole part and the decimal digits as integers.
    fn split(self) -> (u128, u128) {
        match 10u128.checked_pow(self.scale) {
            Some(p) => (self.mantissa / p, self.mantissa % p),
            None => (0, self.mantissa),
        }
    }

    /// `-` for a non-zero negative value, else nothing (never shows `-0`).
    fn sign(self) -> &'static str {
        if self.negative && self.mantissa != 0 {
            "-"
        } else {
            ""
        }
    }

    /// The unsigned digits with grouping and, when the scale asks for them, decimals.
    fn digits(self, thousands: char, decimal: char) -> String {
        let (whole, frac) = self.split();
        let mut out = group(&whole.to_string(), thousands);
        if self.scale > 0 {
            let width = usize::try_from(self.scale).unwrap_or(0);
            out.push(decimal);
            out.push_str(&format!("{frac:0width$}"));
        }
        out
    }
}

/// Inserts `sep` between groups of three digits, counted from the right.
fn group(digits: &str, sep: char) -> String {
    let len = digits.chars().count();
    let mut out = String::with_capacity(len + len / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::input::parse_rupiah;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    fn rpd(d: Decimal) -> Rupiah {
        Rupiah::from_decimal(d)
    }

    /// Any `Decimal` at all, including extremes of size and scale.
    fn any_decimal() -> impl Strategy<Value = Decimal> {
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28,
        )
            .prop_map(|(lo, mid, hi, neg, scale)| Decimal::from_parts(lo, mid, hi, neg, scale))
    }

    #[test]
    fn rupiah_table() {
        let cases: &[(Rupiah, &str, &str, &str)] = &[
            (rp(2_426_640), "Rp2.426.640", "Rp2,426,640", "siltap"),
            (rp(157_248), "Rp157.248", "Rp157,248", "six digits"),
            (rp(1_349_712), "Rp1.349.712", "Rp1,349,712", "seven digits"),
            (Rupiah::ZERO, "Rp0", "Rp0", "zero"),
            (rp(999), "Rp999", "Rp999", "no grouping below a thousand"),
            (rp(1_000), "Rp1.000", "Rp1,000", "one group"),
            (rp(-5_000), "-Rp5.000", "-Rp5,000", "negative"),
            (
                rpd(dec!(2426640.5)),
                "Rp2.426.640,50",
                "Rp2,426,640.50",
                "sen always two digits",
            ),
            (
                rpd(dec!(2426640.50)),
                "Rp2.426.640,50",
                "Rp2,426,640.50",
                "sen with scale 2",
            ),
            (
                rpd(dec!(2426640.00)),
                "Rp2.426.640",
                "Rp2,426,640",
                "zero sen hidden",
            ),
            (rpd(dec!(0.01)), "Rp0,01", "Rp0.01", "one sen"),
            (
                rpd(dec!(10.005)),
                "Rp10,01",
                "Rp10.01",
                "sen rounded half up",
            ),
            (
                rpd(dec!(10.0049)),
                "Rp10",
                "Rp10",
                "sen rounded down to none",
            ),
            (
                rpd(dec!(10.995)),
                "Rp11",
                "Rp11",
                "sen rounding carries to rupiah",
            ),
            (
                rpd(dec!(-10.005)),
                "-Rp10,01",
                "-Rp10.01",
                "negative half rounds away from zero",
            ),
            (rpd(dec!(-0.001)), "Rp0", "Rp0", "no minus zero"),
            (
                rp(1_000_000_000_000_000),
                "Rp1.000.000.000.000.000",
                "Rp1,000,000,000,000,000",
                "1e15",
            ),
            (
                rpd(Decimal::MAX),
                "Rp79.228.162.514.264.337.593.543.950.335",
                "Rp79,228,162,514,264,337,593,543,950,335",
                "Decimal::MAX",
            ),
            (
                rpd(Decimal::MIN),
                "-Rp79.228.162.514.264.337.593.543.950.335",
                "-Rp79,228,162,514,264,337,593,543,950,335",
                "Decimal::MIN",
            ),
        ];
        for (amount, id, en, why) in cases {
            assert_eq!(INDONESIAN.rupiah(*amount), *id, "{why}");
            assert_eq!(ENGLISH.rupiah(*amount), *en, "{why} (en)");
        }
    }

    #[test]
    fn number_table() {
        let cases: &[(Decimal, u32, &str, &str, &str)] = &[
            (
                dec!(1234567.5),
                2,
                "1.234.567,5",
                "1,234,567.5",
                "trailing zero trimmed",
            ),
            (
                dec!(1234567.50),
                2,
                "1.234.567,5",
                "1,234,567.5",
                "scale-2 zero trimmed",
            ),
            (dec!(1234567), 2, "1.234.567", "1,234,567", "whole"),
            (dec!(0.125), 2, "0,13", "0.13", "half up"),
            (dec!(-0.125), 2, "-0,13", "-0.13", "half away from zero"),
            (dec!(0.124), 2, "0,12", "0.12", "down"),
            (dec!(2.5), 0, "3", "3", "half up to whole"),
            (dec!(-0.004), 2, "0", "0", "no minus zero"),
            (dec!(0), 3, "0", "0", "zero"),
            (dec!(3.6), 28, "3,6", "3.6", "many places"),
            (dec!(3.6), u32::MAX, "3,6", "3.6", "absurd places"),
            (dec!(999.9996), 3, "1.000", "1,000", "rounding adds a group"),
        ];
        for (n, places, id, en, why) in cases {
            assert_eq!(INDONESIAN.number(*n, *places), *id, "{why}");
            assert_eq!(ENGLISH.number(*n, *places), *en, "{why} (en)");
        }
    }

    #[test]
    fn percent_table() {
        let cases: &[(Decimal, u32, &str, &str, &str)] = &[
            (dec!(0.125), 1, "12,5 %", "12.5%", "one decimal"),
            (dec!(0.0024), 2, "0,24 %", "0.24%", "JKK rate"),
            (dec!(0.003), 2, "0,3 %", "0.3%", "JKM rate, trimmed"),
            (dec!(0.5), 0, "50 %", "50%", "whole percent"),
            (dec!(1), 2, "100 %", "100%", "one"),
            (dec!(12), 0, "1.200 %", "1,200%", "grouped"),
            (dec!(0.00125), 1, "0,1 %", "0.1%", "rounded down"),
            (dec!(0.00125), 2, "0,13 %", "0.13%", "rounded half up"),
            (dec!(-0.05), 0, "-5 %", "-5%", "negative"),
            (
                Decimal::MAX,
                0,
                "7.922.816.251.426.433.759.354.395.033.500 %",
                "7,922,816,251,426,433,759,354,395,033,500%",
                "no overflow",
            ),
        ];
        for (n, places, id, en, why) in cases {
            assert_eq!(INDONESIAN.percent(*n, *places), *id, "{why}");
            assert_eq!(ENGLISH.percent(*n, *places), *en, "{why} (en)");
        }
    }

    #[test]
    fn count_table() {
        let cases: &[(u64, &str, &str)] = &[
            (0, "0", "0"),
            (12, "12", "12"),
            (999, "999", "999"),
            (1_000, "1.000", "1,000"),
            (1_000_000, "1.000.000", "1,000,000"),
            (
                u64::MAX,
                "18.446.744.073.709.551.615",
                "18,446,744,073,709,551,615",
            ),
        ];
        for (n, id, en) in cases {
            assert_eq!(INDONESIAN.count(*n), *id, "{n}");
            assert_eq!(ENGLISH.count(*n), *en, "{n} (en)");
            // A count reads as the same whole number does (the rekap's counts moved from one to
            // the other).
            assert_eq!(
                INDONESIAN.number(Decimal::from(*n), 0),
                *id,
                "{n} as a number"
            );
            assert_eq!(
                ENGLISH.number(Decimal::from(*n), 0),
                *en,
                "{n} as a number (en)"
            );
        }
    }

    #[test]
    fn terbilang_table() {
        let cases: &[(Rupiah, &str)] = &[
            (
                rp(2_426_640),
                "dua juta empat ratus dua puluh enam ribu enam ratus empat puluh rupiah",
            ),
            (Rupiah::ZERO, "nol rupiah"),
            (rp(1), "satu rupiah"),
            (rp(10), "sepuluh rupiah"),
            (rp(11), "sebelas rupiah"),
            (rp(12), "dua belas rupiah"),
            (rp(19), "sembilan belas rupiah"),
            (rp(20), "dua puluh rupiah"),
            (rp(99), "sembilan puluh sembilan rupiah"),
            (rp(100), "seratus rupiah"),
            (rp(101), "seratus satu rupiah"),
            (rp(110), "seratus sepuluh rupiah"),
            (rp(111), "seratus sebelas rupiah"),
            (rp(200), "dua ratus rupiah"),
            (rp(1_000), "seribu rupiah"),
            (rp(1_001), "seribu satu rupiah"),
            (rp(1_100), "seribu seratus rupiah"),
            (rp(2_000), "dua ribu rupiah"),
            (rp(11_000), "sebelas ribu rupiah"),
            (rp(21_000), "dua puluh satu ribu rupiah"),
            (rp(100_000), "seratus ribu rupiah"),
            (rp(115_000), "seratus lima belas ribu rupiah"),
            (
                rp(157_248),
                "seratus lima puluh tujuh ribu dua ratus empat puluh delapan rupiah",
            ),
            (rp(1_000_000), "satu juta rupiah"),
            (rp(1_001_000), "satu juta seribu rupiah"),
            (
                rp(1_349_712),
                "satu juta tiga ratus empat puluh sembilan ribu tujuh ratus dua belas rupiah",
            ),
            (rp(1_000_000_000), "satu miliar rupiah"),
            (rp(1_000_000_000_000), "satu triliun rupiah"),
            (
                rp(999_000_000_000_000),
                "sembilan ratus sembilan puluh sembilan triliun rupiah",
            ),
            (rp(1_000_000_000_000_000), "seribu triliun rupiah"),
            (rp(2_000_001_000_000), "dua triliun satu juta rupiah"),
            (rp(-5_000), "minus lima ribu rupiah"),
            (rpd(dec!(999.5)), "seribu rupiah"),
            (
                rpd(dec!(999.49)),
                "sembilan ratus sembilan puluh sembilan rupiah",
            ),
            (rpd(dec!(0.4)), "nol rupiah"),
            (rpd(dec!(-0.4)), "nol rupiah"),
        ];
        for (amount, words) in cases {
            assert_eq!(
                crate::report::words::indonesian(*amount),
                *words,
                "{amount:?}"
            );
        }
    }

    #[test]
    fn in_words_en_table() {
        let cases: &[(Rupiah, &str)] = &[
            (
                rp(2_426_640),
                "two million four hundred twenty-six thousand six hundred forty rupiah",
            ),
            (Rupiah::ZERO, "zero rupiah"),
            (rp(11), "eleven rupiah"),
            (rp(100), "one hundred rupiah"),
            (rp(1_000), "one thousand rupiah"),
            (rp(21_000), "twenty-one thousand rupiah"),
            (rp(115_000), "one hundred fifteen thousand rupiah"),
            (rp(1_001_000), "one million one thousand rupiah"),
            (rp(1_000_000_000), "one billion rupiah"),
            (rp(1_000_000_000_000), "one trillion rupiah"),
            (rp(1_000_000_000_000_000), "one thousand trillion rupiah"),
            (rp(-90), "minus ninety rupiah"),
            (rpd(dec!(0.5)), "one rupiah"),
        ];
        for (amount, words) in cases {
            assert_eq!(crate::report::words::english(*amount), *words, "{amount:?}");
        }
    }

    #[test]
    fn short_table() {
        let cases: &[(Rupiah, &str, &str, &str)] = &[
            (rp(42_000_000), "Rp42 juta", "Rp42 million", "whole juta"),
            (
                rp(1_349_712),
                "Rp1,35 juta",
                "Rp1.35 million",
                "two decimals",
            ),
            (
                rp(174_000_000),
                "Rp174 juta",
                "Rp174 million",
                "hundreds of juta",
            ),
            (
                rp(2_600_000_000),
                "Rp2,6 miliar",
                "Rp2.6 billion",
                "miliar trimmed",
            ),
            (
                rp(1_000_000),
                "Rp1 juta",
                "Rp1 million",
                "exactly a million",
            ),
            (
                rp(999_999),
                "Rp999.999",
                "Rp999,999",
                "below a million is full",
            ),
            (
                rpd(dec!(999999.5)),
                "Rp999.999,50",
                "Rp999,999.50",
                "below a million keeps sen",
            ),
            (
                rpd(dec!(999999.996)),
                "Rp1 juta",
                "Rp1 million",
                "rounds up to a million",
            ),
            (
                rp(1_004_999),
                "Rp1 juta",
                "Rp1 million",
                "rounded down, trimmed",
            ),
            (
                rp(1_005_000),
                "Rp1,01 juta",
                "Rp1.01 million",
                "rounded half up",
            ),
            (
                rp(999_995_000),
                "Rp1 miliar",
                "Rp1 billion",
                "rounding reaches the next unit",
            ),
            (
                rp(999_994_999),
                "Rp999,99 juta",
                "Rp999.99 million",
                "just below the next unit",
            ),
            (
                rp(1_500_000_000_000),
                "Rp1,5 triliun",
                "Rp1.5 trillion",
                "triliun",
            ),
            (
                rp(1_000_000_000_000_000),
                "Rp1.000 triliun",
                "Rp1,000 trillion",
                "no unit above triliun",
            ),
            (rp(-42_000_000), "-Rp42 juta", "-Rp42 million", "negative"),
            (rp(-5_000), "-Rp5.000", "-Rp5,000", "small negative"),
            (Rupiah::ZERO, "Rp0", "Rp0", "zero"),
        ];
        for (amount, id, en, why) in cases {
            assert_eq!(INDONESIAN.short_rupiah(*amount), *id, "{why}");
            assert_eq!(ENGLISH.short_rupiah(*amount), *en, "{why} (en)");
        }
    }

    proptest! {
        #[test]
        fn nothing_panics_for_any_decimal(d in any_decimal(), places in 0u32..=40) {
            let amount = Rupiah::from_decimal(d);
            let _ = (INDONESIAN.rupiah(amount), ENGLISH.rupiah(amount), INDONESIAN.short_rupiah(amount), ENGLISH.short_rupiah(amount));
            let _ = (INDONESIAN.number(d, places), ENGLISH.number(d, places), INDONESIAN.percent(d, places), ENGLISH.percent(d, places));
            let _ = crate::report::words::english(amount);
            let words = crate::report::words::indonesian(amount);
            prop_assert!(!words.contains("  "), "double space in {words:?}");
            prop_assert!(words.ends_with(" rupiah"));
        }

        #[test]
        fn whole_amounts_round_trip_through_parse(n in 0i64..=1_000_000_000_000) {
            prop_assert_eq!(parse_rupiah(&INDONESIAN.rupiah(rp(n))), Ok(rp(n)));
        }

        #[test]
        fn amounts_with_sen_round_trip_through_parse(cents in 0i64..=100_000_000_000_000) {
            let amount = rpd(Decimal::new(cents, 2));
            prop_assert_eq!(parse_rupiah(&INDONESIAN.rupiah(amount)), Ok(amount));
        }

        #[test]
        fn terbilang_has_no_double_space_for_whole_amounts(n in any::<i64>()) {
            let words = crate::report::words::indonesian(rp(n));
            prop_assert!(!words.contains("  "), "double space in {words:?}");
            prop_assert!(!words.starts_with(' '));
        }
    }
}

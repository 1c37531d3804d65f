//! Parsing what people type: the Indonesian number rule (dot groups thousands,
//! comma separates decimals) plus the bounds the calculator accepts.
//!
//! Money may carry a prefix (`Rp`, `Rp.`, `IDR`), a unit word (`rb`, `ribu`, `jt`,
//! `juta`, `miliar`, `milyar`, `triliun`, and the English words), a trailing
//! `rupiah` and the `,-` idiom (`Rp5.000,-`). A lone `M` is rejected on purpose:
//! it means *miliar* to some readers and *million* to others, a 1000× mistake.

use crate::calc::money::Rupiah;
use rust_decimal::Decimal;

/// Why a typed value was rejected (the UI maps each variant to an Indonesian/English message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was typed in a required field.
    Empty,
    /// The text is not a number in any accepted form.
    NotANumber,
    /// The number is below zero.
    Negative,
    /// More decimals than allowed (money: more than two, i.e. below one sen).
    TooManyDecimals,
    /// A money amount above [`MAX_AMOUNT`].
    TooLarge {
        /// The largest accepted amount.
        max: Rupiah,
    },
    /// A count of people or months with a fraction.
    NotWholeCount,
    /// A count above [`MAX_COUNT`].
    CountTooLarge {
        /// The largest accepted count.
        max: u32,
    },
    /// A bounded number (percent, per mille, …) outside its range.
    OutOfRange {
        /// The smallest accepted value.
        min: Decimal,
        /// The largest accepted value.
        max: Decimal,
    },
}

pub use crate::calc::plan::{MAX_AMOUNT, MAX_COUNT};

/// Digits in `MAX_AMOUNT`'s whole part; a longer whole part is always too large.
const MAX_AMOUNT_DIGITS: usize = 13;

/// Parses a required money amount such as `Rp 2.426.640`, `2.426.640,50` or `2,5 jt`.
pub fn parse_rupiah(text: &str) -> Result<Rupiah, InputError> {
    let cleaned = normalize(text);
    if cleaned.is_empty() {
        return Err(InputError::Empty);
    }
    let (negative, rest) = strip_sign_and_prefix(&cleaned);
    let (body, exp) = split_unit(strip_suffixes(rest))?;
    // With a unit, `2.5 jt` reads the dot as a decimal point; otherwise it groups thousands.
    let (int, frac) = split_digits(body, exp > 0)?;
    let int = int.trim_start_matches('0');
    if negative && is_nonzero(int, &frac) {
        return Err(InputError::Negative);
    }
    // Without a unit, `5,000` must not silently become five rupiah: reject it, zeros or not.
    if exp == 0 && frac.len() > 2 {
        return Err(InputError::TooManyDecimals);
    }
    let frac = frac.trim_end_matches('0');
    let too_large = InputError::TooLarge { max: MAX_AMOUNT };
    let exp_len = usize::try_from(exp).map_err(|_| too_large.clone())?;
    // Length guards before any arithmetic, so huge inputs cannot overflow.
    if int.len().saturating_add(exp_len) > MAX_AMOUNT_DIGITS {
        return Err(too_large);
    }
    if frac.len() > exp_len.saturating_add(2) {
        return Err(InputError::TooManyDecimals);
    }
    let mantissa = digits_to_u128(int, frac).ok_or_else(|| too_large.clone())?;
    let frac_len = u32::try_from(frac.len()).map_err(|_| InputError::TooManyDecimals)?;
    let (mantissa, scale) = if frac_len <= exp {
        let factor = 10u128.checked_pow(exp - frac_len);
        let scaled = factor.and_then(|f| mantissa.checked_mul(f));
        (scaled.ok_or_else(|| too_large.clone())?, 0)
    } else {
        (mantissa, frac_len - exp)
    };
    let value = i128::try_from(mantissa)
        .ok()
        .and_then(|m| Decimal::try_from_i128_with_scale(m, scale).ok())
        .ok_or_else(|| too_large.clone())?
        .normalize();
    if value > MAX_AMOUNT.amount() {
        return Err(too_large);
    }
    Ok(Rupiah::from_decimal(value))
}

/// Parses an optional money amount: empty or whitespace-only text is `Ok(None)`.
pub fn parse_optional_rupiah(text: &str) -> Result<Option<Rupiah>, InputError> {
    match parse_rupiah(text) {
        Ok(amount) => Ok(Some(amount)),
        Err(InputError::Empty) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Parses a required whole count `0..=MAX_COUNT` such as `12` or `1.000`.
pub fn parse_count(text: &str) -> Result<u32, InputError> {
    let cleaned = normalize(text);
    if cleaned.is_empty() {
        return Err(InputError::Empty);
    }
    let (negative, body) = strip_sign(&cleaned);
    // `2.5` is plainly a fraction here, so report it as one rather than as junk.
    let (int, frac) = split_digits(body, true)?;
    let int = int.trim_start_matches('0');
    if negative && is_nonzero(int, &frac) {
        return Err(InputError::Negative);
    }
    if !frac.is_empty() {
        return Err(InputError::NotWholeCount);
    }
    let too_large = InputError::CountTooLarge { max: MAX_COUNT };
    // Seven digits hold MAX_COUNT; a longer number cannot fit and must not overflow.
    if int.len() > 7 {
        return Err(too_large);
    }
    let n = if int.is_empty() {
        0
    } else {
        int.parse::<u32>().map_err(|_| too_large.clone())?
    };
    if n > MAX_COUNT {
        return Err(too_large);
    }
    Ok(n)
}

/// Parses an optional whole count: empty or whitespace-only text is `Ok(None)`.
pub fn parse_optional_count(text: &str) -> Result<Option<u32>, InputError> {
    match parse_count(text) {
        Ok(n) => Ok(Some(n)),
        Err(InputError::Empty) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Parses an optional whole number within `min..=max` (an age, a year); empty is `Ok(None)`.
pub fn parse_optional_whole_in(text: &str, min: u32, max: u32) -> Result<Option<u32>, InputError> {
    let range = InputError::OutOfRange {
        min: Decimal::from(min),
        max: Decimal::from(max),
    };
    match parse_optional_count(text) {
        Ok(Some(n)) if n < min || n > max => Err(range),
        Err(InputError::CountTooLarge { .. }) => Err(range),
        other => other,
    }
}

/// Parses a bounded decimal such as a rate `3,6` or `3.6` (either separator, no grouping).
pub fn parse_decimal_in_range(
    text: &str,
    min: Decimal,
    max: Decimal,
) -> Result<Decimal, InputError> {
    let cleaned = normalize(text);
    if cleaned.is_empty() {
        return Err(InputError::Empty);
    }
    let (negative, body) = strip_sign(&cleaned);
    let (int, frac) = body.split_once(['.', ',']).unwrap_or((body, ""));
    if int.is_empty() || !all_digits(int) || !all_digits(frac) {
        return Err(InputError::NotANumber);
    }
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let out_of_range = InputError::OutOfRange { min, max };
    // A Decimal holds 28 significant digits; a longer whole part exceeds any sane bound.
    if int.len() > 28 {
        return Err(if negative && min >= Decimal::ZERO {
            InputError::Negative
        } else {
            out_of_range
        });
    }
    if int.len().saturating_add(frac.len()) > 28 {
        return Err(InputError::TooManyDecimals);
    }
    let scale = u32::try_from(frac.len()).map_err(|_| InputError::TooManyDecimals)?;
    let magnitude = digits_to_u128(int, frac)
        .and_then(|m| i128::try_from(m).ok())
        .and_then(|m| Decimal::try_from_i128_with_scale(m, scale).ok())
        .ok_or_else(|| out_of_range.clone())?
        .normalize();
    let value = if negative { -magnitude } else { magnitude };
    if value < Decimal::ZERO && min >= Decimal::ZERO {
        return Err(InputError::Negative);
    }
    if value < min || value > max {
        return Err(out_of_range);
    }
    Ok(value)
}

/// Parses a percentage `0..=100` such as `5`, `2,5 %` or `2.5%` into a fraction (`0.025`).
pub fn parse_percent(text: &str) -> Result<Decimal, InputError> {
    let cleaned = normalize(text);
    // The sign is optional; people type it from habit, and "persen" is the word for it.
    let number = cleaned
        .strip_suffix('%')
        .or_else(|| cleaned.strip_suffix("persen"))
        .unwrap_or(&cleaned);
    parse_decimal_in_range(number, Decimal::ZERO, Decimal::ONE_HUNDRED)
        .map(|p| (p / Decimal::ONE_HUNDRED).normalize())
}

/// Lower-cases, maps every kind of whitespace (incl. U+00A0) to one space and trims.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        // Invisible characters pasted from documents carry no meaning.
        if matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}') {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        // The typographic minus and dashes are pasted from word processors.
        let c = if matches!(c, '\u{2212}' | '\u{2013}') {
            '-'
        } else {
            c
        };
        // ASCII case only: every word the parsers know is ASCII, and Unicode case tables
        // would add 13 KB to the wasm.
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Removes one leading minus sign, reporting whether it was there.
fn strip_sign(s: &str) -> (bool, &str) {
    match s.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s),
    }
}

/// Removes a minus sign and a currency prefix in either order (`-Rp5`, `Rp -5`).
fn strip_sign_and_prefix(s: &str) -> (bool, &str) {
    let mut rest = s;
    let mut negative = false;
    let mut prefixed = false;
    loop {
        rest = rest.trim_start();
        if !negative {
            if let Some(r) = rest.strip_prefix('-') {
                negative = true;
                rest = r;
                continue;
            }
        }
        if !prefixed {
            if let Some(r) = ["idr", "rp.", "rp"]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
            {
                prefixed = true;
                rest = r;
                continue;
            }
        }
        return (negative, rest);
    }
}

/// Removes a trailing currency word and the `,-` "no sen" idiom (`Rp5.000,-`).
fn strip_suffixes(s: &str) -> &str {
    let mut rest = s.trim_end();
    if let Some(r) = ["rupiah", "idr", "rp"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
    {
        rest = r.trim_end();
    }
    let undashed = rest.trim_end_matches('-');
    if undashed.len() < rest.len() {
        if let Some(r) = undashed.strip_suffix([',', '.']) {
            rest = r.trim_end();
        }
    }
    rest
}

/// Splits `2,5 jt` into the number text and the unit's power of ten.
fn split_unit(s: &str) -> Result<(&str, u32), InputError> {
    let at = s
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ')))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at_checked(at).ok_or(InputError::NotANumber)?;
    let (num, unit) = (num.trim_end(), unit.trim());
    let exp = if unit.is_empty() {
        0
    } else {
        unit_exponent(unit).ok_or(InputError::NotANumber)?
    };
    if num.is_empty() {
        return Err(InputError::NotANumber);
    }
    Ok((num, exp))
}

/// The power of ten a unit word stands for, if it is one we accept.
fn unit_exponent(unit: &str) -> Option<u32> {
    match unit.strip_suffix('.').unwrap_or(unit) {
        "rb" | "ribu" | "k" | "thousand" => Some(3),
        "jt" | "juta" | "million" => Some(6),
        "miliar" | "milyar" | "billion" => Some(9),
        "triliun" | "trilyun" | "trillion" => Some(12),
        _ => None,
    }
}

/// Splits `2.426.640,50` into whole digits `2426640` and fraction digits `50`.
///
/// Dots and spaces group thousands (every group after the first has exactly
/// three digits). With `dot_is_decimal`, a single dot followed by one or two
/// digits and no comma is a decimal point instead (`2.5 jt`).
fn split_digits(body: &str, dot_is_decimal: bool) -> Result<(String, String), InputError> {
    let (int_part, frac_part) = match body.split_once(',') {
        Some((i, f)) => (i, f),
        None => match body.split_once('.') {
            Some((i, f)) if dot_is_decimal && (1..=2).contains(&f.len()) && all_digits(f) => (i, f),
            _ => (body, ""),
        },
    };
    if !all_digits(frac_part) {
        return Err(InputError::NotANumber);
    }
    let groups: Vec<&str> = int_part.split(['.', ' ']).collect();
    let grouped = groups.len() > 1;
    let mut int = String::with_capacity(int_part.len());
    for (i, group) in groups.iter().enumerate() {
        let bad_width = grouped
            && if i == 0 {
                group.len() > 3
            } else {
                group.len() != 3
            };
        if group.is_empty() || !all_digits(group) || bad_width {
            return Err(InputError::NotANumber);
        }
        int.push_str(group);
    }
    Ok((int, frac_part.to_owned()))
}

/// True when every character is an ASCII digit (true for the empty string).
fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// True when the whole or fraction digits contain anything but zeros.
fn is_nonzero(int: &str, frac: &str) -> bool {
    int.bytes().chain(frac.bytes()).any(|b| b != b'0')
}

/// Joins whole and fraction digits into one integer (length-guarded by callers).
fn digits_to_u128(int: &str, frac: &str) -> Option<u128> {
    let digits = format!("{int}{frac}");
    if digits.is_empty() {
        Some(0)
    } else {
        digits.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    #[test]
    fn a_percentage_reads_with_or_without_its_sign_in_either_notation() {
        use super::{parse_percent, InputError};
        use rust_decimal_macros::dec;
        for (text, fraction) in [
            ("5", dec!(0.05)),
            ("2,5 %", dec!(0.025)),
            ("2.5%", dec!(0.025)),
            (" 100 persen", dec!(1)),
            ("0", dec!(0)),
        ] {
            assert_eq!(parse_percent(text), Ok(fraction), "{text}");
        }
        assert_eq!(parse_percent(""), Err(InputError::Empty));
        assert_eq!(parse_percent("%"), Err(InputError::Empty));
        assert_eq!(parse_percent("-1"), Err(InputError::Negative));
        assert!(matches!(
            parse_percent("101"),
            Err(InputError::OutOfRange { .. })
        ));
        assert_eq!(parse_percent("lima"), Err(InputError::NotANumber));
    }

    #[test]
    fn the_death_rate_field_reads_back_what_it_shows() {
        use crate::calc::plan::MAX_DEATH_RATE_PER_MILLE;
        use crate::report::format::INDONESIAN;
        // Every value of 0–1000 per mille with up to 4 decimals, sampled densely.
        for n in (0..=10_000_000i64)
            .step_by(997)
            .chain([10_000_000, 36_000, 1])
        {
            let rate = Decimal::new(n, 4);
            let shown = INDONESIAN.ungrouped(rate, 4);
            assert_eq!(
                parse_decimal_in_range(&shown, Decimal::ZERO, MAX_DEATH_RATE_PER_MILLE),
                Ok(rate.normalize()),
                "{shown}"
            );
        }
    }

    use super::*;
    use proptest::prelude::*;

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    fn rpd(d: Decimal) -> Rupiah {
        Rupiah::from_decimal(d)
    }

    /// One table row: input, expected result, why the row exists.
    type Row<T> = (&'static str, Result<T, InputError>, &'static str);

    const TOO_LARGE: InputError = InputError::TooLarge { max: MAX_AMOUNT };
    const COUNT_TOO_LARGE: InputError = InputError::CountTooLarge { max: MAX_COUNT };

    /// Groups whole digits with dots, as an Indonesian would type them.
    fn with_dots(n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push('.');
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn max_amount_is_one_trillion() {
        assert_eq!(MAX_AMOUNT, rp(1_000_000_000_000));
    }

    mod rupiah {
        use super::*;

        #[test]
        fn table() {
            use InputError::*;
            let cases: &[Row<Rupiah>] = &[
                ("2426640", Ok(rp(2_426_640)), "plain digits"),
                ("2.426.640", Ok(rp(2_426_640)), "dot thousands"),
                ("Rp 2.426.640", Ok(rp(2_426_640)), "Rp prefix with space"),
                ("Rp2.426.640", Ok(rp(2_426_640)), "Rp prefix"),
                ("rp. 2.426.640", Ok(rp(2_426_640)), "rp. prefix"),
                (
                    "RP.2.426.640",
                    Ok(rp(2_426_640)),
                    "upper case RP. without space",
                ),
                ("IDR 2.426.640", Ok(rp(2_426_640)), "IDR prefix"),
                ("2.426.640,00", Ok(rp(2_426_640)), "zero sen"),
                ("2426640,5", Ok(rpd(dec!(2426640.5))), "comma decimal"),
                ("2.426.640,50", Ok(rpd(dec!(2426640.5))), "grouped with sen"),
                (" 2 426 640 ", Ok(rp(2_426_640)), "spaces as grouping"),
                (
                    "2\u{a0}426\u{a0}640",
                    Ok(rp(2_426_640)),
                    "non-breaking spaces as grouping",
                ),
                (
                    "\u{a0}Rp\u{a0}2.426.640\u{a0}",
                    Ok(rp(2_426_640)),
                    "non-breaking spaces around",
                ),
                (
                    "\tRp  2.426.640\n",
                    Ok(rp(2_426_640)),
                    "tabs, newlines, double spaces",
                ),
                ("Rp2,5 juta", Ok(rp(2_500_000)), "juta with comma decimal"),
                ("2,5jt", Ok(rp(2_500_000)), "jt glued"),
                ("2,5 jt", Ok(rp(2_500_000)), "jt spaced"),
                ("2.5 jt", Ok(rp(2_500_000)), "dot decimal before a unit"),
                (
                    "2.50 JT",
                    Ok(rp(2_500_000)),
                    "two-digit dot decimal before a unit",
                ),
                (
                    "2.500 jt",
                    Ok(rp(2_500_000_000)),
                    "three digits after a dot group thousands even with unit",
                ),
                ("2,5 jt.", Ok(rp(2_500_000)), "abbreviation with dot"),
                ("1 miliar", Ok(rp(1_000_000_000)), "miliar"),
                ("1 milyar", Ok(rp(1_000_000_000)), "milyar spelling"),
                ("1,2 Miliar", Ok(rp(1_200_000_000)), "miliar mixed case"),
                (
                    "1 M",
                    Err(NotANumber),
                    "lone M is ambiguous (miliar vs million)",
                ),
                ("150 rb", Ok(rp(150_000)), "rb"),
                ("150rb", Ok(rp(150_000)), "rb glued"),
                ("150 ribu", Ok(rp(150_000)), "ribu"),
                ("50k", Ok(rp(50_000)), "k for thousand"),
                (
                    "1 triliun",
                    Ok(rp(1_000_000_000_000)),
                    "triliun equals the maximum",
                ),
                (
                    "1000 miliar",
                    Ok(rp(1_000_000_000_000)),
                    "1000 miliar equals the maximum",
                ),
                ("2.5 million", Ok(rp(2_500_000)), "English unit word"),
                (
                    "1,2345 jt",
                    Ok(rp(1_234_500)),
                    "many unit decimals but whole rupiah",
                ),
                (
                    "1,23456789 jt",
                    Ok(rpd(dec!(1234567.89))),
                    "unit decimals leaving two sen digits",
                ),
                (
                    "1,234567891 jt",
                    Err(TooManyDecimals),
                    "unit decimals leaving three sen digits",
                ),
                (
                    "1,50000000000000000000000000000000000 jt",
                    Ok(rp(1_500_000)),
                    "trailing zeros after unit",
                ),
                (
                    "2 juta 500 ribu",
                    Err(NotANumber),
                    "compound units are not supported",
                ),
                ("Rp5.000,-", Ok(rp(5_000)), "the ,- idiom"),
                ("Rp 5.000,--", Ok(rp(5_000)), "the ,-- idiom"),
                ("5.000 rupiah", Ok(rp(5_000)), "rupiah suffix"),
                (
                    "2,5 juta rupiah",
                    Ok(rp(2_500_000)),
                    "unit and rupiah suffix",
                ),
                ("5.000,", Ok(rp(5_000)), "trailing comma while typing"),
                ("007", Ok(rp(7)), "leading zeros"),
                ("0", Ok(Rupiah::ZERO), "zero"),
                ("Rp0", Ok(Rupiah::ZERO), "Rp zero"),
                ("0,00", Ok(Rupiah::ZERO), "zero with sen"),
                ("-0", Ok(Rupiah::ZERO), "minus zero is zero"),
                (
                    "1.000.000.000.000",
                    Ok(rp(1_000_000_000_000)),
                    "exactly the maximum",
                ),
                (
                    "1.000.000.000.000,01",
                    Err(TOO_LARGE),
                    "one sen above the maximum",
                ),
                (
                    "1.000.000.000.001",
                    Err(TOO_LARGE),
                    "one rupiah above the maximum",
                ),
                (
                    "1,000001 triliun",
                    Err(TOO_LARGE),
                    "above the maximum via unit",
                ),
                (
                    "9999999999999999999999999999999",
                    Err(TOO_LARGE),
                    "huge digits",
                ),
                (
                    "9999999999999999999999999999999 triliun",
                    Err(TOO_LARGE),
                    "huge digits with unit",
                ),
                ("", Err(Empty), "empty"),
                ("   ", Err(Empty), "whitespace only"),
                ("\u{a0}", Err(Empty), "non-breaking space only"),
                ("-5", Err(Negative), "minus"),
                ("-Rp5.000", Err(Negative), "minus before Rp"),
                ("Rp -5.000", Err(Negative), "minus after Rp"),
                ("Rp-5.000", Err(Negative), "minus glued after Rp"),
                ("\u{2212}5.000", Err(Negative), "typographic minus"),
                ("-1,234", Err(Negative), "negative wins over decimals"),
                ("--5", Err(NotANumber), "double minus"),
                ("+5", Err(NotANumber), "plus sign"),
                ("1,234", Err(TooManyDecimals), "three decimals"),
                (
                    "5,000",
                    Err(TooManyDecimals),
                    "English thousands is not five rupiah",
                ),
                ("2,426,640", Err(NotANumber), "English grouping"),
                ("24.26.640", Err(NotANumber), "bad grouping"),
                ("2426.640", Err(NotANumber), "first group too long"),
                (
                    "2.5",
                    Err(NotANumber),
                    "dot decimal without unit is ambiguous",
                ),
                (
                    "1.5",
                    Err(NotANumber),
                    "dot decimal without unit is ambiguous",
                ),
                ("2.", Err(NotANumber), "trailing dot"),
                ("2..000", Err(NotANumber), "double dot"),
                (",5", Err(NotANumber), "no whole part"),
                ("12 34", Err(NotANumber), "space not grouping thousands"),
                ("abc", Err(NotANumber), "letters"),
                ("Rp", Err(NotANumber), "prefix only"),
                ("juta", Err(NotANumber), "unit only"),
                ("5 apel", Err(NotANumber), "unknown unit"),
                ("5e3", Err(NotANumber), "exponent notation"),
                ("٣", Err(NotANumber), "Arabic-Indic digit"),
                ("１２", Err(NotANumber), "full-width digits"),
                ("💰", Err(NotANumber), "emoji"),
                ("5💰", Err(NotANumber), "emoji after digits"),
                ("Rp Rp 5", Err(NotANumber), "two prefixes"),
            ];
            for (input, expected, why) in cases {
                assert_eq!(&parse_rupiah(input), expected, "{why}: {input:?}");
            }
        }

        #[test]
        fn keeps_sen_exactly() {
            assert_eq!(parse_rupiah("0,01").map(Rupiah::amount), Ok(dec!(0.01)));
            assert_eq!(
                parse_rupiah("2.426.640,00").map(|r| r.amount().scale()),
                Ok(0),
                "normalized"
            );
        }

        #[test]
        fn optional_table() {
            let cases: &[Row<Option<Rupiah>>] = &[
                ("", Ok(None), "empty"),
                (" \u{a0}\t", Ok(None), "whitespace only"),
                ("Rp 5.000", Ok(Some(rp(5_000))), "a value"),
                ("0", Ok(Some(Rupiah::ZERO)), "zero is a value"),
                ("abc", Err(InputError::NotANumber), "junk still rejected"),
                ("-5", Err(InputError::Negative), "negative still rejected"),
            ];
            for (input, expected, why) in cases {
                assert_eq!(&parse_optional_rupiah(input), expected, "{why}: {input:?}");
            }
        }

        proptest! {
            #[test]
            fn never_panics(s in ".*") {
                let _ = parse_rupiah(&s);
            }

            #[test]
            fn never_panics_on_number_like_text(s in "[-0-9.,  rpRPjtJTmiliarbu]{0,40}") {
                let _ = parse_rupiah(&s);
            }

            #[test]
            fn dotted_whole_amounts_round_trip(
                n in 0u64..=1_000_000_000_000,
                prefix in prop::sample::select(vec!["", "Rp", "Rp ", "rp. ", "IDR "]),
            ) {
                let whole = i64::try_from(n).unwrap_or(i64::MAX);
                prop_assert_eq!(parse_rupiah(&format!("{prefix}{}", with_dots(n))), Ok(rp(whole)));
                prop_assert_eq!(parse_rupiah(&format!("{prefix}{n}")), Ok(rp(whole)));
            }
        }
    }

    mod count {
        use super::*;

        #[test]
        fn table() {
            use InputError::*;
            let cases: &[Row<u32>] = &[
                ("12", Ok(12), "plain"),
                (" 12 ", Ok(12), "padded"),
                ("0", Ok(0), "zero"),
                ("007", Ok(7), "leading zeros"),
                ("1.000", Ok(1_000), "dot thousands"),
                ("1 000", Ok(1_000), "space thousands"),
                ("1.000.000", Ok(1_000_000), "maximum"),
                ("1000000", Ok(1_000_000), "maximum plain"),
                ("1.000.001", Err(COUNT_TOO_LARGE), "one above maximum"),
                ("4294967296", Err(COUNT_TOO_LARGE), "above u32"),
                (
                    "99999999999999999999999999999999",
                    Err(COUNT_TOO_LARGE),
                    "huge",
                ),
                ("12,", Ok(12), "trailing comma while typing"),
                ("12,0", Err(NotWholeCount), "a comma fraction, even zero"),
                ("2,5", Err(NotWholeCount), "comma fraction"),
                ("2.5", Err(NotWholeCount), "dot fraction"),
                ("2.50", Err(NotWholeCount), "two-digit dot fraction"),
                ("-3", Err(Negative), "negative"),
                ("-2,5", Err(Negative), "negative fraction"),
                ("-0", Ok(0), "minus zero"),
                ("", Err(Empty), "empty"),
                ("  ", Err(Empty), "whitespace"),
                ("12.34.567", Err(NotANumber), "bad grouping"),
                ("1.5.000", Err(NotANumber), "bad grouping with dots"),
                ("abc", Err(NotANumber), "letters"),
                ("12 orang", Err(NotANumber), "trailing word"),
                ("Rp12", Err(NotANumber), "money prefix"),
                ("1 rb", Err(NotANumber), "no units for counts"),
                ("٣", Err(NotANumber), "Arabic-Indic digit"),
                ("👩‍🌾", Err(NotANumber), "emoji"),
            ];
            for (input, expected, why) in cases {
                assert_eq!(&parse_count(input), expected, "{why}: {input:?}");
            }
        }

        #[test]
        fn optional_table() {
            let cases: &[Row<Option<u32>>] = &[
                ("", Ok(None), "empty"),
                ("\u{a0}", Ok(None), "non-breaking space"),
                ("3", Ok(Some(3)), "a value"),
                (
                    "2,5",
                    Err(InputError::NotWholeCount),
                    "fraction still rejected",
                ),
            ];
            for (input, expected, why) in cases {
                assert_eq!(&parse_optional_count(input), expected, "{why}: {input:?}");
            }
        }

        proptest! {
            #[test]
            fn never_panics(s in ".*") {
                let _ = parse_count(&s);
            }

            #[test]
            fn accepts_every_count_in_range(n in 0u32..=MAX_COUNT) {
                prop_assert_eq!(parse_count(&n.to_string()), Ok(n));
                prop_assert_eq!(parse_count(&with_dots(u64::from(n))), Ok(n));
            }

            #[test]
            fn rejects_every_count_above_range(n in (MAX_COUNT + 1)..=u32::MAX) {
                prop_assert_eq!(parse_count(&n.to_string()), Err(COUNT_TOO_LARGE));
            }
        }
    }

    mod decimal_in_range {
        use super::*;

        #[test]
        fn table() {
            use InputError::*;
            let (lo, hi) = (dec!(0), dec!(100));
            let range = OutOfRange { min: lo, max: hi };
            let cases: &[Row<Decimal>] = &[
                ("3,6", Ok(dec!(3.6)), "comma decimal"),
                ("3.6", Ok(dec!(3.6)), "dot decimal"),
                (" 0,24 ", Ok(dec!(0.24)), "padded"),
                ("0", Ok(dec!(0)), "zero (minimum)"),
                ("100", Ok(dec!(100)), "maximum"),
                ("100,0", Ok(dec!(100)), "maximum with a zero decimal"),
                ("1.000", Ok(dec!(1)), "dot is decimal here, never grouping"),
                (
                    "0,123456789",
                    Ok(dec!(0.123456789)),
                    "many decimals are fine",
                ),
                ("100,01", Err(range.clone()), "above maximum"),
                (
                    "99999999999999999999999999999999999",
                    Err(range.clone()),
                    "huge",
                ),
                (
                    "0,00000000000000000000000000001",
                    Err(TooManyDecimals),
                    "beyond Decimal precision",
                ),
                ("-1", Err(Negative), "negative when minimum is zero"),
                ("-0", Ok(dec!(0)), "minus zero"),
                ("", Err(Empty), "empty"),
                ("   ", Err(Empty), "whitespace"),
                ("3,6,1", Err(NotANumber), "two separators"),
                ("3.6,1", Err(NotANumber), "mixed separators"),
                (",5", Err(NotANumber), "no whole part"),
                ("3,6 %", Err(NotANumber), "percent sign is the UI's job"),
                ("abc", Err(NotANumber), "letters"),
                ("٣", Err(NotANumber), "Arabic-Indic digit"),
                ("🙂", Err(NotANumber), "emoji"),
            ];
            for (input, expected, why) in cases {
                assert_eq!(
                    &parse_decimal_in_range(input, lo, hi),
                    expected,
                    "{why}: {input:?}"
                );
            }
        }

        #[test]
        fn negative_range_reports_out_of_range() {
            let (lo, hi) = (dec!(-10), dec!(10));
            assert_eq!(parse_decimal_in_range("-2,5", lo, hi), Ok(dec!(-2.5)));
            assert_eq!(
                parse_decimal_in_range("-11", lo, hi),
                Err(InputError::OutOfRange { min: lo, max: hi })
            );
        }

        #[test]
        fn positive_minimum_reports_out_of_range() {
            let (lo, hi) = (dec!(1), dec!(5));
            assert_eq!(
                parse_decimal_in_range("0,5", lo, hi),
                Err(InputError::OutOfRange { min: lo, max: hi })
            );
        }

        proptest! {
            #[test]
            fn never_panics(s in ".*") {
                let _ = parse_decimal_in_range(&s, Decimal::MIN, Decimal::MAX);
            }
        }
    }
}

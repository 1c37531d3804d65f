//! Amounts in words: *terbilang* in Indonesian, and English words, as a RAB and a printed
//! sheet write the total ("dua juta empat ratus ... rupiah").

use crate::calc::money::Rupiah;

/// The whole rupiah of `amount`, rounded half up, as sign and digits.
fn whole(amount: Rupiah) -> (bool, u128) {
    let rounded = amount.round_rupiah().amount();
    (
        rounded.is_sign_negative(),
        rounded.mantissa().unsigned_abs() / 10u128.pow(rounded.scale().min(38)),
    )
}

/// Money in Indonesian words, rounded half up to the rupiah: `seribu rupiah`.
#[must_use]
pub fn indonesian(amount: Rupiah) -> String {
    let (negative, n) = whole(amount);
    let mut words = Vec::new();
    if n == 0 {
        words.push("nol");
    } else {
        if negative {
            words.push("minus");
        }
        id_words(n, &mut words);
    }
    words.push("rupiah");
    words.join(" ")
}

/// Money in English words, rounded half up to the rupiah: `one thousand rupiah`.
#[must_use]
pub fn english(amount: Rupiah) -> String {
    let (negative, n) = whole(amount);
    let mut words = Vec::new();
    if n == 0 {
        words.push("zero".to_owned());
    } else {
        if negative {
            words.push("minus".to_owned());
        }
        en_words(n, &mut words);
    }
    words.push("rupiah".to_owned());
    words.join(" ")
}

const THOUSAND: u128 = 1_000;
const MILLION: u128 = 1_000_000;
const BILLION: u128 = 1_000_000_000;
const TRILLION: u128 = 1_000_000_000_000;

/// Indonesian words for `n > 0`; above 999 triliun it says `seribu triliun` and so on.
fn id_words(n: u128, out: &mut Vec<&'static str>) {
    let mut rest = n;
    if rest >= TRILLION {
        id_words(rest / TRILLION, out);
        out.push("triliun");
        rest %= TRILLION;
    }
    for (size, name) in [(BILLION, "miliar"), (MILLION, "juta"), (THOUSAND, "ribu")] {
        let group = rest / size;
        rest %= size;
        match group {
            0 => {}
            // Only the thousands take the se- prefix: "seribu" but "satu juta".
            1 if size == THOUSAND => out.push("seribu"),
            g => {
                id_below_thousand(g, out);
                out.push(name);
            }
        }
    }
    id_below_thousand(rest, out);
}

/// Indonesian words for `0 < n < 1000`; nothing for zero.
fn id_below_thousand(n: u128, out: &mut Vec<&'static str>) {
    match n / 100 {
        0 => {}
        1 => out.push("seratus"),
        h => {
            out.push(id_digit(h));
            out.push("ratus");
        }
    }
    match n % 100 {
        0 => {}
        10 => out.push("sepuluh"),
        11 => out.push("sebelas"),
        t @ 12..=19 => {
            out.push(id_digit(t - 10));
            out.push("belas");
        }
        t if t < 10 => out.push(id_digit(t)),
        t => {
            out.push(id_digit(t / 10));
            out.push("puluh");
            if t % 10 != 0 {
                out.push(id_digit(t % 10));
            }
        }
    }
}

/// The Indonesian word for a digit 1–9.
fn id_digit(d: u128) -> &'static str {
    match d {
        1 => "satu",
        2 => "dua",
        3 => "tiga",
        4 => "empat",
        5 => "lima",
        6 => "enam",
        7 => "tujuh",
        8 => "delapan",
        _ => "sembilan",
    }
}

/// English words for `n > 0`; above 999 trillion it says `one thousand trillion` and so on.
fn en_words(n: u128, out: &mut Vec<String>) {
    let mut rest = n;
    if rest >= TRILLION {
        en_words(rest / TRILLION, out);
        out.push("trillion".to_owned());
        rest %= TRILLION;
    }
    for (size, name) in [
        (BILLION, "billion"),
        (MILLION, "million"),
        (THOUSAND, "thousand"),
    ] {
        let group = rest / size;
        rest %= size;
        if group > 0 {
            en_below_thousand(group, out);
            out.push(name.to_owned());
        }
    }
    en_below_thousand(rest, out);
}

/// English words for `0 < n < 1000`, tens hyphenated (`twenty-six`); nothing for zero.
fn en_below_thousand(n: u128, out: &mut Vec<String>) {
    let hundreds = n / 100;
    if hundreds > 0 {
        out.push(en_small(hundreds).to_owned());
        out.push("hundred".to_owned());
    }
    match n % 100 {
        0 => {}
        t if t < 20 => out.push(en_small(t).to_owned()),
        t if t % 10 == 0 => out.push(en_tens(t / 10).to_owned()),
        t => out.push(format!("{}-{}", en_tens(t / 10), en_small(t % 10))),
    }
}

/// The English word for 1–19.
fn en_small(n: u128) -> &'static str {
    match n {
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        7 => "seven",
        8 => "eight",
        9 => "nine",
        10 => "ten",
        11 => "eleven",
        12 => "twelve",
        13 => "thirteen",
        14 => "fourteen",
        15 => "fifteen",
        16 => "sixteen",
        17 => "seventeen",
        18 => "eighteen",
        _ => "nineteen",
    }
}

/// The English word for 2–9 tens.
fn en_tens(t: u128) -> &'static str {
    match t {
        2 => "twenty",
        3 => "thirty",
        4 => "forty",
        5 => "fifty",
        6 => "sixty",
        7 => "seventy",
        8 => "eighty",
        _ => "ninety",
    }
}

//! The two languages the tool speaks, and number formatting in each.
//! Indonesian is the default; English is for visitors and donors.

use super::format::{self, NumberStyle};
use super::words;
use crate::calc::money::Rupiah;
use crate::calc::period::MONTHS_IN_YEAR;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A user-interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Bahasa Indonesia.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code, for the `lang` attribute.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// How this language writes numbers.
    #[must_use]
    pub const fn numbers(self) -> &'static NumberStyle {
        match self {
            Lang::Id => &format::INDONESIAN,
            Lang::En => &format::ENGLISH,
        }
    }

    /// `Rp2.426.640` or `Rp2,426,640`.
    #[must_use]
    pub fn rupiah(self, amount: Rupiah) -> String {
        self.numbers().rupiah(amount)
    }

    /// `Rp42 juta` or `Rp42 million`.
    #[must_use]
    pub fn short_rupiah(self, amount: Rupiah) -> String {
        self.numbers().short_rupiah(amount)
    }

    /// An amount in words: terbilang, or English words.
    #[must_use]
    pub fn words(self, amount: Rupiah) -> String {
        match self {
            Lang::Id => words::indonesian(amount),
            Lang::En => words::english(amount),
        }
    }

    /// A fraction as a percentage: `12,5 %` or `12.5%`.
    #[must_use]
    pub fn percent(self, fraction: Decimal, max_decimals: u32) -> String {
        self.numbers().percent(fraction, max_decimals)
    }

    /// A share as a percentage, or a dash where it cannot be worked out (no ADD, no
    /// population given).
    #[must_use]
    pub fn share_or_dash(self, fraction: Option<Decimal>, max_decimals: u32) -> String {
        fraction.map_or_else(|| "–".to_string(), |f| self.percent(f, max_decimals))
    }

    /// A number with grouping: `1.234,5` or `1,234.5`.
    #[must_use]
    pub fn number(self, n: Decimal, max_decimals: u32) -> String {
        self.numbers().number(n, max_decimals)
    }

    /// A head count: `1.000` or `1,000`.
    #[must_use]
    pub fn count(self, n: impl Into<u64>) -> String {
        self.numbers().count(n.into())
    }
}

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Lang {
    /// Full name of month 1..=12 ("" outside that range).
    #[must_use]
    pub fn month_name(self, month: u8) -> &'static str {
        let names = match self {
            Lang::Id => &MONTHS_ID,
            Lang::En => &MONTHS_EN,
        };
        usize::from(month)
            .checked_sub(1)
            .and_then(|i| names.get(i))
            .copied()
            .unwrap_or("")
    }

    /// A day as offices write it: "6 Desember 2026", "6 December 2026".
    #[must_use]
    pub fn date(self, d: crate::calc::period::Date) -> String {
        format!("{} {} {}", d.day, self.month_name(d.month), d.year)
    }

    /// Three-letter month name ("Agu", "Aug").
    #[must_use]
    pub fn month_short(self, month: u8) -> String {
        self.month_name(month).chars().take(3).collect()
    }

    /// The heading of a figure over the months costed: "Setahun anggaran" / "Budget year"
    /// for all twelve, else "6 bulan" / "6 months", so a part year never reads as a year.
    #[must_use]
    pub fn period_heading(self, months: u8) -> String {
        let t = self.formula();
        if months >= MONTHS_IN_YEAR {
            t.budget_year.to_string()
        } else {
            (t.months_heading)(months)
        }
    }

    /// The same label after a figure or a noun: "setahun anggaran" / "for the budget year",
    /// else "6 bulan" / "for 6 months".
    #[must_use]
    pub fn period_phrase(self, months: u8) -> String {
        let t = self.formula();
        if months >= MONTHS_IN_YEAR {
            t.for_budget_year.to_string()
        } else {
            (t.months_phrase)(months)
        }
    }

    /// A rate inside a sentence of the explanations, with a space before the sign in both
    /// languages ("3,7 %", "3.7 %"), as those sentences have always been written; a figure
    /// on its own uses `percent`.
    #[must_use]
    pub fn prose_percent(self, fraction: Decimal) -> String {
        self.numbers().prose_percent(fraction)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_reads_as_a_percentage_or_a_dash() {
        let share = Some(Decimal::new(676, 4));
        assert_eq!(Lang::Id.share_or_dash(share, 2), "6,76 %");
        assert_eq!(Lang::En.share_or_dash(share, 2), "6.76%");
        assert_eq!(Lang::Id.share_or_dash(None, 2), "–");
    }

    #[test]
    fn a_part_year_is_labelled_by_its_months_not_as_a_year() {
        let cases = [
            (
                12,
                "Setahun anggaran",
                "setahun anggaran",
                "Budget year",
                "for the budget year",
            ),
            (11, "11 bulan", "11 bulan", "11 months", "for 11 months"),
            (6, "6 bulan", "6 bulan", "6 months", "for 6 months"),
            (1, "1 bulan", "1 bulan", "1 month", "for 1 month"),
        ];
        for (months, id_head, id_phrase, en_head, en_phrase) in cases {
            assert_eq!(Lang::Id.period_heading(months), id_head);
            assert_eq!(Lang::Id.period_phrase(months), id_phrase);
            assert_eq!(Lang::En.period_heading(months), en_head);
            assert_eq!(Lang::En.period_phrase(months), en_phrase);
        }
    }
}

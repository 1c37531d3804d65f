//! Months and the budget period: which months of the budget year are costed (RULES.md §3).

use serde::{Deserialize, Serialize};

/// Months in a budget year (Indonesia's fiscal year is the calendar year).
pub const MONTHS_IN_YEAR: u8 = 12;

/// A calendar month of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct YearMonth {
    /// Calendar year.
    pub year: i32,
    /// Month, 1 (January) to 12 (December).
    pub month: u8,
}

impl YearMonth {
    /// A month; `month` must be 1..=12 (callers validate user input first).
    #[must_use]
    pub const fn new(year: i32, month: u8) -> Self {
        YearMonth { year, month }
    }

    /// The month after this one.
    #[must_use]
    pub const fn next(self) -> Self {
        if self.month >= 12 {
            YearMonth::new(self.year.saturating_add(1), 1)
        } else {
            YearMonth::new(self.year, self.month + 1)
        }
    }
}

/// A calendar day: today's date as the browser gives it, or the date the rules were checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Calendar year.
    pub year: i32,
    /// Month, 1 (January) to 12 (December).
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

/// A moment of the user's local clock, to the minute: when a sheet was printed or work
/// was kept before a link replaced it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    /// The day.
    pub date: Date,
    /// Hour, 0 to 23.
    pub hour: u8,
    /// Minute, 0 to 59.
    pub minute: u8,
}

impl Date {
    /// A day; callers pass a real date (the browser's clock or a constant).
    #[must_use]
    pub const fn new(year: i32, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    /// The month this day falls in.
    #[must_use]
    pub const fn month(self) -> YearMonth {
        YearMonth::new(self.year, self.month)
    }
}

/// Month from which a new plan opens on next year's budget: the APBDes for year Y+1 is
/// drafted from October to 31 December of year Y (RULES.md §3, ASSUMPTION).
pub const NEXT_BUDGET_FROM_MONTH: u8 = 10;

/// The budget year a new plan opens on, on `today`: next year from 1 October, this year
/// before that (RULES.md §3, "Which budget year a new plan opens on").
#[must_use]
pub const fn opening_year(today: Date) -> i32 {
    if today.month >= NEXT_BUDGET_FROM_MONTH {
        today.year.saturating_add(1)
    } else {
        today.year
    }
}

/// The months of one budget year that a plan pays for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetPeriod {
    /// The budget (calendar) year.
    pub year: i32,
    /// First month covered, 1..=12.
    pub first_month: u8,
    /// Number of months covered, 1..=12, not past December.
    pub months: u8,
}

impl BudgetPeriod {
    /// The whole budget year.
    #[must_use]
    pub const fn full_year(year: i32) -> Self {
        BudgetPeriod {
            year,
            first_month: 1,
            months: 12,
        }
    }

    /// True when the period lies inside its budget year and covers at least one month.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        (1..=12).contains(&self.first_month)
            && (1..=12).contains(&self.months)
            && u16::from(self.first_month) + u16::from(self.months) <= 13
    }

    /// The months covered, in order (empty when the period is invalid).
    pub fn months(&self) -> impl Iterator<Item = YearMonth> {
        let count = if self.is_valid() { self.months } else { 0 };
        let first = YearMonth::new(self.year, self.first_month);
        std::iter::successors(Some(first), |m| Some(m.next())).take(usize::from(count))
    }

    /// Most months a period starting in `first_month` can cover inside its budget year.
    #[must_use]
    pub const fn months_left_from(first_month: u8) -> u8 {
        // clamp is not const: the same by hand.
        let first = if first_month < 1 {
            1
        } else if first_month > 12 {
            12
        } else {
            first_month
        };
        13 - first
    }

    /// The last month covered.
    #[must_use]
    pub fn last(&self) -> YearMonth {
        YearMonth::new(
            self.year,
            self.first_month
                .saturating_add(self.months)
                .saturating_sub(1)
                .clamp(1, 12),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_plan_opens_on_next_year_from_the_first_of_october() {
        let cases = [
            (Date::new(2026, 9, 30), 2026),
            (Date::new(2026, 10, 1), 2027),
            (Date::new(2026, 12, 6), 2027),
            (Date::new(2026, 12, 31), 2027),
            (Date::new(2027, 1, 1), 2027),
        ];
        for (today, year) in cases {
            assert_eq!(opening_year(today), year, "{today:?}");
        }
    }

    #[test]
    fn months_left_run_to_december() {
        assert_eq!(BudgetPeriod::months_left_from(1), 12);
        assert_eq!(BudgetPeriod::months_left_from(8), 5);
        assert_eq!(BudgetPeriod::months_left_from(12), 1);
        assert_eq!(BudgetPeriod::months_left_from(0), 12);
        assert_eq!(BudgetPeriod::months_left_from(200), 1);
    }

    #[test]
    fn full_year_has_twelve_months_january_to_december() {
        let months: Vec<_> = BudgetPeriod::full_year(2026).months().collect();
        assert_eq!(months.len(), 12);
        assert_eq!(months[0], YearMonth::new(2026, 1));
        assert_eq!(months[11], YearMonth::new(2026, 12));
    }

    #[test]
    fn period_cannot_run_past_december() {
        assert!(BudgetPeriod {
            year: 2026,
            first_month: 8,
            months: 5
        }
        .is_valid());
        assert!(!BudgetPeriod {
            year: 2026,
            first_month: 8,
            months: 6
        }
        .is_valid());
        assert!(!BudgetPeriod {
            year: 2026,
            first_month: 0,
            months: 1
        }
        .is_valid());
        assert_eq!(
            BudgetPeriod {
                year: 2026,
                first_month: 8,
                months: 6
            }
            .months()
            .count(),
            0
        );
    }

    #[test]
    fn last_month_of_a_mid_year_start() {
        assert_eq!(
            BudgetPeriod {
                year: 2024,
                first_month: 8,
                months: 5
            }
            .last(),
            YearMonth::new(2024, 12)
        );
    }
}

//! The plan: everything the user entered, the edits they make to it, and the checks
//! that keep any plan (typed, linked or loaded) inside what the core can cost.

use super::benefit::DEFAULT_DEATH_RATE_PER_MILLE;
use super::budget::{BudgetFigure, BudgetInputs};
use super::category::{
    default_categories, Category, CategoryId, CategoryKind, FundingSource, Scheme,
};
use super::money::Rupiah;
use super::period::{opening_year, BudgetPeriod, Date};
use super::place::Place;
use super::rates::{RiskClass, Sector};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// The largest money amount accepted: Rp1.000.000.000.000 (one trillion rupiah).
pub const MAX_AMOUNT: Rupiah = Rupiah::from_decimal(dec!(1_000_000_000_000));

/// The largest count (of people or months) accepted.
pub const MAX_COUNT: u32 = 1_000_000;

/// Most categories a plan may hold.
pub const MAX_CATEGORIES: usize = 30;
/// Longest village, category or place name, in characters (one limit, written in `place`).
pub const MAX_NAME_CHARS: usize = super::place::MAX_NAME_CHARS;
/// Longest account code, in characters.
pub const MAX_CODE_CHARS: usize = 30;
/// Budget years the tool accepts.
pub const YEARS: std::ops::RangeInclusive<i32> = 2020..=2035;
/// Highest age accepted for a category's oldest member.
pub const MAX_AGE: u8 = 120;
/// Years a program may have started in (BPJS Ketenagakerjaan's forerunner Jamsostek began in 1977).
pub const INSURED_SINCE_YEARS: std::ops::RangeInclusive<i32> = 1977..=2035;
/// Highest death rate accepted, per 1,000 a year.
pub const MAX_DEATH_RATE_PER_MILLE: Decimal = dec!(1000);

/// Everything the user entered for one scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Village name (optional, shown on documents).
    #[serde(default)]
    pub village: String,
    /// Budget year and months covered.
    pub period: BudgetPeriod,
    /// ADD, belanja and the other budget figures.
    #[serde(default)]
    pub budget: BudgetInputs,
    /// Annual death rate per 1,000 insured (ASSUMPTION, editable).
    pub death_rate_per_mille: Decimal,
    /// Cost BPU premiums with the PP 50/2025 adjustment (ASSUMPTION: off for APBDes budgets).
    #[serde(default)]
    pub apply_adjustment: bool,
    /// The worker categories.
    pub categories: Vec<Category>,
    /// Year the village's workers were first insured, when given (scholarship rule, §7).
    #[serde(default)]
    pub insured_since: Option<i32>,
    /// The village as picked from Kemendagri's registry ("Pilih desa"), when it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
}

impl Default for Plan {
    fn default() -> Self {
        Plan::for_year(2026)
    }
}

impl Plan {
    /// The default plan for a budget year: RULES.md §2 categories, January to December.
    #[must_use]
    pub fn for_year(year: i32) -> Self {
        Plan {
            village: String::new(),
            period: BudgetPeriod::full_year(year),
            budget: BudgetInputs::default(),
            death_rate_per_mille: DEFAULT_DEATH_RATE_PER_MILLE,
            apply_adjustment: false,
            categories: default_categories(),
            insured_since: None,
            place: None,
        }
    }

    /// The plan a new visit opens on `today`: the default categories for the budget year
    /// being planned then (RULES.md §3), within the years the tool accepts.
    #[must_use]
    pub fn opening_on(today: Date) -> Self {
        Plan::for_year(opening_year(today).clamp(*YEARS.start(), *YEARS.end()))
    }

    /// Checks that the plan is within the limits the core costs; the first problem found.
    pub fn check(&self) -> Result<(), PlanError> {
        if !YEARS.contains(&self.period.year) {
            return Err(PlanError::YearOutOfRange);
        }
        if !self.period.is_valid() {
            return Err(PlanError::InvalidPeriod);
        }
        if over_chars(&self.village, MAX_NAME_CHARS) {
            return Err(PlanError::NameTooLong { category: None });
        }
        if self.death_rate_per_mille < Decimal::ZERO
            || self.death_rate_per_mille > MAX_DEATH_RATE_PER_MILLE
        {
            return Err(PlanError::DeathRateOutOfRange);
        }
        if self
            .insured_since
            .is_some_and(|y| !INSURED_SINCE_YEARS.contains(&y))
        {
            return Err(PlanError::InsuredSinceOutOfRange);
        }
        if self.place.as_ref().is_some_and(|p| !p.is_valid()) {
            return Err(PlanError::PlaceInvalid);
        }
        for amount in BudgetFigure::ALL
            .into_iter()
            .filter_map(|f| self.budget.get(f))
        {
            check_amount(amount, None)?;
        }
        if self.categories.len() > MAX_CATEGORIES {
            return Err(PlanError::TooManyCategories);
        }
        for (i, c) in self.categories.iter().enumerate() {
            let at = Some(i);
            if c.insured > MAX_COUNT || c.population.is_some_and(|p| p > MAX_COUNT) {
                return Err(PlanError::CountOutOfRange { category: i });
            }
            check_amount(c.base, at)?;
            if over_chars(&c.name, MAX_NAME_CHARS) {
                return Err(PlanError::NameTooLong { category: at });
            }
            if over_chars(&c.account_code, MAX_CODE_CHARS) {
                return Err(PlanError::CodeTooLong { category: i });
            }
            if c.oldest_age.is_some_and(|a| a > MAX_AGE) {
                return Err(PlanError::AgeOutOfRange { category: i });
            }
        }
        Ok(())
    }

    /// The position of the category with this id, if the plan still holds it.
    #[must_use]
    pub fn position_of(&self, id: CategoryId) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }

    /// Gives every category a new id: a plan put in place of another (preset, link, file)
    /// is a new set of cards, even when it came from a clone of the one it replaces.
    pub fn renew_ids(&mut self) {
        for c in &mut self.categories {
            c.id = CategoryId::fresh();
        }
    }

    /// Applies one edit, with its knock-on edits (a scheme switch resets the base; a later
    /// first month shortens the months covered); edits that would break a limit are
    /// clamped to it.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetVillage(name) => self.village = truncate(name, MAX_NAME_CHARS),
            Action::SetYear(year) => self.period.year = year.clamp(*YEARS.start(), *YEARS.end()),
            Action::SetFirstMonth(m) => {
                self.period.first_month = m.clamp(1, 12);
                let left = BudgetPeriod::months_left_from(self.period.first_month);
                self.period.months = self.period.months.min(left);
            }
            Action::SetMonths(n) => {
                self.period.months =
                    n.clamp(1, BudgetPeriod::months_left_from(self.period.first_month))
            }
            Action::SetBudgetFigure(figure, amount) => {
                *self.budget.get_mut(figure) = amount.map(|a| a.max(Rupiah::ZERO).min(MAX_AMOUNT));
            }
            Action::SetInsuredSince(year) => {
                self.insured_since =
                    year.map(|y| y.clamp(*INSURED_SINCE_YEARS.start(), *INSURED_SINCE_YEARS.end()));
            }
            Action::SetDeathRate(rate) => {
                self.death_rate_per_mille = rate.clamp(Decimal::ZERO, MAX_DEATH_RATE_PER_MILLE);
            }
            Action::SetApplyAdjustment(on) => self.apply_adjustment = on,
            Action::SetPlace(place) => {
                // Picked from the registry: its name becomes the village's (still editable).
                if let Some(p) = &place {
                    self.village = truncate(p.desa.clone(), MAX_NAME_CHARS);
                }
                self.place = place.filter(Place::is_valid);
            }
            Action::AddCategory(kind) => {
                if self.categories.len() < MAX_CATEGORIES {
                    self.categories.push(Category::new(kind, 0));
                }
            }
            Action::RemoveCategory(id) => self.categories.retain(|c| c.id != id),
            Action::Edit(id, edit) => {
                if let Some(c) = self.categories.iter_mut().find(|c| c.id == id) {
                    edit.apply_to(c);
                }
            }
        }
    }
}

fn truncate(text: String, max: usize) -> String {
    if text.chars().count() > max {
        text.chars().take(max).collect()
    } else {
        text
    }
}

/// True when `text` has more than `max` characters (a text of no more bytes has not: the rekap
/// checks tens of thousands of names, nearly all short).
fn over_chars(text: &str, max: usize) -> bool {
    text.len() > max && text.chars().count() > max
}

fn check_amount(amount: Rupiah, category: Option<usize>) -> Result<(), PlanError> {
    if amount.is_negative() || amount > MAX_AMOUNT {
        Err(PlanError::AmountOutOfRange { category })
    } else {
        Ok(())
    }
}

/// Why a plan cannot be costed; the UI words each per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// The budget year is outside the years the tool accepts.
    YearOutOfRange,
    /// The months covered do not fit in the budget year.
    InvalidPeriod,
    /// The death rate is below 0 or above 1,000 per 1,000.
    DeathRateOutOfRange,
    /// An amount is negative or above Rp1.000.000.000.000 (`None`: a budget figure).
    AmountOutOfRange {
        /// Category index, or None for a budget figure.
        category: Option<usize>,
    },
    /// A head count is above 1,000,000.
    CountOutOfRange {
        /// Category index.
        category: usize,
    },
    /// More categories than the tool holds.
    TooManyCategories,
    /// A name is longer than 80 characters.
    NameTooLong {
        /// Category index, or None for the village name.
        category: Option<usize>,
    },
    /// An account code is longer than 30 characters.
    CodeTooLong {
        /// Category index.
        category: usize,
    },
    /// An oldest member's age above [`MAX_AGE`].
    AgeOutOfRange {
        /// Category index.
        category: usize,
    },
    /// The program's first year is outside [`INSURED_SINCE_YEARS`].
    InsuredSinceOutOfRange,
    /// The picked village's code is not a desa code, or a name of it is blank or too long.
    PlaceInvalid,
}

/// One edit the user makes; the UI only dispatches these.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Village name.
    SetVillage(String),
    /// Budget year.
    SetYear(i32),
    /// First month covered.
    SetFirstMonth(u8),
    /// Number of months covered.
    SetMonths(u8),
    /// One budget figure (None: not given).
    SetBudgetFigure(BudgetFigure, Option<Rupiah>),
    /// Death rate per 1,000 a year.
    SetDeathRate(Decimal),
    /// PP 50/2025 switch.
    SetApplyAdjustment(bool),
    /// Year the workers were first insured (None: not given).
    SetInsuredSince(Option<i32>),
    /// The village picked from the registry (None: forget it; the typed name stays).
    SetPlace(Option<Place>),
    /// Add a category of this kind with no people yet.
    AddCategory(CategoryKind),
    /// Remove the category with this id (none: it is already gone). By id, not position, so
    /// an edit made while another card goes never lands on the wrong category.
    RemoveCategory(CategoryId),
    /// Change one field of the category with this id (none: it is gone, nothing changes).
    Edit(CategoryId, CategoryEdit),
}

/// A change to one field of a category.
#[derive(Clone, Debug, PartialEq)]
pub enum CategoryEdit {
    /// Name.
    Name(String),
    /// People insured.
    Insured(u32),
    /// Total people in the category.
    Population(Option<u32>),
    /// Scheme; switching resets the base to the kind's default for that scheme.
    Scheme(Scheme),
    /// Wage or declared income.
    Base(Rupiah),
    /// JHT on or off.
    Jht(bool),
    /// JP on or off.
    Jp(bool),
    /// JKK risk class.
    RiskClass(RiskClass),
    /// Funding source.
    Funding(FundingSource),
    /// Sector.
    Sector(Sector),
    /// Account code.
    AccountCode(String),
    /// Oldest member's age at enrolment (None: not given).
    OldestAge(Option<u8>),
}

impl CategoryEdit {
    fn apply_to(self, c: &mut Category) {
        match self {
            CategoryEdit::Name(n) => c.name = truncate(n, MAX_NAME_CHARS),
            CategoryEdit::Insured(n) => c.insured = n.min(MAX_COUNT),
            CategoryEdit::Population(n) => c.population = n.map(|n| n.min(MAX_COUNT)),
            CategoryEdit::Scheme(s) => c.switch_scheme(s),
            CategoryEdit::Base(b) => c.base = b.max(Rupiah::ZERO).min(MAX_AMOUNT),
            CategoryEdit::Jht(on) => c.jht = on,
            CategoryEdit::Jp(on) => c.jp = on,
            CategoryEdit::RiskClass(r) => c.risk_class = r,
            CategoryEdit::Funding(f) => c.funding = f,
            CategoryEdit::Sector(s) => c.sector = s,
            CategoryEdit::AccountCode(code) => c.account_code = truncate(code, MAX_CODE_CHARS),
            CategoryEdit::OldestAge(age) => c.oldest_age = age.map(|a| a.min(MAX_AGE)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_plan_is_valid() {
        assert_eq!(Plan::default().check(), Ok(()));
    }

    #[test]
    fn a_new_plan_opens_on_the_year_being_planned_within_the_accepted_years() {
        let year = |y, m, d| Plan::opening_on(Date::new(y, m, d)).period;
        assert_eq!(year(2026, 9, 30), BudgetPeriod::full_year(2026));
        assert_eq!(year(2026, 10, 1), BudgetPeriod::full_year(2027));
        assert_eq!(year(2026, 12, 31), BudgetPeriod::full_year(2027));
        assert_eq!(year(2027, 1, 1), BudgetPeriod::full_year(2027));
        // A clock far off still gives a plan the core accepts.
        assert_eq!(year(2099, 11, 1).year, *YEARS.end());
        assert_eq!(year(1970, 1, 1).year, *YEARS.start());
    }

    #[test]
    fn changing_first_month_keeps_the_period_inside_the_year() {
        let mut p = Plan::default();
        p.apply(Action::SetFirstMonth(8));
        assert_eq!((p.period.first_month, p.period.months), (8, 5));
        p.apply(Action::SetMonths(12));
        assert_eq!(p.period.months, 5);
        assert_eq!(p.check(), Ok(()));
    }

    #[test]
    fn add_edit_and_remove_a_category() {
        let mut p = Plan::default();
        p.apply(Action::AddCategory(CategoryKind::Lainnya));
        let last = p.categories.len() - 1;
        p.apply(Action::Edit(
            p.categories[last].id,
            CategoryEdit::Name("Guru PAUD".into()),
        ));
        p.apply(Action::Edit(
            p.categories[last].id,
            CategoryEdit::Insured(4),
        ));
        assert_eq!(p.categories[last].name, "Guru PAUD");
        assert_eq!(p.categories[last].insured, 4);
        p.apply(Action::RemoveCategory(p.categories[last].id));
        assert_eq!(p.categories.len(), 7);
        p.apply(Action::RemoveCategory(CategoryId::fresh()));
        assert_eq!(p.categories.len(), 7);
    }

    #[test]
    fn an_edit_after_a_removal_above_changes_the_category_it_names() {
        let mut p = Plan::default();
        let (first, third) = (p.categories[0].id, p.categories[2].id);
        let (second_before, third_name) = (p.categories[1].clone(), p.categories[2].name.clone());
        // The edit was made on the third card while the first one went.
        p.apply(Action::RemoveCategory(first));
        p.apply(Action::Edit(third, CategoryEdit::Insured(41)));
        p.apply(Action::Edit(first, CategoryEdit::Insured(99)));
        assert_eq!(
            p.categories[0], second_before,
            "the row now at the edited position is untouched"
        );
        assert_eq!(p.categories[1].id, third);
        assert_eq!(
            (p.categories[1].insured, &p.categories[1].name),
            (41, &third_name)
        );
        assert!(
            p.categories.iter().all(|c| c.insured != 99),
            "a removed id edits nothing"
        );
    }

    #[test]
    fn switching_scheme_resets_the_base_to_the_schemes_default() {
        let mut p = Plan::default();
        p.apply(Action::Edit(
            p.categories[4].id,
            CategoryEdit::Scheme(Scheme::Pu),
        ));
        assert_eq!(p.categories[4].base, Rupiah::from_whole(2_022_200));
        p.apply(Action::Edit(
            p.categories[4].id,
            CategoryEdit::Scheme(Scheme::Bpu),
        ));
        assert_eq!(p.categories[4].base, Rupiah::from_whole(1_000_000));
    }

    #[test]
    fn budget_figures_are_clamped_as_apply_promises() {
        let mut p = Plan::default();
        let set = |f, a| Action::SetBudgetFigure(f, a);
        p.apply(set(BudgetFigure::Add, Some(Rupiah::from_whole(-5))));
        p.apply(set(
            BudgetFigure::Belanja,
            Some(MAX_AMOUNT + Rupiah::from_whole(1)),
        ));
        p.apply(set(BudgetFigure::Bengkok, None));
        p.apply(set(BudgetFigure::Siltap, Some(Rupiah::from_whole(7))));
        assert_eq!(p.budget.alokasi_dana_desa, Some(Rupiah::ZERO));
        assert_eq!(p.budget.belanja, Some(MAX_AMOUNT));
        assert_eq!(p.budget.bengkok, None);
        assert_eq!(p.budget.siltap, Some(Rupiah::from_whole(7)));
        assert_eq!(p.check(), Ok(()));
    }

    #[test]
    fn a_budget_figure_changes_only_itself() {
        let mut p = Plan::default();
        let (add, siltap) = (
            Rupiah::from_whole(900_000_000),
            Rupiah::from_whole(300_000_000),
        );
        p.apply(Action::SetBudgetFigure(BudgetFigure::Add, Some(add)));
        p.apply(Action::SetBudgetFigure(BudgetFigure::Siltap, Some(siltap)));
        p.apply(Action::SetBudgetFigure(BudgetFigure::Belanja, None));
        assert_eq!(
            p.budget,
            BudgetInputs {
                alokasi_dana_desa: Some(add),
                siltap: Some(siltap),
                ..BudgetInputs::default()
            }
        );
        p.apply(Action::SetBudgetFigure(BudgetFigure::Add, None));
        assert_eq!(p.budget.get(BudgetFigure::Add), None);
        assert_eq!(p.budget.get(BudgetFigure::Siltap), Some(siltap));
    }

    #[test]
    fn switching_scheme_back_and_forth_and_to_the_same_scheme() {
        let mut p = Plan::default();
        p.apply(Action::Edit(
            p.categories[0].id,
            CategoryEdit::Base(Rupiah::from_whole(3_000_000)),
        ));
        p.apply(Action::Edit(
            p.categories[0].id,
            CategoryEdit::Scheme(Scheme::Pu),
        ));
        assert_eq!(p.categories[0].base, Rupiah::from_whole(3_000_000));
        p.apply(Action::Edit(
            p.categories[0].id,
            CategoryEdit::Scheme(Scheme::Bpu),
        ));
        assert_eq!(p.categories[0].base, Rupiah::from_whole(1_000_000));
        p.apply(Action::Edit(
            p.categories[0].id,
            CategoryEdit::Scheme(Scheme::Pu),
        ));
        assert_eq!(p.categories[0].base, Rupiah::from_whole(2_426_640));
    }

    #[test]
    fn ids_follow_their_category_and_renewing_changes_them_all() {
        let mut p = Plan::default();
        let third = p.categories[2].id;
        p.apply(Action::RemoveCategory(p.categories[0].id));
        assert_eq!(p.position_of(third), Some(1));
        p.apply(Action::AddCategory(CategoryKind::Lainnya));
        let added = p.categories[p.categories.len() - 1].id;
        assert!(p.categories[..p.categories.len() - 1]
            .iter()
            .all(|c| c.id != added));
        let before = p.clone();
        p.renew_ids();
        assert_eq!(p, before);
        assert_eq!(p.position_of(third), None);
    }

    #[test]
    fn ages_and_start_years_are_clamped_and_checked() {
        let mut p = Plan::default();
        p.apply(Action::Edit(
            p.categories[0].id,
            CategoryEdit::OldestAge(Some(250)),
        ));
        assert_eq!(p.categories[0].oldest_age, Some(MAX_AGE));
        p.apply(Action::SetInsuredSince(Some(1900)));
        assert_eq!(p.insured_since, Some(1977));
        assert_eq!(p.check(), Ok(()));
        p.categories[0].oldest_age = Some(MAX_AGE + 1);
        assert_eq!(p.check(), Err(PlanError::AgeOutOfRange { category: 0 }));
        let p = Plan {
            insured_since: Some(2040),
            ..Plan::default()
        };
        assert_eq!(p.check(), Err(PlanError::InsuredSinceOutOfRange));
    }

    #[test]
    fn picking_a_place_names_the_village_and_a_bad_place_is_refused() {
        let bungo = Place {
            code: "15.08.02.2003".into(),
            desa: "Rantau Pandan".into(),
            kecamatan: "Rantau Pandan".into(),
            kabupaten: "Kabupaten Bungo".into(),
            provinsi: "Jambi".into(),
        };
        let mut p = Plan::default();
        p.apply(Action::SetPlace(Some(bungo.clone())));
        assert_eq!(p.village, "Rantau Pandan");
        assert_eq!(p.place.as_ref(), Some(&bungo));
        assert_eq!(p.check(), Ok(()));
        // Typing another name keeps the code; forgetting the place keeps the name.
        p.apply(Action::SetVillage("Desa Rantau Pandan".into()));
        assert_eq!(p.place.as_ref(), Some(&bungo));
        p.apply(Action::SetPlace(None));
        assert_eq!(
            (p.village.as_str(), p.place.is_none()),
            ("Desa Rantau Pandan", true)
        );
        // A place that does not check is not kept by `apply`, and refused by `check`.
        let bad = Place {
            code: "15.08".into(),
            ..bungo
        };
        p.apply(Action::SetPlace(Some(bad.clone())));
        assert_eq!(p.place, None);
        p.place = Some(bad);
        assert_eq!(p.check(), Err(PlanError::PlaceInvalid));
    }

    #[test]
    fn check_rejects_what_a_tampered_plan_could_hold() {
        let mut p = Plan::default();
        p.categories[0].insured = MAX_COUNT + 1;
        assert_eq!(p.check(), Err(PlanError::CountOutOfRange { category: 0 }));
        let mut p = Plan::default();
        p.categories[1].base = Rupiah::from_whole(-5);
        assert_eq!(
            p.check(),
            Err(PlanError::AmountOutOfRange { category: Some(1) })
        );
        let mut p = Plan::default();
        p.period.months = 13;
        assert_eq!(p.check(), Err(PlanError::InvalidPeriod));
        let p = Plan {
            death_rate_per_mille: dec!(-1),
            ..Plan::default()
        };
        assert_eq!(p.check(), Err(PlanError::DeathRateOutOfRange));
    }
}

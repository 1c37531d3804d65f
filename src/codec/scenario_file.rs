//! Scenario files (issue 5): a plan as JSON, for DPMD spreadsheets and archives.
//!
//! The format is described in `docs/scenario-format.md` and `docs/scenario.schema.json`.
//! [`to_json`] writes every field, pretty and in a fixed order. [`from_json`] walks a
//! `serde_json::Value` by hand so that it can name the path of each problem; it reports
//! **every** problem, and returns a plan only when there is none (nothing half-imported).
//! Unknown fields are ignored (spreadsheets add columns). Amounts are JSON numbers (a `.`
//! before at most two decimals) or text read as Indonesian numbers by
//! [`parse_rupiah`](super::input::parse_rupiah) (`"2.426.640"`, `"Rp2.426.640,50"`).
//! Like links, a file holds no personal data: counts, amounts, choices and place names.

use super::input::{self, InputError, MAX_AMOUNT, MAX_COUNT};
use super::share::plain_decimal;
use crate::calc::category::{Category, CategoryKind, FundingSource, Scheme};
use crate::calc::code::Coded;
use crate::calc::money::Rupiah;
use crate::calc::place::{is_desa_code, Place};
use crate::calc::plan::{
    Plan, PlanError, INSURED_SINCE_YEARS, MAX_AGE, MAX_CATEGORIES, MAX_CODE_CHARS,
    MAX_DEATH_RATE_PER_MILLE, MAX_NAME_CHARS, YEARS,
};
use crate::calc::rates::{RiskClass, Sector};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{Map, Number, Value};

/// Value of the `format` field.
pub const FORMAT: &str = "kalkulator-jamsostek-desa/scenario";
/// Value of the `version` field this build writes and reads.
pub const VERSION: u64 = 1;
/// Largest file read, in bytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;

static BOOLEANS: [&str; 4] = ["true", "false", "ya", "tidak"];
static FORMATS: [&str; 1] = [FORMAT];

/// One problem found while importing, with the field it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    /// Where: `"budget_year"`, `"categories[2].insured"`; empty for the whole file.
    pub path: String,
    /// What is wrong.
    pub problem: ImportProblemKind,
}

/// What is wrong with one field; the UI words each per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportProblemKind {
    /// The file is not JSON; where the parser stopped (1-based).
    InvalidJson {
        /// Line.
        line: usize,
        /// Column.
        column: usize,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    FileTooLarge,
    /// A required field is absent, null or blank.
    Missing,
    /// The field has the wrong JSON type (e.g. a list where a number belongs).
    WrongType,
    /// Text that is not a number.
    NotANumber,
    /// A number below zero.
    Negative,
    /// An amount above Rp1.000.000.000.000 or a count above 1,000,000.
    TooLarge,
    /// More decimals than allowed (amounts: 2, death rate: 4).
    TooManyDecimals,
    /// A count with a fraction.
    NotWhole,
    /// A number outside its range.
    OutOfRange {
        /// Smallest accepted.
        min: i64,
        /// Largest accepted.
        max: i64,
    },
    /// Text longer than allowed.
    TooLong {
        /// Most characters accepted.
        max: usize,
    },
    /// A value that is not one of the allowed words.
    UnknownValue {
        /// The words accepted.
        allowed: &'static [&'static str],
    },
    /// A `version` this build does not read (a newer app wrote it).
    UnsupportedVersion,
    /// More categories than a plan holds.
    TooManyCategories,
    /// The plan as a whole is outside the calculator's limits.
    Invalid(PlanError),
    /// Text that is not a Kemendagri desa code (`15.08.02.2003`).
    NotADesaCode,
    /// Further problems not listed one by one (the list stops at [`MAX_PROBLEMS`]).
    More {
        /// How many were not listed.
        count: usize,
    },
}

/// Most problems listed one by one; the rest are counted in one [`ImportProblemKind::More`].
pub const MAX_PROBLEMS: usize = 50;

use ImportProblemKind as Kind;

/// The plan as a pretty JSON scenario file, fields in a fixed order.
#[must_use]
pub fn to_json(plan: &Plan) -> String {
    let b = &plan.budget;
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        village: &plan.village,
        place: plan.place.as_ref(),
        budget_year: plan.period.year,
        first_month: plan.period.first_month,
        months: plan.period.months,
        alokasi_dana_desa: b.alokasi_dana_desa.map(money_json),
        total_belanja: b.belanja.map(money_json),
        bengkok: b.bengkok.map(money_json),
        siltap: b.siltap.map(money_json),
        death_rate_per_mille: decimal_json(plan.death_rate_per_mille, 4),
        apply_pp50_2025: plan.apply_adjustment,
        insured_since: plan.insured_since,
        categories: plan.categories.iter().map(CategoryOut::of).collect(),
    };
    // Serializing these plain fields cannot fail; an empty file would be read as a problem.
    let mut out = serde_json::to_string_pretty(&file).unwrap_or_default();
    out.push('\n');
    out
}

/// The file as written, field by field in the documented order (`docs/scenario-format.md`).
#[derive(serde::Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    village: &'a str,
    /// Only when picked, so that a file without one is written as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<&'a Place>,
    budget_year: i32,
    first_month: u8,
    months: u8,
    alokasi_dana_desa: Option<Number>,
    total_belanja: Option<Number>,
    bengkok: Option<Number>,
    siltap: Option<Number>,
    death_rate_per_mille: Number,
    apply_pp50_2025: bool,
    insured_since: Option<i32>,
    categories: Vec<CategoryOut<'a>>,
}

/// One category as written.
#[derive(serde::Serialize)]
struct CategoryOut<'a> {
    kind: &'static str,
    name: &'a str,
    insured: u32,
    population: Option<u32>,
    scheme: &'static str,
    base: Number,
    jht: bool,
    jp: bool,
    risk_class: &'static str,
    funding: &'static str,
    sector: &'static str,
    account_code: &'a str,
    oldest_age: Option<u8>,
}

impl<'a> CategoryOut<'a> {
    fn of(c: &'a Category) -> Self {
        CategoryOut {
            kind: c.kind.code(),
            name: &c.name,
            insured: c.insured,
            population: c.population,
            scheme: c.scheme.code(),
            base: decimal_json(c.base.amount(), 2),
            jht: c.jht,
            jp: c.jp,
            risk_class: c.risk_class.code(),
            funding: c.funding.code(),
            sector: c.sector.code(),
            account_code: &c.account_code,
            oldest_age: c.oldest_age,
        }
    }
}

fn money_json(amount: Rupiah) -> Number {
    decimal_json(amount.amount(), 2)
}

/// A decimal as a JSON number with its exact digits (serde_json keeps them: arbitrary precision).
fn decimal_json(value: Decimal, dp: u32) -> Number {
    let text = value
        .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .to_string();
    text.parse().unwrap_or_else(|_| Number::from(0))
}

/// Reads a scenario file; the plan, or every problem found with its path.
pub fn from_json(text: &str) -> Result<Plan, Vec<ImportProblem>> {
    let fail = |problem| {
        Err(vec![ImportProblem {
            path: String::new(),
            problem,
        }])
    };
    if text.len() > MAX_FILE_BYTES {
        return fail(Kind::FileTooLarge);
    }
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return fail(Kind::InvalidJson {
                line: e.line(),
                column: e.column(),
            })
        }
    };
    let Some(obj) = root.as_object() else {
        return fail(Kind::WrongType);
    };
    let mut r = Reader::default();
    match present(obj, "format") {
        None => r.report("", "format", Kind::Missing),
        Some(Value::String(s)) if s == FORMAT => {}
        Some(_) => r.report("", "format", Kind::UnknownValue { allowed: &FORMATS }),
    }
    match present(obj, "version") {
        None => r.report("", "version", Kind::Missing),
        Some(v) if v.as_u64() == Some(VERSION) => {}
        Some(Value::Number(_)) => r.report("", "version", Kind::UnsupportedVersion),
        Some(_) => r.report("", "version", Kind::WrongType),
    }
    if !r.problems.is_empty() {
        // Another format or version: its other fields may mean something else.
        return Err(r.finish());
    }
    let mut plan = Plan::for_year(2026);
    plan.categories.clear();
    plan.village = r
        .text(obj, "", "village", MAX_NAME_CHARS)
        .unwrap_or_default();
    if let Some(year) = r.read(obj, "", "budget_year", true, year) {
        plan.period.year = year;
    }
    let first = r.read(obj, "", "first_month", false, month).unwrap_or(1);
    plan.period.first_month = first;
    let last = 13 - first;
    match r.read(obj, "", "months", false, month) {
        Some(n) if n > last => r.report(
            "",
            "months",
            Kind::OutOfRange {
                min: 1,
                max: last.into(),
            },
        ),
        n => plan.period.months = n.unwrap_or(last),
    }
    let b = &mut plan.budget;
    b.alokasi_dana_desa = r.read(obj, "", "alokasi_dana_desa", false, amount);
    b.belanja = r.read(obj, "", "total_belanja", false, amount);
    b.bengkok = r.read(obj, "", "bengkok", false, amount);
    b.siltap = r.read(obj, "", "siltap", false, amount);
    if let Some(rate) = r.read(obj, "", "death_rate_per_mille", false, death_rate) {
        plan.death_rate_per_mille = rate;
    }
    plan.apply_adjustment = r
        .read(obj, "", "apply_pp50_2025", false, boolean)
        .unwrap_or(false);
    plan.insured_since = r
        .read(obj, "", "insured_since", false, |v| {
            whole_in(
                v,
                (*INSURED_SINCE_YEARS.start()).into(),
                (*INSURED_SINCE_YEARS.end()).into(),
            )
        })
        .and_then(|y| i32::try_from(y).ok());
    match present(obj, "place") {
        None => {}
        Some(Value::Object(o)) => plan.place = r.place(o),
        Some(_) => r.report("", "place", Kind::WrongType),
    }
    match obj.get("categories") {
        None | Some(Value::Null) => r.report("", "categories", Kind::Missing),
        Some(Value::Array(items)) => {
            if items.len() > MAX_CATEGORIES {
                r.report("", "categories", Kind::TooManyCategories);
            }
            for (i, item) in items.iter().enumerate() {
                let prefix = format!("categories[{i}]");
                match item.as_object() {
                    Some(o) => plan.categories.extend(r.category(o, &prefix)),
                    None => r.report(&prefix, "", Kind::WrongType),
                }
            }
        }
        Some(_) => r.report("", "categories", Kind::WrongType),
    }
    if !r.problems.is_empty() {
        return Err(r.finish());
    }
    match plan.check() {
        Ok(()) => Ok(plan),
        Err(e) => fail(Kind::Invalid(e)),
    }
}

/// The value of `key`, unless it is absent or null.
fn present<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    obj.get(key).filter(|v| !v.is_null())
}

#[derive(Default)]
struct Reader {
    problems: Vec<ImportProblem>,
    unlisted: usize,
}

impl Reader {
    /// The problems found, the ones past [`MAX_PROBLEMS`] counted in a last line.
    fn finish(mut self) -> Vec<ImportProblem> {
        if self.unlisted > 0 {
            self.problems.push(ImportProblem {
                path: String::new(),
                problem: Kind::More {
                    count: self.unlisted,
                },
            });
        }
        self.problems
    }

    fn report(&mut self, prefix: &str, key: &str, problem: Kind) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.unlisted += 1;
            return;
        }
        let path = match (prefix.is_empty(), key.is_empty()) {
            (true, _) => key.to_string(),
            (false, true) => prefix.to_string(),
            (false, false) => format!("{prefix}.{key}"),
        };
        self.problems.push(ImportProblem { path, problem });
    }

    /// The number or choice at `key`; absent, null or blank text is `None` (`Missing` if `required`).
    fn read<T>(
        &mut self,
        obj: &Map<String, Value>,
        prefix: &str,
        key: &str,
        required: bool,
        read: fn(&Value) -> Result<T, Kind>,
    ) -> Option<T> {
        let value = present(obj, key).filter(|v| v.as_str().is_none_or(|s| !s.trim().is_empty()));
        match value.map(read) {
            Some(Ok(t)) => Some(t),
            Some(Err(problem)) => {
                self.report(prefix, key, problem);
                None
            }
            None => {
                if required {
                    self.report(prefix, key, Kind::Missing);
                }
                None
            }
        }
    }

    /// The text at `key` (blank text is kept as blank); absent or null is `None`.
    fn text(
        &mut self,
        obj: &Map<String, Value>,
        prefix: &str,
        key: &str,
        max: usize,
    ) -> Option<String> {
        let problem = match present(obj, key)? {
            Value::String(s) if s.chars().count() <= max => return Some(s.clone()),
            Value::String(_) => Kind::TooLong { max },
            _ => Kind::WrongType,
        };
        self.report(prefix, key, problem);
        None
    }

    /// The picked village: a desa code and four names, each required.
    fn place(&mut self, o: &Map<String, Value>) -> Option<Place> {
        const AT: &str = "place";
        let mut text = |key: &str, max: usize| {
            let blank =
                present(o, key).is_none_or(|v| v.as_str().is_some_and(|t| t.trim().is_empty()));
            if blank {
                self.report(AT, key, Kind::Missing);
                return None;
            }
            self.text(o, AT, key, max)
        };
        let code = text("code", 20);
        let names = ["desa", "kecamatan", "kabupaten", "provinsi"].map(|k| text(k, MAX_NAME_CHARS));
        let code = code.filter(|c| {
            let ok = is_desa_code(c);
            if !ok {
                self.report(AT, "code", Kind::NotADesaCode);
            }
            ok
        })?;
        let [desa, kecamatan, kabupaten, provinsi] = names;
        Some(Place {
            code,
            desa: desa?,
            kecamatan: kecamatan?,
            kabupaten: kabupaten?,
            provinsi: provinsi?,
        })
    }

    fn category(&mut self, o: &Map<String, Value>, prefix: &str) -> Option<Category> {
        let kind = self.read(o, prefix, "kind", true, choice::<CategoryKind>);
        let insured = self.read(o, prefix, "insured", true, count);
        let mut c = Category::new(kind.unwrap_or_default(), insured.unwrap_or(0));
        c.name = self
            .text(o, prefix, "name", MAX_NAME_CHARS)
            .unwrap_or_default();
        c.population = self.read(o, prefix, "population", false, count);
        if let Some(scheme) = self.read(o, prefix, "scheme", false, choice::<Scheme>) {
            // As in the form: the other scheme's usual base, unless the file gives one.
            c.switch_scheme(scheme);
        }
        if let Some(base) = self.read(o, prefix, "base", false, amount) {
            c.base = base;
        }
        c.jht = self.read(o, prefix, "jht", false, boolean).unwrap_or(false);
        c.jp = self.read(o, prefix, "jp", false, boolean).unwrap_or(false);
        c.risk_class = self
            .read(o, prefix, "risk_class", false, choice::<RiskClass>)
            .unwrap_or_default();
        c.funding = self
            .read(o, prefix, "funding", false, choice::<FundingSource>)
            .unwrap_or_default();
        c.sector = self
            .read(o, prefix, "sector", false, choice::<Sector>)
            .unwrap_or(Sector::Other);
        if let Some(code) = self.text(o, prefix, "account_code", MAX_CODE_CHARS) {
            c.account_code = code;
        }
        c.oldest_age = self.read(o, prefix, "oldest_age", false, age);
        kind.and(insured).map(|_| c)
    }
}

/// The value of an enum whose code the field holds (codes from the one registry).
fn choice<T: Coded>(v: &Value) -> Result<T, Kind> {
    let s = v.as_str().ok_or(Kind::WrongType)?;
    T::from_code(s).ok_or(Kind::UnknownValue { allowed: T::CODES })
}

fn boolean(v: &Value) -> Result<bool, Kind> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) => match s.to_ascii_lowercase().as_str() {
            "true" | "ya" => Ok(true),
            "false" | "tidak" => Ok(false),
            _ => Err(Kind::UnknownValue { allowed: &BOOLEANS }),
        },
        _ => Err(Kind::WrongType),
    }
}

fn from_input(e: InputError) -> Kind {
    match e {
        InputError::Empty => Kind::Missing,
        InputError::NotANumber => Kind::NotANumber,
        InputError::Negative => Kind::Negative,
        InputError::TooManyDecimals => Kind::TooManyDecimals,
        InputError::TooLarge { .. } | InputError::CountTooLarge { .. } => Kind::TooLarge,
        InputError::NotWholeCount => Kind::NotWhole,
        InputError::OutOfRange { min, max } => Kind::OutOfRange {
            min: min.to_i64().unwrap_or(0),
            max: max.to_i64().unwrap_or(0),
        },
    }
}

/// A JSON number as an exact decimal with at most `max_dp` decimals (no float arithmetic).
fn json_decimal(n: &Number, max_dp: usize) -> Result<Decimal, Kind> {
    let text = n.to_string();
    let (negative, body) = match text.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, text.as_str()),
    };
    if let Some((_, exp)) = body.split_once(['e', 'E']) {
        return Err(if negative {
            Kind::Negative
        } else if exp.starts_with('-') {
            Kind::TooManyDecimals
        } else {
            Kind::TooLarge
        });
    }
    let value = plain_decimal(body, max_dp).ok_or_else(|| match body.split_once('.') {
        Some((_, frac)) if frac.trim_end_matches('0').len() > max_dp => Kind::TooManyDecimals,
        _ => Kind::TooLarge,
    })?;
    if negative && !value.is_zero() {
        return Err(Kind::Negative);
    }
    Ok(value)
}

fn amount(v: &Value) -> Result<Rupiah, Kind> {
    let value = match v {
        Value::Number(n) => json_decimal(n, 2)?,
        Value::String(s) => return input::parse_rupiah(s).map_err(from_input),
        _ => return Err(Kind::WrongType),
    };
    if value > MAX_AMOUNT.amount() {
        return Err(Kind::TooLarge);
    }
    Ok(Rupiah::from_decimal(value))
}

fn count(v: &Value) -> Result<u32, Kind> {
    let value = match v {
        Value::Number(n) => json_decimal(n, 0).map_err(|k| match k {
            Kind::TooManyDecimals => Kind::NotWhole,
            k => k,
        })?,
        Value::String(s) => return input::parse_count(s).map_err(from_input),
        _ => return Err(Kind::WrongType),
    };
    value
        .to_u32()
        .filter(|&n| n <= MAX_COUNT)
        .ok_or(Kind::TooLarge)
}

fn whole_in(v: &Value, min: i64, max: i64) -> Result<i64, Kind> {
    let range = Kind::OutOfRange { min, max };
    let n = match v {
        Value::Number(_) => count(v).map_err(|k| if k == Kind::TooLarge { range } else { k })?,
        _ => return Err(Kind::WrongType),
    };
    let n = i64::from(n);
    if n < min || n > max {
        return Err(range);
    }
    Ok(n)
}

/// An age in whole years, as a number or as spreadsheet text.
fn age(v: &Value) -> Result<u8, Kind> {
    let range = Kind::OutOfRange {
        min: 0,
        max: MAX_AGE.into(),
    };
    let n = count(v).map_err(|k| if k == Kind::TooLarge { range } else { k })?;
    u8::try_from(n).ok().filter(|&a| a <= MAX_AGE).ok_or(range)
}

fn year(v: &Value) -> Result<i32, Kind> {
    let n = whole_in(v, (*YEARS.start()).into(), (*YEARS.end()).into())?;
    i32::try_from(n).map_err(|_| Kind::TooLarge)
}

fn month(v: &Value) -> Result<u8, Kind> {
    u8::try_from(whole_in(v, 1, 12)?).map_err(|_| Kind::TooLarge)
}

fn death_rate(v: &Value) -> Result<Decimal, Kind> {
    let range = Kind::OutOfRange { min: 0, max: 1000 };
    let rate = match v {
        Value::Number(n) => {
            json_decimal(n, 4).map_err(|k| if k == Kind::TooLarge { range } else { k })?
        }
        Value::String(s) => {
            let rate = input::parse_decimal_in_range(s, Decimal::ZERO, MAX_DEATH_RATE_PER_MILLE)
                .map_err(from_input)?;
            if rate.scale() > 4 {
                return Err(Kind::TooManyDecimals);
            }
            rate
        }
        _ => return Err(Kind::WrongType),
    };
    if rate > MAX_DEATH_RATE_PER_MILLE {
        return Err(range);
    }
    Ok(rate)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The writer as it was before it went through serde: the file must stay byte for byte.
    /// The plan as a pretty JSON scenario file, fields in a fixed order.
    fn to_json_by_hand(plan: &Plan) -> String {
        let b = &plan.budget;
        let categories: Vec<String> = plan.categories.iter().map(category_json).collect();
        let categories = if categories.is_empty() {
            "[]".to_string()
        } else {
            format!("[\n    {}\n  ]", categories.join(",\n    "))
        };
        let mut out = object(
            "",
            &[
                ("format", text_json(FORMAT)),
                ("version", VERSION.to_string()),
                ("village", text_json(&plan.village)),
                ("budget_year", plan.period.year.to_string()),
                ("first_month", plan.period.first_month.to_string()),
                ("months", plan.period.months.to_string()),
                ("alokasi_dana_desa", money_json_old(b.alokasi_dana_desa)),
                ("total_belanja", money_json_old(b.belanja)),
                ("bengkok", money_json_old(b.bengkok)),
                ("siltap", money_json_old(b.siltap)),
                (
                    "death_rate_per_mille",
                    decimal_json_old(plan.death_rate_per_mille, 4),
                ),
                ("apply_pp50_2025", plan.apply_adjustment.to_string()),
                (
                    "insured_since",
                    plan.insured_since.map_or("null".into(), |y| y.to_string()),
                ),
                ("categories", categories),
            ],
        );
        out.push('\n');
        out
    }

    fn category_json(c: &Category) -> String {
        object(
            "    ",
            &[
                ("kind", text_json(c.kind.code())),
                ("name", text_json(&c.name)),
                ("insured", c.insured.to_string()),
                (
                    "population",
                    c.population.map_or("null".into(), |n| n.to_string()),
                ),
                ("scheme", text_json(c.scheme.code())),
                ("base", decimal_json_old(c.base.amount(), 2)),
                ("jht", c.jht.to_string()),
                ("jp", c.jp.to_string()),
                ("risk_class", text_json(c.risk_class.code())),
                ("funding", text_json(c.funding.code())),
                ("sector", text_json(c.sector.code())),
                ("account_code", text_json(&c.account_code)),
                (
                    "oldest_age",
                    c.oldest_age.map_or("null".into(), |a| a.to_string()),
                ),
            ],
        )
    }

    fn object(indent: &str, pairs: &[(&str, String)]) -> String {
        let mut o = String::from("{");
        for (i, (key, value)) in pairs.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            o.push('\n');
            o.push_str(indent);
            o.push_str("  \"");
            o.push_str(key);
            o.push_str("\": ");
            o.push_str(value);
        }
        o.push('\n');
        o.push_str(indent);
        o.push('}');
        o
    }

    fn text_json(text: &str) -> String {
        Value::from(text).to_string()
    }

    fn money_json_old(amount: Option<Rupiah>) -> String {
        amount.map_or("null".into(), |a| decimal_json_old(a.amount(), 2))
    }

    fn decimal_json_old(value: Decimal, dp: u32) -> String {
        value
            .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
            .normalize()
            .to_string()
    }

    #[test]
    fn the_serde_writer_writes_what_the_hand_writer_wrote() {
        let mut plans = vec![Plan::default(), Plan::for_year(2027)];
        plans.extend(crate::calc::preset::PRESETS.iter().map(|p| (p.build)()));
        let mut odd = Plan {
            village: "Desa \"Tanjung\" \\ Baru\n".into(),
            insured_since: Some(2024),
            categories: Vec::new(),
            ..Plan::default()
        };
        odd.budget.alokasi_dana_desa = Some(Rupiah::from_decimal(rust_decimal_macros::dec!(
            318397000.505
        )));
        odd.budget.belanja = Some(Rupiah::ZERO);
        plans.push(odd);
        let mut aged = Plan::default();
        aged.categories[0].oldest_age = Some(58);
        aged.categories[0].population = Some(3);
        aged.death_rate_per_mille = rust_decimal_macros::dec!(3.14159);
        plans.push(aged);
        for p in &plans {
            assert_eq!(to_json(p), to_json_by_hand(p));
        }
    }
    use crate::calc::preset::PRESETS;
    use crate::codec::share::tests::{bungo, full_plan, plan};
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    const EXAMPLE: &str = include_str!("../../docs/example-scenario.json");
    const SCHEMA: &str = include_str!("../../docs/scenario.schema.json");

    fn problems(text: &str) -> Vec<(String, Kind)> {
        match from_json(text) {
            Ok(_) => Vec::new(),
            Err(list) => list.into_iter().map(|p| (p.path, p.problem)).collect(),
        }
    }

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn with(edit: impl FnOnce(&mut Map<String, Value>)) -> String {
        let mut v = parse(EXAMPLE);
        if let Some(o) = v.as_object_mut() {
            edit(o);
        }
        v.to_string()
    }

    fn first_category(o: &mut Map<String, Value>) -> &mut Map<String, Value> {
        match o
            .get_mut("categories")
            .and_then(|c| c.get_mut(0))
            .and_then(Value::as_object_mut)
        {
            Some(c) => c,
            None => panic!("example has no category"),
        }
    }

    #[test]
    fn default_presets_and_a_full_plan_round_trip() {
        let mut plans = vec![Plan::default(), full_plan()];
        plans.extend(PRESETS.iter().map(|p| (p.build)()));
        let mut empty = Plan::default();
        empty.categories.clear();
        plans.push(empty);
        for p in plans {
            let text = to_json(&p);
            assert_eq!(from_json(&text), Ok(p), "{text}");
        }
    }

    #[test]
    fn output_is_pretty_with_fields_in_order() {
        let text = to_json(&(PRESETS[0].build)());
        let head = "{\n  \"format\": \"kalkulator-jamsostek-desa/scenario\",\n  \"version\": 1,\n  \"village\": \"\",\n  \"budget_year\": 2026,";
        assert!(text.starts_with(head), "{text}");
        assert!(text.contains("\"alokasi_dana_desa\": 318397000,"));
        assert!(text.contains(
            "\"categories\": [\n    {\n      \"kind\": \"rentan\",\n      \"name\": \"\","
        ));
        assert!(text.ends_with("\n    }\n  ]\n}\n"));
    }

    #[test]
    fn example_file_imports() {
        let p = from_json(EXAMPLE).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(p.village, "Jepatlor");
        assert_eq!(p.categories.len(), 7);
        assert_eq!(
            p.budget.alokasi_dana_desa,
            Some(Rupiah::from_whole(318_397_000))
        );
        // Written as the text "412.500.000" in the example.
        assert_eq!(p.budget.siltap, Some(Rupiah::from_whole(412_500_000)));
        assert_eq!(p.categories[1].account_code, "5.1.3.04");
        assert_eq!(
            crate::calc::calculate(&p).map(|o| o.categories.len()),
            Ok(7)
        );
    }

    #[test]
    fn three_mistakes_are_all_reported_with_their_paths() {
        let text = with(|o| {
            o.insert("budget_year".into(), Value::from("next year"));
            let c = first_category(o);
            c.insert("insured".into(), Value::from(-3));
            c.insert("scheme".into(), Value::from("PU"));
        });
        assert_eq!(
            problems(&text),
            vec![
                ("budget_year".into(), Kind::WrongType),
                ("categories[0].insured".into(), Kind::Negative),
                (
                    "categories[0].scheme".into(),
                    Kind::UnknownValue {
                        allowed: &Scheme::CODES
                    }
                ),
            ]
        );
    }

    #[test]
    fn other_versions_formats_and_broken_json_are_refused() {
        let v2 = with(|o| {
            o.insert("version".into(), Value::from(2));
        });
        assert_eq!(
            problems(&v2),
            vec![("version".into(), Kind::UnsupportedVersion)]
        );
        let other = with(|o| {
            o.insert("format".into(), Value::from("something/else"));
            o.remove("version");
        });
        assert_eq!(
            problems(&other),
            vec![
                ("format".into(), Kind::UnknownValue { allowed: &FORMATS }),
                ("version".into(), Kind::Missing),
            ]
        );
        assert_eq!(
            problems("{\n  \"format\": 1,,\n}"),
            vec![(
                String::new(),
                Kind::InvalidJson {
                    line: 2,
                    column: 15
                }
            )]
        );
        assert_eq!(problems("[1, 2]"), vec![(String::new(), Kind::WrongType)]);
        let huge = " ".repeat(MAX_FILE_BYTES + 1);
        assert_eq!(problems(&huge), vec![(String::new(), Kind::FileTooLarge)]);
    }

    #[test]
    fn spreadsheet_forms_of_numbers_are_read() {
        let text = with(|o| {
            o.insert("alokasi_dana_desa".into(), Value::from("Rp318.397.000"));
            o.insert("total_belanja".into(), Value::from(""));
            o.insert("death_rate_per_mille".into(), Value::from("2,2"));
            o.insert("apply_pp50_2025".into(), Value::from("YA"));
            o.insert("kolom_tambahan".into(), Value::from("diabaikan"));
            let c = first_category(o);
            c.insert("insured".into(), Value::from("1.000"));
            c.insert("base".into(), parse("2426640.5"));
            c.insert("population".into(), Value::from(""));
            c.insert("catatan".into(), Value::from(true));
        });
        let p = from_json(&text).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            p.budget.alokasi_dana_desa,
            Some(Rupiah::from_whole(318_397_000))
        );
        assert_eq!(p.budget.belanja, None);
        assert_eq!(p.death_rate_per_mille, dec!(2.2));
        assert!(p.apply_adjustment);
        assert_eq!(p.categories[0].insured, 1000);
        assert_eq!(p.categories[0].base, Rupiah::from_decimal(dec!(2426640.5)));
        assert_eq!(p.categories[0].population, None);
    }

    #[test]
    fn numbers_are_read_exactly_as_written_never_through_floats() {
        let raw = |field: &str, number: &str| {
            with(|_| {}).replacen(
                &format!("\"{field}\":"),
                &format!("\"{field}\":{number},\"was_{field}\":"),
                1,
            )
        };
        let first = |text: &str| problems(text).into_iter().map(|(_, k)| k).next();
        // f64 would read these as 3 and as exactly the limit.
        assert_eq!(
            first(&raw("insured", "2.9999999999999999")),
            Some(Kind::NotWhole)
        );
        assert_eq!(
            first(&raw("base", "1000000000000.00000001")),
            Some(Kind::TooManyDecimals)
        );
        assert_eq!(
            first(&raw("base", "99999999999999999999999")),
            Some(Kind::TooLarge)
        );
        let plan = from_json(&raw("base", "2426640.50"));
        assert_eq!(
            plan.map(|p| p.categories[0].base),
            Ok(Rupiah::from_decimal(Decimal::new(242_664_050, 2)))
        );
    }

    #[test]
    fn a_file_with_thousands_of_problems_lists_fifty_and_counts_the_rest() {
        let items = vec![r#"{"kind": "x"}"#; 400].join(",");
        let text = format!(
            r#"{{"format": "{FORMAT}", "version": 1, "budget_year": 2026, "categories": [{items}]}}"#
        );
        let p = from_json(&text).err().unwrap_or_default();
        assert_eq!(p.len(), MAX_PROBLEMS + 1);
        // 400 categories: one "too many", then a bad kind and a missing count in each.
        assert_eq!(
            p.last().map(|p| p.problem),
            Some(Kind::More {
                count: 1 + 400 * 2 - MAX_PROBLEMS
            })
        );
    }

    #[test]
    fn ages_and_start_year_are_read_and_checked() {
        let text = with(|o| {
            o.insert("insured_since".into(), Value::from(2024));
            first_category(o).insert("oldest_age".into(), Value::from("58"));
        });
        let p = from_json(&text);
        assert_eq!(p.as_ref().map(|p| p.insured_since), Ok(Some(2024)));
        assert_eq!(p.map(|p| p.categories[0].oldest_age), Ok(Some(58)));
        let text = with(|o| {
            o.insert("insured_since".into(), Value::from(1900));
            first_category(o).insert("oldest_age".into(), Value::from(121));
        });
        let kinds: Vec<_> = problems(&text).into_iter().map(|(_, k)| k).collect();
        assert!(kinds.contains(&Kind::OutOfRange {
            min: 1977,
            max: 2035
        }));
        assert!(kinds.contains(&Kind::OutOfRange { min: 0, max: 120 }));
    }

    #[test]
    fn bad_values_get_their_own_kind() {
        let cases: [(&str, Value, Kind); 12] = [
            ("base", parse("2426640.555"), Kind::TooManyDecimals),
            ("base", parse("1e13"), Kind::TooLarge),
            ("base", parse("1000000000000.01"), Kind::TooLarge),
            ("base", Value::from("dua juta"), Kind::NotANumber),
            ("base", Value::from(vec![1]), Kind::WrongType),
            ("insured", parse("2.5"), Kind::NotWhole),
            ("insured", Value::from(1_000_001), Kind::TooLarge),
            ("insured", Value::Null, Kind::Missing),
            (
                "jht",
                Value::from("mungkin"),
                Kind::UnknownValue { allowed: &BOOLEANS },
            ),
            (
                "risk_class",
                Value::from("VI"),
                Kind::UnknownValue {
                    allowed: &RiskClass::CODES,
                },
            ),
            (
                "name",
                Value::from("x".repeat(81)),
                Kind::TooLong {
                    max: MAX_NAME_CHARS,
                },
            ),
            ("account_code", Value::from(5), Kind::WrongType),
        ];
        for (key, value, kind) in cases {
            let text = with(|o| {
                first_category(o).insert(key.into(), value.clone());
            });
            assert_eq!(
                problems(&text),
                vec![(format!("categories[0].{key}"), kind)],
                "{key} {value}"
            );
        }
        let months = with(|o| {
            o.insert("first_month".into(), Value::from(8));
            o.insert("months".into(), Value::from(6));
        });
        assert_eq!(
            problems(&months),
            vec![("months".into(), Kind::OutOfRange { min: 1, max: 5 })]
        );
        let rest_of_year = with(|o| {
            o.insert("first_month".into(), Value::from(8));
            o.remove("months");
        });
        assert_eq!(from_json(&rest_of_year).map(|p| p.period.months), Ok(5));
        let many = with(|o| {
            let c = o
                .get("categories")
                .and_then(|c| c.get(0))
                .cloned()
                .unwrap_or_default();
            o.insert(
                "categories".into(),
                Value::Array(vec![c; MAX_CATEGORIES + 1]),
            );
        });
        assert_eq!(
            problems(&many),
            vec![("categories".into(), Kind::TooManyCategories)]
        );
        let not_object = with(|o| {
            o.insert(
                "categories".into(),
                parse("[{\"kind\": \"kades\", \"insured\": 1}, 7]"),
            );
        });
        assert_eq!(
            problems(&not_object),
            vec![("categories[1]".into(), Kind::WrongType)]
        );
    }

    #[test]
    fn omitted_fields_take_the_kinds_defaults() {
        let text = with(|o| {
            o.insert(
                "categories".into(),
                parse("[{\"kind\": \"sekdes\", \"insured\": 1}, {\"kind\": \"rtrw\", \"insured\": 4, \"scheme\": \"pu\"}]"),
            );
        });
        let p = from_json(&text).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            p.categories[0],
            Category::new(CategoryKind::SekretarisDesa, 1)
        );
        assert_eq!(p.categories[1].scheme, Scheme::Pu);
        assert_eq!(p.categories[1].base, Rupiah::from_whole(2_022_200));
    }

    /// Object keys, in order.
    fn keys(v: &Value) -> Vec<String> {
        v.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    }

    fn sorted(mut v: Vec<String>) -> Vec<String> {
        v.sort();
        v
    }

    #[test]
    fn schema_lists_exactly_the_fields_the_importer_reads() {
        let schema = parse(SCHEMA);
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        let picked = Plan {
            place: Some(bungo()),
            ..Plan::default()
        };
        let written = parse(&to_json(&picked));
        let plan_props = &schema["properties"];
        let cat_props = &schema["$defs"]["category"]["properties"];
        assert_eq!(sorted(keys(plan_props)), sorted(keys(&written)));
        assert_eq!(
            sorted(keys(cat_props)),
            sorted(keys(&written["categories"][0]))
        );
        let place_props = &schema["properties"]["place"]["anyOf"][0]["properties"];
        assert_eq!(sorted(keys(place_props)), sorted(keys(&written["place"])));
        let required = |v: &Value| -> Vec<String> {
            v["required"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default()
        };
        // A field is required in the schema exactly when leaving it out is `Missing`.
        let plan_required = required(&schema);
        for key in keys(plan_props) {
            let text = with(|o| {
                o.remove(&key);
            });
            let missing = problems(&text).contains(&(key.clone(), Kind::Missing));
            assert_eq!(missing, plan_required.contains(&key), "{key}");
        }
        let cat_required = required(&schema["$defs"]["category"]);
        for key in keys(cat_props) {
            let text = with(|o| {
                first_category(o).remove(&key);
            });
            let missing =
                problems(&text).contains(&(format!("categories[0].{key}"), Kind::Missing));
            assert_eq!(missing, cat_required.contains(&key), "{key}");
        }
        // The allowed words match.
        let words = |v: &Value| -> Vec<String> {
            let v = if v["enum"].is_array() {
                v
            } else {
                &v["anyOf"][0]
            };
            v["enum"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default()
        };
        for (key, allowed) in [
            ("kind", &CategoryKind::CODES[..]),
            ("scheme", &Scheme::CODES[..]),
            ("risk_class", &RiskClass::CODES[..]),
            ("funding", &FundingSource::CODES[..]),
            ("sector", &Sector::CODES[..]),
        ] {
            assert_eq!(words(&cat_props[key]), allowed, "{key}");
        }
        assert_eq!(plan_props["format"]["const"], FORMAT);
        assert_eq!(plan_props["version"]["const"], VERSION);
    }

    #[test]
    fn a_picked_place_is_written_after_the_village_and_read_back() {
        let mut p = full_plan();
        p.apply(crate::calc::plan::Action::SetPlace(Some(bungo())));
        let text = to_json(&p);
        let head = "  \"village\": \"Rantau Pandan\",\n  \"place\": {\n    \"code\": \"15.08.02.2003\",\n    \"desa\": \"Rantau Pandan\",\n    \"kecamatan\": \"Rantau Pandan\",\n    \"kabupaten\": \"Kabupaten Bungo\",\n    \"provinsi\": \"Jambi\"\n  },\n  \"budget_year\"";
        assert!(text.contains(head), "{text}");
        assert_eq!(from_json(&text), Ok(p));
        // A file from before places (the documented example) reads with none, as before.
        let old = from_json(EXAMPLE).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(old.place, None);
        assert!(!to_json(&old).contains("place"));
    }

    #[test]
    fn a_bad_place_is_a_problem_with_its_path_never_a_guess() {
        let place = |edit: fn(&mut Map<String, Value>)| {
            let text = with(|o| {
                let mut p = match serde_json::to_value(bungo()) {
                    Ok(Value::Object(p)) => p,
                    _ => Map::new(),
                };
                edit(&mut p);
                o.insert("place".into(), Value::Object(p));
            });
            problems(&text)
        };
        let at = |k: &str, kind| vec![(format!("place.{k}"), kind)];
        assert_eq!(place(|_| {}), Vec::new());
        assert_eq!(
            place(|p| {
                p.insert("code".into(), "15.08".into());
            }),
            at("code", Kind::NotADesaCode)
        );
        assert_eq!(
            place(|p| {
                p.remove("desa");
            }),
            at("desa", Kind::Missing)
        );
        assert_eq!(
            place(|p| {
                p.insert("kecamatan".into(), "x".repeat(MAX_NAME_CHARS + 1).into());
            }),
            at(
                "kecamatan",
                Kind::TooLong {
                    max: MAX_NAME_CHARS
                }
            )
        );
        assert_eq!(
            place(|p| {
                p.insert("provinsi".into(), 15.into());
            }),
            at("provinsi", Kind::WrongType)
        );
        let text = with(|o| {
            o.insert("place".into(), "15.08.02.2003".into());
        });
        assert_eq!(problems(&text), vec![("place".into(), Kind::WrongType)]);
        // null is no place.
        let text = with(|o| {
            o.insert("place".into(), Value::Null);
        });
        assert_eq!(from_json(&text).map(|p| p.place), Ok(None));
    }

    proptest! {
        #[test]
        fn valid_plans_round_trip(p in plan()) {
            prop_assert_eq!(from_json(&to_json(&p)), Ok(p));
        }

        #[test]
        fn any_text_never_panics(s in "\\PC{0,400}") {
            let _ = from_json(&s);
        }

        #[test]
        fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = from_json(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn damaged_files_never_panic_and_never_import_invalid_plans(
            p in plan(),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), "[-0-9a-z\":,{}\\[\\]. eE]"), 1..6),
        ) {
            let mut text = to_json(&p);
            for (at, insert) in edits {
                let mut i = at.index(text.len().max(1));
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                text.insert_str(i, &insert);
            }
            if let Ok(q) = from_json(&text) {
                prop_assert_eq!(q.check(), Ok(()));
            }
        }

        #[test]
        fn json_values_in_any_field_never_panic(
            key in prop::sample::select(vec!["kind", "insured", "population", "base", "jht", "scheme", "risk_class", "funding", "sector", "name", "account_code"]),
            value in prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<u64>().prop_map(Value::from),
                (-1e20f64..1e20).prop_map(Value::from),
                "\\PC{0,20}".prop_map(Value::from),
            ],
        ) {
            let text = with(|o| {
                first_category(o).insert(key.into(), value);
            });
            if let Ok(q) = from_json(&text) {
                prop_assert_eq!(q.check(), Ok(()));
            }
        }

        #[test]
        fn json_values_in_any_place_field_never_panic(
            key in prop::sample::select(vec!["code", "desa", "kecamatan", "kabupaten", "provinsi"]),
            value in prop_oneof![
                Just(Value::Null),
                any::<i64>().prop_map(Value::from),
                "[0-9.]{0,16}".prop_map(Value::from),
                "\\PC{0,100}".prop_map(Value::from),
            ],
        ) {
            let text = with(|o| {
                let mut p = match serde_json::to_value(bungo()) {
                    Ok(Value::Object(p)) => p,
                    _ => Map::new(),
                };
                p.insert(key.into(), value);
                o.insert("place".into(), Value::Object(p));
            });
            if let Ok(q) = from_json(&text) {
                prop_assert_eq!(q.check(), Ok(()));
                prop_assert!(q.place.is_some());
            }
        }
    }
}

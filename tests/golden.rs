//! Golden tests (issue 3): the worked examples of RULES.md and sources.md, run natively.
//!
//! Each row of `tests/data/presets.csv` builds a `Plan`, costs it with `calculate` and
//! compares one figure with the expected value; its `source` column names where the value
//! comes from. Empty `year`, `first_month`, `months` and `pp50` cells mean the default:
//! budget year 2026, January to December, PP 50/2025 switch off.
//!
//! `categories` lists categories separated by `;`, each as space-separated tokens: the
//! kind's code (`kades`, `sekdes`, `perangkat`, `bpd`, `rtrw`, `kader`, `rentan`,
//! `lainnya`, `staf`, `keagamaan`), then any of `xN` (people, default 1), `pu` / `bpu`, `@N`
//! (wage or declared income), a risk class `I`–`V`, `+jht`, `+jp`, `transport`, `via=CODE`
//! (funding source); or `preset:ID`, the categories of that preset for the row's year.
//!
//! `measure` is one of:
//! - `monthly` / `period` [`.jkk` | `.jkm` | `.jht` | `.jp`] [`.payer` | `.worker`]: all
//!   categories in the first month covered / over the period;
//! - `benefit.FIELD`: a benefit of one person of the first category (`total_disability_wage`
//!   is the total-disability benefit without the periodic part);
//! - `charged_to_add`, and `add_share_pct`: the premium charged to ADD as a percentage of
//!   ADD, rounded to as many decimals as the expected value shows.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kalkulator::calc::budget::BudgetInputs;
use kalkulator::calc::category::{Category, CategoryKind, FundingSource, Scheme};
use kalkulator::calc::law::Law;
use kalkulator::calc::money::Rupiah;
use kalkulator::calc::outcome::Outcome;
use kalkulator::calc::period::{BudgetPeriod, YearMonth};
use kalkulator::calc::premium::person_month;
use kalkulator::calc::preset::find;
use kalkulator::calc::program::{ByProgram, Program, Split};
use kalkulator::calc::rates::{RiskClass, Sector};
use kalkulator::calc::{calculate, Plan};
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::str::FromStr;

const TABLE: &str = include_str!("data/presets.csv");

/// Rows the table must hold: a table that lost rows (or all of them) fails loudly.
const EXPECTED_ROWS: usize = 84;

const COLUMNS: [&str; 10] = [
    "case",
    "year",
    "first_month",
    "months",
    "pp50",
    "add",
    "categories",
    "measure",
    "expected",
    "source",
];

/// A small CSV reader: comma separated, `"` quotes a field (`""` inside is one quote),
/// CRLF or LF line ends, blank lines skipped.
fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            '"' => return Err(format!("line {line}: stray quote inside a field")),
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                line += 1;
                row.push(std::mem::take(&mut field));
                if !(row.len() == 1 && row[0].trim().is_empty()) {
                    rows.push(std::mem::take(&mut row));
                }
                row.clear();
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err("unterminated quoted field at the end".into());
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

/// One row of the table, by column name.
struct Row {
    cells: Vec<(String, String)>,
}

impl Row {
    fn get(&self, column: &str) -> &str {
        self.cells
            .iter()
            .find(|(c, _)| c == column)
            .map_or("", |(_, v)| v.trim())
    }
}

fn read_table() -> Vec<Row> {
    let rows = parse_csv(TABLE).expect("presets.csv is well-formed CSV");
    let (header, body) = rows.split_first().expect("presets.csv has a header row");
    assert_eq!(header, &COLUMNS, "presets.csv header");
    body.iter()
        .enumerate()
        .map(|(i, cells)| {
            assert_eq!(
                cells.len(),
                COLUMNS.len(),
                "presets.csv data row {} has {} cells: {cells:?}",
                i + 1,
                cells.len()
            );
            Row {
                cells: header.iter().cloned().zip(cells.iter().cloned()).collect(),
            }
        })
        .collect()
}

/// A number as written in the table: digits with optional `_` groups and decimals.
fn number(text: &str) -> Result<Decimal, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    Decimal::from_str(&clean).map_err(|e| format!("`{text}` is not a number: {e}"))
}

fn whole<T: TryFrom<i64>>(text: &str, what: &str) -> Result<T, String> {
    use rust_decimal::prelude::ToPrimitive;
    number(text)?
        .to_i64()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| format!("{what} `{text}` out of range"))
}

const KINDS: [CategoryKind; 10] = CategoryKind::ALL;

fn category(spec: &str) -> Result<Category, String> {
    let mut tokens = spec.split_whitespace();
    let code = tokens.next().ok_or("empty category")?;
    let kind = KINDS
        .into_iter()
        .find(|k| k.code() == code)
        .ok_or_else(|| format!("unknown kind `{code}`"))?;
    let mut c = Category::new(kind, 1);
    for token in tokens {
        if let Some(n) = token.strip_prefix('x') {
            c.insured = whole(n, "count")?;
        } else if let Some(base) = token.strip_prefix('@') {
            c.base = Rupiah::from_decimal(number(base)?);
        } else if let Some(source) = token.strip_prefix("via=") {
            c.funding = FundingSource::ALL
                .into_iter()
                .find(|f| f.code() == source)
                .ok_or_else(|| format!("unknown funding source `{source}`"))?;
        } else if let Some(class) = RiskClass::ALL.into_iter().find(|r| r.roman() == token) {
            c.risk_class = class;
        } else {
            match token {
                "pu" => c.scheme = Scheme::Pu,
                "bpu" => c.scheme = Scheme::Bpu,
                "+jht" => c.jht = true,
                "+jp" => c.jp = true,
                "transport" => c.sector = Sector::Transport,
                _ => return Err(format!("unknown token `{token}` in `{spec}`")),
            }
        }
    }
    Ok(c)
}

fn plan(row: &Row) -> Result<Plan, String> {
    let or = |column: &str, default: &str| -> String {
        let v = row.get(column);
        if v.is_empty() { default } else { v }.to_string()
    };
    let year: i32 = whole(&or("year", "2026"), "year")?;
    let first_month: u8 = whole(&or("first_month", "1"), "first month")?;
    let months: u8 = whole(&or("months", "12"), "months")?;
    let apply_adjustment = match or("pp50", "off").as_str() {
        "on" => true,
        "off" => false,
        other => return Err(format!("pp50 must be on or off, not `{other}`")),
    };
    let add = row.get("add");
    let budget = BudgetInputs {
        alokasi_dana_desa: if add.is_empty() {
            None
        } else {
            Some(Rupiah::from_decimal(number(add)?))
        },
        ..BudgetInputs::default()
    };
    let spec = row.get("categories");
    let categories = match spec.strip_prefix("preset:") {
        Some(id) => {
            find(id)
                .ok_or_else(|| format!("unknown preset `{id}`"))?
                .plan(year)
                .categories
        }
        None => spec
            .split(';')
            .map(category)
            .collect::<Result<Vec<_>, _>>()?,
    };
    Ok(Plan {
        period: BudgetPeriod {
            year,
            first_month,
            months,
        },
        budget,
        apply_adjustment,
        categories,
        ..Plan::for_year(year)
    })
}

/// A premium figure of `programs`: `[.program][.payer|.worker]` after `monthly` / `period`.
fn premium(programs: &ByProgram, path: &[&str]) -> Result<Rupiah, String> {
    let (split, rest): (Split, &[&str]) = match path.first() {
        Some(&p)
            if Program::ALL
                .iter()
                .any(|g| g.abbr().eq_ignore_ascii_case(p)) =>
        {
            let program = Program::ALL
                .into_iter()
                .find(|g| g.abbr().eq_ignore_ascii_case(p))
                .ok_or("unreachable")?;
            (programs.get(program), &path[1..])
        }
        _ => (programs.total(), path),
    };
    match rest {
        [] | ["total"] => Ok(split.total()),
        ["payer"] => Ok(split.payer),
        ["worker"] => Ok(split.worker),
        _ => Err(format!("unknown premium measure part {rest:?}")),
    }
}

fn benefit(o: &Outcome, field: &str) -> Result<Rupiah, String> {
    let b = &o
        .categories
        .first()
        .ok_or("benefit measure needs a category")?
        .benefits;
    Ok(match field {
        "wage" => b.wage,
        "jkm_lump_sum" => b.jkm_lump_sum,
        "periodic" => b.periodic,
        "funeral" => b.funeral,
        "jkm_death" => b.jkm_death,
        "jkk_death_lump_sum" => b.jkk_death_lump_sum,
        "jkk_death" => b.jkk_death,
        "total_disability" => b.total_disability,
        "total_disability_wage" => b.total_disability - b.periodic,
        "temporary_first_year" => b.temporary_first_year,
        "temporary_after" => b.temporary_after,
        "scholarship_per_child" => b.scholarship_per_child,
        "scholarship_max" => b.scholarship_max,
        _ => return Err(format!("unknown benefit `{field}`")),
    })
}

/// The figure a measure names, as a decimal, rounded like `expected` where it says so.
fn measure(o: &Outcome, name: &str, expected: Decimal) -> Result<Decimal, String> {
    let path: Vec<&str> = name.split('.').collect();
    let amount = match path.as_slice() {
        ["monthly", rest @ ..] => premium(&o.sums.first_month, rest)?,
        ["period", rest @ ..] => premium(&o.sums.period, rest)?,
        ["benefit", field] => benefit(o, field)?,
        ["charged_to_add"] => o.sums.budget.charged_to_add,
        ["add_share_pct"] => {
            let share = o
                .sums
                .budget
                .add_share
                .ok_or("no ADD share (is ADD empty?)")?;
            return Ok((share * Decimal::ONE_HUNDRED).round_dp(expected.scale()));
        }
        _ => return Err(format!("unknown measure `{name}`")),
    };
    Ok(amount.amount())
}

/// For a one-person, one-category plan, the month measures straight from `person_month`.
fn person_month_check(plan: &Plan, name: &str) -> Result<Option<Decimal>, String> {
    let ([c], Some(rest)) = (plan.categories.as_slice(), name.strip_prefix("monthly")) else {
        return Ok(None);
    };
    if c.insured != 1 {
        return Ok(None);
    }
    let path: Vec<&str> = rest.split('.').filter(|s| !s.is_empty()).collect();
    let first = YearMonth::new(plan.period.year, plan.period.first_month);
    let pm = person_month(c, &Law::official(first), plan.apply_adjustment);
    premium(&pm.programs, &path).map(|r| Some(r.amount()))
}

fn run(row: &Row) -> Result<(), String> {
    let plan = plan(row)?;
    let o = calculate(&plan).map_err(|e| format!("plan rejected: {e:?}"))?;
    let expected = number(row.get("expected"))?;
    let name = row.get("measure");
    let got = measure(&o, name, expected)?;
    if got != expected {
        return Err(format!("{name} = {got}, expected {expected}"));
    }
    if let Some(direct) = person_month_check(&plan, name)? {
        if direct != expected {
            return Err(format!(
                "{name} from person_month = {direct}, expected {expected}"
            ));
        }
    }
    Ok(())
}

#[test]
fn presets_table_has_every_row_named_and_sourced() {
    let rows = read_table();
    assert_eq!(rows.len(), EXPECTED_ROWS, "rows in tests/data/presets.csv");
    let mut seen = HashSet::new();
    for row in &rows {
        let case = row.get("case");
        assert!(!case.is_empty(), "a row has no case name");
        assert!(seen.insert(case.to_string()), "case `{case}` appears twice");
        assert!(
            row.get("source").contains("sources.md") || row.get("source").contains("RULES.md"),
            "case `{case}` does not name sources.md or RULES.md as its source"
        );
    }
    for (prefix, at_least) in [("unit.", 20), ("rules1.", 10), ("preset", 30)] {
        let n = rows
            .iter()
            .filter(|r| r.get("case").starts_with(prefix))
            .count();
        assert!(n >= at_least, "only {n} `{prefix}` rows");
    }
}

#[test]
fn presets_table_matches_the_core() {
    let rows = read_table();
    assert_eq!(rows.len(), EXPECTED_ROWS, "rows in tests/data/presets.csv");
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            run(row).err().map(|e| {
                format!(
                    "{} [{}]: {e} (source: {})",
                    row.get("case"),
                    row.get("categories"),
                    row.get("source")
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} golden rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn csv_reader_handles_quotes_blank_lines_and_crlf() {
    let rows = parse_csv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n1,\n").expect("parses");
    assert_eq!(
        rows,
        vec![
            vec!["a".to_string(), "b".to_string()],
            vec!["x, y".to_string(), "say \"hi\"".to_string()],
            vec!["1".to_string(), String::new()],
        ]
    );
    assert!(parse_csv("a,\"b").is_err());
    assert!(parse_csv("a,b\"c\n").is_err());
}

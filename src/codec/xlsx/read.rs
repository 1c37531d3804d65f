//! Reading the sheets of an `.xlsx` into rows of cells: shared and inline strings, numbers,
//! booleans, errors, formulas' cached values, and dates told apart from numbers by their
//! cell style, as a spreadsheet shows them.

use super::xml::{attr, tokens, Token};
use super::zip::{Archive, ZipError};

/// Most cells held over all sheets (padding of skipped columns included): a rekap of
/// 100 000 villages with twenty columns fits; a crafted file cannot exhaust memory.
pub const MAX_CELLS: usize = 4_000_000;
/// Columns read on a row; cells further right are ignored.
pub const MAX_COLUMNS: usize = 1024;

/// One cell's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing, or a cell with no value.
    Empty,
    /// A text (shared, inline, or a formula's text result).
    Text(String),
    /// A number as stored (`318397000`, `12.5`, `1.5E-3`): kept as text, since a float's
    /// parser and printer would add kilobytes to the wasm and the importer reads text anyway.
    Number(String),
    /// TRUE or FALSE.
    Bool(bool),
    /// A date and time as an Excel serial in the 1900 system (days since 1899-12-30 for
    /// serials after 60), as stored.
    Date(String),
    /// An error value such as `#DIV/0!`.
    Error(String),
}

/// One sheet: its name and its rows, each with its 1-based row number and cells from column A.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The tab's name.
    pub name: String,
    /// Rows that hold at least one cell element, in order.
    pub rows: Vec<(u32, Vec<Cell>)>,
}

/// Why a file could not be read as a workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// An Excel 97–2003 `.xls` (or `.xlsb`, or XML Spreadsheet 2003): not read here.
    OldExcel,
    /// An OpenDocument spreadsheet (`.ods`).
    OpenDocument,
    /// Not a zip, or a zip without a workbook.
    NotWorkbook,
    /// A part too large to read, or more than [`MAX_CELLS`] cells.
    TooLarge,
}

impl From<ZipError> for ReadError {
    fn from(e: ZipError) -> Self {
        match e {
            ZipError::TooLarge => ReadError::TooLarge,
            ZipError::NotZip | ZipError::BadEntry => ReadError::NotWorkbook,
        }
    }
}

/// Reads every sheet of an `.xlsx`; never panics.
pub fn read(bytes: &[u8]) -> Result<Vec<Sheet>, ReadError> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ReadError::OldExcel);
    }
    let head = String::from_utf8_lossy(bytes.get(..1024).unwrap_or(bytes));
    if head.contains("urn:schemas-microsoft-com:office:spreadsheet") || head.contains("<html") {
        return Err(ReadError::OldExcel);
    }
    let zip = Archive::open(bytes).map_err(|_| ReadError::NotWorkbook)?;
    let text = |name: &str| -> Result<Option<String>, ReadError> {
        match zip.read(name) {
            None => Ok(None),
            Some(Ok(b)) => Ok(Some(String::from_utf8_lossy(&b).into_owned())),
            Some(Err(e)) => Err(e.into()),
        }
    };
    if let Some(kind) = text("mimetype")? {
        if kind.contains("opendocument") {
            return Err(ReadError::OpenDocument);
        }
    }
    let workbook_path = text("_rels/.rels")?
        .and_then(|rels| {
            relationships(&rels)
                .into_iter()
                .find(|(_, kind, _)| kind.ends_with("/officeDocument"))
                .map(|(_, _, target)| target.trim_start_matches('/').to_string())
        })
        .unwrap_or_else(|| "xl/workbook.xml".to_string());
    if workbook_path.ends_with(".bin") {
        return Err(ReadError::OldExcel);
    }
    let Some(workbook) = text(&workbook_path)? else {
        if zip.names().any(|n| n == "content.xml") {
            return Err(ReadError::OpenDocument);
        }
        return Err(ReadError::NotWorkbook);
    };
    let dir = workbook_path
        .rsplit_once('/')
        .map_or(String::new(), |(d, _)| format!("{d}/"));
    let rels_path = format!(
        "{dir}_rels/{}.rels",
        workbook_path.rsplit('/').next().unwrap_or("")
    );
    let targets = relationships(&text(&rels_path)?.unwrap_or_default());
    let part = |target: &str| match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("{dir}{target}"),
    };
    let find_kind = |suffix: &str| {
        targets
            .iter()
            .find(|(_, kind, _)| kind.ends_with(suffix))
            .map(|(_, _, t)| part(t))
    };
    let strings = match find_kind("/sharedStrings") {
        Some(p) => shared_strings(&text(&p)?.unwrap_or_default()),
        None => Vec::new(),
    };
    let date_styles = match find_kind("/styles") {
        Some(p) => date_styles(&text(&p)?.unwrap_or_default()),
        None => Vec::new(),
    };
    let (sheets, date1904) = sheet_list(&workbook);
    let mut budget = MAX_CELLS;
    let mut out = Vec::new();
    for (name, id) in sheets {
        let Some((_, _, target)) = targets.iter().find(|(rid, _, _)| *rid == id) else {
            continue;
        };
        let Some(xml) = text(&part(target))? else {
            continue;
        };
        let look = Lookup {
            strings: &strings,
            date_styles: &date_styles,
            date1904,
        };
        let rows = sheet_rows(&xml, &look, &mut budget)?;
        out.push(Sheet { name, rows });
    }
    if out.is_empty() {
        return Err(ReadError::NotWorkbook);
    }
    Ok(out)
}

/// (Id, Type, Target) of each `<Relationship>`.
fn relationships(xml: &str) -> Vec<(String, String, String)> {
    tokens(xml)
        .filter_map(|t| match t {
            Token::Open {
                name: "Relationship",
                attrs,
                ..
            } => Some((
                attr(attrs, "Id")?,
                attr(attrs, "Type").unwrap_or_default(),
                attr(attrs, "Target")?,
            )),
            _ => None,
        })
        .collect()
}

/// The sheets' names and relationship ids in tab order, and whether dates count from 1904.
fn sheet_list(xml: &str) -> (Vec<(String, String)>, bool) {
    let mut sheets = Vec::new();
    let mut date1904 = false;
    for t in tokens(xml) {
        match t {
            Token::Open {
                name: "sheet",
                attrs,
                ..
            } => {
                if let (Some(name), Some(id)) = (attr(attrs, "name"), attr(attrs, "id")) {
                    sheets.push((name, id));
                }
            }
            Token::Open {
                name: "workbookPr",
                attrs,
                ..
            } => {
                date1904 = matches!(attr(attrs, "date1904").as_deref(), Some("1" | "true"));
            }
            _ => {}
        }
    }
    (sheets, date1904)
}

/// The texts of `<si>` items: the `<t>` runs, phonetic runs (`<rPh>`) left out.
fn shared_strings(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    let (mut in_t, mut in_phonetic) = (false, false);
    for t in tokens(xml) {
        match t {
            Token::Open {
                name: "si", empty, ..
            } => {
                if empty {
                    out.push(String::new());
                } else {
                    current = Some(String::new());
                }
            }
            Token::Close("si") => out.push(escaped_chars(&current.take().unwrap_or_default())),
            Token::Open {
                name: "t", empty, ..
            } => in_t = !empty,
            Token::Close("t") => in_t = false,
            Token::Open {
                name: "rPh", empty, ..
            } => in_phonetic = !empty,
            Token::Close("rPh") => in_phonetic = false,
            Token::Text(s) if in_t && !in_phonetic => {
                if let Some(c) = current.as_mut() {
                    c.push_str(&s);
                }
            }
            _ => {}
        }
    }
    out
}

/// For each cell style (`cellXfs` index), whether its number format shows a date.
fn date_styles(xml: &str) -> Vec<bool> {
    let mut custom: Vec<(String, bool)> = Vec::new();
    let mut styles = Vec::new();
    let mut in_xfs = false;
    for t in tokens(xml) {
        match t {
            Token::Open {
                name: "numFmt",
                attrs,
                ..
            } => {
                if let (Some(id), Some(code)) = (attr(attrs, "numFmtId"), attr(attrs, "formatCode"))
                {
                    custom.push((id, is_date_format(&code)));
                }
            }
            Token::Open {
                name: "cellXfs",
                empty,
                ..
            } => in_xfs = !empty,
            Token::Close("cellXfs") => in_xfs = false,
            Token::Open {
                name: "xf", attrs, ..
            } if in_xfs => {
                let id = attr(attrs, "numFmtId").unwrap_or_default();
                let date = match custom.iter().find(|(c, _)| *c == id) {
                    Some((_, d)) => *d,
                    None => matches!(id.parse::<u32>(), Ok(14..=22 | 45..=47)),
                };
                styles.push(date);
            }
            _ => {}
        }
    }
    styles
}

/// True for a format code that shows a date or time: `d`, `m`, `y`, `h` or `s` outside quotes,
/// brackets (colours, locales) and escapes, as Excel decides.
fn is_date_format(code: &str) -> bool {
    let mut chars = code.chars();
    let (mut quoted, mut bracket) = (false, false);
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            _ if quoted => {}
            '[' => bracket = true,
            ']' => bracket = false,
            _ if bracket => {}
            '\\' | '_' | '*' => {
                chars.next();
            }
            ';' => return false,
            c if matches!(c.to_ascii_lowercase(), 'd' | 'm' | 'y' | 'h' | 's') => return true,
            _ => {}
        }
    }
    false
}

struct Lookup<'a> {
    strings: &'a [String],
    date_styles: &'a [bool],
    date1904: bool,
}

/// `B12` → (1, 12): 0-based column, 1-based row.
fn reference(r: &str) -> Option<(usize, Option<u32>)> {
    let letters = r.chars().take_while(char::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let mut col = 0usize;
    for c in r.get(..letters)?.chars() {
        col = col * 26 + usize::from(c.to_ascii_uppercase() as u8 - b'A' + 1);
    }
    let row = r.get(letters..)?.parse().ok();
    Some((col - 1, row))
}

/// The rows of one sheet, charging `budget` for every cell held.
fn sheet_rows(
    xml: &str,
    look: &Lookup<'_>,
    budget: &mut usize,
) -> Result<Vec<(u32, Vec<Cell>)>, ReadError> {
    let mut rows: Vec<(u32, Vec<Cell>)> = Vec::new();
    let mut row: Option<(u32, Vec<Cell>)> = None;
    let mut last_row = 0u32;
    // The open cell: column, type, style, value text.
    let mut cell: Option<(usize, String, usize, String)> = None;
    let (mut in_v, mut in_t, mut in_phonetic) = (false, false, false);
    for t in tokens(xml) {
        match t {
            Token::Open {
                name: "row",
                attrs,
                empty,
            } => {
                let n = attr(attrs, "r")
                    .and_then(|r| r.parse().ok())
                    .unwrap_or(last_row.saturating_add(1));
                last_row = n;
                if !empty {
                    row = Some((n, Vec::new()));
                }
            }
            Token::Close("row") => {
                if let Some(r) = row.take() {
                    rows.push(r);
                }
            }
            Token::Open {
                name: "c",
                attrs,
                empty,
            } => {
                let Some(current) = row.as_mut() else {
                    continue;
                };
                let col = attr(attrs, "r")
                    .and_then(|r| reference(&r))
                    .map_or(current.1.len(), |(c, _)| c);
                let kind = attr(attrs, "t").unwrap_or_default();
                let style = attr(attrs, "s").and_then(|s| s.parse().ok()).unwrap_or(0);
                cell = Some((col, kind, style, String::new()));
                if empty {
                    finish_cell(current, cell.take(), look, budget)?;
                }
            }
            Token::Close("c") => {
                if let Some(current) = row.as_mut() {
                    finish_cell(current, cell.take(), look, budget)?;
                }
            }
            Token::Open {
                name: "v", empty, ..
            } => in_v = !empty,
            Token::Close("v") => in_v = false,
            Token::Open {
                name: "t", empty, ..
            } => in_t = !empty,
            Token::Close("t") => in_t = false,
            Token::Open {
                name: "rPh", empty, ..
            } => in_phonetic = !empty,
            Token::Close("rPh") => in_phonetic = false,
            Token::Text(s) => {
                if let Some(c) = cell.as_mut() {
                    let inline = c.1 == "inlineStr";
                    if (in_v && !inline) || (in_t && inline && !in_phonetic) {
                        c.3.push_str(&s);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(rows)
}

fn finish_cell(
    row: &mut (u32, Vec<Cell>),
    cell: Option<(usize, String, usize, String)>,
    look: &Lookup<'_>,
    budget: &mut usize,
) -> Result<(), ReadError> {
    let Some((col, kind, style, value)) = cell else {
        return Ok(());
    };
    if col >= MAX_COLUMNS {
        return Ok(());
    }
    let value = match kind.as_str() {
        "s" => value
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|i| look.strings.get(i))
            .map_or(Cell::Empty, |s| Cell::Text(s.clone())),
        "inlineStr" => Cell::Text(escaped_chars(&value)),
        "str" | "d" => Cell::Text(value),
        "b" => Cell::Bool(value.trim() == "1"),
        "e" => Cell::Error(value),
        _ => {
            let text = value.trim();
            match decimal(text) {
                None => Cell::Empty,
                Some(_) if look.date_styles.get(style).copied().unwrap_or(false) => {
                    let shifted = look.date1904.then(|| shift_1904(text)).flatten();
                    Cell::Date(shifted.unwrap_or_else(|| text.to_string()))
                }
                Some(_) => Cell::Number(text.to_string()),
            }
        }
    };
    let cells = &mut row.1;
    if col < cells.len() {
        if let Some(slot) = cells.get_mut(col) {
            *slot = value;
        }
        return Ok(());
    }
    let added = col + 1 - cells.len();
    *budget = budget.checked_sub(added).ok_or(ReadError::TooLarge)?;
    cells.resize(col, Cell::Empty);
    cells.push(value);
    Ok(())
}

/// Decodes the `_xHHHH_` escapes Excel writes for characters XML cannot hold (`_x000D_`).
fn escaped_chars(text: &str) -> String {
    if !text.contains("_x") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("_x") {
        out.push_str(rest.get(..i).unwrap_or_default());
        let after = rest.get(i + 2..).unwrap_or_default();
        let code = after
            .get(..5)
            .filter(|s| s.ends_with('_'))
            .and_then(|s| s.get(..4))
            .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                out.push(c);
                rest = after.get(5..).unwrap_or_default();
            }
            None => {
                out.push_str("_x");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A stored number as (negative, digits, power of ten): `-12.5E1` is (true, "125", 0).
/// None unless it is a plain decimal with an optional exponent.
fn decimal(text: &str) -> Option<(bool, String, i64)> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (mantissa, exp) = match rest.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.strip_prefix('+').unwrap_or(e).parse::<i64>().ok()?),
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || exp.abs() > 400 {
        return None;
    }
    Some((negative, digits, exp - i64::try_from(frac.len()).ok()?))
}

/// A stored number as plain text for the importer: digits, a comma before decimals, no
/// exponent (`1.5E-3` → `0,0015`); None when it is no number.
#[must_use]
pub fn plain_number(text: &str) -> Option<String> {
    let (int, frac, negative) = split_number(text)?;
    let sign = if negative && (int != "0" || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    Some(if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int},{frac}")
    })
}

/// Whole part (no leading zeros, at least `0`), fraction (no trailing zeros), sign.
fn split_number(text: &str) -> Option<(String, String, bool)> {
    let (negative, digits, exp) = decimal(text)?;
    let len = i64::try_from(digits.len()).ok()?;
    let point = len + exp;
    let (int, frac) = if exp >= 0 {
        (
            format!("{digits}{}", "0".repeat(usize::try_from(exp).ok()?)),
            String::new(),
        )
    } else if point <= 0 {
        let zeros = "0".repeat(usize::try_from(-point).ok()?);
        (String::new(), format!("{zeros}{digits}"))
    } else {
        let at = usize::try_from(point).ok()?;
        (digits.get(..at)?.to_string(), digits.get(at..)?.to_string())
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    Some((
        int.to_string(),
        frac.trim_end_matches('0').to_string(),
        negative,
    ))
}

/// A 1904-system serial in the 1900 system, which counts 1462 days more.
fn shift_1904(text: &str) -> Option<String> {
    let (int, frac, negative) = split_number(text)?;
    if negative || int.len() > 9 {
        return None;
    }
    let days = int.parse::<i64>().ok()? + 1462;
    Some(if frac.is_empty() {
        days.to_string()
    } else {
        format!("{days}.{frac}")
    })
}

/// A serial as whole days and the seconds of the day (rounded); None when negative or huge.
fn serial(text: &str) -> Option<(i64, i64)> {
    let (int, frac, negative) = split_number(text)?;
    if negative || int.len() > 9 {
        return None;
    }
    let days: i64 = int.parse().ok()?;
    let frac = frac.get(..frac.len().min(15)).unwrap_or_default();
    let scale = 10u128.checked_pow(u32::try_from(frac.len()).ok()?)?;
    let part: u128 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    let secs = i64::try_from((part * 86_400 + scale / 2) / scale).ok()?;
    Some((days, secs))
}

/// `2026-12-31` or `2026-12-31 08:30:00` for an Excel serial as stored (1900 system); None
/// outside the years 1900–9999.
#[must_use]
pub fn date_text(stored: &str) -> Option<String> {
    let (days, secs) = serial(stored)?;
    let (days, secs) = if secs >= 86_400 {
        (days + 1, 0)
    } else {
        (days, secs)
    };
    if days >= 2_958_466 {
        return None;
    }
    // Excel counts 1900-02-29, which did not exist: serials before it are one day later.
    let days = if days < 61 { days + 1 } else { days };
    let (y, m, d) = civil_from_days(days - 25_569);
    let date = format!("{y:04}-{m:02}-{d:02}");
    if secs == 0 {
        return Some(date);
    }
    let (h, mi, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    Some(format!("{date} {h:02}:{mi:02}:{s:02}"))
}

/// Days since 1970-01-01 to (year, month, day) (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_dates() {
        assert_eq!(reference("A1"), Some((0, Some(1))));
        assert_eq!(reference("AB12"), Some((27, Some(12))));
        assert_eq!(reference("1"), None);
        assert_eq!(date_text("46022").as_deref(), Some("2025-12-31"));
        assert_eq!(date_text("1.5").as_deref(), Some("1900-01-01 12:00:00"));
        assert_eq!(date_text("61").as_deref(), Some("1900-03-01"));
        assert_eq!(
            date_text("46022.354166666664").as_deref(),
            Some("2025-12-31 08:30:00")
        );
        assert_eq!(date_text("-1"), None);
        assert_eq!(shift_1904("0.25").as_deref(), Some("1462.25"));
        assert_eq!(plain_number("318397000").as_deref(), Some("318397000"));
        assert_eq!(plain_number("-12.50").as_deref(), Some("-12,5"));
        assert_eq!(plain_number("1.5E-3").as_deref(), Some("0,0015"));
        assert_eq!(plain_number("2.5e+3").as_deref(), Some("2500"));
        assert_eq!(
            plain_number("1E20").as_deref(),
            Some("100000000000000000000")
        );
        assert_eq!(plain_number("-0.0").as_deref(), Some("0"));
        assert_eq!(plain_number("1e999"), None);
        assert_eq!(plain_number("abc"), None);
        assert!(is_date_format("dd/mm/yyyy"));
        assert!(!is_date_format("\"Rp\"#,##0"));
        assert!(!is_date_format("[Red]#,##0"));
    }

    #[test]
    fn old_and_open_document_files_are_named() {
        assert_eq!(
            read(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1]),
            Err(ReadError::OldExcel)
        );
        let mut w = super::super::zip::Writer::default();
        w.add(
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        );
        assert_eq!(read(&w.finish()), Err(ReadError::OpenDocument));
        assert_eq!(read(b"kode;nama"), Err(ReadError::NotWorkbook));
    }
}

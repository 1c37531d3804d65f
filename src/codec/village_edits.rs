//! The rekap's village figures typed or pasted on the page: an overlay on the rows read from
//! the files and the registry, kept with the work (`rekap_files::Work::edits`) by kode desa and
//! the template's column name, and applied each time the rows are read (`rekap_files::parse`).
//! Only text that reads is kept, so an edit always applies.

use crate::calc::money::Rupiah;
use crate::calc::rekap::village::VillageRow;
use crate::codec::input::{self, InputError};
use crate::codec::villages_csv::{column_for, Column};
use std::collections::BTreeMap;

/// The template's columns a user can type into, in the order of the page and of a paste
/// (`docs/rekap-template.csv` spells them so).
pub const EDITABLE: [&str; 10] = [
    "ADD",
    "kepala desa",
    "sekretaris desa",
    "perangkat desa",
    "BPD",
    "RT/RW",
    "kader",
    "pekerja rentan",
    "total belanja",
    "siltap",
];

/// Edits by kode desa, then by column name (one of [`EDITABLE`]), as the user typed them.
pub type Edits = BTreeMap<String, BTreeMap<String, String>>;

/// A cell's value as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// People of one category (empty reads as 0).
    Count(u32),
    /// A money amount (empty: not given).
    Money(Option<Rupiah>),
}

/// The importer's column of an editable column name (None for any other name).
#[must_use]
pub fn column_of(name: &str) -> Option<Column> {
    if !EDITABLE.contains(&name) {
        return None;
    }
    column_for(name)
}

/// The editable column a spreadsheet header names (`Alokasi Dana Desa`, `KADER`, `rt rw`), if any.
#[must_use]
pub fn editable_named(header: &str) -> Option<&'static str> {
    let wanted = column_for(header)?;
    EDITABLE
        .into_iter()
        .find(|name| column_for(name) == Some(wanted))
}

/// Reads `text` as a value of column `name`, with the rules of the villages spreadsheet.
pub fn read(name: &str, text: &str) -> Result<Value, InputError> {
    match column_of(name) {
        Some(Column::Count(_)) => {
            input::parse_optional_count(text).map(|n| Value::Count(n.unwrap_or(0)))
        }
        Some(_) => input::parse_optional_rupiah(text).map(Value::Money),
        None => Err(InputError::NotANumber),
    }
}

/// The value of column `name` in `row` (None for a name not editable).
#[must_use]
pub fn value(row: &VillageRow, name: &str) -> Option<Value> {
    match column_of(name)? {
        Column::Count(kind) => Some(Value::Count(row.counts[kind])),
        Column::Add => Some(Value::Money(row.add)),
        Column::Belanja => Some(Value::Money(row.belanja)),
        Column::Siltap => Some(Value::Money(row.siltap)),
        _ => None,
    }
}

/// Sets column `name` of `row` to `value` (nothing for a name not editable or a value of
/// the other kind).
pub fn set(row: &mut VillageRow, name: &str, value: Value) {
    match (column_of(name), value) {
        (Some(Column::Count(kind)), Value::Count(n)) => {
            row.counts[kind] = n;
        }
        (Some(Column::Add), Value::Money(m)) => row.add = m,
        (Some(Column::Belanja), Value::Money(m)) => row.belanja = m,
        (Some(Column::Siltap), Value::Money(m)) => row.siltap = m,
        _ => {}
    }
}

/// A value as a cell shows it and reads it back: Indonesian digits (`318.397.000`, `12`,
/// `1.250,50`), empty for money not given, whatever the page's language.
#[must_use]
pub fn shown(value: Value) -> String {
    match value {
        Value::Count(n) => group(&n.to_string()),
        Value::Money(None) => String::new(),
        Value::Money(Some(m)) => {
            let text = m.amount().normalize().to_string();
            match text.split_once('.') {
                Some((whole, sen)) => format!("{},{sen}", group(whole)),
                None => group(&text),
            }
        }
    }
}

/// `1234567` → `1.234.567`.
fn group(digits: &str) -> String {
    let len = digits.chars().count();
    let mut out = String::with_capacity(len + len / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Applies `edits` to the rows of their kode (every row of it, should a kode be on two);
/// returns how many villages' edits found no row (kept, not applied). An edit that no longer
/// reads is left out.
pub fn apply(rows: &mut [VillageRow], edits: &Edits) -> usize {
    if edits.is_empty() {
        return 0;
    }
    let mut found = std::collections::BTreeSet::new();
    for row in rows.iter_mut() {
        let kode = row.kode.trim();
        if kode.is_empty() {
            continue;
        }
        if let Some(cells) = edits.get(kode) {
            found.insert(kode.to_string());
            apply_cells(row, cells);
        }
    }
    edits.len() - found.len().min(edits.len())
}

/// Applies one village's edits (column name → text) to its row; one that no longer reads
/// is left out.
pub fn apply_cells(row: &mut VillageRow, cells: &BTreeMap<String, String>) {
    for (name, text) in cells {
        if let Ok(v) = read(name, text) {
            set(row, name, v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::CategoryKind;

    fn row(kode: &str) -> VillageRow {
        VillageRow::named(2, kode, "Pedukun", "Tanah Tumbuh")
    }

    #[test]
    fn every_editable_name_is_a_template_column() {
        let header = crate::codec::villages_csv::TEMPLATE
            .lines()
            .next()
            .unwrap_or_default()
            .trim_start_matches('\u{feff}');
        let names: Vec<&str> = header.split(';').collect();
        for name in EDITABLE {
            assert!(names.contains(&name), "{name}");
            assert!(column_of(name).is_some(), "{name}");
            assert_eq!(editable_named(name), Some(name));
        }
        assert_eq!(editable_named("Alokasi Dana Desa"), Some("ADD"));
        assert_eq!(editable_named(" KADER "), Some("kader"));
        assert_eq!(editable_named("rt rw"), Some("RT/RW"));
        assert_eq!(editable_named("nama desa"), None);
        assert_eq!(column_of("nama desa"), None);
    }

    #[test]
    fn values_read_with_the_spreadsheet_rules_and_show_as_typed() {
        assert_eq!(read("kader", "12"), Ok(Value::Count(12)));
        assert_eq!(read("kader", ""), Ok(Value::Count(0)));
        assert_eq!(read("kader", "2,5"), Err(InputError::NotWholeCount));
        let add = read("ADD", "318.397.000");
        assert_eq!(add, Ok(Value::Money(Some(Rupiah::from_whole(318_397_000)))));
        assert_eq!(read("ADD", "318 juta"), read("ADD", "318.000.000"));
        assert_eq!(read("siltap", " "), Ok(Value::Money(None)));
        assert!(read("ADD", "abc").is_err());
        assert!(read("nama desa", "1").is_err());
        assert_eq!(shown(Value::Count(1234)), "1.234");
        assert_eq!(shown(Value::Count(0)), "0");
        assert_eq!(
            shown(Value::Money(Some(Rupiah::from_whole(318_397_000)))),
            "318.397.000"
        );
        let sen = read("ADD", "1.250,50");
        assert_eq!(sen.map(shown), Ok("1.250,5".to_string()));
        assert_eq!(shown(Value::Money(None)), "");
    }

    #[test]
    fn edits_apply_to_the_rows_of_their_kode_and_others_are_counted() {
        let mut rows = vec![row("15.08.01.2001"), row(""), row("15.08.01.2002")];
        let mut edits = Edits::new();
        let mut cells = BTreeMap::new();
        cells.insert("kader".to_string(), "7".to_string());
        cells.insert("ADD".to_string(), "1,2 miliar".to_string());
        cells.insert("nama desa".to_string(), "X".to_string());
        edits.insert("15.08.01.2001".into(), cells);
        edits.insert("99.99".into(), BTreeMap::new());
        assert_eq!(apply(&mut rows, &edits), 1);
        assert_eq!(rows[0].counts[CategoryKind::Kader], 7);
        assert_eq!(rows[0].add, Some(Rupiah::from_whole(1_200_000_000)));
        assert_eq!(rows[0].nama, "Pedukun");
        assert_eq!(rows[1], row(""));
        assert_eq!(rows[2], row("15.08.01.2002"));
        assert_eq!(value(&rows[0], "kader"), Some(Value::Count(7)));
    }
}

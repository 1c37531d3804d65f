//! Excel workbooks (`.xlsx`) in and out, with no browser type: a small zip container
//! ([`zip`], inflate by `miniz_oxide`), a small XML tokenizer ([`xml`]), the reader ([`read`])
//! and the writer ([`write`]). Proven against `calamine` and `rust_xlsxwriter` in `tests/xlsx.rs`.

pub mod read;
pub mod write;
pub mod xml;
pub mod zip;

pub use read::{read, Cell, ReadError, Sheet};

/// The media type of an `.xlsx` download.
pub const MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

use crate::codec::villages_csv::column_for;

/// A cell as the villages CSV would hold it: numbers as plain digits with a decimal comma
/// (`318397000`, `12,5`), dates as `2026-01-31`, booleans as `TRUE`/`FALSE`.
#[must_use]
pub fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) | Cell::Error(t) => t.clone(),
        Cell::Number(n) => read::plain_number(n).unwrap_or_else(|| n.clone()),
        Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Cell::Date(d) => read::date_text(d)
            .or_else(|| read::plain_number(d))
            .unwrap_or_else(|| d.clone()),
    }
}

/// Row number of the header: the first row naming at least two villages columns, so a title
/// above it (often merged across the columns) is passed over.
fn header_row(sheet: &Sheet) -> Option<u32> {
    sheet.rows.iter().find_map(|(n, cells)| {
        let known = cells
            .iter()
            .filter(|c| matches!(c, Cell::Text(t) if column_for(t).is_some()))
            .count();
        (known >= 2).then_some(*n)
    })
}

/// The sheet to read villages from: the first whose rows name the villages columns, else the
/// first sheet.
#[must_use]
pub fn villages_sheet(sheets: &[Sheet]) -> usize {
    sheets
        .iter()
        .position(|s| header_row(s).is_some())
        .unwrap_or(0)
}

/// A sheet as the villages CSV text (`;`, quoted where needed), each row on its own line
/// number so every problem names the row the spreadsheet shows; rows above the header (a
/// title) are left blank, and blank rows are skipped by the CSV reader as in any CSV.
#[must_use]
pub fn villages_text(sheet: &Sheet) -> String {
    let first = header_row(sheet).unwrap_or(0);
    let mut out = String::new();
    let mut line = 1u32;
    for (n, cells) in &sheet.rows {
        if *n < first || *n < line {
            continue;
        }
        while line < *n {
            out.push('\n');
            line += 1;
        }
        let fields: Vec<String> = cells.iter().map(|c| csv_field(&cell_text(c))).collect();
        out.push_str(&fields.join(";"));
        out.push('\n');
        line += 1;
    }
    out
}

fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::villages_csv;

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn a_sheet_reads_as_the_same_csv_would() {
        let sheet = Sheet {
            name: "Desa".into(),
            rows: vec![
                (1, vec![text("REKAP DESA KABUPATEN X")]),
                (
                    3,
                    vec![
                        text("Kode Desa"),
                        text("Nama Desa"),
                        text("Kecamatan"),
                        text("ADD"),
                    ],
                ),
                (
                    4,
                    vec![
                        text("15.08.01.2001"),
                        text("Suka; \"maju\""),
                        text("Kec. A"),
                        Cell::Number("318397000".into()),
                    ],
                ),
                (
                    6,
                    vec![
                        text("15.08.01.2002"),
                        text("Jaya"),
                        text("Kec. A"),
                        Cell::Number("12.5".into()),
                    ],
                ),
                (
                    7,
                    vec![
                        text("JUMLAH"),
                        Cell::Empty,
                        Cell::Empty,
                        Cell::Number("1".into()),
                    ],
                ),
            ],
        };
        assert_eq!(villages_sheet(&[Sheet::default(), sheet.clone()]), 1);
        let csv = villages_text(&sheet);
        let import = villages_csv::parse(&csv).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(import.villages.len(), 2);
        let first = import.villages.first().cloned().unwrap_or_else(|| panic!());
        assert_eq!((first.row, first.nama.as_str()), (4, "Suka; \"maju\""));
        assert_eq!(first.add.map(|a| a.amount()), Some(318_397_000.into()));
        // 12,5 rupiah has a sen: read, not refused as 125.
        assert_eq!(import.villages.get(1).map(|v| v.row), Some(6));
        assert_eq!(import.skipped, 1);
        assert_eq!(cell_text(&Cell::Date("46053".into())), "2026-01-31");
        assert_eq!(
            cell_text(&Cell::Number("1E20".into())),
            "100000000000000000000"
        );
    }
}

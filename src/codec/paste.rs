//! A block of cells pasted onto the rekap's village grid: the tab-separated text that Excel,
//! LibreOffice, Google Sheets and WPS put on the clipboard (CRLF or LF, cells with a tab or a
//! line break quoted with doubled quotes), read into cells and placed on villages and
//! columns (`village_edits::EDITABLE`). Every cell that does not read is said with its place;
//! the rest is kept. Pure; never panics.

use crate::codec::input::InputError;
use crate::codec::village_edits::{self, EDITABLE};
use crate::codec::villages_csv::{column_for, Column};

/// Most cells read from one paste (a whole kabupaten of 3,215 villages is about 40,000).
pub const MAX_CELLS: usize = 200_000;
/// Most problems stored; the rest are only counted.
pub const MAX_PROBLEMS: usize = 50;

/// The pasted text as rows of cells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    /// Rows of cells, as pasted (rows may differ in length).
    pub rows: Vec<Vec<String>>,
    /// True when the text held more than [`MAX_CELLS`] cells: the rest was not read.
    pub truncated: bool,
}

impl Block {
    /// True when the block is one cell (a single value).
    #[must_use]
    pub fn is_single(&self) -> bool {
        matches!(self.rows.as_slice(), [row] if row.len() == 1)
    }
}

/// Reads tab-separated text. A cell starting with `"` and closed by a `"` before a tab or a
/// line end is quoted (`""` inside is one `"`); any other `"` is kept as it is. One final line
/// break ends the block, not a row.
#[must_use]
pub fn cells(text: &str) -> Block {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut block = Block::default();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut count = 0usize;
    let mut chars = text.char_indices().peekable();
    let mut at_cell_start = true;
    while let Some((at, c)) = chars.next() {
        if at_cell_start && c == '"' {
            if let Some((content, used)) = quoted(&text[at..]) {
                cell.push_str(&content);
                // Skip what the quoted cell used, then read on to the cell's end.
                let end = at + used;
                while chars.peek().is_some_and(|(i, _)| *i < end) {
                    chars.next();
                }
                at_cell_start = false;
                continue;
            }
        }
        at_cell_start = false;
        match c {
            '\t' => {
                row.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut cell));
                count += row.len();
                block.rows.push(std::mem::take(&mut row));
                at_cell_start = true;
                if count > MAX_CELLS {
                    block.truncated = chars.peek().is_some();
                    return block;
                }
            }
            c => cell.push(c),
        }
    }
    // The last line, unless the text ended with a line break (or was empty).
    if !at_cell_start || !row.is_empty() || (block.rows.is_empty() && !text.is_empty()) {
        row.push(cell);
        block.rows.push(row);
    }
    block
}

/// A quoted cell at the start of `text` (which starts with `"`): its content and the bytes
/// it used, when a closing quote is followed by a tab, a line break or the end.
fn quoted(text: &str) -> Option<(String, usize)> {
    let mut content = String::new();
    let mut chars = text.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        if c != '"' {
            content.push(c);
            continue;
        }
        if chars.peek().is_some_and(|(_, n)| *n == '"') {
            chars.next();
            content.push('"');
            continue;
        }
        let next = chars.peek().map(|(_, n)| *n);
        return match next {
            None | Some('\t' | '\r' | '\n') => Some((content, i + 1)),
            // `"a"b`: not a quoted cell; read as typed.
            Some(_) => None,
        };
    }
    None
}

/// What went wrong with one pasted cell or row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A value that does not read in its column.
    BadValue {
        /// The column's name (one of `EDITABLE`).
        column: &'static str,
        /// The text as pasted (cut to 40 characters).
        text: String,
        /// Why.
        error: InputError,
    },
    /// The row falls on a village without kode desa, which cannot be edited.
    NoKode,
    /// The pasted row's kode desa is not the village it falls on.
    OtherKode {
        /// The kode pasted.
        pasted: String,
        /// The village's kode.
        village: String,
    },
    /// More columns than there are editable columns right of the cell.
    PastLastColumn,
    /// A header cell naming no column that can be typed into (nor kode, nama, kecamatan).
    UnknownHeader(String),
    /// Rows below the last village: this many were not placed.
    PastLastRow(usize),
    /// The paste held more than [`MAX_CELLS`] cells; the rest was not read.
    TooLarge,
}

/// One problem, at its place in the pasted block (row and column from 1; the header row,
/// if any, is row 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Row in the block.
    pub row: usize,
    /// Column in the block.
    pub column: usize,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// One value to set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    /// The village's kode desa.
    pub kode: String,
    /// The column's name (one of `EDITABLE`).
    pub column: &'static str,
    /// The text as pasted, trimmed (it reads).
    pub text: String,
}

/// What a paste sets and what it could not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placement {
    /// Values to set, in the block's order.
    pub cells: Vec<Placed>,
    /// The first [`MAX_PROBLEMS`] problems.
    pub problems: Vec<Problem>,
    /// Problems beyond those stored.
    pub more_problems: usize,
    /// True when the first row was read as a header.
    pub header: bool,
}

impl Placement {
    fn problem(&mut self, row: usize, column: usize, kind: ProblemKind) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { row, column, kind });
        } else {
            self.more_problems += 1;
        }
    }
}

/// Where each pasted column goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// An editable column.
    Editable(&'static str),
    /// The kode desa column of a header: checked against the village.
    Kode,
    /// Named but not editable (nama, kecamatan, a wage base…): left alone.
    Ignored,
    /// No column there.
    Nothing,
}

/// True when `row` reads as a header: some cell names a template column and none is a number.
fn is_header(row: &[String]) -> bool {
    row.iter().any(|c| column_for(c).is_some())
        && row
            .iter()
            .all(|c| c.trim().is_empty() || crate::codec::input::parse_rupiah(c).is_err())
}

/// Places `block` on the villages `rows` (their kode desa, None for a village without one, in
/// the order shown, starting with the row pasted on) from editable column `first_column`
/// (an index into `EDITABLE`). A header row places columns by name instead.
#[must_use]
pub fn place(block: &Block, rows: &[Option<&str>], first_column: usize) -> Placement {
    let mut out = Placement::default();
    let mut data = block.rows.as_slice();
    let mut row_offset = 1;
    let targets: Vec<Target> = match block.rows.first() {
        Some(first) if is_header(first) => {
            out.header = true;
            data = data.get(1..).unwrap_or_default();
            row_offset = 2;
            first
                .iter()
                .enumerate()
                .map(|(j, name)| {
                    if name.trim().is_empty() {
                        return Target::Nothing;
                    }
                    match (village_edits::editable_named(name), column_for(name)) {
                        (Some(col), _) => Target::Editable(col),
                        (None, Some(Column::KodeDesa)) => Target::Kode,
                        (None, Some(_)) => Target::Ignored,
                        (None, None) => {
                            let text = name.trim().chars().take(40).collect();
                            out.problem(1, j + 1, ProblemKind::UnknownHeader(text));
                            Target::Nothing
                        }
                    }
                })
                .collect()
        }
        _ => {
            let widest = block.rows.iter().map(Vec::len).max().unwrap_or(0);
            (0..widest)
                .map(|j| {
                    EDITABLE
                        .get(first_column.saturating_add(j))
                        .map_or(Target::Nothing, |c| Target::Editable(c))
                })
                .collect()
        }
    };
    if !out.header {
        // One problem per column past the last, on the first row that has a value there.
        for (j, t) in targets.iter().enumerate() {
            if *t == Target::Nothing {
                if let Some(i) = data
                    .iter()
                    .position(|r| r.get(j).is_some_and(|c| !c.trim().is_empty()))
                {
                    out.problem(i + row_offset, j + 1, ProblemKind::PastLastColumn);
                }
            }
        }
    }
    let kode_column = targets.iter().position(|t| *t == Target::Kode);
    let mut past_end = 0usize;
    let mut first_past_end = 0usize;
    for (i, cells) in data.iter().enumerate() {
        let at = i + row_offset;
        let Some(village) = rows.get(i) else {
            if cells.iter().any(|c| !c.trim().is_empty()) {
                if past_end == 0 {
                    first_past_end = at;
                }
                past_end += 1;
            }
            continue;
        };
        let Some(kode) = village.map(str::trim).filter(|k| !k.is_empty()) else {
            out.problem(at, 1, ProblemKind::NoKode);
            continue;
        };
        if let Some(k) = kode_column {
            let pasted = cells.get(k).map_or("", |c| c.trim());
            if !pasted.is_empty() && pasted != kode {
                out.problem(
                    at,
                    k + 1,
                    ProblemKind::OtherKode {
                        pasted: pasted.chars().take(40).collect(),
                        village: kode.to_string(),
                    },
                );
                continue;
            }
        }
        for (j, text) in cells.iter().enumerate() {
            let Some(Target::Editable(column)) = targets.get(j).copied() else {
                continue;
            };
            let text = text.trim();
            match village_edits::read(column, text) {
                Ok(_) => out.cells.push(Placed {
                    kode: kode.to_string(),
                    column,
                    text: text.to_string(),
                }),
                Err(error) => out.problem(
                    at,
                    j + 1,
                    ProblemKind::BadValue {
                        column,
                        text: text.chars().take(40).collect(),
                        error,
                    },
                ),
            }
        }
    }
    if past_end > 0 {
        out.problem(first_past_end, 1, ProblemKind::PastLastRow(past_end));
    }
    if block.truncated {
        out.problem(block.rows.len() + 1, 1, ProblemKind::TooLarge);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rows(block: &Block) -> Vec<Vec<&str>> {
        block
            .rows
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn tab_separated_lines_read_with_crlf_lf_and_a_final_line_break() {
        let excel = cells("12\t318.397.000\r\n5\t1,2 miliar\r\n");
        assert_eq!(rows(&excel), [["12", "318.397.000"], ["5", "1,2 miliar"]]);
        assert!(!excel.truncated);
        let sheets = cells("12\t318.397.000\n5\t1,2 miliar");
        assert_eq!(rows(&sheets), rows(&excel));
        assert_eq!(rows(&cells("7")), [["7"]]);
        assert!(cells("7\n").is_single());
        assert!(cells("").rows.is_empty());
        assert_eq!(rows(&cells("\n")), [[""]]);
        assert_eq!(
            rows(&cells("a\t\tb\n\nc\r")),
            [vec!["a", "", "b"], vec![""], vec!["c"]]
        );
        assert_eq!(rows(&cells("a\t")), [["a", ""]]);
    }

    #[test]
    fn quoted_cells_hold_tabs_line_breaks_and_doubled_quotes() {
        let b = cells("\"Desa \"\"Baru\"\"\"\t\"a\tb\"\r\n\"two\r\nlines\"\t3\r\n");
        assert_eq!(rows(&b), [["Desa \"Baru\"", "a\tb"], ["two\r\nlines", "3"]]);
        // A quote that does not close a cell is text as typed.
        assert_eq!(rows(&cells("\"abc\t2")), [["\"abc", "2"]]);
        assert_eq!(rows(&cells("\"a\"b\t2")), [["\"a\"b", "2"]]);
        assert_eq!(rows(&cells("5 \"x\"")), [["5 \"x\""]]);
        assert_eq!(rows(&cells("\"\"")), [[""]]);
    }

    fn kodes<'a>(k: &'a [&'a str]) -> Vec<Option<&'a str>> {
        k.iter().map(|k| (!k.is_empty()).then_some(*k)).collect()
    }

    #[test]
    fn a_block_fills_down_the_rows_and_right_along_the_columns() {
        let villages = kodes(&["A", "B", "C"]);
        // From "perangkat desa" (index 3): perangkat desa, BPD, RT/RW.
        let p = place(&cells("1\t2\t3\r\n4\t5\t6\r\n"), &villages, 3);
        assert!(!p.header);
        let got: Vec<(&str, &str, &str)> = p
            .cells
            .iter()
            .map(|c| (c.kode.as_str(), c.column, c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("A", "perangkat desa", "1"),
                ("A", "BPD", "2"),
                ("A", "RT/RW", "3"),
                ("B", "perangkat desa", "4"),
                ("B", "BPD", "5"),
                ("B", "RT/RW", "6")
            ]
        );
        assert!(p.problems.is_empty());
    }

    #[test]
    fn a_cell_that_does_not_read_is_said_with_its_place_and_the_rest_is_kept() {
        let villages = kodes(&["A", "", "C"]);
        let p = place(
            &cells("318 juta\t3\nx\t1\n1.000.000\tdua\n9\n"),
            &villages,
            0,
        );
        let got: Vec<(&str, &str)> = p
            .cells
            .iter()
            .map(|c| (c.kode.as_str(), c.column))
            .collect();
        assert_eq!(got, [("A", "ADD"), ("A", "kepala desa"), ("C", "ADD")]);
        assert_eq!(
            p.problems,
            [
                Problem {
                    row: 2,
                    column: 1,
                    kind: ProblemKind::NoKode
                },
                Problem {
                    row: 3,
                    column: 2,
                    kind: ProblemKind::BadValue {
                        column: "kepala desa",
                        text: "dua".into(),
                        error: InputError::NotANumber
                    }
                },
                Problem {
                    row: 4,
                    column: 1,
                    kind: ProblemKind::PastLastRow(1)
                }
            ]
        );
        // Past the last column.
        let p = place(&cells("1\t2\t3"), &kodes(&["A"]), 8);
        assert_eq!(p.cells.len(), 2);
        assert_eq!(
            p.problems,
            [Problem {
                row: 1,
                column: 3,
                kind: ProblemKind::PastLastColumn
            }]
        );
    }

    #[test]
    fn a_header_row_places_columns_by_name() {
        let text = "Nama Desa\tKADER\tadd\tcatatan\tRT / RW\r\nPedukun\t7\t318 juta\tx\t4\r\nLubuk\t8\t\t\tlima\r\n";
        let p = place(&cells(text), &kodes(&["A", "B"]), 5);
        assert!(p.header);
        let got: Vec<(&str, &str, &str)> = p
            .cells
            .iter()
            .map(|c| (c.kode.as_str(), c.column, c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("A", "kader", "7"),
                ("A", "ADD", "318 juta"),
                ("A", "RT/RW", "4"),
                ("B", "kader", "8"),
                ("B", "ADD", ""),
            ]
        );
        assert_eq!(
            p.problems,
            [
                Problem {
                    row: 1,
                    column: 4,
                    kind: ProblemKind::UnknownHeader("catatan".into())
                },
                Problem {
                    row: 3,
                    column: 5,
                    kind: ProblemKind::BadValue {
                        column: "RT/RW",
                        text: "lima".into(),
                        error: InputError::NotANumber
                    }
                }
            ]
        );
        // A kode column must name the village each row falls on.
        let p = place(
            &cells("kode desa\tkader\nA\t1\nX\t2\n"),
            &kodes(&["A", "B"]),
            0,
        );
        assert_eq!(p.cells.len(), 1);
        assert_eq!(
            p.problems,
            [Problem {
                row: 3,
                column: 1,
                kind: ProblemKind::OtherKode {
                    pasted: "X".into(),
                    village: "B".into()
                }
            }]
        );
        // Numbers are never a header.
        assert!(!place(&cells("1\t2"), &kodes(&["A"]), 0).header);
    }

    proptest! {
        #[test]
        fn any_text_reads_and_places_without_panicking(text in "[\\PC\t\r\n\"]{0,200}", start in 0usize..12) {
            let block = cells(&text);
            let villages = kodes(&["A", "", "C"]);
            let p = place(&block, &villages, start);
            prop_assert!(p.problems.len() <= MAX_PROBLEMS);
        }

        #[test]
        fn plain_cells_read_back_as_written(grid in proptest::collection::vec(proptest::collection::vec("[a-z0-9 .,]{0,6}", 1..5), 1..5)) {
            let text: String = grid.iter().map(|r| r.join("\t") + "\r\n").collect();
            let block = cells(&text);
            prop_assert_eq!(block.rows, grid);
        }
    }
}

//! The villages spreadsheet: CSV as Excel and LibreOffice save it in Indonesia
//! (`;` or `,`, UTF-8 with or without BOM, CRLF or LF, quoted fields, `318.397.000`).
//! Every problem carries its row and column; valid rows are kept (`docs/rekap-format.md`).

use crate::calc::category::{CategoryKind, FundingSource};
use crate::calc::plan::MAX_NAME_CHARS;
use crate::calc::rekap::village::{cut_to_chars, VillageRow};
use crate::codec::input::{self, InputError};
use std::borrow::Cow;

/// Most data rows accepted in one file.
pub const MAX_ROWS: usize = 100_000;
/// Most problems stored; the rest are only counted.
pub const MAX_PROBLEMS: usize = 50;

/// The template offered for download: every column and three example rows.
pub const TEMPLATE: &str = include_str!("../../docs/rekap-template.csv");

/// A column the importer knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// Kemendagri village code, e.g. `15.08.01.2001`.
    KodeDesa,
    /// Village name.
    NamaDesa,
    /// Sub-district name.
    Kecamatan,
    /// Alokasi Dana Desa for the year.
    Add,
    /// People in one default category.
    Count(CategoryKind),
    /// Total belanja APBDes (optional).
    Belanja,
    /// Siltap already budgeted (optional).
    Siltap,
    /// Wage base of one category (optional).
    Base(CategoryKind),
    /// Funding source of one category (optional).
    Funding(CategoryKind),
}

/// What went wrong with a whole file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// No bytes, or only blank lines.
    Empty,
    /// Not UTF-8 text, or no header naming a known column.
    NotCsv,
    /// More data rows than [`MAX_ROWS`].
    TooManyRows {
        /// The limit.
        max: usize,
    },
    /// A required column is absent from the header.
    MissingColumn(Column),
}

/// What went wrong in one cell or row (row numbers count the header as row 1, like a spreadsheet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// A cell that does not parse.
    BadCell {
        /// Spreadsheet row number.
        row: usize,
        /// The column.
        column: Column,
        /// The text as found (truncated to 40 characters).
        text: String,
        /// Why.
        error: InputError,
    },
    /// A funding-source cell naming no known source.
    UnknownFunding {
        /// Spreadsheet row number.
        row: usize,
        /// The category's column.
        column: Column,
        /// The text as found.
        text: String,
    },
    /// A required text cell (kode, nama) left empty.
    MissingValue {
        /// Spreadsheet row number.
        row: usize,
        /// The column.
        column: Column,
    },
    /// A kode desa already seen on an earlier row.
    DuplicateKode {
        /// Spreadsheet row number.
        row: usize,
        /// The row where it first appeared.
        first_row: usize,
        /// The code.
        kode: String,
    },
    /// A kode desa already read from an earlier file (the same village in two spreadsheets).
    DuplicateKodeInFile {
        /// Spreadsheet row number in this file.
        row: usize,
        /// The earlier file's name.
        first_file: String,
        /// The row in that file.
        first_row: usize,
        /// The code.
        kode: String,
    },
    /// An unterminated quoted field.
    UnclosedQuote {
        /// Spreadsheet row number where the field began.
        row: usize,
    },
    /// A total row (`JUMLAH`, `TOTAL`, … and no kode): left out, never counted as a village.
    TotalRow {
        /// Spreadsheet row number.
        row: usize,
        /// The label as found (truncated to 40 characters).
        text: String,
    },
    /// A row with neither kode nor nama (a subtotal, a note): left out, not a village.
    NotAVillage {
        /// Spreadsheet row number.
        row: usize,
    },
    /// A village name longer than the plan holds: cut to `max` characters, the row kept.
    NameTooLong {
        /// Spreadsheet row number.
        row: usize,
        /// The limit it was cut to.
        max: usize,
    },
}

/// The result of reading one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VillagesImport {
    /// Every village row read (rows with problems included, flagged).
    pub villages: Vec<VillageRow>,
    /// The first [`MAX_PROBLEMS`] problems.
    pub problems: Vec<RowProblem>,
    /// Problems found beyond those stored.
    pub more_problems: usize,
    /// Header cells naming no known column, ignored.
    pub unknown_columns: Vec<String>,
    /// Data rows left out as not villages (total rows, rows without kode and nama).
    pub skipped: usize,
}

impl VillagesImport {
    fn problem(&mut self, p: RowProblem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(p);
        } else {
            self.more_problems += 1;
        }
    }
}

/// Reads a villages CSV from raw bytes; never panics.
pub fn parse_bytes(bytes: &[u8]) -> Result<VillagesImport, FileError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(_) => Err(FileError::NotCsv),
    }
}

/// Reads a villages CSV from text; never panics.
pub fn parse(text: &str) -> Result<VillagesImport, FileError> {
    let mut reader = Reader::new(text)?;
    while !reader.step(usize::MAX) {}
    reader.finish()
}

/// A villages CSV read a number of rows at a time (`step`), so that a page can let the
/// browser draw between the steps of a file of tens of thousands of rows; read to the end it
/// gives what [`parse`] gives.
pub struct Reader<'a> {
    records: Records<'a>,
    columns: Vec<Option<Column>>,
    out: VillagesImport,
    /// Each kode's first row.
    seen: std::collections::HashMap<String, usize>,
    /// Why the file is refused, once it is.
    refused: Option<FileError>,
    done: bool,
}

impl<'a> Reader<'a> {
    /// Starts reading `text`: the header is read now, so a file that is no villages
    /// spreadsheet is refused at once.
    pub fn new(text: &'a str) -> Result<Self, FileError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(FileError::Empty);
        }
        if text.contains('\0') {
            return Err(FileError::NotCsv);
        }
        let mut records = Records::new(text, detect_delimiter(text));
        let mut out = VillagesImport::default();
        let header = loop {
            match records.next() {
                Some((_, r)) if is_blank(&r) => {}
                Some((_, r)) => break r,
                None => return Err(FileError::Empty),
            }
        };
        let columns: Vec<Option<Column>> = header.iter().map(|h| column_for(h)).collect();
        if columns.iter().all(Option::is_none) {
            return Err(FileError::NotCsv);
        }
        for (cell, col) in header.iter().zip(&columns) {
            if col.is_none() && !cell.trim().is_empty() {
                out.unknown_columns.push(cell.trim().to_string());
            }
        }
        for required in [
            Column::KodeDesa,
            Column::NamaDesa,
            Column::Kecamatan,
            Column::Add,
        ] {
            if !columns.contains(&Some(required)) {
                return Err(FileError::MissingColumn(required));
            }
        }
        Ok(Reader {
            records,
            columns,
            out,
            seen: std::collections::HashMap::new(),
            refused: None,
            done: false,
        })
    }

    /// Reads up to `rows` more records; true once the whole file is read (or refused).
    pub fn step(&mut self, rows: usize) -> bool {
        for _ in 0..rows {
            if self.done {
                break;
            }
            let Some((row, record)) = self.records.next() else {
                self.done = true;
                break;
            };
            if is_blank(&record) {
                continue;
            }
            if self.out.villages.len() + self.out.skipped >= MAX_ROWS {
                self.refused = Some(FileError::TooManyRows { max: MAX_ROWS });
                self.done = true;
                break;
            }
            self.read(row, &record);
        }
        self.done
    }

    /// One data record.
    fn read(&mut self, row: usize, record: &[Cow<'_, str>]) {
        let out = &mut self.out;
        if let Some(problem) = left_out(row, record, &self.columns) {
            out.skipped += 1;
            out.problem(problem);
            return;
        }
        let mut village = read_row(row, record, &self.columns, out);
        if !village.kode.is_empty() {
            if let Some(&first_row) = self.seen.get(&village.kode) {
                // Marked here, not from the problem list, which stops at MAX_PROBLEMS.
                village.has_problems = true;
                out.problem(RowProblem::DuplicateKode {
                    row,
                    first_row,
                    kode: village.kode.clone(),
                });
            } else {
                self.seen.insert(village.kode.clone(), row);
            }
        }
        out.villages.push(village);
    }

    /// How far the reading is: bytes of the text read, and of the whole text.
    #[must_use]
    pub fn progress(&self) -> (usize, usize) {
        (self.records.position(), self.records.text.len())
    }

    /// What the file gave, once `step` said it is read (before that, the rows read so far).
    pub fn finish(mut self) -> Result<VillagesImport, FileError> {
        if let Some(refused) = self.refused {
            return Err(refused);
        }
        if let Some(row) = self.records.unclosed() {
            self.out.problem(RowProblem::UnclosedQuote { row });
            if let Some(v) = self.out.villages.last_mut() {
                v.has_problems = true;
            }
        }
        Ok(self.out)
    }
}

/// The kode desa of the files read so far, so a village in two spreadsheets is flagged like
/// one that appears twice in one file (both rows still count).
#[derive(Clone, Debug, Default)]
pub struct SeenKodes {
    /// Each kode's first file (an index into `files`) and row.
    first: std::collections::HashMap<String, (usize, usize)>,
    /// The names of the files read, each once (not copied per village).
    files: Vec<String>,
}

impl SeenKodes {
    /// Records the villages of `import` (read from the file `name`) and flags each whose kode
    /// came from an earlier file: the row is marked and the file gets the problem.
    pub fn check(&mut self, name: &str, import: &mut VillagesImport) {
        let this = match self.files.iter().position(|f| f == name) {
            Some(i) => i,
            None => {
                self.files.push(name.to_string());
                self.files.len() - 1
            }
        };
        let mut found = Vec::new();
        for v in &mut import.villages {
            if v.kode.is_empty() {
                continue;
            }
            match self.first.get(&v.kode) {
                Some((file, first_row)) if *file != this => {
                    v.has_problems = true;
                    found.push(RowProblem::DuplicateKodeInFile {
                        row: v.row,
                        first_file: self.files.get(*file).cloned().unwrap_or_default(),
                        first_row: *first_row,
                        kode: v.kode.clone(),
                    });
                }
                Some(_) => {}
                None => {
                    self.first.insert(v.kode.clone(), (this, v.row));
                }
            }
        }
        for p in found {
            import.problem(p);
        }
    }
}

fn is_blank(record: &[Cow<'_, str>]) -> bool {
    record.iter().all(|c| c.trim().is_empty())
}

/// Why a data row is not a village, if it is not: a total row at the foot of a spreadsheet
/// would double every total, and a row with neither kode nor nama names no village.
fn left_out(row: usize, record: &[Cow<'_, str>], columns: &[Option<Column>]) -> Option<RowProblem> {
    // The last cell of a column wins, as in `read_row`.
    let cell = |want: Column| {
        record
            .iter()
            .zip(columns)
            .rfind(|(_, c)| **c == Some(want))
            .map_or("", |(text, _)| text.trim())
    };
    let (kode, nama) = (cell(Column::KodeDesa), cell(Column::NamaDesa));
    if kode.is_empty() && nama.is_empty() {
        return Some(RowProblem::NotAVillage { row });
    }
    // The label may sit in the kode column or the nama column; the other must say nothing else.
    let only_labels = [kode, nama]
        .iter()
        .all(|t| t.is_empty() || is_total_label(t));
    let label = [nama, kode].into_iter().find(|t| is_total_label(t));
    match label {
        Some(text) if only_labels => Some(RowProblem::TotalRow {
            row,
            text: text.chars().take(40).collect(),
        }),
        _ => None,
    }
}

/// True for a total row's label: `JUMLAH`, `Jml.`, `TOTAL`, `Jumlah total`, `Total Kec. A`,
/// `Sub Total`, `Grand total`. Judged by the first word, so `Jumlahan` is not one. ASCII case
/// only (clippy.toml): every such word is ASCII.
fn is_total_label(text: &str) -> bool {
    let mut words = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    // Compared in place: no lower-case copy of every row's kode and name.
    if first.eq_ignore_ascii_case("sub") || first.eq_ignore_ascii_case("grand") {
        return words.next().unwrap_or("").eq_ignore_ascii_case("total");
    }
    ["jumlah", "jml", "total", "subtotal", "grandtotal"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

fn read_row(
    row: usize,
    record: &[Cow<'_, str>],
    columns: &[Option<Column>],
    out: &mut VillagesImport,
) -> VillageRow {
    let mut v = VillageRow::named(row, "", "", "");
    let bad = |out: &mut VillagesImport, p: RowProblem, v: &mut VillageRow| {
        v.has_problems = true;
        out.problem(p);
    };
    for (cell, col) in record.iter().zip(columns) {
        let Some(column) = *col else { continue };
        let text = cell.trim();
        let bad_cell = |error: InputError| RowProblem::BadCell {
            row,
            column,
            text: text.chars().take(40).collect(),
            error,
        };
        match column {
            Column::KodeDesa => v.kode = text.to_string(),
            Column::NamaDesa => v.nama = text.to_string(),
            Column::Kecamatan => v.kecamatan = text.to_string(),
            Column::Add | Column::Belanja | Column::Siltap | Column::Base(_) => {
                match input::parse_optional_rupiah(text) {
                    Ok(amount) => match column {
                        Column::Add => v.add = amount,
                        Column::Belanja => v.belanja = amount,
                        Column::Siltap => v.siltap = amount,
                        Column::Base(kind) => v.bases[kind] = amount,
                        _ => {}
                    },
                    Err(e) => bad(out, bad_cell(e), &mut v),
                }
            }
            Column::Count(kind) => match input::parse_optional_count(text) {
                Ok(n) => v.counts[kind] = n.unwrap_or(0),
                Err(e) => bad(out, bad_cell(e), &mut v),
            },
            Column::Funding(kind) => {
                if text.is_empty() {
                    continue;
                }
                match funding_for(text) {
                    Some(f) => v.funding[kind] = Some(f),
                    None => bad(
                        out,
                        RowProblem::UnknownFunding {
                            row,
                            column,
                            text: text.chars().take(40).collect(),
                        },
                        &mut v,
                    ),
                }
            }
        }
    }
    // A longer name would put the whole plan outside the core's limits and zero the row.
    if cut_to_chars(&mut v.nama, MAX_NAME_CHARS) {
        let p = RowProblem::NameTooLong {
            row,
            max: MAX_NAME_CHARS,
        };
        bad(out, p, &mut v);
    }
    for (column, empty) in [
        (Column::KodeDesa, v.kode.is_empty()),
        (Column::NamaDesa, v.nama.is_empty()),
    ] {
        if empty {
            bad(out, RowProblem::MissingValue { row, column }, &mut v);
        }
    }
    v
}

/// Lower case, letters and digits only: `Kode Desa`, `KODE_DESA` and `kode-desa` match.
/// ASCII only, as every column name is: Unicode case tables would add 13 KB to the wasm.
fn key(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A default kind by its code (as the link and file write it) or its longer spreadsheet name.
fn kind_for(k: &str) -> Option<CategoryKind> {
    CategoryKind::from_code(k)
        .filter(|kind| kind.spreadsheet_index().is_some())
        .or(match k {
            "kepaladesa" => Some(CategoryKind::KepalaDesa),
            "sekretarisdesa" => Some(CategoryKind::SekretarisDesa),
            "perangkatdesa" => Some(CategoryKind::PerangkatDesa),
            "anggotabpd" => Some(CategoryKind::Bpd),
            "ketuartrw" => Some(CategoryKind::RtRw),
            "lembagakemasyarakatan" => Some(CategoryKind::Kader),
            "pekerjarentan" => Some(CategoryKind::PekerjaRentan),
            "stafdesa" => Some(CategoryKind::StafDesa),
            "pekerjakeagamaan" => Some(CategoryKind::PekerjaKeagamaan),
            _ => None,
        })
}

/// The column a header cell names, if any.
pub fn column_for(header: &str) -> Option<Column> {
    let k = key(header);
    let direct = match k.as_str() {
        "kodedesa" | "kode" | "kodewilayah" | "kodekemendagri" => Some(Column::KodeDesa),
        "namadesa" | "desa" | "nama" => Some(Column::NamaDesa),
        "kecamatan" | "namakecamatan" => Some(Column::Kecamatan),
        "add" | "alokasidanadesa" => Some(Column::Add),
        "totalbelanja" | "belanja" | "belanjaapbdes" => Some(Column::Belanja),
        "siltap" | "siltapdianggarkan" => Some(Column::Siltap),
        _ => None,
    };
    if direct.is_some() {
        return direct;
    }
    if let Some(kind) = kind_for(&k) {
        return Some(Column::Count(kind));
    }
    for (prefix, make) in [
        ("upah", Column::Base as fn(CategoryKind) -> Column),
        ("dasarupah", Column::Base),
        ("sumberdana", Column::Funding),
        ("dana", Column::Funding),
    ] {
        if let Some(rest) = k.strip_prefix(prefix) {
            if let Some(kind) = kind_for(rest) {
                return Some(make(kind));
            }
        }
    }
    None
}

fn funding_for(text: &str) -> Option<FundingSource> {
    let k = key(text);
    FundingSource::ALL
        .into_iter()
        .find(|f| key(f.code()) == k)
        .or(match k.as_str() {
            "alokasidanadesa" => Some(FundingSource::Add),
            "danadesa" => Some(FundingSource::DanaDesa),
            "pad" | "padesa" => Some(FundingSource::PaDes),
            "apbdkabupaten" | "apbdkab" | "apbdkota" => Some(FundingSource::ApbdKabupaten),
            "apbdprovinsi" => Some(FundingSource::ApbdProvinsi),
            "csr" | "lain" => Some(FundingSource::Lainnya),
            _ => None,
        })
}

/// `;` unless the header line has more `,` than `;` outside quotes (Indonesian Excel uses `;`).
/// The header is the first line with more than blanks and separators: a file may start with
/// empty rows (`;;;` or `,,,` as a spreadsheet saves them).
fn detect_delimiter(text: &str) -> char {
    let mut in_quotes = false;
    let mut content = false;
    let (mut semis, mut commas) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                content = true;
            }
            ';' if !in_quotes => semis += 1,
            ',' if !in_quotes => commas += 1,
            '\n' | '\r' if !in_quotes => {
                if content {
                    break;
                }
                (semis, commas) = (0, 0);
            }
            c if !c.is_whitespace() => content = true,
            _ => {}
        }
    }
    if commas > semis {
        ','
    } else {
        ';'
    }
}

/// A record's spreadsheet row and its fields.
type Record<'a> = (usize, Vec<Cow<'a, str>>);

/// Splits into records of fields with their spreadsheet row number (1-based; a blank line is
/// a row, a line break inside quotes is not, as a spreadsheet shows the file); the second
/// value is the row of an unterminated quote, if any.
#[cfg(test)]
fn split_records(text: &str, delimiter: char) -> (Vec<Record<'_>>, Option<usize>) {
    let mut records = Records::new(text, delimiter);
    let all = records.by_ref().collect();
    (all, records.unclosed())
}

/// The records of a text one at a time, as `split_records` splits them.
struct Records<'a> {
    text: &'a str,
    delimiter: char,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    /// Where the current field starts.
    start: usize,
    /// Where the next record starts (bytes read).
    position: usize,
    /// The current field's text once a quote made it a copy: most cells of a large file are
    /// never copied, only sliced from the text.
    quoted: Option<String>,
    in_quotes: bool,
    row: usize,
    ended: bool,
}

impl<'a> Records<'a> {
    fn new(text: &'a str, delimiter: char) -> Self {
        Records {
            text,
            delimiter,
            chars: text.char_indices().peekable(),
            start: 0,
            position: 0,
            quoted: None,
            in_quotes: false,
            row: 1,
            ended: false,
        }
    }

    /// Bytes read.
    fn position(&self) -> usize {
        self.position
    }

    /// The row of an unterminated quote, once every record was taken: it runs to the end, so
    /// it began in the last record.
    fn unclosed(&self) -> Option<usize> {
        (self.ended && self.in_quotes).then_some(self.row)
    }

    fn field(&mut self, end: usize) -> Cow<'a, str> {
        match self.quoted.take() {
            Some(s) => Cow::Owned(s),
            None => Cow::Borrowed(self.text.get(self.start..end).unwrap_or_default()),
        }
    }
}

impl<'a> Iterator for Records<'a> {
    type Item = Record<'a>;

    fn next(&mut self) -> Option<Record<'a>> {
        if self.ended {
            return None;
        }
        let mut record: Vec<Cow<'a, str>> = Vec::new();
        while let Some((i, c)) = self.chars.next() {
            let next = i + c.len_utf8();
            if self.in_quotes {
                let copy = self.quoted.get_or_insert_with(String::new);
                match c {
                    '"' if self.chars.peek().map(|&(_, c)| c) == Some('"') => {
                        self.chars.next();
                        copy.push('"');
                    }
                    '"' => self.in_quotes = false,
                    _ => copy.push(c),
                }
                continue;
            }
            match c {
                '"' if match &self.quoted {
                    Some(s) => s.trim().is_empty(),
                    None => self
                        .text
                        .get(self.start..i)
                        .unwrap_or_default()
                        .trim()
                        .is_empty(),
                } =>
                {
                    self.quoted = Some(String::new());
                    self.in_quotes = true;
                }
                c if c == self.delimiter => {
                    let f = self.field(i);
                    record.push(f);
                    self.start = next;
                }
                '\r' | '\n' => {
                    let f = self.field(i);
                    record.push(f);
                    let row = self.row;
                    self.row += 1;
                    self.start = next;
                    // \r\n is one line break: the next field starts after the \n.
                    if c == '\r' && self.chars.peek().map(|&(_, c)| c) == Some('\n') {
                        self.chars.next();
                        self.start = next + 1;
                    }
                    self.position = self.start;
                    return Some((row, record));
                }
                _ => {
                    if let Some(s) = self.quoted.as_mut() {
                        s.push(c);
                    }
                }
            }
        }
        self.ended = true;
        self.position = self.text.len();
        let last = self.field(self.text.len());
        if !last.is_empty() || !record.is_empty() {
            record.push(last);
            return Some((self.row, record));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::money::Rupiah;
    use proptest::prelude::*;

    /// The splitting as it was before cells became slices of the text: every cell a copy.
    fn split_copying(text: &str, delimiter: char) -> (Vec<(usize, Vec<String>)>, Option<usize>) {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        let mut in_quotes = false;
        let mut row = 1usize;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if in_quotes {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => in_quotes = false,
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                '"' if field.trim().is_empty() => {
                    field.clear();
                    in_quotes = true;
                }
                c if c == delimiter => record.push(std::mem::take(&mut field)),
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    record.push(std::mem::take(&mut field));
                    records.push((row, std::mem::take(&mut record)));
                    row += 1;
                }
                _ => field.push(c),
            }
        }
        let unclosed = in_quotes.then_some(row);
        if !field.is_empty() || !record.is_empty() {
            record.push(field);
            records.push((row, record));
        }
        (records, unclosed)
    }

    proptest! {
        #[test]
        fn cells_are_split_as_when_each_was_copied(
            parts in proptest::collection::vec(
                prop::sample::select(vec!["\"", ";", ",", "\r", "\n", "\r\n", "a", " ", "é", "1.000", "\"\""]),
                0..60,
            ),
            comma in any::<bool>(),
        ) {
            let text = parts.concat();
            let delimiter = if comma { ',' } else { ';' };
            let (records, unclosed) = split_records(&text, delimiter);
            let records: Vec<(usize, Vec<String>)> = records
                .into_iter()
                .map(|(row, cells)| (row, cells.into_iter().map(Cow::into_owned).collect()))
                .collect();
            prop_assert_eq!((records, unclosed), split_copying(&text, delimiter));
        }

        #[test]
        fn a_file_read_in_steps_reads_as_in_one(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    "\"", ";", "\n", "\r\n", "a", " ", "12", "1.000", "x", "jumlah", "15.08.01.2001",
                ]),
                0..80,
            ),
            rows in 1usize..4,
        ) {
            let text = format!("kode desa;nama desa;kecamatan;ADD;kader\n{}", parts.concat());
            let mut reader = match Reader::new(&text) {
                Ok(r) => r,
                Err(e) => return Err(TestCaseError::fail(format!("{e:?}"))),
            };
            let mut last = 0;
            while !reader.step(rows) {
                let (read, all) = reader.progress();
                prop_assert!(read >= last && read <= all);
                last = read;
            }
            prop_assert_eq!(reader.progress().0, text.len());
            prop_assert_eq!(reader.finish(), parse(&text));
        }
    }

    #[test]
    fn too_many_rows_refuse_a_file_read_in_steps() {
        let text = format!(
            "kode desa;nama desa;kecamatan;ADD\n{}",
            "1;A;K;5\n".repeat(MAX_ROWS + 1)
        );
        let Ok(mut reader) = Reader::new(&text) else {
            panic!("header")
        };
        while !reader.step(7_000) {}
        assert_eq!(
            reader.finish(),
            Err(FileError::TooManyRows { max: MAX_ROWS })
        );
    }

    fn ok(text: &str) -> VillagesImport {
        match parse(text) {
            Ok(i) => i,
            Err(e) => panic!("unexpected {e:?}"),
        }
    }

    #[test]
    fn template_reads_without_problems() {
        let i = ok(TEMPLATE);
        assert_eq!(i.villages.len(), 3);
        assert!(i.problems.is_empty(), "{:?}", i.problems);
        assert!(i.unknown_columns.is_empty());
        let v = &i.villages[0];
        assert_eq!(v.kode, "15.08.01.2001");
        assert_eq!(v.add, Some(Rupiah::from_whole(318_397_000)));
        // The template has no columns for the optional kinds: none of them.
        assert_eq!(
            v.counts,
            crate::calc::rekap::village::counts_in_columns([1, 1, 6, 5, 4, 10, 25, 0, 0])
        );
        assert_eq!(v.belanja, Some(Rupiah::from_whole(1_200_000_000)));
        assert_eq!(i.villages[1].belanja, None);
        assert_eq!(v.row, 2);
    }

    #[test]
    fn the_optional_kinds_have_columns_by_name_or_code() {
        for header in ["staf desa;pekerja keagamaan", "staf;keagamaan"] {
            let text =
                format!("kode desa;nama desa;kecamatan;ADD;{header}\n11.01;Satu;X;1000;4;12\n");
            let v = &ok(&text).villages[0];
            let at = |kind: CategoryKind| kind.spreadsheet_index().map(|_| v.counts[kind]);
            assert_eq!(at(CategoryKind::StafDesa), Some(4), "{header}");
            assert_eq!(at(CategoryKind::PekerjaKeagamaan), Some(12), "{header}");
        }
        assert_eq!(CategoryKind::Lainnya.spreadsheet_index(), None);
    }

    #[test]
    fn comma_separated_lf_with_quotes_and_odd_headers() {
        let text = "KODE_DESA,Nama Desa,kecamatan,\"A.D.D\",Pekerja-Rentan,warna\n\
                    11.01,\"Desa, Satu\",X,\"318.397.000\",25,merah\n";
        let i = ok(text);
        assert_eq!(i.villages.len(), 1);
        assert_eq!(i.villages[0].nama, "Desa, Satu");
        assert_eq!(i.villages[0].counts[CategoryKind::PekerjaRentan], 25);
        assert_eq!(i.unknown_columns, vec!["warna".to_string()]);
    }

    #[test]
    fn bad_cell_reports_row_and_column_and_keeps_row() {
        let text = "kode desa;nama desa;kecamatan;ADD\r\n1;A;K;1.000\r\n2;B;K;3l8 juta\r\n";
        let i = ok(text);
        assert_eq!(i.villages.len(), 2);
        assert!(i.villages[1].has_problems);
        assert!(!i.villages[0].has_problems);
        assert_eq!(
            i.problems,
            vec![RowProblem::BadCell {
                row: 3,
                column: Column::Add,
                text: "3l8 juta".into(),
                error: InputError::NotANumber
            }]
        );
    }

    #[test]
    fn duplicate_kode_is_flagged() {
        let text = "kode desa;nama desa;kecamatan;ADD\n1;A;K;1\n1;B;K;2\n";
        let i = ok(text);
        assert!(matches!(
            i.problems.as_slice(),
            [RowProblem::DuplicateKode {
                row: 3,
                first_row: 2,
                ..
            }]
        ));
        assert!(i.villages[1].has_problems);
    }

    #[test]
    fn a_village_in_two_files_is_flagged_in_the_later_one() {
        let mut seen = SeenKodes::default();
        let mut a = ok("kode desa;nama desa;kecamatan;ADD\n1;A;K;1\n2;B;K;2\n");
        let mut b = ok("kode desa;nama desa;kecamatan;ADD\n3;C;K;1\n2;B;K;2\n");
        seen.check("a.csv", &mut a);
        seen.check("b.csv", &mut b);
        assert!(a.problems.is_empty());
        assert!(a.villages.iter().all(|v| !v.has_problems));
        assert_eq!(
            b.problems,
            vec![RowProblem::DuplicateKodeInFile {
                row: 3,
                first_file: "a.csv".into(),
                first_row: 3,
                kode: "2".into(),
            }]
        );
        assert!(!b.villages[0].has_problems);
        assert!(b.villages[1].has_problems);
        // A kode twice in one file is parse()'s DuplicateKode, not reported again here.
        let mut c = ok("kode desa;nama desa;kecamatan;ADD\n7;D;K;1\n7;D;K;1\n");
        SeenKodes::default().check("c.csv", &mut c);
        assert!(matches!(
            c.problems.as_slice(),
            [RowProblem::DuplicateKode { row: 3, .. }]
        ));
    }

    #[test]
    fn file_errors() {
        assert_eq!(parse(""), Err(FileError::Empty));
        assert_eq!(parse("\u{feff}\r\n \n"), Err(FileError::Empty));
        assert_eq!(parse("hello world\nfoo"), Err(FileError::NotCsv));
        assert_eq!(parse_bytes(&[0xff, 0xfe, 0x00]), Err(FileError::NotCsv));
        assert_eq!(
            parse("kode desa;nama desa;kecamatan\n1;A;K"),
            Err(FileError::MissingColumn(Column::Add))
        );
    }

    #[test]
    fn row_limit_is_enforced() {
        let mut text = String::from("kode;nama;kecamatan;add\n");
        for n in 0..=MAX_ROWS {
            text.push_str(&format!("{n};d;k;1\n"));
        }
        assert_eq!(parse(&text), Err(FileError::TooManyRows { max: MAX_ROWS }));
    }

    #[test]
    fn problem_list_is_capped() {
        let mut text = String::from("kode;nama;kecamatan;add\n");
        for n in 0..70 {
            text.push_str(&format!("{n};d;k;x\n"));
        }
        let i = ok(&text);
        assert_eq!(i.problems.len(), MAX_PROBLEMS);
        assert_eq!(i.more_problems, 20);
        assert_eq!(i.villages.len(), 70);
    }

    #[test]
    fn funding_and_base_columns() {
        let text = "kode;nama;kecamatan;add;sumber dana kepala desa;upah kepala desa\n\
                    1;A;K;1;Dana Desa;2.500.000\n2;B;K;1;emas;\n";
        let i = ok(text);
        assert_eq!(
            i.villages[0].funding[CategoryKind::KepalaDesa],
            Some(FundingSource::DanaDesa)
        );
        assert_eq!(
            i.villages[0].bases[CategoryKind::KepalaDesa],
            Some(Rupiah::from_whole(2_500_000))
        );
        assert!(matches!(
            i.problems.as_slice(),
            [RowProblem::UnknownFunding { row: 3, .. }]
        ));
    }

    #[test]
    fn a_line_break_in_a_quoted_cell_keeps_the_spreadsheet_s_row_numbers() {
        // A spreadsheet shows the cell with a line break as one row: the next is row 3.
        let i = ok("kode;nama;kecamatan;add\n1;\"Desa\nSatu\";K;1\n2;B;K;x\n");
        assert_eq!(i.villages[0].nama, "Desa\nSatu");
        assert_eq!(i.villages[1].row, 3);
        assert!(matches!(
            i.problems.as_slice(),
            [RowProblem::BadCell { row: 3, .. }]
        ));
        // Blank lines are rows of the spreadsheet too.
        let i = ok("kode;nama;kecamatan;add\n\n1;\"A\r\nB\";K;1\r\n\r\n2;C;K;1\n");
        let rows: Vec<usize> = i.villages.iter().map(|v| v.row).collect();
        assert_eq!(rows, [3, 5]);
    }

    #[test]
    fn the_separator_is_read_from_the_header_line_after_blank_lines() {
        let i = ok("\n \r\n,,,\nkode,nama,kecamatan,add\n1,\"Desa, Satu\",K,1\n");
        assert_eq!(i.villages.len(), 1);
        assert_eq!(i.villages[0].nama, "Desa, Satu");
        assert_eq!(i.villages[0].row, 5);
        assert!(i.problems.is_empty(), "{:?}", i.problems);
    }

    #[test]
    fn a_duplicate_after_the_problem_cap_still_marks_its_row() {
        let mut text = String::from("kode;nama;kecamatan;add\n");
        for n in 0..60 {
            text.push_str(&format!("{n};d;k;x\n"));
        }
        text.push_str("0;d;k;1\n");
        let i = ok(&text);
        assert_eq!(i.problems.len(), MAX_PROBLEMS);
        assert_eq!(i.more_problems, 11);
        assert!(i.villages.last().is_some_and(|v| v.has_problems));
    }

    #[test]
    fn total_rows_and_rows_without_kode_and_nama_are_not_villages() {
        let text = "kode;nama;kecamatan;add;pekerja rentan\n\
                    1;A;K;100;5\n\
                    2;Jumlah;K;200;5\n\
                    ;JUMLAH;;300;10\n\
                    ;;;300;10\n\
                    ; Jumlah Total ;K;1;1\n\
                    TOTAL;;;1;1\n\
                    ;Grand total;;1;1\n\
                    ;;;;\n";
        let i = ok(text);
        // A village named Jumlah with its kode is a village; the rest are left out.
        let kodes: Vec<&str> = i.villages.iter().map(|v| v.kode.as_str()).collect();
        assert_eq!(kodes, ["1", "2"]);
        assert_eq!(
            i.problems,
            vec![
                RowProblem::TotalRow {
                    row: 4,
                    text: "JUMLAH".into()
                },
                RowProblem::NotAVillage { row: 5 },
                RowProblem::TotalRow {
                    row: 6,
                    text: "Jumlah Total".into()
                },
                RowProblem::TotalRow {
                    row: 7,
                    text: "TOTAL".into()
                },
                RowProblem::TotalRow {
                    row: 8,
                    text: "Grand total".into()
                },
            ]
        );
        assert_eq!(i.skipped, 5);
        assert!(i.villages.iter().all(|v| !v.has_problems));
    }

    #[test]
    fn a_name_over_the_limit_is_cut_reported_and_the_row_kept() {
        use crate::calc::rekap::summary::{rekap, DEFAULT_ADD_THRESHOLD};
        use crate::calc::Plan;
        let long = "é".repeat(MAX_NAME_CHARS + 5);
        let i = ok(&format!(
            "kode;nama;kecamatan;add;kepala desa\n1;{long};K;1.000.000;1\n"
        ));
        assert_eq!(i.villages[0].nama, "é".repeat(MAX_NAME_CHARS));
        assert!(i.villages[0].has_problems);
        assert_eq!(
            i.problems,
            vec![RowProblem::NameTooLong {
                row: 2,
                max: MAX_NAME_CHARS
            }]
        );
        let r = rekap(
            &Plan::default(),
            &i.villages,
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        let v = &r.villages[0];
        assert_eq!(v.insured(), 1);
        assert!(!v.flags.no_one_insured);
        assert!(v.plan().check().is_ok());
        assert!(v.period.total().total() > crate::calc::money::Rupiah::ZERO);
    }

    #[test]
    fn unclosed_quote_is_reported() {
        let i = ok("kode;nama;kecamatan;add\n1;\"A;K;1\n");
        assert!(i
            .problems
            .iter()
            .any(|p| matches!(p, RowProblem::UnclosedQuote { row: 2 })));
    }
}

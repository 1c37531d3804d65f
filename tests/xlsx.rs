//! The small `.xlsx` reader and writer (`codec::xlsx`) proven against two full libraries:
//! every file `rust_xlsxwriter` writes reads as `calamine` reads it, and every file our
//! writer makes opens in `calamine` with every cell as written.

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use kalkulator::codec::office::PaperSize;
use kalkulator::codec::xlsx::write::{self, Book, Format, Row, SheetSpec, Value};
use kalkulator::codec::xlsx::{read, Cell};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_xlsxwriter::{ExcelDateTime, Format as XFormat, Formula, Workbook};
use std::io::Cursor;

/// The sheets as calamine reads them: name and range.
fn calamine_sheets(bytes: &[u8]) -> Vec<(String, calamine::Range<Data>)> {
    let mut book: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap_or_else(|e| panic!("{e}"));
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|n| {
            let range = book
                .worksheet_range(&n)
                .unwrap_or_else(|e| panic!("{n}: {e}"));
            (n, range)
        })
        .collect()
}

/// True when our cell and calamine's say the same.
fn same(ours: &Cell, theirs: &Data) -> bool {
    match (ours, theirs) {
        (Cell::Empty, Data::Empty) => true,
        (Cell::Text(a), Data::String(b) | Data::DateTimeIso(b)) => a == b,
        (Cell::Number(a), Data::Float(b)) => a.parse::<f64>() == Ok(*b),
        (Cell::Number(a), Data::Int(b)) => a.parse::<f64>() == Ok(*b as f64),
        (Cell::Bool(a), Data::Bool(b)) => a == b,
        (Cell::Date(a), Data::DateTime(b)) => a.parse::<f64>() == Ok(b.as_f64()),
        (Cell::Error(a), Data::Error(b)) => *a == b.to_string(),
        _ => false,
    }
}

/// Every cell of every sheet agrees with calamine, both ways; returns how many cells held a value.
fn agree_with_calamine(bytes: &[u8]) -> usize {
    let ours = read(bytes).unwrap_or_else(|e| panic!("{e:?}"));
    let theirs = calamine_sheets(bytes);
    assert_eq!(
        ours.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        theirs.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>()
    );
    let mut values = 0;
    for (sheet, (_, range)) in ours.iter().zip(&theirs) {
        for (row, cells) in &sheet.rows {
            for (col, cell) in cells.iter().enumerate() {
                let at = (row - 1, col as u32);
                let want = range.get_value(at).cloned().unwrap_or(Data::Empty);
                assert!(
                    same(cell, &want),
                    "{} {at:?}: {cell:?} vs {want:?}",
                    sheet.name
                );
            }
        }
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, c, want) in range.used_cells() {
            let (row, col) = (r0 as usize + r, c0 as usize + c);
            let cell = sheet
                .rows
                .iter()
                .find(|(n, _)| *n as usize == row + 1)
                .and_then(|(_, cells)| cells.get(col))
                .unwrap_or(&Cell::Empty);
            assert!(
                same(cell, want),
                "{} ({row},{col}): {cell:?} vs {want:?}",
                sheet.name
            );
            values += 1;
        }
    }
    values
}

fn err<E: std::fmt::Debug>(e: E) -> String {
    format!("{e:?}")
}

/// A workbook with every kind of cell, written by rust_xlsxwriter.
fn every_kind(inline: bool) -> Result<Vec<u8>, String> {
    let mut wb = Workbook::new();
    let date = XFormat::new().set_num_format("dd/mm/yyyy");
    let stamp = XFormat::new().set_num_format("yyyy-mm-dd hh:mm");
    let rupiah = XFormat::new().set_num_format("\"Rp\"#,##0");
    {
        let ws = if inline {
            wb.add_worksheet_with_constant_memory().map_err(err)?
        } else {
            wb.add_worksheet()
        };
        ws.set_name("Desa").map_err(err)?;
        ws.write_string(0, 0, "Kode Desa").map_err(err)?;
        ws.write_string(0, 1, "Nama Desa").map_err(err)?;
        ws.write_string(0, 2, "ADD").map_err(err)?;
        ws.write_string(0, 3, "Tanggal").map_err(err)?;
        ws.write_string(0, 4, "Aktif").map_err(err)?;
        ws.write_string(0, 5, "Rumus").map_err(err)?;
        ws.write_string(1, 0, "15.08.01.2001").map_err(err)?;
        ws.write_string(1, 1, "Sukamaju & <Jaya> \"1\"")
            .map_err(err)?;
        ws.write_number_with_format(1, 2, 318_397_000.0, &rupiah)
            .map_err(err)?;
        let d = ExcelDateTime::from_ymd(2026, 1, 31).map_err(err)?;
        ws.write_datetime_with_format(1, 3, &d, &date)
            .map_err(err)?;
        ws.write_boolean(1, 4, true).map_err(err)?;
        ws.write_formula(1, 5, Formula::new("=C2*2").set_result("636794000"))
            .map_err(err)?;
        // Row 3 left empty; rows 4 and 5 further down, one with a gap between cells.
        ws.write_string(3, 0, "  spasi  ").map_err(err)?;
        ws.write_number(3, 2, -12.75).map_err(err)?;
        let t = ExcelDateTime::parse_from_str("2025-12-31 08:30:00").map_err(err)?;
        ws.write_datetime_with_format(3, 3, &t, &stamp)
            .map_err(err)?;
        ws.write_boolean(3, 4, false).map_err(err)?;
        ws.write_formula(3, 5, Formula::new("=A4&\"x\"").set_result("  spasi  x"))
            .map_err(err)?;
        ws.write_string(4, 7, "jauh di kanan").map_err(err)?;
        ws.write_string(5, 0, "baris\nbaru, ümlaut, 日本")
            .map_err(err)?;
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name("Jumlah").map_err(err)?;
        ws.merge_range(0, 0, 0, 3, "JUDUL GABUNG", &XFormat::new())
            .map_err(err)?;
        ws.write_string(2, 0, "Total").map_err(err)?;
        ws.write_number(2, 1, 1e15).map_err(err)?;
        ws.write_number(2, 2, 0.1).map_err(err)?;
        ws.write_formula(2, 3, Formula::new("=1=1").set_result("TRUE"))
            .map_err(err)?;
    }
    wb.add_worksheet().set_name("Kosong").map_err(err)?;
    wb.save_to_buffer().map_err(err)
}

#[test]
fn every_kind_of_cell_reads_as_calamine_reads_it() -> Result<(), String> {
    for inline in [false, true] {
        let bytes = every_kind(inline)?;
        assert!(agree_with_calamine(&bytes) >= 20);
        let sheets = read(&bytes).map_err(err)?;
        let desa = sheets.first().ok_or("no sheet")?;
        let cell = |r: u32, c: usize| {
            desa.rows
                .iter()
                .find(|(n, _)| *n == r)
                .and_then(|(_, cells)| cells.get(c))
                .cloned()
        };
        assert_eq!(cell(2, 2), Some(Cell::Number("318397000".into())));
        assert_eq!(cell(2, 3), Some(Cell::Date("46053".into())));
        assert_eq!(cell(2, 5), Some(Cell::Number("636794000".into())));
        assert_eq!(cell(4, 0), Some(Cell::Text("  spasi  ".into())));
        assert!(desa.rows.iter().all(|(n, _)| *n != 3), "no empty row 3");
        assert_eq!(sheets.get(2).map(|s| s.rows.len()), Some(0));
    }
    Ok(())
}

/// A cell of calamine's range at a 0-based position.
fn at(range: &calamine::Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

fn number_of(d: &Data) -> Option<f64> {
    match d {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        _ => None,
    }
}

/// What calamine should read for a value we wrote.
fn written_as_expected(v: &Value, got: &Data) -> bool {
    match v {
        Value::Empty => *got == Data::Empty,
        Value::Text(t) => {
            let want: String = t
                .chars()
                .filter(|c| u32::from(*c) >= 0x20 || matches!(c, '\t' | '\n' | '\r'))
                .filter(|c| !matches!(c, '\u{fffe}' | '\u{ffff}'))
                .collect();
            match got {
                Data::String(s) => *s == want,
                Data::Empty => want.is_empty(),
                _ => false,
            }
        }
        Value::Number(d, _) => {
            let want: f64 = d.to_string().parse().unwrap_or(f64::NAN);
            number_of(got) == Some(want)
        }
    }
}

fn check_book(book: &Book) {
    let bytes = write::write(book);
    let theirs = calamine_sheets(&bytes);
    assert_eq!(theirs.len(), book.sheets.len().max(1));
    for (spec, (_, range)) in book.sheets.iter().zip(&theirs) {
        for (r, row) in spec.rows.iter().enumerate() {
            for (c, v) in row.cells.iter().enumerate() {
                let got = at(range, r as u32, c as u32);
                assert!(written_as_expected(v, &got), "({r},{c}) {v:?} vs {got:?}");
            }
        }
    }
    // Our reader reads our files as calamine does.
    agree_with_calamine(&bytes);
}

fn money(n: i64) -> Value {
    Value::Number(Decimal::from(n), Format::Rupiah)
}

#[test]
fn our_workbook_opens_in_calamine_with_every_cell() {
    let header = Row {
        cells: ["Kecamatan", "Desa", "Iuran", "Peserta", "Persen"]
            .map(|t| Value::Text(t.into()))
            .to_vec(),
        bold: true,
    };
    let line = |k: &str, d: &str, n: i64| Row {
        cells: vec![
            Value::Text(k.into()),
            Value::Text(d.into()),
            money(n),
            Value::Number(Decimal::from(12), Format::Whole),
            Value::Number(Decimal::new(1234, 2), Format::TwoDecimals),
        ],
        bold: false,
    };
    let sheet = |name: &str| SheetSpec {
        name: name.into(),
        rows: vec![
            header.clone(),
            line("Kec. A", "Sukamaju & Jaya", 2_426_640),
            Row::default(),
            line("Kec. B", "=1+1 'kutip'", 0),
            // Text that looks like Excel's own escapes stays as written.
            line("Kec. C", "_x0041_ bukan A, _x00e9__x005F_", 1),
        ],
        header_rows: 1,
        footer_left: "Sumber: Kalkulator Jamsostek Desa & tim".into(),
        footer_center: "Aturan per 1 Januari 2026".into(),
    };
    for paper in PaperSize::ALL {
        let book = Book {
            sheets: vec![sheet("Rekap"), sheet("Rekap"), sheet("Jumlah: A/B")],
            paper,
        };
        check_book(&book);
        let bytes = write::write(&book);
        let wb: Xlsx<_> =
            open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(wb.sheet_names(), ["Rekap", "Rekap (2)", "Jumlah- A-B"]);
        let titles: Vec<_> = wb
            .defined_names()
            .iter()
            .filter(|(n, _)| n == "_xlnm.Print_Titles")
            .collect();
        assert_eq!(titles.len(), 3, "{:?}", wb.defined_names());
        let zip =
            kalkulator::codec::xlsx::zip::Archive::open(&bytes).unwrap_or_else(|e| panic!("{e:?}"));
        let xml = zip
            .read("xl/worksheets/sheet1.xml")
            .and_then(Result::ok)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        let code = if paper == PaperSize::A4 { 9 } else { 14 };
        for part in [
            format!("paperSize=\"{code}\" orientation=\"landscape\""),
            "state=\"frozen\"".into(),
            "&amp;LSumber: Kalkulator Jamsostek Desa &amp;&amp; tim&amp;CAturan".into(),
            "customWidth=\"1\"".into(),
            "<c r=\"C2\" s=\"4\"><v>2426640</v></c>".into(),
        ] {
            assert!(xml.contains(&part), "{part} not in {xml}");
        }
    }
}

fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Empty),
        "[ -~]{0,12}".prop_map(Value::Text),
        "\\PC{0,8}".prop_map(Value::Text),
        "[\\x00-\\x20\r\n\t]{0,4}".prop_map(Value::Text),
        "(_x[0-9A-Fa-f]{4}_|_x|_|[a-z]){0,4}".prop_map(Value::Text),
        (any::<i64>(), 0u32..=4, 0usize..3).prop_map(|(n, scale, f)| Value::Number(
            Decimal::new(n, scale),
            [Format::Whole, Format::Rupiah, Format::TwoDecimals][f]
        )),
    ]
}

fn any_book() -> impl Strategy<Value = Book> {
    let row = (proptest::collection::vec(any_value(), 0..6), any::<bool>())
        .prop_map(|(cells, bold)| Row { cells, bold });
    let sheet = (
        "\\PC{0,40}",
        proptest::collection::vec(row, 0..8),
        0u32..3,
        "\\PC{0,300}",
    )
        .prop_map(|(name, rows, header_rows, footer_left)| SheetSpec {
            name,
            rows,
            header_rows,
            footer_left,
            footer_center: String::new(),
        });
    (proptest::collection::vec(sheet, 1..4), any::<bool>()).prop_map(|(sheets, f4)| Book {
        sheets,
        paper: if f4 { PaperSize::F4 } else { PaperSize::A4 },
    })
}

/// A cell rust_xlsxwriter can write.
#[derive(Clone, Debug)]
enum Theirs {
    Skip,
    Text(String),
    Number(f64),
    Bool(bool),
}

fn any_theirs() -> impl Strategy<Value = Theirs> {
    prop_oneof![
        Just(Theirs::Skip),
        "[ -~]{1,12}".prop_map(Theirs::Text),
        "\\PC{1,8}".prop_map(Theirs::Text),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Theirs::Number),
        any::<bool>().prop_map(Theirs::Bool),
    ]
}

fn their_book(sheets: &[Vec<Vec<Theirs>>], inline: bool) -> Result<Vec<u8>, String> {
    let mut wb = Workbook::new();
    for rows in sheets {
        let ws = if inline {
            wb.add_worksheet_with_constant_memory().map_err(err)?
        } else {
            wb.add_worksheet()
        };
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32 * 2, c as u16);
                match v {
                    Theirs::Skip => {}
                    Theirs::Text(t) => {
                        ws.write_string(r, c, t).map_err(err)?;
                    }
                    Theirs::Number(n) => {
                        ws.write_number(r, c, *n).map_err(err)?;
                    }
                    Theirs::Bool(b) => {
                        ws.write_boolean(r, c, *b).map_err(err)?;
                    }
                }
            }
        }
    }
    wb.save_to_buffer().map_err(err)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn our_writer_round_trips_through_calamine(book in any_book()) {
        check_book(&book);
    }

    #[test]
    fn their_files_read_as_calamine_reads_them(
        sheets in proptest::collection::vec(
            proptest::collection::vec(proptest::collection::vec(any_theirs(), 0..5), 0..6),
            1..3,
        ),
        inline in any::<bool>(),
    ) {
        let bytes = their_book(&sheets, inline).map_err(TestCaseError::fail)?;
        agree_with_calamine(&bytes);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = read(&bytes);
    }

    #[test]
    fn a_damaged_workbook_never_panics(
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        truncate in any::<prop::sample::Index>(),
        inline in any::<bool>(),
    ) {
        let bytes = every_kind(inline).map_err(TestCaseError::fail)?;
        let mut damaged = bytes.clone();
        for (i, b) in cuts {
            let at = i.index(damaged.len());
            damaged[at] = b;
        }
        let _ = read(&damaged);
        let _ = read(&bytes[..truncate.index(bytes.len())]);
    }

    #[test]
    fn arbitrary_xml_parts_never_panic(
        workbook in "\\PC{0,200}",
        sheet in "(<[a-z:]{1,3}( [a-z]{1,2}=\"[A-Z0-9a-z ]{0,4}\")*/?>|</[a-z]{1,3}>|[^<]{0,5}|<v>[0-9.eE-]{0,6}</v>){0,40}",
    ) {
        let mut w = kalkulator::codec::xlsx::zip::Writer::default();
        w.add("xl/workbook.xml", format!("<workbook><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets>{workbook}</workbook>").as_bytes());
        w.add("xl/_rels/workbook.xml.rels", b"<Relationships><Relationship Id=\"rId1\" Target=\"s.xml\"/><Relationship Id=\"rId2\" Type=\"x/sharedStrings\" Target=\"ss.xml\"/></Relationships>");
        w.add("xl/s.xml", format!("<worksheet><sheetData><row>{sheet}</row></sheetData></worksheet>").as_bytes());
        w.add("xl/ss.xml", sheet.as_bytes());
        let _ = read(&w.finish());
    }
}

/// The committed e2e fixture (examples/rekap_xlsx_fixture.rs) reads as the CSV it was made from.
#[test]
fn the_bungo_workbook_gives_the_villages_of_the_bungo_csv() -> Result<(), String> {
    bungo_workbook_reads_as_its_csv("bungo-villages.xlsx")
}

/// The same workbook opened and saved again by LibreOffice Calc 7.4 (its own shared strings,
/// styles and cached formula values; tests/e2e/fixtures/bungo-villages.md says how it was made).
#[test]
fn the_bungo_workbook_saved_by_libreoffice_reads_the_same() -> Result<(), String> {
    bungo_workbook_reads_as_its_csv("bungo-villages-libreoffice.xlsx")
}

/// Fixture `name` agrees with calamine and gives the 141 villages of the Bungo CSV.
fn bungo_workbook_reads_as_its_csv(name: &str) -> Result<(), String> {
    use kalkulator::codec::villages_csv;
    use kalkulator::codec::xlsx::{villages_sheet, villages_text};
    let root = env!("CARGO_MANIFEST_DIR");
    let bytes = std::fs::read(format!("{root}/tests/e2e/fixtures/{name}")).map_err(err)?;
    let csv = std::fs::read_to_string(format!("{root}/tests/e2e/fixtures/bungo-villages.csv"))
        .map_err(err)?;
    agree_with_calamine(&bytes);
    let sheets = read(&bytes).map_err(err)?;
    let chosen = villages_sheet(&sheets);
    assert_eq!(sheets.get(chosen).map(|s| s.name.as_str()), Some("Desa"));
    let from_xlsx = villages_csv::parse(&villages_text(&sheets[chosen])).map_err(err)?;
    let from_csv = villages_csv::parse(&csv).map_err(err)?;
    assert_eq!(from_xlsx.villages.len(), 141);
    assert_eq!(from_xlsx.skipped, 1, "the JUMLAH row");
    for (a, b) in from_xlsx.villages.iter().zip(&from_csv.villages) {
        assert_eq!(
            a.row,
            b.row + 2,
            "the workbook's rows: title, blank, header"
        );
        assert_eq!(
            (&a.kode, &a.nama, &a.kecamatan),
            (&b.kode, &b.nama, &b.kecamatan)
        );
        assert_eq!(
            (a.add, a.belanja, a.siltap, a.counts),
            (b.add, b.belanja, b.siltap, b.counts)
        );
    }
    Ok(())
}

/// The RAB workbook holds the RAB CSV's rows, every number a number of the same value.
#[test]
fn the_rab_workbook_holds_the_figures_of_the_rab_csv() {
    use kalkulator::calc::{calculate, Plan};
    use kalkulator::report::csv::{rab_csv, rab_xlsx};
    use kalkulator::report::lang::Lang;
    use kalkulator::report::rab::budget_lines;
    let plan = Plan::default();
    let outcome = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
    for lang in [Lang::Id, Lang::En] {
        let rab = budget_lines(&plan, &outcome, lang);
        let csv = rab_csv(&rab, lang);
        let bytes = rab_xlsx(&rab, &plan, &outcome, lang, PaperSize::F4);
        let sheets = calamine_sheets(&bytes);
        let (_, range) = sheets.first().unwrap_or_else(|| panic!("no sheet"));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(range.height(), lines.len());
        for (r, line) in lines.iter().enumerate() {
            // The test CSVs have no quoted `;`.
            for (c, field) in line.split(';').enumerate() {
                let got = at(range, r as u32, c as u32);
                let field = field.trim_matches('"');
                match number_of(&got) {
                    Some(n) => assert_eq!(field.replace(',', ".").parse::<f64>().ok(), Some(n)),
                    None => assert_eq!(
                        got,
                        if field.is_empty() {
                            Data::Empty
                        } else {
                            Data::String(field.into())
                        },
                        "({r},{c})"
                    ),
                }
            }
        }
    }
}

//! Writes `tests/e2e/fixtures/bungo-villages.xlsx` from `bungo-villages.csv` with
//! rust_xlsxwriter, as an office would keep it: a notes sheet first, then the villages under a
//! merged title and a blank row, ADD as numbers shown `#,##0`, and a JUMLAH row of SUM formulas
//! with their cached values. Run `cargo run --no-default-features --example rekap_xlsx_fixture`
//! to make it again.

use rust_xlsxwriter::{Format, Formula, Workbook, XlsxError};

fn main() -> Result<(), XlsxError> {
    let root = env!("CARGO_MANIFEST_DIR");
    let csv = std::fs::read_to_string(format!("{root}/tests/e2e/fixtures/bungo-villages.csv"))?;
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(';').collect();
    let mut wb = Workbook::new();
    let notes = wb.add_worksheet().set_name("Petunjuk")?;
    notes.write_string(
        0,
        0,
        "Data desa Kabupaten Bungo untuk rekap iuran BPJS Ketenagakerjaan.",
    )?;
    let ws = wb.add_worksheet().set_name("Desa")?;
    let bold = Format::new().set_bold();
    let thousands = Format::new().set_num_format("#,##0");
    ws.merge_range(0, 0, 0, 12, "DATA DESA KABUPATEN BUNGO", &bold)?;
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(2, c as u16, *h, &bold)?;
    }
    let mut row = 3u32;
    let mut sums = vec![0f64; header.len()];
    for line in lines.filter(|l| !l.trim().is_empty()) {
        for (c, cell) in line.split(';').enumerate() {
            let col = c as u16;
            if c < 3 {
                ws.write_string(row, col, cell)?;
            } else if let Ok(n) = cell.replace('.', "").parse::<f64>() {
                ws.write_number_with_format(row, col, n, &thousands)?;
                if let Some(s) = sums.get_mut(c) {
                    *s += n;
                }
            }
        }
        row += 1;
    }
    let total = row + 1;
    ws.write_string(total, 1, "JUMLAH")?;
    for (c, sum) in sums.iter().enumerate().skip(3) {
        let letter = (b'A' + c as u8) as char;
        let formula =
            Formula::new(format!("=SUM({letter}4:{letter}{row})")).set_result(sum.to_string());
        ws.write_formula_with_format(total, c as u16, formula, &thousands)?;
    }
    wb.save(format!("{root}/tests/e2e/fixtures/bungo-villages.xlsx"))?;
    Ok(())
}

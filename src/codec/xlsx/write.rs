//! Writing a workbook as offices expect it: numbers as numbers with Indonesian-looking formats
//! (`#,##0`, `"Rp"#,##0`, which an Indonesian-locale Excel shows as `Rp1.234.567`), a bold
//! frozen header repeated on every printed page, columns wide enough, A4 or F4 landscape
//! fitted to the page width, and a footer line naming the source of the figures.

use super::xml::escape;
use super::zip::Writer;
use crate::codec::office::PaperSize;
use rust_decimal::Decimal;

/// How a number is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `#,##0`: a count or a whole number.
    Whole,
    /// `"Rp"#,##0`: an amount in rupiah.
    Rupiah,
    /// `#,##0.00`: a percent or a rate with two decimals.
    TwoDecimals,
}

/// One cell to write.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Nothing.
    Empty,
    /// A text, written as an inline string (never a formula).
    Text(String),
    /// A number with its format.
    Number(Decimal, Format),
}

/// One row; `bold` for a header or a total.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// The cells from column A.
    pub cells: Vec<Value>,
    /// Shown in bold.
    pub bold: bool,
}

/// One sheet to write.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetSpec {
    /// The tab's name (cut to 31 characters, `[]:*?/\` replaced, made unique).
    pub name: String,
    /// Rows from row 1; the first `header_rows` are frozen and printed on every page.
    pub rows: Vec<Row>,
    /// Rows at the top kept in view and repeated on printed pages.
    pub header_rows: u32,
    /// The footer's left part (the source of the figures).
    pub footer_left: String,
    /// The footer's centre part (the date of the rules).
    pub footer_center: String,
}

/// A workbook to write.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Book {
    /// The sheets in tab order (at least one is written).
    pub sheets: Vec<SheetSpec>,
    /// The paper every sheet is printed on, landscape.
    pub paper: PaperSize,
}

// Cell styles (cellXfs): 0 general, 1 bold, then per format plain and bold.
const STYLES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r#"<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Rp&quot;#,##0"/></numFmts>"#,
    r#"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>"#,
    r#"<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#,
    r#"<fills count="2"><fill><patternFill patternType="none"/></fill>"#,
    r#"<fill><patternFill patternType="gray125"/></fill></fills>"#,
    r#"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#,
    r#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#,
    r#"<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
    r#"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#,
    r#"<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
    r#"<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>"#,
    r#"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
    r#"<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>"#,
    r#"<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
    r#"<xf numFmtId="4" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>"#,
    r#"</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#,
    r#"</styleSheet>"#
);

const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

/// Excel's paper codes: 9 is A4; F4 has none of its own, and 14 ("Folio 8.5 × 13 in") is
/// the size Indonesian offices pick for it.
fn paper_code(p: PaperSize) -> u32 {
    match p {
        PaperSize::A4 => 9,
        PaperSize::F4 => 14,
    }
}

/// Keeps text that looks like one of Excel's `_xHHHH_` escapes as written: its `_` is itself
/// escaped (`_x005F_`), else Excel, calamine and our reader would show the character it names.
fn literal_escapes(text: &str) -> std::borrow::Cow<'_, str> {
    let looks_escaped = |rest: &str| {
        let b = rest.as_bytes();
        b.len() >= 7
            && b.get(1) == Some(&b'x')
            && b.get(2..6)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
            && b.get(6) == Some(&b'_')
    };
    if !text.contains("_x") {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 7);
    for (i, c) in text.char_indices() {
        if c == '_' && text.get(i..).is_some_and(looks_escaped) {
            out.push_str("_x005F_");
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Column letters for a 0-based index: 0 → A, 27 → AB.
#[must_use]
pub fn column_name(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Tab names Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty, unique
/// (case-insensitive).
fn sheet_names(sheets: &[SheetSpec]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, s) in sheets.iter().enumerate() {
        let clean: String = s
            .name
            .chars()
            .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
            .collect();
        let clean = clean.trim().trim_matches('\'').to_string();
        let base: String = if clean.is_empty() {
            format!("Sheet{}", i + 1)
        } else {
            clean.chars().take(31).collect()
        };
        let mut name = base.clone();
        let mut n = 2;
        while out.iter().any(|o| o.eq_ignore_ascii_case(&name)) {
            let tail = format!(" ({n})");
            let keep = 31usize.saturating_sub(tail.chars().count());
            name = base.chars().take(keep).collect::<String>() + &tail;
            n += 1;
        }
        out.push(name);
    }
    out
}

/// Text for a header or footer section: `&` doubled as the codes require, cut so the whole
/// footer stays within Excel's 255 characters.
fn footer_text(s: &str) -> String {
    s.chars().take(110).collect::<String>().replace('&', "&&")
}

fn number_text(d: Decimal) -> String {
    d.normalize().to_string()
}

/// The shown width of a number in a format (`Rp1.234.567`), for the column widths.
fn shown_len(d: Decimal, f: Format) -> usize {
    let digits = d.trunc().abs().to_string().len();
    let groups = digits.saturating_sub(1) / 3;
    let extra = match f {
        Format::Whole => 0,
        Format::Rupiah => 2,
        Format::TwoDecimals => 3,
    };
    digits + groups + extra + usize::from(d.is_sign_negative())
}

fn style(v: &Value, bold: bool) -> usize {
    let b = usize::from(bold);
    match v {
        Value::Number(_, Format::Whole) => 2 + b,
        Value::Number(_, Format::Rupiah) => 4 + b,
        Value::Number(_, Format::TwoDecimals) => 6 + b,
        _ => b,
    }
}

fn sheet_xml(s: &SheetSpec, paper: PaperSize) -> String {
    let mut widths: Vec<usize> = Vec::new();
    let mut data = String::new();
    for (r, row) in s.rows.iter().enumerate() {
        let n = r + 1;
        data.push_str(&format!("<row r=\"{n}\">"));
        // A note alone on its row (a policy line) runs over the empty cells to its right;
        // it must not widen its column.
        let lone = row.cells.iter().filter(|v| **v != Value::Empty).count() == 1;
        for (c, v) in row.cells.iter().enumerate() {
            let len = match v {
                // An empty text is no cell: a spreadsheet's COUNTA and blanks filter skip it.
                Value::Empty => continue,
                Value::Text(t) if t.is_empty() => continue,
                Value::Text(_) if lone => 0,
                Value::Text(t) => t.lines().map(|l| l.chars().count()).max().unwrap_or(0),
                Value::Number(d, f) => shown_len(*d, *f),
            };
            if widths.len() <= c {
                widths.resize(c + 1, 0);
            }
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(len);
            }
            let at = format!("{}{n}", column_name(c));
            let st = style(v, row.bold);
            let st = if st == 0 {
                String::new()
            } else {
                format!(" s=\"{st}\"")
            };
            match v {
                Value::Text(t) => data.push_str(&format!(
                    "<c r=\"{at}\"{st} t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                    escape(&literal_escapes(t))
                )),
                Value::Number(d, _) => {
                    data.push_str(&format!("<c r=\"{at}\"{st}><v>{}</v></c>", number_text(*d)));
                }
                Value::Empty => {}
            }
        }
        data.push_str("</row>");
    }
    let mut x = format!("{XML_HEAD}<worksheet xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\">");
    x.push_str("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\">");
    if s.header_rows > 0 {
        let top = s.header_rows + 1;
        x.push_str(&format!(
            "<pane ySplit=\"{}\" topLeftCell=\"A{top}\" activePane=\"bottomLeft\" state=\"frozen\"/>",
            s.header_rows
        ));
    }
    x.push_str("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if !widths.is_empty() {
        x.push_str("<cols>");
        for (i, w) in widths.iter().enumerate() {
            // Excel's width is in characters of the default font, plus padding.
            let width = (*w).clamp(6, 60) + 2;
            x.push_str(&format!(
                "<col min=\"{0}\" max=\"{0}\" width=\"{width}\" customWidth=\"1\"/>",
                i + 1
            ));
        }
        x.push_str("</cols>");
    }
    x.push_str("<sheetData>");
    x.push_str(&data);
    x.push_str("</sheetData>");
    x.push_str("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>");
    x.push_str(&format!(
        "<pageSetup paperSize=\"{}\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>",
        paper_code(paper)
    ));
    x.push_str(&format!(
        "<headerFooter><oddFooter>{}</oddFooter></headerFooter>",
        escape(&format!(
            "&L{}&C{}&RHal. &P / &N",
            footer_text(&s.footer_left),
            footer_text(&s.footer_center)
        ))
    ));
    x.push_str("</worksheet>");
    x
}

/// The `.xlsx` bytes of `book` (an empty book gets one empty sheet).
#[must_use]
pub fn write(book: &Book) -> Vec<u8> {
    let empty = [SheetSpec::default()];
    let sheets: &[SheetSpec] = if book.sheets.is_empty() {
        &empty
    } else {
        &book.sheets
    };
    let names = sheet_names(sheets);
    let mut zip = Writer::default();
    let mut types = format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
         <Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    );
    let mut rels = format!("{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    let mut list = String::new();
    let mut defined = String::new();
    for (i, name) in names.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!(
            "<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        ));
        rels.push_str(&format!(
            "<Relationship Id=\"rId{n}\" Type=\"{REL_NS}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"
        ));
        list.push_str(&format!(
            "<sheet name=\"{}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>",
            escape(name)
        ));
        let header = sheets.get(i).map_or(0, |s| s.header_rows);
        if header > 0 {
            let quoted = name.replace('\'', "''");
            defined.push_str(&format!(
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{}</definedName>",
                escape(&format!("'{quoted}'!$1:${header}"))
            ));
        }
    }
    types.push_str("</Types>");
    let styles_id = names.len() + 1;
    rels.push_str(&format!(
        "<Relationship Id=\"rId{styles_id}\" Type=\"{REL_NS}/styles\" Target=\"styles.xml\"/></Relationships>"
    ));
    let mut workbook = format!(
        "{XML_HEAD}<workbook xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\"><bookViews><workbookView/></bookViews><sheets>{list}</sheets>"
    );
    if !defined.is_empty() {
        workbook.push_str(&format!("<definedNames>{defined}</definedNames>"));
    }
    workbook.push_str("</workbook>");
    zip.add("[Content_Types].xml", types.as_bytes());
    zip.add(
        "_rels/.rels",
        format!(
            "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
             <Relationship Id=\"rId1\" Type=\"{REL_NS}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
        )
        .as_bytes(),
    );
    zip.add("xl/workbook.xml", workbook.as_bytes());
    zip.add("xl/_rels/workbook.xml.rels", rels.as_bytes());
    zip.add("xl/styles.xml", STYLES.as_bytes());
    for (i, s) in sheets.iter().enumerate() {
        zip.add(
            &format!("xl/worksheets/sheet{}.xml", i + 1),
            sheet_xml(s, book.paper).as_bytes(),
        );
    }
    zip.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(16_383), "XFD");
    }

    #[test]
    fn tab_names_are_made_valid_and_unique() {
        let s = |n: &str| SheetSpec {
            name: n.into(),
            ..SheetSpec::default()
        };
        let names = sheet_names(&[s("Kec. A/B"), s("kec. a-b"), s(""), s(&"x".repeat(40))]);
        let long = "x".repeat(31);
        assert_eq!(names, ["Kec. A-B", "kec. a-b (2)", "Sheet3", long.as_str()]);
    }
}

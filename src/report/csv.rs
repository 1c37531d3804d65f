//! Spreadsheet export (CSV) of the budget lines and of the per-category results, for
//! Excel and LibreOffice under an Indonesian locale and for Google Sheets.
//!
//! The format, and why:
//! - **Semicolon separator.** The Indonesian locale uses the comma as decimal separator,
//!   so its list separator, which Excel uses to split a CSV opened by double-click, is
//!   the semicolon. LibreOffice's import dialog and Google Sheets detect it.
//! - **UTF-8 with a byte-order mark, no `sep=;` line.** Without the BOM Excel reads the
//!   file in the ANSI code page and garbles "×" and "–"; a `sep=;` first line would make
//!   Excel ignore the BOM, and it shows as a stray row in other programs.
//! - **CRLF line ends and RFC 4180 quoting**: a text field containing `;`, `,`, `"`, CR
//!   or LF is quoted, inner quotes doubled (the comma too, so a program that guesses a
//!   comma separator still keeps "JKK, JKM" in one cell).
//! - **Numbers as plain digits**, no thousands dots: `1349712` is read as a number under
//!   both the Indonesian and the English locale, while `1.349.712` is text (or 1.349) in
//!   English. Amounts are whole rupiah (RULES.md §1 rounds each program per person per
//!   month), so there is rarely a decimal; when there is one (a wage with sen, coverage
//!   %) it is a comma, as the Indonesian locale reads it. Numbers are never quoted.
//! - **Formula injection**: a user-typed text starting with `=`, `+`, `-`, `@`, tab or CR
//!   gets a leading apostrophe so the spreadsheet shows it instead of running it.

use super::lang::Lang;
use super::rab::{prohibited_note, Rab};
use crate::calc::money::Rupiah;
use crate::calc::outcome::Outcome;
use crate::calc::period::{BudgetPeriod, MONTHS_IN_YEAR};
use crate::calc::plan::Plan;
use crate::calc::rates::RateKey;
use crate::codec::office::PaperSize;
use crate::codec::xlsx::write::{self, Book, Format, Row, SheetSpec, Value};
use crate::report::texts::names::category_name;
use crate::report::texts::names::source_name;
use crate::report::texts::page::rules_as_of;
use rust_decimal::{Decimal, RoundingStrategy};

/// A CSV document being written: BOM first, `;` between fields, CRLF after rows. The same
/// cells are kept typed for an Excel sheet ([`Sheet::into_xlsx`]), so both files always hold
/// the same figures.
pub(crate) struct Sheet {
    pub(crate) out: String,
    fresh_row: bool,
    rows: Vec<Row>,
    row: Vec<Value>,
}

impl Sheet {
    pub(crate) fn new(header: &str) -> Self {
        let mut sheet = Sheet {
            out: String::from("\u{feff}"),
            fresh_row: true,
            rows: vec![Row {
                cells: header.split(';').map(|h| Value::Text(h.into())).collect(),
                bold: true,
            }],
            row: Vec::new(),
        };
        sheet.out.push_str(header);
        sheet.out.push_str("\r\n");
        sheet
    }

    /// The same rows as an Excel sheet named `name`, the header frozen and repeated on printed
    /// pages, `source` and `rules` in the footer.
    pub(crate) fn into_xlsx(self, name: &str, source: &str, rules: &str) -> SheetSpec {
        SheetSpec {
            name: name.to_string(),
            rows: self.rows,
            header_rows: 1,
            footer_left: source.to_string(),
            footer_center: rules.to_string(),
        }
    }

    fn sep(&mut self) {
        if !self.fresh_row {
            self.out.push(';');
        }
        self.fresh_row = false;
    }

    /// A text field, neutralized against formulas and quoted when needed.
    pub(crate) fn text(&mut self, field: &str) -> &mut Self {
        self.sep();
        // An xlsx text cell is never a formula, so it needs no guard.
        self.row.push(Value::Text(field.to_string()));
        let risky = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let quote = field.contains([';', ',', '"', '\r', '\n']);
        if quote {
            self.out.push('"');
        }
        if risky {
            self.out.push('\'');
        }
        self.out.push_str(&field.replace('"', "\"\""));
        if quote {
            self.out.push('"');
        }
        self
    }

    /// `n` empty fields.
    pub(crate) fn skip(&mut self, n: usize) -> &mut Self {
        for _ in 0..n {
            self.sep();
            self.row.push(Value::Empty);
        }
        self
    }

    /// A number: plain digits, comma before any decimals, never quoted.
    pub(crate) fn num(&mut self, n: Decimal) -> &mut Self {
        self.number(n, Format::TwoDecimals)
    }

    fn number(&mut self, n: Decimal, format: Format) -> &mut Self {
        self.sep();
        self.out
            .push_str(&n.normalize().to_string().replace('.', ","));
        self.row.push(Value::Number(n, format));
        self
    }

    pub(crate) fn money(&mut self, amount: Rupiah) -> &mut Self {
        self.number(amount.amount(), Format::Rupiah)
    }

    pub(crate) fn count(&mut self, n: u64) -> &mut Self {
        self.number(Decimal::from(n), Format::Whole)
    }

    pub(crate) fn end(&mut self) {
        self.out.push_str("\r\n");
        self.fresh_row = true;
        self.rows.push(Row {
            cells: std::mem::take(&mut self.row),
            bold: false,
        });
    }
}

/// The budget lines as CSV: a row per line, a subtotal row per funding source, the grand
/// total, the workers' share when there is one, and the total in words on the last line.
#[must_use]
pub fn rab_csv(rab: &Rab, lang: Lang) -> String {
    rab_sheet(rab, lang).out
}

fn rab_sheet(rab: &Rab, lang: Lang) -> Sheet {
    let t = lang.formula();
    let mut s = Sheet::new(t.rab_header);
    for group in &rab.groups {
        let source = source_name(lang, group.funding);
        for line in &group.lines {
            s.text(source)
                .text(&line.account_code)
                .text(line.kegiatan)
                .text(&line.description)
                .count(line.people.into())
                .count(line.months.into())
                .text(&line.volume)
                .money(line.unit_price)
                .money(line.amount);
            // Every row has the header's columns, the note empty when there is none.
            let mut note = Vec::new();
            if line.prohibited {
                note.push(prohibited_note(lang, rab.year));
            }
            if line.varies {
                note.push(t.varies.to_string());
            }
            s.text(&note.join(" "));
            s.end();
        }
        s.text(source)
            .skip(2)
            .text("Subtotal")
            .skip(4)
            .money(group.subtotal)
            .end();
    }
    s.skip(3).text(t.grand_total).skip(4).money(rab.total).end();
    if rab.worker_share > Rupiah::ZERO {
        let rate = |key| lang.percent(rab.law.value(key), 2);
        let (jht, jp) = (rate(RateKey::JhtPuWorker), rate(RateKey::JpWorker));
        s.skip(3)
            .text(&(t.worker_share_row)(&jht, &jp))
            .skip(4)
            .money(rab.worker_share)
            .end();
    }
    let words = format!("{}: {}", t.in_words, rab.total_words);
    s.text(&words).end();
    s.text(&rules_as_of(
        lang,
        &BudgetPeriod::full_year(rab.year),
        &rab.law,
    ))
    .end();
    // The village picked from the registry: last, so a RAB without one reads as before.
    if let Some(place) = &rab.place {
        s.text(place).end();
    }
    s
}

/// The per-category results as CSV, every category of the plan, then a total row.
#[must_use]
pub fn categories_csv(plan: &Plan, outcome: &Outcome, lang: Lang) -> String {
    categories_sheet(plan, outcome, lang).out
}

/// The budget lines and the per-category costs as one Excel workbook (`.xlsx`): the same
/// rows as [`rab_csv`] and [`categories_csv`], numbers as numbers, on `paper`, the source
/// and the date of the rules in every page's footer.
#[must_use]
pub fn rab_xlsx(
    rab: &Rab,
    plan: &Plan,
    outcome: &Outcome,
    lang: Lang,
    paper: PaperSize,
) -> Vec<u8> {
    let rules = rules_as_of(lang, &plan.period, &outcome.law);
    let x = crate::report::texts::xlsx::xlsx_texts(lang);
    let book = Book {
        sheets: vec![
            rab_sheet(rab, lang).into_xlsx(x.rab_sheet, x.source, &rules),
            categories_sheet(plan, outcome, lang).into_xlsx(x.categories_sheet, x.source, &rules),
        ],
        paper,
    };
    write::write(&book)
}

fn categories_sheet(plan: &Plan, outcome: &Outcome, lang: Lang) -> Sheet {
    let t = lang.formula();
    // A part year names its months, so a column of six months is never read as a year's.
    let header = if plan.period.months < MONTHS_IN_YEAR {
        t.categories_header.replace(
            t.period_column,
            &(t.period_column_for)(&lang.period_phrase(plan.period.months)),
        )
    } else {
        t.categories_header.to_string()
    };
    let mut s = Sheet::new(&header);
    let mut people = 0u64;
    for (c, o) in plan.categories.iter().zip(&outcome.categories) {
        let cost = &o.cost;
        let period = cost.period.total();
        people += u64::from(c.insured);
        s.text(&category_name(lang, c))
            .text(&c.scheme.code().to_ascii_uppercase())
            .count(c.insured.into())
            .money(cost.per_person.base)
            .money(cost.per_person.programs.total().total())
            .money(
                cost.months
                    .first()
                    .map_or(Rupiah::ZERO, |m| m.programs.total().total()),
            )
            .money(period.total())
            .money(period.payer)
            .money(period.worker)
            .money(o.benefits.jkm_death)
            .money(o.benefits.jkk_death);
        match o.coverage.and_then(|f| f.checked_mul(Decimal::ONE_HUNDRED)) {
            Some(pct) => {
                s.num(pct.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero))
            }
            None => s.skip(1),
        };
        s.end();
    }
    let period = outcome.sums.period.total();
    s.text(t.total)
        .skip(1)
        .count(people)
        .skip(2)
        .money(outcome.total_monthly())
        .money(period.total())
        .money(period.payer)
        .money(period.worker)
        .end();
    s.text(&rules_as_of(lang, &plan.period, &outcome.law)).end();
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::category::{Category, CategoryKind, FundingSource};
    use crate::calc::plan::{Action, CategoryEdit};
    use crate::report::rab::budget_lines;
    use rust_decimal_macros::dec;

    /// A small RFC 4180 reader for `;`-separated text after the BOM.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let body = csv.strip_prefix('\u{feff}');
        assert!(body.is_some(), "no BOM");
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = body.unwrap_or_default().chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ';') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, '\n') => panic!("bare LF line end"),
                (false, c) => field.push(c),
            }
        }
        assert!(field.is_empty() && row.is_empty(), "last row not ended");
        rows
    }

    fn num(field: &str) -> Rupiah {
        let d = field.replace(',', ".").parse::<Decimal>();
        assert!(d.is_ok(), "not a number: {field:?}");
        Rupiah::from_decimal(d.unwrap_or_default())
    }

    fn outcome(plan: &Plan) -> Outcome {
        let o = calculate(plan).map_err(|e| format!("{e:?}"));
        assert!(o.is_ok(), "{o:?}");
        o.unwrap_or_else(|_| unreachable!())
    }

    fn mixed_plan() -> Plan {
        let mut plan = Plan::default();
        plan.apply(Action::Edit(
            plan.categories[2].id,
            CategoryEdit::Funding(FundingSource::DanaDesa),
        ));
        plan.apply(Action::Edit(plan.categories[1].id, CategoryEdit::Jht(true)));
        plan.apply(Action::Edit(plan.categories[1].id, CategoryEdit::Jp(true)));
        plan.apply(Action::Edit(
            plan.categories[6].id,
            CategoryEdit::Insured(30),
        ));
        plan.apply(Action::Edit(
            plan.categories[6].id,
            CategoryEdit::Population(Some(90)),
        ));
        plan.apply_adjustment = true;
        plan
    }

    #[test]
    fn rab_csv_reads_back_to_the_rab_figures() {
        let plan = mixed_plan();
        let o = outcome(&plan);
        let rab = budget_lines(&plan, &o, Lang::Id);
        assert!(rab.groups.iter().flat_map(|g| &g.lines).any(|l| l.varies));
        let csv = rab_csv(&rab, Lang::Id);
        assert!(csv.starts_with("\u{feff}Sumber dana;Kode rekening;"));
        assert!(csv.ends_with("\r\n"));
        let rows = parse(&csv);
        assert_eq!(rows[0].len(), 10);
        let mut at = 1;
        for g in &rab.groups {
            for l in &g.lines {
                let r = &rows[at];
                assert_eq!(r[0], source_name(Lang::Id, g.funding));
                assert_eq!(
                    (r[1].as_str(), r[2].as_str()),
                    (l.account_code.as_str(), l.kegiatan)
                );
                assert_eq!(r[3], l.description);
                assert_eq!(
                    (num(&r[4]), num(&r[5])),
                    (
                        Rupiah::from_whole(l.people.into()),
                        Rupiah::from_whole(l.months.into())
                    )
                );
                assert_eq!(r[6], l.volume);
                assert_eq!((num(&r[7]), num(&r[8])), (l.unit_price, l.amount));
                // Every line has the header's ten columns; the note is filled only when it varies.
                assert_eq!(r.len(), 10);
                assert_eq!(!r[9].is_empty(), l.varies || l.prohibited);
                at += 1;
            }
            assert_eq!(rows[at][3], "Subtotal");
            assert_eq!(num(&rows[at][8]), g.subtotal);
            at += 1;
        }
        assert_eq!(rows[at][3], "Jumlah total");
        assert_eq!(num(&rows[at][8]), rab.total);
        assert_eq!(rab.total, o.sums.period.total().payer);
        assert!(rows[at + 1][3].starts_with("Bagian pekerja"));
        assert_eq!(num(&rows[at + 1][8]), rab.worker_share);
        assert_eq!(rows[at + 2], [format!("Terbilang: {}", rab.total_words)]);
        assert_eq!(rows[at + 3], [rules_as_of(Lang::Id, &plan.period, &o.law)]);
        assert_eq!(rows.len(), at + 4);
        // Sum of the line amounts read back equals the total read back.
        let lines: Rupiah = rows[1..at]
            .iter()
            .filter(|r| r[3] != "Subtotal")
            .map(|r| num(&r[8]))
            .sum();
        assert_eq!(lines, rab.total);
    }

    #[test]
    fn a_picked_village_ends_the_rab_csv_in_both_languages() {
        let mut plan = Plan::default();
        let without = rab_csv(&budget_lines(&plan, &outcome(&plan), Lang::Id), Lang::Id);
        plan.apply(Action::SetPlace(Some(crate::calc::place::Place {
            code: "15.08.02.2005".into(),
            desa: "Lubuk Kayu Aro".into(),
            kecamatan: "Rantau Pandan".into(),
            kabupaten: "Kabupaten Bungo".into(),
            provinsi: "Jambi".into(),
        })));
        let rab = budget_lines(&plan, &outcome(&plan), Lang::Id);
        let csv = rab_csv(&rab, Lang::Id);
        let line = "Kode Kemendagri 15.08.02.2005 · Kecamatan Rantau Pandan · Kabupaten Bungo · Provinsi Jambi";
        assert_eq!(rab.place.as_deref(), Some(line));
        assert_eq!(csv, format!("{without}{line}\r\n"));
        let en = rab_csv(&budget_lines(&plan, &outcome(&plan), Lang::En), Lang::En);
        assert!(en.ends_with(
            "\r\nKemendagri code 15.08.02.2005 · sub-district Rantau Pandan · Kabupaten Bungo · Jambi province\r\n"
        ));
        // A typed name alone adds nothing: the RAB of a plan without a pick is as before.
        plan.apply(Action::SetPlace(None));
        assert_eq!(
            rab_csv(&budget_lines(&plan, &outcome(&plan), Lang::Id), Lang::Id),
            without.clone()
        );
    }

    #[test]
    fn example_village_rab_csv_text() {
        let plan = Plan::default();
        let rab = budget_lines(&plan, &outcome(&plan), Lang::Id);
        let csv = rab_csv(&rab, Lang::Id);
        assert!(csv.contains(
            "\r\nADD (Alokasi Dana Desa);5.1.3.03;01.01.03;Iuran JKK dan JKM BPJS Ketenagakerjaan – Kepala desa;1;12;1 orang × 12 bulan;13104;157248;\r\n"
        ));
        assert!(csv.contains("\r\n;;;Jumlah total;;;;;1349712\r\n"));
        assert!(csv.ends_with(
            "\r\nTerbilang: satu juta tiga ratus empat puluh sembilan ribu tujuh ratus dua belas rupiah\r\nAturan dan tarif diperiksa per 6 Desember 2026.\r\n"
        ));
        assert!(!csv.contains("Bagian pekerja"));
        let en = rab_csv(&budget_lines(&plan, &outcome(&plan), Lang::En), Lang::En);
        assert!(en.starts_with("\u{feff}Funding source;"));
        assert!(en.contains(";Grand total;"));
        assert!(en.contains("\r\nIn words: one million "));
    }

    #[test]
    fn categories_csv_reads_back_to_the_outcome() {
        let plan = mixed_plan();
        let o = outcome(&plan);
        let csv = categories_csv(&plan, &o, Lang::En);
        let rows = parse(&csv);
        assert!(rows[0][0] == "Category" && rows[0].len() == 12);
        // The categories, the total, and the line on when the rules were checked.
        assert_eq!(rows.len(), plan.categories.len() + 3);
        assert_eq!(
            rows[plan.categories.len() + 2],
            [rules_as_of(Lang::En, &plan.period, &o.law)]
        );
        for (i, (c, co)) in plan.categories.iter().zip(&o.categories).enumerate() {
            let r = &rows[i + 1];
            let period = co.cost.period.total();
            assert_eq!(
                r[0],
                crate::report::texts::names::category_name(Lang::En, c)
            );
            assert_eq!(num(&r[2]), Rupiah::from_whole(c.insured.into()));
            assert_eq!(num(&r[3]), co.cost.per_person.base);
            assert_eq!(num(&r[4]), co.cost.per_person.programs.total().total());
            assert_eq!(num(&r[6]), period.total());
            assert_eq!((num(&r[7]), num(&r[8])), (period.payer, period.worker));
            assert_eq!(
                (num(&r[9]), num(&r[10])),
                (co.benefits.jkm_death, co.benefits.jkk_death)
            );
        }
        assert_eq!(rows[1][1], "PU");
        assert_eq!(rows[7][1], "BPU");
        assert_eq!(rows[7][11], "33,3");
        assert_eq!(rows[1][11], "");
        let total = &rows[plan.categories.len() + 1];
        assert_eq!(total[0], "Total");
        assert_eq!(num(&total[2]), Rupiah::from_whole(40));
        assert_eq!(num(&total[5]), o.total_monthly());
        assert_eq!(num(&total[6]), o.total_period());
        assert_eq!(num(&total[7]), o.sums.period.total().payer);
        assert_eq!(num(&total[8]), o.sums.budget.worker_share);
        let per_month: Rupiah = rows[1..=plan.categories.len()]
            .iter()
            .map(|r| num(&r[5]))
            .sum();
        assert_eq!(per_month, o.total_monthly());
    }

    #[test]
    fn a_part_year_names_its_months_in_the_period_column() {
        let mut plan = Plan::default();
        let header = |plan: &Plan, lang| {
            let csv = categories_csv(plan, &outcome(plan), lang);
            parse(&csv)[0][6].clone()
        };
        assert_eq!(header(&plan, Lang::Id), "Iuran selama periode (Rp)");
        plan.apply(Action::SetFirstMonth(7));
        plan.apply(Action::SetMonths(6));
        assert_eq!(header(&plan, Lang::Id), "Iuran 6 bulan (Rp)");
        assert_eq!(header(&plan, Lang::En), "Premium for 6 months (Rp)");
    }

    #[test]
    fn user_text_is_quoted_and_neutralized() {
        let categories = [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tTab",
            "a;b",
            "say \"hi\"",
            "line\nbreak",
            "Guru, PAUD",
            "Biasa",
        ]
        .iter()
        .map(|name| {
            let mut c = Category::new(CategoryKind::Lainnya, 1);
            c.name = (*name).to_string();
            c.account_code = "=1+1".into();
            c
        })
        .collect();
        let plan = Plan {
            categories,
            ..Plan::default()
        };
        let o = outcome(&plan);
        let rows = parse(&categories_csv(&plan, &o, Lang::Id));
        let names: Vec<&str> = rows[1..=10].iter().map(|r| r[0].as_str()).collect();
        // category_name trims, so the tab is gone before export.
        assert_eq!(
            names,
            [
                "'=HYPERLINK(\"x\")",
                "'+1",
                "'-2",
                "'@SUM(A1)",
                "Tab",
                "a;b",
                "say \"hi\"",
                "line\nbreak",
                "Guru, PAUD",
                "Biasa"
            ]
        );
        let rab_rows = parse(&rab_csv(&budget_lines(&plan, &o, Lang::Id), Lang::Id));
        assert!(rab_rows[1..=10].iter().all(|r| r[1] == "'=1+1"));
        let mut sheet = Sheet::new("h");
        sheet.text("\tx").text("\ry").text("-").text("a\"b").end();
        assert_eq!(sheet.out, "\u{feff}h\r\n'\tx;\"'\ry\";'-;\"a\"\"b\"\r\n");
    }

    #[test]
    fn numbers_are_plain_digits_with_a_decimal_comma() {
        let mut s = Sheet::new("h");
        s.num(dec!(1349712))
            .num(dec!(2426640.50))
            .num(dec!(-5))
            .num(dec!(0.000))
            .money(Rupiah::from_whole(1_000_000_000_000))
            .end();
        assert_eq!(
            s.out,
            "\u{feff}h\r\n1349712;2426640,5;-5;0;1000000000000\r\n"
        );
    }
}

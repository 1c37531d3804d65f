//! The rekap as CSV, with the conventions of `calc/csv.rs` (BOM, `;`, CRLF, formula guard):
//! one file of data rows, one per village with its absolute share link, so that a SUM, a
//! filter or a pivot over a column sees villages only; the kecamatan and kabupaten totals in a
//! second file. Each file ends, after a blank line, with its notes (the policy line, the date
//! of the rules), which a SUM skips as text.

use crate::calc::period::{BudgetPeriod, Date};
use crate::calc::preset;
use crate::calc::rekap::summary::{Rekap, Totals, VillageFigures};
use crate::calc::Plan;
use crate::codec::office::PaperSize;
use crate::codec::rekap_policy::PolicyOrigin;
use crate::codec::share;
use crate::codec::xlsx::write::{self, Book};
use crate::report::csv::Sheet;
use crate::report::lang::Lang;
use crate::report::texts::names::{category_name, program_list, scheme_abbr};
use crate::report::texts::presets::preset_text;
use crate::report::texts::rekap::rekap_texts;
use crate::report::texts::xlsx::xlsx_texts;
use rust_decimal::{Decimal, RoundingStrategy};

/// The link to the main page with this plan, relative to the rekap page (`rekap/`).
#[must_use]
pub fn share_link(plan: &Plan) -> String {
    format!("../#{}", share::encode(plan))
}

/// The village page's address for the rekap page at `rekap_address`: its folder's parent
/// (`https://x/kalkulator/rekap/?a#b` → `https://x/kalkulator/`), what `../` points to.
#[must_use]
pub fn village_page_address(rekap_address: &str) -> String {
    let end = rekap_address
        .find(['?', '#'])
        .unwrap_or(rekap_address.len());
    let address = rekap_address.get(..end).unwrap_or(rekap_address);
    let folder = address.rfind('/').map_or(address, |i| &address[..i]);
    match folder.rfind('/') {
        // Not above the host: `https://x/rekap/` → `https://x/`.
        Some(i) if !folder[..i].ends_with('/') && i > 0 => folder[..=i].to_string(),
        _ => format!("{folder}/"),
    }
}

/// The link to the main page with this plan, absolute, so that a spreadsheet can open it.
#[must_use]
pub fn absolute_link(village_page: &str, plan: &Plan) -> String {
    format!("{village_page}#{}", share::encode(plan))
}

/// The policy's setups, categories of the same scheme, wage base and programs together:
/// "Kepala desa, Sekretaris desa: PU Rp2.022.200, JKK + JKM".
fn setups(lang: Lang, plan: &Plan) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for c in &plan.categories {
        let setup = format!(
            "{} {}, {}",
            scheme_abbr(c.scheme),
            lang.rupiah(c.base),
            program_list(c)
        );
        let name = category_name(lang, c);
        match groups.iter_mut().find(|(s, _)| *s == setup) {
            Some((_, names)) => names.push(name),
            None => groups.push((setup, vec![name])),
        }
    }
    let parts: Vec<String> = groups
        .into_iter()
        .map(|(setup, names)| format!("{}: {setup}", names.join(", ")))
        .collect();
    parts.join("; ")
}

/// The months costed: "Januari–Desember 2027", "Juli 2027".
fn period_words(lang: Lang, period: &BudgetPeriod) -> String {
    let first = period.first_month;
    let last = first.saturating_add(period.months.saturating_sub(1));
    if last <= first {
        format!("{} {}", lang.month_name(first), period.year)
    } else {
        format!(
            "{}–{} {}",
            lang.month_name(first),
            lang.month_name(last),
            period.year
        )
    }
}

/// Where the policy plan was taken from, and when.
fn origin_words(lang: Lang, origin: &PolicyOrigin) -> String {
    let t = rekap_texts(lang);
    let day = |d: &Option<Date>| d.map(|d| lang.date(d)).unwrap_or_default();
    match origin {
        PolicyOrigin::Default => t.source_default.to_string(),
        PolicyOrigin::Preset(id) => {
            let name = preset::find(id).map_or(*id, |p| preset_text(lang, p).name);
            (t.source_preset)(name)
        }
        PolicyOrigin::VillagePage(on) => (t.source_copy)(&day(on)),
        PolicyOrigin::File { name, on } => (t.source_file)(name, &day(on)),
    }
}

/// The policy in one line, as the page, the CSV and the printed recap state it: which
/// programs, schemes, wage bases and period, taken from where and when.
#[must_use]
pub fn policy_line(lang: Lang, plan: &Plan, origin: &PolicyOrigin) -> String {
    (rekap_texts(lang).policy_line)(
        &setups(lang, plan),
        &period_words(lang, &plan.period),
        &origin_words(lang, origin),
    )
}

/// The heading of the premium over the costed months, in the village page's words
/// ("Setahun anggaran", "6 bulan") when every village is costed for the same number of months
/// (the policy's, when there is no village yet); a rekap that mixes villages' own plans of other
/// lengths keeps "Iuran selama periode".
#[must_use]
pub fn period_heading(lang: Lang, rekap: &Rekap, policy_months: u8) -> String {
    let mut months = rekap.villages.iter().map(VillageFigures::months);
    let first = months.next().unwrap_or(policy_months);
    if months.all(|m| m == first) {
        lang.period_heading(first)
    } else {
        rekap_texts(lang).period.to_string()
    }
}

/// "Kecamatan Pelepat" for a sub-district named "Pelepat"; a name that already says
/// "Kecamatan …" (as spreadsheets often do) is not prefixed again.
#[must_use]
pub fn kecamatan_label(lang: Lang, name: &str) -> String {
    let word = lang.rekap_csv().kecamatan;
    let says_it = name
        .get(..10)
        .is_some_and(|head| head.eq_ignore_ascii_case("kecamatan "));
    if says_it {
        name.to_string()
    } else {
        format!("{word} {name}")
    }
}

/// Ends a sheet with its notes after a blank line, one note per row, in the first column.
fn notes(s: &mut Sheet, notes: &[String]) {
    if notes.is_empty() {
        return;
    }
    s.end();
    for n in notes {
        s.text(n);
        s.end();
    }
}

/// The rekap CSV: one row per village (links absolute under `village_page`), then `note`s.
#[must_use]
pub fn rekap_csv(rekap: &Rekap, lang: Lang, village_page: &str, note: &[String]) -> String {
    rekap_sheet(rekap, lang, village_page, note).out
}

/// The rekap as one Excel workbook (`.xlsx`): the villages sheet (with its kecamatan column)
/// and the totals sheet, the same rows as [`rekap_csv`] and [`totals_csv`], on `paper`; the
/// footer names the source and `rules` (the date of the rules).
#[must_use]
pub fn rekap_xlsx(
    rekap: &Rekap,
    lang: Lang,
    village_page: &str,
    note: &[String],
    rules: &str,
    paper: PaperSize,
) -> Vec<u8> {
    let x = xlsx_texts(lang);
    let book = Book {
        sheets: vec![
            rekap_sheet(rekap, lang, village_page, note).into_xlsx(x.rekap_sheet, x.source, rules),
            totals_sheet(rekap, lang, note).into_xlsx(x.totals_sheet, x.source, rules),
        ],
        paper,
    };
    write::write(&book)
}

fn rekap_sheet(rekap: &Rekap, lang: Lang, village_page: &str, note: &[String]) -> Sheet {
    let t = lang.rekap_csv();
    let thirty = lang.prose_percent(crate::calc::budget::THIRTY_PERCENT);
    let mut s = Sheet::new(&(t.header)(&thirty));
    for v in &rekap.villages {
        let period = v.period.total();
        let people = v.insured();
        let flags = v.flags.named([
            t.over_thirty,
            t.above_add,
            t.dana_desa_officials,
            t.no_one_insured,
            t.row_problems,
        ]);
        s.count(v.village.row as u64)
            .text(&v.village.kode)
            .text(&v.village.nama)
            .text(&v.village.kecamatan)
            .count(people)
            .money(v.monthly.total().total())
            .money(period.total())
            .money(period.payer)
            .money(period.worker)
            .money(v.budget.charged_to_add);
        match v.alokasi_dana_desa() {
            Some(add) => s.money(add),
            None => s.skip(1),
        };
        match v.budget.add_share.and_then(percent) {
            Some(share) => s.num(share),
            None => s.skip(1),
        };
        match v.budget.thirty_percent {
            Some(check) if check.within => s.text(t.within),
            Some(_) => s.text(t.exceeded),
            None => s.skip(1),
        };
        s.text(&flags.join(", "))
            .text(&absolute_link(village_page, &v.plan()));
        s.end();
    }
    notes(&mut s, note);
    s
}

/// The totals CSV: one row per kecamatan, then, apart after a blank line, the kabupaten;
/// then `note`s.
#[must_use]
pub fn totals_csv(rekap: &Rekap, lang: Lang, note: &[String]) -> String {
    totals_sheet(rekap, lang, note).out
}

fn totals_sheet(rekap: &Rekap, lang: Lang, note: &[String]) -> Sheet {
    let t = lang.rekap_csv();
    let mut s = Sheet::new(t.totals_header);
    for (name, totals) in &rekap.kecamatan {
        totals_row(&mut s, &kecamatan_label(lang, name), totals);
    }
    s.end();
    totals_row(&mut s, t.district_total, &rekap.total);
    notes(&mut s, note);
    s
}

fn totals_row(s: &mut Sheet, label: &str, t: &Totals) {
    s.text(label)
        .count(t.villages as u64)
        .count(t.people_total())
        .money(t.monthly)
        .money(t.period)
        .money(t.payer)
        .money(t.worker)
        .money(t.charged_to_add)
        .money(t.alokasi_dana_desa);
    match t.add_share().and_then(percent) {
        Some(share) => s.num(share),
        None => s.skip(1),
    };
    s.count(t.flagged as u64);
    s.end();
}

/// A fraction as a percent with two decimals, rounded half up like every figure on screen
/// (`NumberStyle::percent`), so the CSV and the page never differ in the last digit.
fn percent(fraction: Decimal) -> Option<Decimal> {
    fraction
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|p| p.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::rekap::summary::VillagePlan;

    #[test]
    fn a_kecamatan_is_named_once() {
        assert_eq!(kecamatan_label(Lang::Id, "Pelepat"), "Kecamatan Pelepat");
        assert_eq!(kecamatan_label(Lang::Id, "Kecamatan A"), "Kecamatan A");
        assert_eq!(kecamatan_label(Lang::En, "KECAMATAN B"), "KECAMATAN B");
        assert_eq!(kecamatan_label(Lang::En, "Pelepat"), "Sub-district Pelepat");
        assert_eq!(
            kecamatan_label(Lang::Id, "Kécamatan"),
            "Kecamatan Kécamatan"
        );
    }
    use crate::calc::rekap::summary::{rekap, DEFAULT_ADD_THRESHOLD};
    use crate::codec::villages_csv;

    const PAGE: &str = "https://desa.example/kalkulator/";

    fn lines(csv: &str) -> Vec<&str> {
        csv.trim_end_matches("\r\n").split("\r\n").collect()
    }

    #[test]
    fn the_policy_line_names_programs_schemes_bases_period_source_and_day() {
        let plan = Plan::for_year(2027);
        let on = Some(Date::new(2026, 12, 6));
        let line = policy_line(Lang::Id, &plan, &PolicyOrigin::VillagePage(on));
        assert!(
            line.starts_with("Dihitung dengan: Kepala desa: PU Rp"),
            "{line}"
        );
        assert!(line.contains(": PU Rp"), "{line}");
        assert!(line.contains("JKK + JKM"), "{line}");
        assert!(line.contains("; Januari–Desember 2027; "), "{line}");
        assert!(
            line.ends_with("salinan rencana halaman desa, diambil 6 Desember 2026."),
            "{line}"
        );
        let id = preset::PRESETS[0].id;
        let en = policy_line(Lang::En, &plan, &PolicyOrigin::Preset(id));
        let name = preset_text(Lang::En, &preset::PRESETS[0]).name;
        assert!(en.starts_with("Computed with: "), "{en}");
        assert!(en.contains("January–December 2027"), "{en}");
        assert!(en.ends_with(&format!("preset ‘{name}’.")), "{en}");
        let file = PolicyOrigin::File {
            name: "kebijakan.json".into(),
            on,
        };
        assert!(policy_line(Lang::Id, &plan, &file)
            .ends_with("berkas kebijakan.json, dibaca 6 Desember 2026."));
        let mut part = plan.clone();
        part.period.first_month = 7;
        part.period.months = 1;
        let line = policy_line(Lang::Id, &part, &PolicyOrigin::Default);
        assert!(
            line.contains("; Juli 2027; rencana bawaan kalkulator."),
            "{line}"
        );
    }

    #[test]
    fn the_village_page_is_the_rekap_page_s_parent_folder() {
        for (rekap, page) in [
            ("https://desa.example/kalkulator/rekap/", PAGE),
            (
                "https://desa.example/kalkulator/rekap/index.html?x=1#y",
                PAGE,
            ),
            ("http://127.0.0.1:8080/rekap/", "http://127.0.0.1:8080/"),
            ("https://desa.example/", "https://desa.example/"),
        ] {
            assert_eq!(village_page_address(rekap), page, "{rekap}");
        }
    }

    /// The rekap of the template's villages under the default plan.
    fn template_rekap() -> Rekap {
        let import = match villages_csv::parse(villages_csv::TEMPLATE) {
            Ok(i) => i,
            Err(e) => panic!("{e:?}"),
        };
        rekap(
            &Plan::default(),
            &import.villages,
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        )
    }

    #[test]
    fn the_premium_heading_is_the_village_page_s_unless_lengths_are_mixed() {
        let mut r = template_rekap();
        assert_eq!(period_heading(Lang::Id, &r, 12), "Setahun anggaran");
        assert_eq!(period_heading(Lang::En, &r, 12), "Budget year");
        let empty = Rekap {
            villages: Vec::new(),
            ..template_rekap()
        };
        assert_eq!(period_heading(Lang::Id, &empty, 6), "6 bulan");
        if let Some(v) = r.villages.first_mut() {
            let mut plan = v.plan();
            plan.period.months = 6;
            v.source = VillagePlan::Own(Box::new(plan));
        }
        assert_eq!(period_heading(Lang::Id, &r, 12), "Iuran selama periode");
    }

    // Regression: kecamatan and kabupaten rows sat among the villages (a SUM over "Orang"
    // gave three times the people) and the links were relative, dead in a spreadsheet.
    #[test]
    fn the_csv_holds_village_rows_only_with_absolute_links_then_its_notes() {
        let r = template_rekap();
        let note = vec!["Dihitung dengan: x".to_string(), "Aturan".to_string()];
        let csv = rekap_csv(&r, Lang::Id, PAGE, &note);
        assert!(csv.starts_with('\u{feff}'));
        let lines = lines(&csv);
        // Header, three villages, a blank line, two notes.
        assert_eq!(lines.len(), 7, "{csv}");
        let width = lines[0].split(';').count();
        assert!(
            lines[1..4].iter().all(|l| l.split(';').count() == width),
            "{csv}"
        );
        assert_eq!(lines[4], "");
        assert_eq!(&lines[5..], ["Dihitung dengan: x", "Aturan"]);
        let link = absolute_link(PAGE, &r.villages[0].plan());
        assert!(lines[1].ends_with(&format!(";{link}")), "{}", lines[1]);
        let decoded = share::decode(link.trim_start_matches(&format!("{PAGE}#")));
        assert!(matches!(decoded, Ok(p) if p.categories == r.villages[0].plan().categories));
        // A SUM over the people column is the kabupaten's people.
        let people: u64 = lines[1..4]
            .iter()
            .filter_map(|l| l.split(';').nth(4)?.parse::<u64>().ok())
            .sum();
        assert_eq!(people, r.total.people_total());
        assert!(!csv.contains("Jumlah kabupaten"));
    }

    #[test]
    fn the_totals_csv_has_each_kecamatan_then_apart_the_kabupaten() {
        let r = template_rekap();
        let csv = totals_csv(&r, Lang::Id, &["Catatan".to_string()]);
        let lines = lines(&csv);
        // Header, two kecamatan, blank, the kabupaten, blank, the note.
        assert_eq!(lines.len(), 7, "{csv}");
        assert!(lines[0].starts_with("\u{feff}Kecamatan;Desa;Orang;"));
        let width = lines[0].split(';').count();
        for l in [lines[1], lines[2], lines[4]] {
            assert_eq!(l.split(';').count(), width, "{l}");
        }
        assert!(lines[1].starts_with("Kecamatan "));
        assert_eq!(lines[3], "");
        assert!(lines[4].starts_with("Jumlah kabupaten;3;"), "{}", lines[4]);
        assert!(lines[4].contains(&r.total.period.amount().to_string()));
        assert_eq!(lines[6], "Catatan");
    }

    #[test]
    fn the_add_share_rounds_half_up_as_the_screen_does() {
        // Kepala desa alone costs Rp157,248 a year (RULES.md §1); 32 times that as ADD makes
        // the share exactly 3,125 %, which the screen shows as 3,13 %.
        let text = "kode;nama;kecamatan;add;kepala desa\n1;A;K;5.031.936;1\n";
        let import = match villages_csv::parse(text) {
            Ok(i) => i,
            Err(e) => panic!("{e:?}"),
        };
        let r = rekap(
            &Plan::default(),
            &import.villages,
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        assert_eq!(r.villages[0].budget.add_share, Some(Decimal::new(3125, 5)));
        assert_eq!(
            Lang::Id.share_or_dash(r.villages[0].budget.add_share, 2),
            "3,13 %"
        );
        // The village, its kecamatan and the kabupaten each carry the share.
        let csv = rekap_csv(&r, Lang::Id, PAGE, &[]);
        let totals = totals_csv(&r, Lang::Id, &[]);
        for line in lines(&csv)[1..].iter().chain(&lines(&totals)[1..]) {
            assert!(line.is_empty() || line.contains(";3,13;"), "{line}");
        }
    }

    #[test]
    fn the_people_column_counts_a_category_of_the_user_s_own() {
        use crate::calc::category::{Category, CategoryKind};
        let mut own = Plan::default();
        own.categories
            .push(Category::new(CategoryKind::Lainnya, 12));
        let files = [(
            "a.json".to_string(),
            crate::codec::scenario_file::to_json(&own),
        )];
        let (villages, _) = crate::codec::scenario_villages::from_files(&files, "K");
        let r = rekap(&Plan::default(), &[], villages, DEFAULT_ADD_THRESHOLD);
        let csv = rekap_csv(&r, Lang::Id, PAGE, &[]);
        // 1 + 1 + 8 officials of the default plan and the 12 of the user's own category.
        for line in csv.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
            assert_eq!(line.split(';').nth(4), Some("22"), "{line}");
        }
        let totals = totals_csv(&r, Lang::Id, &[]);
        for line in totals.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
            assert_eq!(line.split(';').nth(2), Some("22"), "{line}");
        }
    }

    #[test]
    fn formula_in_a_name_is_neutralized() {
        let text = "kode;nama;kecamatan;add\n=1+1;=HYPERLINK(\"x\");K;1\n";
        let import = match villages_csv::parse(text) {
            Ok(i) => i,
            Err(e) => panic!("{e:?}"),
        };
        let r = rekap(
            &Plan::default(),
            &import.villages,
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        let csv = rekap_csv(&r, Lang::En, PAGE, &[]);
        assert!(csv.contains(";'=1+1;\"'=HYPERLINK(\"\"x\"\")\";"), "{csv}");
    }
}

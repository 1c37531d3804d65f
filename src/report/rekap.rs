//! The rekap as CSV, with the conventions of `calc/csv.rs` (BOM, `;`, CRLF, formula guard):
//! one row per village with its share link, then one row per kecamatan and the kabupaten.

use crate::calc::rekap::summary::{Rekap, Totals};
use crate::calc::Plan;
use crate::codec::share;
use crate::report::csv::Sheet;
use crate::report::lang::Lang;
use crate::report::texts::formula::RekapCsvTexts;
use rust_decimal::{Decimal, RoundingStrategy};

/// The link to the main page with this plan, relative to the rekap page (`rekap/`).
#[must_use]
pub fn share_link(plan: &Plan) -> String {
    format!("../#{}", share::encode(plan))
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

/// The rekap CSV: villages, then kecamatan totals, then the kabupaten total.
#[must_use]
pub fn rekap_csv(rekap: &Rekap, lang: Lang) -> String {
    let t = lang.rekap_csv();
    let thirty = lang.prose_percent(crate::calc::budget::THIRTY_PERCENT);
    let mut s = Sheet::new(&(t.header)(&thirty));
    for v in &rekap.villages {
        let period = v.period.total();
        let people = v.insured();
        let flags = v.flags.named([
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
        match v.plan.budget.alokasi_dana_desa {
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
        s.text(&flags.join(", ")).text(&share_link(&v.plan));
        s.end();
    }
    for (name, totals) in &rekap.kecamatan {
        let label = kecamatan_label(lang, name);
        totals_row(&mut s, &label, totals, t);
    }
    totals_row(&mut s, t.district_total, &rekap.total, t);
    s.out
}

fn totals_row(s: &mut Sheet, label: &str, t: &Totals, words: &RekapCsvTexts) {
    let villages = format!("{} {}", t.villages, words.villages);
    s.skip(2)
        .text(label)
        .text(&villages)
        .count(t.people_total())
        .money(t.monthly)
        .money(t.period)
        .money(t.payer)
        .money(t.worker)
        .money(t.charged_to_add)
        .money(t.add);
    match t.charged_to_add.ratio_to(t.add).and_then(percent) {
        Some(share) => s.num(share),
        None => s.skip(1),
    };
    s.skip(3);
    s.end();
}

/// A fraction as a percent with two decimals, rounded half up like every figure on screen
/// (`format::percent`), so the CSV and the page never differ in the last digit.
fn percent(fraction: Decimal) -> Option<Decimal> {
    fraction
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|p| p.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn csv_has_a_row_per_village_and_total_with_links() {
        let import = match villages_csv::parse(villages_csv::TEMPLATE) {
            Ok(i) => i,
            Err(e) => panic!("{e:?}"),
        };
        let r = rekap(
            &Plan::default(),
            &import.villages,
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        let csv = rekap_csv(&r, Lang::Id);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_end_matches("\r\n").split("\r\n").collect();
        // Header, three villages, two kecamatan, the kabupaten.
        assert_eq!(lines.len(), 7);
        let width = lines[0].split(';').count();
        assert!(lines.iter().all(|l| l.split(';').count() == width), "{csv}");
        let link = share_link(&r.villages[0].plan);
        assert!(lines[1].contains(&link));
        let decoded = share::decode(link.trim_start_matches("../#"));
        assert!(matches!(decoded, Ok(p) if p.categories == r.villages[0].plan.categories));
        assert!(lines[6].starts_with(";;Jumlah kabupaten;3 desa;"));
        assert!(lines[6].contains(&r.total.period.amount().to_string()));
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
        let csv = rekap_csv(&r, Lang::Id);
        let lines: Vec<&str> = csv.trim_end_matches("\r\n").split("\r\n").collect();
        // The village, its kecamatan and the kabupaten each carry the share.
        for line in &lines[1..] {
            assert!(line.contains(";3,13;"), "{line}");
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
        let csv = rekap_csv(&r, Lang::Id);
        // 1 + 1 + 8 officials of the default plan and the 12 of the user's own category.
        for line in csv.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
            assert_eq!(line.split(';').nth(4), Some("22"), "{line}");
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
        let csv = rekap_csv(&r, Lang::En);
        assert!(csv.contains(";'=1+1;\"'=HYPERLINK(\"\"x\"\")\";"), "{csv}");
    }
}

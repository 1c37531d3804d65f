//! The names of the files the app writes (scenario JSON, RAB and category CSV), made from
//! the plan so that a folder of downloads sorts by village and year.

use crate::calc::Plan;

/// The village in lower-case ASCII letters and digits with `-` for anything else, the
/// dashes at either end cut ("" for no name).
fn village_slug(plan: &Plan) -> String {
    let village: String = plan
        .village
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    village.trim_matches('-').to_string()
}

/// `iuran-jamsostek-{village}-{year}` ([`village_slug`]); without a village,
/// `iuran-jamsostek-{year}`.
#[must_use]
pub fn document_stem(plan: &Plan) -> String {
    let village = village_slug(plan);
    if village.is_empty() {
        format!("iuran-jamsostek-{}", plan.period.year)
    } else {
        format!("iuran-jamsostek-{village}-{}", plan.period.year)
    }
}

/// The RAB spreadsheet.
#[must_use]
pub fn rab_csv(plan: &Plan) -> String {
    format!("{}-rab.csv", document_stem(plan))
}

/// The RAB and per-category workbook.
#[must_use]
pub fn rab_xlsx(plan: &Plan) -> String {
    format!("{}-rab.xlsx", document_stem(plan))
}

/// The printed sheet as one HTML file (to share and print elsewhere).
#[must_use]
pub fn sheet_html(plan: &Plan) -> String {
    format!("{}-lembar.html", document_stem(plan))
}

/// The per-category spreadsheet.
#[must_use]
pub fn categories_csv(plan: &Plan) -> String {
    format!("{}-kategori.csv", document_stem(plan))
}

/// The scenario file, named after the village (`skenario-jamsostek-{village}-{year}.json`),
/// so that two villages' files sent to one camat never carry the same name.
#[must_use]
pub fn scenario_json(plan: &Plan) -> String {
    let village = village_slug(plan);
    if village.is_empty() {
        format!("skenario-jamsostek-{}.json", plan.period.year)
    } else {
        format!("skenario-jamsostek-{village}-{}.json", plan.period.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_village_and_year() {
        let mut plan = Plan::for_year(2026);
        assert_eq!(rab_csv(&plan), "iuran-jamsostek-2026-rab.csv");
        assert_eq!(sheet_html(&plan), "iuran-jamsostek-2026-lembar.html");
        plan.village = "  Desa Sukå Maju! ".into();
        assert_eq!(document_stem(&plan), "iuran-jamsostek-desa-suk--maju-2026");
        assert_eq!(
            categories_csv(&plan),
            "iuran-jamsostek-desa-suk--maju-2026-kategori.csv"
        );
        assert_eq!(
            scenario_json(&plan),
            "skenario-jamsostek-desa-suk--maju-2026.json"
        );
        plan.village = "---".into();
        assert_eq!(document_stem(&plan), "iuran-jamsostek-2026");
        assert_eq!(scenario_json(&plan), "skenario-jamsostek-2026.json");
    }

    // Regression: every village's scenario file was `skenario-jamsostek-2026.json`, so a
    // camat's second file replaced the first.
    #[test]
    fn the_scenario_file_is_named_after_its_village() {
        let mut plan = Plan::for_year(2027);
        plan.village = "Tanjungsari".into();
        assert_eq!(
            scenario_json(&plan),
            "skenario-jamsostek-tanjungsari-2027.json"
        );
        plan.village = "Desa Kali Rejo".into();
        assert_eq!(
            scenario_json(&plan),
            "skenario-jamsostek-desa-kali-rejo-2027.json"
        );
    }
}

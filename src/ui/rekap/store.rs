//! The rekap's work on this device: the files read and the settings, kept in localStorage as
//! JSON (`Work`), and the files parsed into village rows (`Parsed`). Nothing unreadable is
//! wiped: it is set aside under an `.unreadable-…` key, like the village page's plan.

use crate::calc::rekap::village::VillageRow;
use crate::calc::Plan;
use crate::codec::input::{parse_decimal_in_range, InputError};
use crate::codec::scenario_file::ImportProblem;
use crate::codec::scenario_villages;
use crate::codec::share;
use crate::codec::villages_csv::{self, FileError, VillagesImport};
use crate::ui::{browser, scenario};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// Local-storage key of the rekap page's settings.
pub const KEY: &str = "kalkulator-jamsostek-desa.rekap";
/// Local-storage key of the files the rekap page read.
pub const FILES_KEY: &str = "kalkulator-jamsostek-desa.rekap-files";
/// Largest file read (bytes): a 100,000-row spreadsheet is about 10 MB.
pub const MAX_FILE_BYTES: f64 = 32.0 * 1024.0 * 1024.0;
/// What a threshold outside 0–100 % is told.
pub const THRESHOLD_ERROR: InputError = InputError::OutOfRange {
    min: Decimal::ZERO,
    max: dec!(100),
};

/// One file as the user chose it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFile {
    /// The file's name.
    pub name: String,
    /// Its text (empty when it was too large to read).
    pub text: String,
    /// True when the file was over [`MAX_FILE_BYTES`] or could not be read as text.
    #[serde(default)]
    pub unreadable: bool,
}

/// The files of the rekap page and how to file their villages (kept under [`FILES_KEY`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Work {
    /// Format version of this record.
    pub v: u32,
    /// Files in the order chosen.
    pub files: Vec<SourceFile>,
    /// Kecamatan given to the villages of JSON files.
    pub json_kecamatan: String,
}

impl Default for Work {
    fn default() -> Self {
        Self {
            v: 1,
            files: Vec::new(),
            json_kecamatan: String::new(),
        }
    }
}

/// The page's choices (kept under [`KEY`], apart from the files, so that changing one does not
/// write megabytes of files again).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Format version of this record.
    pub v: u32,
    /// `current` (the village page's plan) or `preset:<id>`.
    pub policy: String,
    /// The flag threshold as typed, in percent.
    pub threshold: String,
    /// Kecamatan of the printed recap; empty for the whole kabupaten.
    pub print_scope: String,
    /// The village page's plan (share code) as the policy `current` took it (`Some("")`: there
    /// was none; `None`: not taken yet). Kept here, not read again at each change or load,
    /// because opening a village's link makes that village's plan the village page's plan on
    /// this device.
    pub current_plan: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            v: 1,
            policy: "current".into(),
            threshold: "5".into(),
            print_scope: String::new(),
            current_plan: None,
        }
    }
}

impl Settings {
    /// Chooses the policy `code`; choosing `current` takes the village page's plan now.
    pub fn set_policy(&mut self, code: String, village_page: Option<String>) {
        if code == "current" {
            self.current_plan = Some(village_page.unwrap_or_default());
        }
        self.policy = code;
    }

    /// The plan the policy names and whether it is the one asked for (false: the default plan
    /// stands in for a village page plan that was never saved). A preset and the stand-in
    /// cost `year`, the budget year a new plan opens on; a village page plan keeps its own.
    #[must_use]
    pub fn policy_plan(&self, year: i32) -> (Plan, bool) {
        if let Some(id) = self.policy.strip_prefix("preset:") {
            if let Some(p) = crate::codec::preset::find(id) {
                return (p.plan(year), true);
            }
        }
        match share::decode(self.current_plan.as_deref().unwrap_or_default()) {
            Ok(plan) => (plan, true),
            Err(_) => (Plan::for_year(year), false),
        }
    }
}

impl Work {
    /// Adds files; a file with the name of one already read replaces it.
    pub fn add_files(&mut self, files: Vec<SourceFile>) {
        for f in files {
            match self.files.iter_mut().find(|g| g.name == f.name) {
                Some(g) => *g = f,
                None => self.files.push(f),
            }
        }
    }

    /// Removes the file at `index` (nothing when out of range).
    pub fn remove_file(&mut self, index: usize) {
        if index < self.files.len() {
            self.files.remove(index);
        }
    }

    /// Removes every file; the settings stay.
    pub fn clear(&mut self) {
        self.files.clear();
    }
}

/// What reading one file gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileOutcome {
    /// A spreadsheet: its problems (its rows are in `Parsed::rows`), or why it was refused.
    Csv(Result<VillagesImport, FileError>),
    /// A scenario file: its problems (none when it was read).
    Json(Vec<ImportProblem>),
}

/// One file's report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The file's name.
    pub name: String,
    /// What reading it gave.
    pub outcome: FileOutcome,
}

impl Report {
    /// True when nothing in the file needs the user's attention.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        match &self.outcome {
            FileOutcome::Csv(Ok(i)) => {
                i.problems.is_empty() && i.unknown_columns.is_empty() && i.more_problems == 0
            }
            FileOutcome::Csv(Err(_)) => false,
            FileOutcome::Json(p) => p.is_empty(),
        }
    }
}

/// Every file read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Villages of the spreadsheets, in file and row order.
    pub rows: Vec<VillageRow>,
    /// Villages of the scenario files, each with its own plan.
    pub own: Vec<(VillageRow, Plan)>,
    /// One report per file.
    pub reports: Vec<Report>,
}

fn is_json(file: &SourceFile) -> bool {
    file.name.to_ascii_lowercase().ends_with(".json") || file.text.trim_start().starts_with('{')
}

/// Reads every file of the work; never panics.
#[must_use]
pub fn parse(work: &Work) -> Parsed {
    let mut parsed = Parsed::default();
    let mut seen = villages_csv::SeenKodes::default();
    for file in &work.files {
        let outcome = if file.unreadable {
            FileOutcome::Csv(Err(FileError::NotCsv))
        } else if is_json(file) {
            let (villages, failed) = scenario_villages::from_files(
                &[(file.name.clone(), file.text.clone())],
                &work.json_kecamatan,
            );
            parsed.own.extend(villages);
            FileOutcome::Json(failed.into_iter().flat_map(|f| f.problems).collect())
        } else {
            FileOutcome::Csv(villages_csv::parse(&file.text).map(|mut import| {
                seen.check(&file.name, &mut import);
                parsed.rows.append(&mut import.villages);
                import
            }))
        };
        parsed.reports.push(Report {
            name: file.name.clone(),
            outcome,
        });
    }
    parsed
}

/// The threshold as a fraction (`"5"` → 0.05), or None when it is not a number in 0–100.
#[must_use]
pub fn threshold(text: &str) -> Option<Decimal> {
    parse_decimal_in_range(text, Decimal::ZERO, dec!(100))
        .ok()
        .map(|p| p / dec!(100))
}

/// A record kept under `key`, or the default; an unreadable record is set aside (true).
fn load_record<T: Default + serde::de::DeserializeOwned>(key: &str) -> (T, bool) {
    match browser::load(key) {
        None => (T::default(), false),
        Some(text) => match serde_json::from_str::<T>(&text) {
            Ok(value) => (value, false),
            Err(_) => {
                scenario::set_aside(key, &text);
                (T::default(), true)
            }
        },
    }
}

/// The saved files, the saved settings, and whether an unreadable record was set aside.
#[must_use]
pub fn load() -> (Work, Settings, bool) {
    let (work, bad_files) = load_record::<Work>(FILES_KEY);
    let (mut settings, bad_settings) = load_record::<Settings>(KEY);
    // First visit: take the village page's plan once.
    if settings.policy == "current" && settings.current_plan.is_none() {
        settings.current_plan = Some(village_page_code().unwrap_or_default());
    }
    (work, settings, bad_files || bad_settings)
}

/// Keeps the files; false when storage refused them (too large: the old copy is removed, so a
/// reload never shows files other than the ones on screen).
pub fn save_files(work: &Work) -> bool {
    let Ok(text) = serde_json::to_string(work) else {
        return false;
    };
    if browser::save(FILES_KEY, &text) {
        return true;
    }
    browser::remove(FILES_KEY);
    false
}

/// Keeps the settings.
pub fn save_settings(settings: &Settings) {
    if let Ok(text) = serde_json::to_string(settings) {
        browser::save(KEY, &text);
    }
}

/// The village page's current plan on this device (its share code), if it has a readable one.
#[must_use]
pub fn village_page_code() -> Option<String> {
    browser::load(scenario::CURRENT_KEY).filter(|s| share::decode(s).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            text: text.into(),
            unreadable: false,
        }
    }

    #[test]
    fn csv_and_json_files_are_told_apart_and_read() {
        let plan = crate::codec::scenario_file::to_json(&Plan::default());
        let work = Work {
            files: vec![
                file("desa.csv", villages_csv::TEMPLATE),
                file("Sukamaju.json", &plan),
                file("rusak.json", "{ nope"),
            ],
            ..Work::default()
        };
        let p = parse(&work);
        assert_eq!(p.rows.len(), 3);
        assert_eq!(p.own.len(), 1);
        assert_eq!(p.reports.len(), 3);
        assert!(p.reports[0].is_clean());
        assert!(p.reports[1].is_clean());
        assert!(!p.reports[2].is_clean());
    }

    #[test]
    fn a_file_of_the_same_name_replaces_the_first() {
        let mut w = Work::default();
        w.add_files(vec![file("a.csv", "x"), file("b.csv", "y")]);
        w.add_files(vec![file("a.csv", "z")]);
        assert_eq!(w.files.len(), 2);
        assert_eq!(w.files[0].text, "z");
        w.remove_file(7);
        w.remove_file(0);
        assert_eq!(w.files.len(), 1);
    }

    #[test]
    fn threshold_reads_percent_and_refuses_out_of_range() {
        assert_eq!(threshold("5"), Some(dec!(0.05)));
        assert_eq!(threshold("7,5"), Some(dec!(0.075)));
        assert_eq!(threshold("101"), None);
        assert_eq!(threshold("-1"), None);
        assert_eq!(threshold("lima"), None);
    }

    #[test]
    fn the_current_policy_keeps_the_plan_it_took() {
        let mut s = Settings::default();
        assert!(
            !s.policy_plan(2026).1,
            "no village page plan: the default stands in"
        );
        let mut plan = Plan::default();
        plan.categories[6].insured = 25;
        s.set_policy("current".into(), Some(share::encode(&plan)));
        assert_eq!(s.policy_plan(2026), (plan.clone(), true));
        s.set_policy("preset:kader-posyandu".into(), None);
        assert_ne!(s.policy_plan(2026).0, plan);
        assert_eq!(
            s.current_plan,
            Some(share::encode(&plan)),
            "a preset leaves the taken plan alone"
        );
        s.set_policy("current".into(), None);
        assert_eq!(s.policy_plan(2026), (Plan::default(), false));
    }

    #[test]
    fn an_old_or_partial_record_still_reads() {
        let w: Work = match serde_json::from_str(r#"{"files":[{"name":"a.csv","text":"x"}]}"#) {
            Ok(w) => w,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(w.files[0].name, "a.csv");
        let s: Settings = match serde_json::from_str(r#"{"threshold":"7"}"#) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        };
        assert_eq!((s.policy.as_str(), s.threshold.as_str()), ("current", "7"));
    }
}

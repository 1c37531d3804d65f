//! The rekap page's files and choices as data: the files read (spreadsheets, scenario files,
//! a chosen kabupaten of the registry), the settings, and how they are parsed into village
//! rows and plans with every problem said. Pure: `ui::rekap::store` keeps them on the device.

use crate::calc::period::Date;
use crate::calc::rekap::village::VillageRow;
use crate::calc::Plan;
use crate::codec::input::{parse_decimal_in_range, InputError};
use crate::codec::plan_source::PlanSource;
use crate::codec::registry::{self, RegistryProblem};
use crate::codec::rekap_policy::{date_code, date_of_code, policy_source, PolicyOrigin};
use crate::codec::scenario_file::ImportProblem;
use crate::codec::scenario_villages::{self, same_village};
use crate::codec::share;
use crate::codec::village_edits::{self, Edits};
use crate::codec::villages_csv::{self, FileError, VillagesImport};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

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

/// The files of the rekap page and how to file their villages (kept on the device by `ui::rekap::store`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Work {
    /// Format version of this record.
    pub v: u32,
    /// Files in the order chosen.
    pub files: Vec<SourceFile>,
    /// Kecamatan given to the villages of JSON files.
    pub json_kecamatan: String,
    /// JSON files whose plan is counted for a village that is also elsewhere (a spreadsheet
    /// row or an earlier JSON file); otherwise the other is counted.
    pub keep_json: Vec<String>,
    /// The kabupaten chosen from the village registry, kept with its file so that it fills
    /// after a reload with no connection.
    pub registry: Option<ChosenKabupaten>,
    /// Figures typed or pasted on the page, by kode desa and column (`codec::village_edits`),
    /// applied over the rows read. Absent in work saved before issue 22.
    #[serde(skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

/// A kabupaten of the village registry (`codec::registry`), as chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChosenKabupaten {
    /// Its code, e.g. `15.08`.
    pub code: String,
    /// Its registry file as fetched.
    pub text: String,
    /// The registry's edition, e.g. `Kepmendagri 300.2.2-2138/2025`.
    pub decree: String,
    /// The decree's year.
    pub year: String,
    /// The package the registry was made from.
    pub source: String,
    /// Kelurahan listed too (they get no ADD, so by default they are not).
    pub kelurahan: bool,
}

impl ChosenKabupaten {
    /// The kabupaten read from its file (None when the kept text no longer reads).
    #[must_use]
    pub fn read(&self) -> Option<registry::Kabupaten> {
        registry::parse_kabupaten(&self.text)
            .ok()
            .filter(|k| k.code == self.code)
    }
}

impl Work {
    /// True when `other` has the same files and filing of their villages: it may differ
    /// only in the figures typed on the page, so `parse_files` reads both alike.
    #[must_use]
    pub fn same_files(&self, other: &Work) -> bool {
        // Destructured in full, so a new field of `Work` must be decided on here.
        let Work {
            v,
            files,
            json_kecamatan,
            keep_json,
            registry,
            edits: _,
        } = self;
        *v == other.v
            && *json_kecamatan == other.json_kecamatan
            && *keep_json == other.keep_json
            && *registry == other.registry
            && *files == other.files
    }

    /// The work without the typed figures: what `parse_files` reads.
    #[must_use]
    pub fn files_only(&self) -> Work {
        Work {
            v: self.v,
            files: self.files.clone(),
            json_kecamatan: self.json_kecamatan.clone(),
            keep_json: self.keep_json.clone(),
            registry: self.registry.clone(),
            edits: Edits::new(),
        }
    }
}

impl Default for Work {
    fn default() -> Self {
        Self {
            v: 1,
            files: Vec::new(),
            json_kecamatan: String::new(),
            keep_json: Vec::new(),
            registry: None,
            edits: Edits::new(),
        }
    }
}

/// What adding a file did beyond adding it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddNote {
    /// A file of that name was read before; this one is kept under `kept_as`.
    Renamed {
        /// The name chosen.
        name: String,
        /// The name it is kept under.
        kept_as: String,
    },
    /// The same name and text as a file read before: not read twice.
    Identical(String),
}

/// The page's choices (kept by `ui::rekap::store` apart from the files, so that changing one does not
/// write megabytes of files again).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Format version of this record.
    pub v: u32,
    /// The policy's code (`PlanSource::code`: `default`, `preset:<id>`, `copy`, `file`;
    /// `current`, saved before issue 21, is read as `copy`).
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
    /// The day the copy was taken (`date_code`).
    pub copied_on: Option<String>,
    /// The scenario file chosen as the policy: its name.
    pub policy_file: String,
    /// Its plan (share code), read once when it was chosen.
    pub file_plan: Option<String>,
    /// The day it was read (`date_code`).
    pub file_read_on: Option<String>,
    /// The kabupaten's name, for the printed recap.
    pub kabupaten: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            v: 1,
            policy: PlanSource::Default.code(),
            threshold: "5".into(),
            print_scope: String::new(),
            current_plan: None,
            copied_on: None,
            policy_file: String::new(),
            file_plan: None,
            file_read_on: None,
            kabupaten: String::new(),
        }
    }
}

impl Settings {
    /// Chooses the policy `code` among those pinned; nothing is read again.
    pub fn set_policy(&mut self, code: String) {
        self.policy = code;
    }

    /// Copies the village page's plan (its share code, None when it has none) on `today`,
    /// and makes the copy the policy.
    pub fn copy_village_page(&mut self, village_page: Option<String>, today: Date) {
        self.current_plan = Some(village_page.unwrap_or_default());
        self.copied_on = Some(date_code(today));
        self.policy = PlanSource::VillagePage.code();
    }

    /// Makes the plan of scenario file `name` the policy, read on `today`.
    pub fn use_file(&mut self, name: String, plan: &Plan, today: Date) {
        self.policy_file = name;
        self.file_plan = Some(share::encode(plan));
        self.file_read_on = Some(date_code(today));
        self.policy = PlanSource::File.code();
    }

    /// Settings saved before issue 21 read as pinned ones: the old `current` policy is the
    /// copy, pinned on `today` (the first load) when it has no day; one never taken is taken
    /// now from `village_page`.
    pub fn migrate(&mut self, village_page: impl FnOnce() -> Option<String>, today: Date) {
        let copy = policy_source(&self.policy) == PlanSource::VillagePage;
        if copy {
            // `current` before issue 21 is written as the copy it now is.
            self.policy = PlanSource::VillagePage.code();
        }
        if copy && self.current_plan.is_none() {
            self.current_plan = Some(village_page().unwrap_or_default());
        }
        if self.current_plan.is_some() && self.copied_on.is_none() {
            self.copied_on = Some(date_code(today));
        }
    }

    /// The plan the policy names, where it came from, and whether it is the one asked for
    /// (false: the default plan stands in for a copy or file that holds none). A preset and
    /// the default cost `year`, the budget year a new plan opens on; a copy or file keeps its own.
    #[must_use]
    pub fn policy_plan(&self, year: i32) -> (Plan, PolicyOrigin, bool) {
        let pinned = |code: &Option<String>, origin: PolicyOrigin| match share::decode(
            code.as_deref().unwrap_or_default(),
        ) {
            Ok(plan) => (plan, origin, true),
            Err(_) => (Plan::for_year(year), PolicyOrigin::Default, false),
        };
        let day = |code: &Option<String>| code.as_deref().and_then(date_of_code);
        match policy_source(&self.policy) {
            PlanSource::Default | PlanSource::Saved(_) => {
                (Plan::for_year(year), PolicyOrigin::Default, true)
            }
            PlanSource::Preset(id) => match crate::calc::preset::find(id) {
                Some(p) => (p.plan(year), PolicyOrigin::Preset(id), true),
                None => (Plan::for_year(year), PolicyOrigin::Default, false),
            },
            PlanSource::VillagePage => pinned(
                &self.current_plan,
                PolicyOrigin::VillagePage(day(&self.copied_on)),
            ),
            PlanSource::File => pinned(
                &self.file_plan,
                PolicyOrigin::File {
                    name: self.policy_file.clone(),
                    on: day(&self.file_read_on),
                },
            ),
        }
    }
}

impl Work {
    /// Adds files and says what it did beyond that: a file of a name already read is kept
    /// under a new name (`a (2).json`), never over the first; the same file again is not
    /// read twice.
    pub fn add_files(&mut self, files: Vec<SourceFile>) -> Vec<AddNote> {
        let mut notes = Vec::new();
        for mut f in files {
            if self
                .files
                .iter()
                .any(|g| g.name == f.name && g.text == f.text)
            {
                notes.push(AddNote::Identical(f.name));
                continue;
            }
            if self.files.iter().any(|g| g.name == f.name) {
                let name = std::mem::take(&mut f.name);
                f.name = self.free_name(&name);
                notes.push(AddNote::Renamed {
                    name,
                    kept_as: f.name.clone(),
                });
            }
            self.files.push(f);
        }
        notes
    }

    /// Reads file `name` as `text` instead (another sheet of the same workbook); the edits,
    /// kept by kode desa, stay.
    pub fn set_text(&mut self, name: &str, text: String) {
        if let Some(f) = self.files.iter_mut().find(|f| f.name == name) {
            f.text = text;
        }
    }

    /// `name` with ` (2)`, ` (3)`… before its extension: the first not in use.
    fn free_name(&self, name: &str) -> String {
        let (stem, ext) = match name.rfind('.') {
            Some(i) if i > 0 => name.split_at(i),
            _ => (name, ""),
        };
        (2..)
            .map(|n| format!("{stem} ({n}){ext}"))
            .find(|c| !self.files.iter().any(|g| g.name == *c))
            .unwrap_or_default()
    }

    /// Counts JSON file `file`'s plan, or the other copy of its village, as the user chose.
    pub fn set_keep_json(&mut self, file: &str, keep: bool) {
        self.keep_json.retain(|f| f != file);
        if keep {
            self.keep_json.push(file.to_string());
        }
    }

    /// Removes the file at `index` (nothing when out of range).
    pub fn remove_file(&mut self, index: usize) {
        if index < self.files.len() {
            self.files.remove(index);
        }
    }

    /// Sets the figure of column `column` of village `kode` to `text` (it must read:
    /// `village_edits::read`), kept over what the files say.
    pub fn set_edit(&mut self, kode: &str, column: &str, text: &str) {
        self.edits
            .entry(kode.trim().to_string())
            .or_default()
            .insert(column.to_string(), text.trim().to_string());
    }

    /// Removes every file; the settings stay.
    pub fn clear(&mut self) {
        self.files.clear();
        self.keep_json.clear();
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
    /// Villages read from it.
    pub villages: usize,
    /// Its rows' codes or names that are not the chosen kabupaten's (none without one).
    pub registry: Vec<RegistryProblem>,
}

impl Report {
    /// Rows left out as not villages (total rows, rows without kode and nama).
    #[must_use]
    pub fn skipped(&self) -> usize {
        match &self.outcome {
            FileOutcome::Csv(Ok(i)) => i.skipped,
            _ => 0,
        }
    }

    /// Problems found (a file refused is one).
    #[must_use]
    pub fn problems(&self) -> usize {
        self.registry.len()
            + match &self.outcome {
                FileOutcome::Csv(Ok(i)) => i.problems.len() + i.more_problems,
                FileOutcome::Csv(Err(_)) => 1,
                FileOutcome::Json(p) => p.len(),
            }
    }
}

/// Where else a JSON file's village is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DuplicateOf {
    /// A spreadsheet row: the file and its row number.
    Row(String, usize),
    /// An earlier JSON file.
    Json(String),
}

/// A village of a JSON file that is also elsewhere, counted once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// The village's name.
    pub nama: String,
    /// The JSON file.
    pub file: String,
    /// Where else it is.
    pub other: DuplicateOf,
    /// The kode desa both carry when that is how they were found to be one village, else "".
    pub kode: String,
    /// True when the JSON file's plan is the one counted.
    pub json_kept: bool,
}

impl Report {
    /// True when nothing in the file needs the user's attention.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        if !self.registry.is_empty() {
            return false;
        }
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
    /// Villages of JSON files that are also elsewhere, each counted once.
    pub duplicates: Vec<Duplicate>,
    /// Desa of the chosen kabupaten that no spreadsheet lists (only when one was read).
    pub missing: Vec<RegistryProblem>,
    /// Villages whose typed figures (`Work::edits`) found no row: kept, not counted.
    pub edits_unplaced: usize,
    /// The typed figures applied to `rows`, and what they replaced (`retype`).
    pub typed: Typed,
}

/// The typed figures applied to `Parsed::rows`, with each changed row as the files read it,
/// so that a new figure changes only the rows of its kode (`retype`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typed {
    /// The figures applied.
    edits: Edits,
    /// Each row a figure changed, as read, by its place in `Parsed::rows`.
    read: std::collections::BTreeMap<usize, VillageRow>,
    /// The kode desa of figures that found no row.
    unplaced: std::collections::BTreeSet<String>,
}

fn is_json(file: &SourceFile) -> bool {
    file.name.to_ascii_lowercase().ends_with(".json") || file.text.trim_start().starts_with('{')
}

/// Reads every file of the work; never panics. A village of a JSON file that is also a
/// spreadsheet row or in an earlier JSON file is counted once (`Parsed::duplicates`). The
/// figures typed on the page (`Work::edits`) apply last, over the spreadsheet and registry rows.
#[must_use]
pub fn parse(work: &Work) -> Parsed {
    let mut parsed = parse_files(work);
    retype(&mut parsed, &work.edits);
    parsed
}

/// `parse(work)` from `files`, what `parse_files` read of the same work.
#[must_use]
pub fn with_edits(files: &Parsed, edits: &Edits) -> Parsed {
    let mut parsed = files.clone();
    retype(&mut parsed, edits);
    parsed
}

/// Makes `parsed` (a `parse` of some work) the `parse` of the same files with the typed
/// figures `edits`: a figure typed in a cell changes no file, so only the rows of the kode desa
/// whose figures changed are set again, each from the row as read; tens of thousands of rows
/// are neither read nor copied again.
pub fn retype(parsed: &mut Parsed, edits: &Edits) {
    let typed = &mut parsed.typed;
    let changed: std::collections::BTreeSet<&str> = typed
        .edits
        .iter()
        .filter(|(kode, cells)| edits.get(*kode) != Some(*cells))
        .chain(
            edits
                .iter()
                .filter(|(kode, cells)| typed.edits.get(*kode) != Some(*cells)),
        )
        .map(|(kode, _)| kode.as_str())
        .collect();
    if changed.is_empty() {
        return;
    }
    let mut found = std::collections::BTreeSet::new();
    for (i, row) in parsed.rows.iter_mut().enumerate() {
        // The kode as the figures name it: the row is set again below.
        let Some(&kode) = changed.get(row.kode.trim()) else {
            continue;
        };
        if let Some(read) = typed.read.remove(&i) {
            *row = read;
        }
        let Some(cells) = edits.get(kode) else {
            continue;
        };
        found.insert(kode);
        typed.read.insert(i, row.clone());
        village_edits::apply_cells(row, cells);
    }
    for kode in changed {
        typed.unplaced.remove(kode);
        if edits.contains_key(kode) && !found.contains(kode) {
            typed.unplaced.insert(kode.to_string());
        }
    }
    typed.edits.clone_from(edits);
    parsed.edits_unplaced = typed.unplaced.len();
}

/// True when `file` is read as a villages spreadsheet (not a scenario file, and readable):
/// the text `parse_files_with` asks its reader to read.
#[must_use]
pub fn is_spreadsheet(file: &SourceFile) -> bool {
    !file.unreadable && !is_json(file)
}

/// Every file of the work read as `parse` reads them, without the typed figures.
#[must_use]
pub fn parse_files(work: &Work) -> Parsed {
    parse_files_with(work, villages_csv::parse)
}

/// `parse_files`, each spreadsheet's text read by `read_csv` (which must read as
/// `villages_csv::parse` does: the page reads large files a part at a time beforehand).
#[must_use]
pub fn parse_files_with(
    work: &Work,
    mut read_csv: impl FnMut(&str) -> Result<VillagesImport, FileError>,
) -> Parsed {
    let mut parsed = Parsed::default();
    let mut seen = villages_csv::SeenKodes::default();
    let mut row_files: Vec<usize> = Vec::new();
    let mut own: Vec<(VillageRow, Plan, String)> = Vec::new();
    let chosen = work.registry.as_ref().and_then(ChosenKabupaten::read);
    let with_kelurahan = work.registry.as_ref().is_some_and(|c| c.kelurahan);
    let mut sheets_read = false;
    // One spreadsheet has no kode of another: its kodes need not be noted (tens of thousands).
    let several = work.files.iter().filter(|f| is_spreadsheet(f)).count() > 1;
    for (index, file) in work.files.iter().enumerate() {
        let mut villages = 0;
        let mut registry_problems = Vec::new();
        let outcome = if file.unreadable {
            FileOutcome::Csv(Err(FileError::NotCsv))
        } else if is_json(file) {
            let (read, failed) = scenario_villages::from_files(
                &[(file.name.clone(), file.text.clone())],
                &work.json_kecamatan,
            );
            villages = read.len();
            own.extend(read.into_iter().map(|(r, p)| (r, p, file.name.clone())));
            FileOutcome::Json(failed.into_iter().flat_map(|f| f.problems).collect())
        } else {
            FileOutcome::Csv(read_csv(&file.text).map(|mut import| {
                if several {
                    seen.check(&file.name, &mut import);
                }
                villages = import.villages.len();
                if let Some(k) = &chosen {
                    registry_problems = k.check(&import.villages, with_kelurahan);
                    registry_problems.retain(|p| !matches!(p, RegistryProblem::Missing { .. }));
                    for v in &mut import.villages {
                        let row = v.row;
                        v.has_problems |= registry_problems
                            .iter()
                            .any(|p| problem_row(p) == Some(row));
                    }
                    sheets_read = true;
                }
                row_files.resize(row_files.len() + villages, index);
                // The first file's rows are taken as they are, never copied (tens of MB).
                if parsed.rows.is_empty() {
                    std::mem::swap(&mut parsed.rows, &mut import.villages);
                } else {
                    parsed.rows.append(&mut import.villages);
                }
                import
            }))
        };
        parsed.reports.push(Report {
            name: file.name.clone(),
            outcome,
            villages,
            registry: registry_problems,
        });
    }
    merge_own(work, &mut parsed, &row_files, own);
    if let Some(k) = chosen {
        add_registry(&mut parsed, &k, with_kelurahan, sheets_read);
    }
    parsed
}

/// The spreadsheet row a registry problem is on.
fn problem_row(problem: &RegistryProblem) -> Option<usize> {
    match problem {
        RegistryProblem::UnknownCode { row, .. } | RegistryProblem::NameDiffers { row, .. } => {
            Some(*row)
        }
        RegistryProblem::Missing { .. } => None,
    }
}

/// Every listed village of the chosen kabupaten that no file brought, with nothing filled, so
/// the table lists the whole kabupaten; when spreadsheets were read, each such desa is also a
/// problem ("not in the file"), never left out without a word.
fn add_registry(
    parsed: &mut Parsed,
    k: &registry::Kabupaten,
    with_kelurahan: bool,
    sheets_read: bool,
) {
    let present: std::collections::HashSet<String> = parsed
        .rows
        .iter()
        .chain(parsed.own.iter().map(|(r, _)| r))
        .map(|r| r.kode.trim().to_string())
        .collect();
    if sheets_read {
        parsed.missing = k
            .check(&parsed.rows, with_kelurahan)
            .into_iter()
            .filter(
                |p| matches!(p, RegistryProblem::Missing { kode, .. } if !present.contains(kode)),
            )
            .collect();
    }
    parsed.rows.extend(
        k.rows(with_kelurahan)
            .into_iter()
            .filter(|r| !present.contains(&r.kode)),
    );
}

/// Puts the JSON villages into `parsed`, each village once: one that is a spreadsheet row
/// (of the file `row_files[i]`) or in an earlier JSON file is counted from the other copy,
/// unless the user chose its file (`Work::keep_json`).
fn merge_own(
    work: &Work,
    parsed: &mut Parsed,
    row_files: &[usize],
    own: Vec<(VillageRow, Plan, String)>,
) {
    let mut dropped = vec![false; parsed.rows.len()];
    let mut kept: Vec<(VillageRow, Plan, String)> = Vec::new();
    let mut kept_rows: Vec<VillageRow> = Vec::new();
    for (row, plan, file) in own {
        let json_kept = work.keep_json.contains(&file);
        let at_row = same_village(&row, &parsed.rows, |i| {
            dropped.get(i).copied().unwrap_or(true)
        });
        let other = if let Some(i) = at_row {
            let sheet = row_files
                .get(i)
                .and_then(|&f| work.files.get(f))
                .map(|f| f.name.clone())
                .unwrap_or_default();
            let number = parsed.rows.get(i).map_or(0, |r| r.row);
            if json_kept {
                if let Some(d) = dropped.get_mut(i) {
                    *d = true;
                }
            }
            Some(DuplicateOf::Row(sheet, number))
        } else if let Some(k) = same_village(&row, &kept_rows, |_| false) {
            let first = kept.get(k).map(|(_, _, f)| f.clone()).unwrap_or_default();
            if json_kept {
                kept.remove(k);
                kept_rows.remove(k);
            }
            Some(DuplicateOf::Json(first))
        } else {
            None
        };
        if let Some(other) = other {
            let same_kode = match &other {
                DuplicateOf::Row(..) => at_row.and_then(|i| parsed.rows.get(i)),
                DuplicateOf::Json(_) => kept_rows.iter().find(|r| r.kode.trim() == row.kode.trim()),
            }
            .is_some_and(|r| !row.kode.trim().is_empty() && r.kode.trim() == row.kode.trim());
            parsed.duplicates.push(Duplicate {
                nama: row.nama.clone(),
                file: file.clone(),
                other,
                kode: if same_kode {
                    row.kode.trim().to_string()
                } else {
                    String::new()
                },
                json_kept,
            });
            if !json_kept {
                continue;
            }
        }
        kept_rows.push(row.clone());
        kept.push((row, plan, file));
    }
    if dropped.iter().any(|d| *d) {
        let mut keep = dropped.iter().map(|d| !d);
        parsed.rows.retain(|_| keep.next().unwrap_or(true));
    }
    parsed.own = kept.into_iter().map(|(r, p, _)| (r, p)).collect();
}

/// The threshold as a fraction (`"5"` → 0.05), or None when it is not a number in 0–100.
#[must_use]
pub fn threshold(text: &str) -> Option<Decimal> {
    parse_decimal_in_range(text, Decimal::ZERO, dec!(100))
        .ok()
        .map(|p| p / dec!(100))
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
    fn another_sheet_of_a_workbook_replaces_only_that_file_s_text() {
        let mut w = Work::default();
        w.add_files(vec![file("a.xlsx", "sheet one"), file("b.csv", "y")]);
        w.set_text("a.xlsx", "sheet two".into());
        w.set_text("missing.xlsx", "ignored".into());
        let texts: Vec<_> = w
            .files
            .iter()
            .map(|f| (f.name.as_str(), f.text.as_str()))
            .collect();
        assert_eq!(texts, [("a.xlsx", "sheet two"), ("b.csv", "y")]);
    }

    // Regression: a second village's file of the same name silently replaced the first.
    #[test]
    fn a_file_of_the_same_name_is_kept_beside_the_first_and_said() {
        let mut w = Work::default();
        assert!(w
            .add_files(vec![file("a.json", "x"), file("b.csv", "y")])
            .is_empty());
        let notes = w.add_files(vec![file("a.json", "z"), file("a.json", "x")]);
        assert_eq!(
            notes,
            [
                AddNote::Renamed {
                    name: "a.json".into(),
                    kept_as: "a (2).json".into()
                },
                AddNote::Identical("a.json".into())
            ]
        );
        let names: Vec<&str> = w.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.json", "b.csv", "a (2).json"]);
        w.add_files(vec![
            file("a.json", "w"),
            file("README", "1"),
            file("README", "2"),
        ]);
        assert_eq!(w.files[3].name, "a (3).json");
        assert_eq!(w.files[5].name, "README (2)");
        w.remove_file(7);
        w.remove_file(0);
        assert_eq!(w.files.len(), 5);
    }

    fn scenario(village: &str) -> String {
        let mut plan = Plan {
            village: village.into(),
            ..Plan::default()
        };
        plan.categories[6].insured = 40;
        crate::codec::scenario_file::to_json(&plan)
    }

    // Regression: the same desa from the spreadsheet and from its own JSON file was counted
    // twice with no word.
    #[test]
    fn a_village_in_a_spreadsheet_and_a_json_file_is_counted_once_and_said() {
        let csv =
            "kode;nama;kecamatan;add\n1;Tanjungsari;Brangsong;100\n2;Kalirejo;Brangsong;100\n";
        let mut work = Work {
            files: vec![
                file("desa.csv", csv),
                file("skenario-a.json", &scenario("Tanjungsari")),
                file("skenario-b.json", &scenario("Sidomulyo")),
                file("skenario-c.json", &scenario("Sidomulyo")),
            ],
            json_kecamatan: "Brangsong".into(),
            ..Work::default()
        };
        let p = parse(&work);
        assert_eq!(p.rows.len(), 2);
        let own: Vec<&str> = p.own.iter().map(|(r, _)| r.nama.as_str()).collect();
        assert_eq!(own, ["Sidomulyo"]);
        assert_eq!(
            p.duplicates,
            [
                Duplicate {
                    nama: "Tanjungsari".into(),
                    file: "skenario-a.json".into(),
                    other: DuplicateOf::Row("desa.csv".into(), 2),
                    kode: String::new(),
                    json_kept: false,
                },
                Duplicate {
                    nama: "Sidomulyo".into(),
                    file: "skenario-c.json".into(),
                    other: DuplicateOf::Json("skenario-b.json".into()),
                    kode: String::new(),
                    json_kept: false,
                }
            ]
        );
        assert_eq!(p.reports[0].villages, 2);
        assert_eq!(p.reports[1].villages, 1);
        // The user chooses the JSON file: the row goes, the file's plan counts.
        work.set_keep_json("skenario-a.json", true);
        work.set_keep_json("skenario-c.json", true);
        let p = parse(&work);
        let rows: Vec<&str> = p.rows.iter().map(|r| r.nama.as_str()).collect();
        assert_eq!(rows, ["Kalirejo"]);
        assert_eq!(p.own.len(), 2);
        assert_eq!(p.own[1].0.nama, "Sidomulyo");
        assert!(p.duplicates.iter().all(|d| d.json_kept));
    }

    const KAB: &str = "K\t15.08\tKabupaten Bungo\t3\t1\nC\t15.08.01\tTanah Tumbuh\n\
                       D\t15.08.01.2001\tPedukun\nD\t15.08.01.2002\tLubuk Niur\n\
                       C\t15.08.02\tRantau Pandan\nL\t15.08.02.1001\tRantau Pandan\n\
                       D\t15.08.02.2001\tDesa Baru\n";

    fn chosen(kelurahan: bool) -> Option<ChosenKabupaten> {
        Some(ChosenKabupaten {
            code: "15.08".into(),
            text: KAB.into(),
            kelurahan,
            ..ChosenKabupaten::default()
        })
    }

    #[test]
    fn a_chosen_kabupaten_lists_its_desa_and_kelurahan_on_request() {
        let mut work = Work {
            registry: chosen(false),
            ..Work::default()
        };
        let p = parse(&work);
        let rows: Vec<(&str, &str)> = p
            .rows
            .iter()
            .map(|r| (r.kode.as_str(), r.kecamatan.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("15.08.01.2001", "Tanah Tumbuh"),
                ("15.08.01.2002", "Tanah Tumbuh"),
                ("15.08.02.2001", "Rantau Pandan")
            ]
        );
        assert!(p.missing.is_empty() && p.reports.is_empty());
        work.registry = chosen(true);
        assert_eq!(parse(&work).rows.len(), 4);
        // A kept file that no longer reads lists nothing rather than part of a kabupaten.
        work.registry = Some(ChosenKabupaten {
            text: KAB.replace("\t3\t1", "\t9\t1"),
            ..chosen(false).unwrap_or_default()
        });
        assert!(parse(&work).rows.is_empty());
    }

    /// A scenario file of Desa Baru (15.08.02.2001) as picked, under the village name `named`.
    fn picked(named: &str) -> String {
        let mut plan = Plan::default();
        plan.apply(crate::calc::plan::Action::SetPlace(Some(
            crate::calc::place::Place {
                code: "15.08.02.2001".into(),
                desa: "Desa Baru".into(),
                kecamatan: "Rantau Pandan".into(),
                kabupaten: "Kabupaten Bungo".into(),
                provinsi: "Jambi".into(),
            },
        )));
        plan.village = named.into();
        plan.categories[6].insured = 40;
        crate::codec::scenario_file::to_json(&plan)
    }

    #[test]
    fn a_picked_village_s_file_is_its_row_by_code_and_two_such_files_are_one_village() {
        let work = Work {
            files: vec![
                // Neither name says which village: the code inside does.
                file("skenario-jamsostek-2026.json", &picked("Baru")),
                file(
                    "skenario-jamsostek-2026 (1).json",
                    &picked("Desa Baru Sekali"),
                ),
            ],
            registry: chosen(false),
            json_kecamatan: "Kecamatan Lain".into(),
            ..Work::default()
        };
        let p = parse(&work);
        let own: Vec<(&str, &str, &str)> = p
            .own
            .iter()
            .map(|(r, _)| (r.kode.as_str(), r.nama.as_str(), r.kecamatan.as_str()))
            .collect();
        assert_eq!(own, [("15.08.02.2001", "Baru", "Rantau Pandan")]);
        // The registry's row of that desa is the file's village, not listed again.
        let rows: Vec<&str> = p.rows.iter().map(|r| r.kode.as_str()).collect();
        assert_eq!(rows, ["15.08.01.2001", "15.08.01.2002"]);
        assert_eq!(
            p.duplicates,
            [Duplicate {
                nama: "Desa Baru Sekali".into(),
                file: "skenario-jamsostek-2026 (1).json".into(),
                other: DuplicateOf::Json("skenario-jamsostek-2026.json".into()),
                kode: "15.08.02.2001".into(),
                json_kept: false,
            }]
        );
    }

    #[test]
    fn a_spreadsheet_is_checked_against_the_chosen_kabupaten() {
        let csv = "kode;nama;kecamatan;add\n15.08.01.2001;Desa Pedukun;Tanah Tumbuh;100\n\
                   15.08.01.2002;Lubuk Baru;Tanah Tumbuh;100\n99.01.01.2001;Entah;X;100\n";
        let work = Work {
            files: vec![file("desa.csv", csv)],
            registry: chosen(false),
            ..Work::default()
        };
        let p = parse(&work);
        assert_eq!(
            p.reports[0].registry,
            [
                RegistryProblem::NameDiffers {
                    row: 3,
                    found: "Lubuk Baru".into(),
                    expected: "Lubuk Niur".into()
                },
                RegistryProblem::UnknownCode {
                    row: 4,
                    kode: "99.01.01.2001".into()
                }
            ]
        );
        assert!(!p.reports[0].is_clean());
        assert_eq!(p.reports[0].problems(), 2);
        assert_eq!(
            p.missing,
            [RegistryProblem::Missing {
                kode: "15.08.02.2001".into(),
                nama: "Desa Baru".into(),
                kecamatan: "Rantau Pandan".into()
            }]
        );
        // Every row is kept, the missing desa listed too: nothing dropped in silence.
        let kodes: Vec<&str> = p.rows.iter().map(|r| r.kode.as_str()).collect();
        assert_eq!(
            kodes,
            [
                "15.08.01.2001",
                "15.08.01.2002",
                "99.01.01.2001",
                "15.08.02.2001"
            ]
        );
        assert_eq!(
            p.rows.iter().map(|r| r.has_problems).collect::<Vec<_>>(),
            [false, true, true, false]
        );
    }

    #[test]
    fn threshold_reads_percent_and_refuses_out_of_range() {
        assert_eq!(threshold("5"), Some(dec!(0.05)));
        assert_eq!(threshold("7,5"), Some(dec!(0.075)));
        assert_eq!(threshold("101"), None);
        assert_eq!(threshold("-1"), None);
        assert_eq!(threshold("lima"), None);
    }

    const DAY: Date = Date::new(2026, 12, 6);

    // Regression: the policy "Rencana terakhir di halaman desa" followed whatever plan was
    // last on the village page on this computer.
    #[test]
    fn the_policy_is_pinned_a_copy_is_never_read_again() {
        let mut s = Settings::default();
        assert_eq!(
            s.policy_plan(2027),
            (Plan::for_year(2027), PolicyOrigin::Default, true)
        );
        let mut plan = Plan::default();
        plan.categories[6].insured = 25;
        s.copy_village_page(Some(share::encode(&plan)), DAY);
        assert_eq!(
            s.policy_plan(2027),
            (plan.clone(), PolicyOrigin::VillagePage(Some(DAY)), true)
        );
        s.set_policy("preset:kader-posyandu".into());
        assert_ne!(s.policy_plan(2027).0, plan);
        assert_eq!(
            s.policy_plan(2027).1,
            PolicyOrigin::Preset("kader-posyandu")
        );
        // Choosing the copy again is the same copy.
        s.set_policy("copy".into());
        assert_eq!(s.policy_plan(2027).0, plan);
        let mut file_plan = Plan::for_year(2027);
        file_plan.categories[0].jht = true;
        s.use_file("kebijakan.json".into(), &file_plan, DAY);
        let (p, origin, found) = s.policy_plan(2027);
        assert_eq!((p.categories[0].jht, found), (true, true));
        assert_eq!(
            origin,
            PolicyOrigin::File {
                name: "kebijakan.json".into(),
                on: Some(DAY)
            }
        );
        // No village page plan to copy: the default stands in, and says so.
        s.copy_village_page(None, DAY);
        assert_eq!(
            s.policy_plan(2027),
            (Plan::for_year(2027), PolicyOrigin::Default, false)
        );
    }

    #[test]
    fn old_current_settings_become_a_copy_pinned_at_the_first_load() {
        let plan = Plan::default();
        let code = share::encode(&plan);
        let old = format!(
            r#"{{"v":1,"policy":"current","threshold":"5","print_scope":"","current_plan":"{code}"}}"#
        );
        let mut s: Settings = match serde_json::from_str(&old) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        };
        s.migrate(|| panic!("a copy taken is not taken again"), DAY);
        assert_eq!(s.policy, "copy");
        assert_eq!(
            s.policy_plan(2027),
            (plan, PolicyOrigin::VillagePage(Some(DAY)), true)
        );
        // A later load keeps the day of the first.
        s.migrate(|| None, Date::new(2027, 1, 2));
        assert_eq!(s.copied_on.as_deref(), Some("2026-12-06"));
        // Older still: "current" never taken is taken at that first load.
        let mut older: Settings = match serde_json::from_str(r#"{"policy":"current"}"#) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        };
        let mut village = Plan::default();
        village.categories[1].jht = true;
        older.migrate(|| Some(share::encode(&village)), DAY);
        assert_eq!(older.policy_plan(2027).0, village);
    }

    #[test]
    fn an_old_or_partial_record_still_reads() {
        let w: Work = match serde_json::from_str(r#"{"files":[{"name":"a.csv","text":"x"}]}"#) {
            Ok(w) => w,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(w.files[0].name, "a.csv");
        assert!(w.edits.is_empty());
        let s: Settings = match serde_json::from_str(r#"{"threshold":"7"}"#) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        };
        assert_eq!((s.policy.as_str(), s.threshold.as_str()), ("default", "7"));
    }

    #[test]
    fn typed_figures_apply_over_the_rows_and_survive_a_save() {
        let mut work = Work {
            registry: chosen(false),
            files: vec![file("desa.csv", villages_csv::TEMPLATE)],
            ..Work::default()
        };
        let plan = Plan::for_year(2027);
        let total = |p: &Parsed| {
            crate::calc::rekap::summary::rekap(&plan, &p.rows, p.own.clone(), dec!(0.05))
                .total
                .people_total()
        };
        let before = parse(&work);
        let kader = crate::calc::category::CategoryKind::Kader;
        // A registry desa (15.08.01.2002 is also the template's second row: the file wins, then
        // the edit over it) and a desa only in the registry.
        work.set_edit("15.08.01.2002", "kader", "20");
        work.set_edit("15.08.02.2001", "ADD", "318 juta");
        work.set_edit("99.99.99.9999", "kader", "5");
        let text = match serde_json::to_string(&work) {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        let work: Work = match serde_json::from_str(&text) {
            Ok(w) => w,
            Err(e) => panic!("{e}"),
        };
        let after = parse(&work);
        let row = |p: &Parsed, kode: &str| p.rows.iter().find(|r| r.kode == kode).cloned();
        assert_eq!(
            row(&before, "15.08.01.2002").map(|r| r.counts[kader]),
            Some(8)
        );
        assert_eq!(
            row(&after, "15.08.01.2002").map(|r| r.counts[kader]),
            Some(20)
        );
        assert_eq!(
            row(&after, "15.08.02.2001").and_then(|r| r.add),
            Some(crate::calc::money::Rupiah::from_whole(318_000_000))
        );
        assert_eq!(total(&after), total(&before) + 12);
        assert_eq!((before.edits_unplaced, after.edits_unplaced), (0, 1));
        // The page reads the files once and applies the typed figures over them.
        let mut fewer = work.files_only();
        fewer.files.clear();
        assert!(!work.same_files(&fewer));
        let files = parse_files(&work.files_only());
        assert!(work.same_files(&work.files_only()));
        assert_eq!(with_edits(&files, &work.edits), after);
        assert_eq!(with_edits(&files, &Edits::new()), before);
        // Typed again over the parse with figures: the same as read afresh, both ways.
        let mut again = after.clone();
        retype(&mut again, &Edits::new());
        assert_eq!(again.rows, before.rows);
        assert_eq!(again.edits_unplaced, 0);
        retype(&mut again, &work.edits);
        assert_eq!(again, after);
        // Work without edits is saved as before issue 22.
        assert!(!serde_json::to_string(&Work::default())
            .unwrap_or_default()
            .contains("edits"));
    }

    proptest::proptest! {
        /// Figures typed one after another, over rows of the same kode too, and taken back:
        /// each step typed again over the last gives what reading afresh gives.
        #[test]
        fn typing_again_is_reading_afresh(
            steps in proptest::collection::vec(
                (0usize..5, 0usize..3, proptest::option::of(0u32..30)),
                1..25,
            ),
        ) {
            let text = "kode desa;nama desa;kecamatan;ADD;kader;BPD\n\
                1;A;K;100;1;2\n2;B;K;200;3;4\n1;A2;L;300;5;6\n;C;L;400;7;8\n";
            let mut work = Work {
                files: vec![SourceFile {
                    name: "a.csv".into(),
                    text: text.into(),
                    unreadable: false,
                }],
                ..Work::default()
            };
            let columns = ["kader", "BPD", "ADD"];
            let mut parsed = parse(&work);
            for (kode, column, value) in steps {
                // Kode 4 and 5 are on no row; kode "" is never typed.
                let kode = (kode + 1).to_string();
                let column = columns[column];
                match value {
                    Some(v) => work.set_edit(&kode, column, &v.to_string()),
                    None => {
                        if let Some(cells) = work.edits.get_mut(&kode) {
                            cells.remove(column);
                            if cells.is_empty() {
                                work.edits.remove(&kode);
                            }
                        }
                    }
                }
                retype(&mut parsed, &work.edits);
                proptest::prop_assert_eq!(&parsed, &parse(&work));
            }
        }
    }
}

//! Villages from the main page's JSON scenario files (how a camat collects his villages'
//! drafts): each file is one village with its own plan, read by `scenario_file::from_json`.

use crate::calc::category::CategoryKind;
use crate::calc::rekap::village::VillageRow;
use crate::calc::Plan;
use crate::codec::scenario_file::{self, ImportProblem};

/// One file that could not be read, with every problem `scenario_file` found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblems {
    /// The file's name as the user picked it.
    pub file: String,
    /// The problems.
    pub problems: Vec<ImportProblem>,
}

/// Reads several scenario files `(file name, text)`; the villages read, and the files that failed.
/// The file carries no kode desa, so the file name stands in for it; `kecamatan` is the
/// sub-district the user files them under.
#[must_use]
pub fn from_files(
    files: &[(String, String)],
    kecamatan: &str,
) -> (Vec<(VillageRow, Plan)>, Vec<FileProblems>) {
    let mut villages = Vec::new();
    let mut failed = Vec::new();
    for (i, (file, text)) in files.iter().enumerate() {
        match scenario_file::from_json(text) {
            Ok(plan) => villages.push((row_of(i, file, kecamatan, &plan), plan)),
            Err(problems) => failed.push(FileProblems {
                file: file.clone(),
                problems,
            }),
        }
    }
    (villages, failed)
}

fn row_of(index: usize, file: &str, kecamatan: &str, plan: &Plan) -> VillageRow {
    // `.json` in any case (phones save `DESA.JSON` too).
    let stem = file
        .len()
        .checked_sub(5)
        .filter(|&i| file.is_char_boundary(i) && file[i..].eq_ignore_ascii_case(".json"))
        .map_or(file, |i| &file[..i]);
    let kode = stem.to_string();
    let mut counts = [0u32; 7];
    for c in &plan.categories {
        if let Some(i) = CategoryKind::DEFAULTS.iter().position(|k| *k == c.kind) {
            counts[i] = counts[i].saturating_add(c.insured);
        }
    }
    VillageRow {
        row: index + 1,
        nama: if plan.village.trim().is_empty() {
            kode.clone()
        } else {
            plan.village.clone()
        },
        kode,
        kecamatan: kecamatan.to_string(),
        add: plan.budget.alokasi_dana_desa,
        counts,
        belanja: plan.budget.belanja,
        siltap: plan.budget.siltap,
        bases: [None; 7],
        funding: [None; 7],
        has_problems: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::rekap::summary::{rekap, DEFAULT_ADD_THRESHOLD};

    #[test]
    fn the_code_is_the_file_name_without_json_in_any_case() {
        let text = scenario_file::to_json(&Plan::default());
        let files: Vec<(String, String)> = ["A.JSON", "b.Json", "c.json.txt", "é.json", "json"]
            .iter()
            .map(|n| (n.to_string(), text.clone()))
            .collect();
        let (villages, _) = from_files(&files, "");
        let kodes: Vec<&str> = villages.iter().map(|(v, _)| v.kode.as_str()).collect();
        assert_eq!(kodes, ["A", "b", "c.json.txt", "é", "json"]);
    }

    #[test]
    fn several_files_good_and_bad() {
        let mut plan = Plan {
            village: "Sukamaju".into(),
            ..Plan::default()
        };
        plan.categories[6].insured = 25;
        let good = scenario_file::to_json(&plan);
        let example = include_str!("../../docs/example-scenario.json").to_string();
        let files = vec![
            ("sukamaju.json".to_string(), good),
            ("rusak.json".to_string(), "{ not json".to_string()),
            ("contoh.json".to_string(), example),
        ];
        let (villages, failed) = from_files(&files, "Kec. X");
        assert_eq!(villages.len(), 2);
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].file, "rusak.json");
        assert_eq!(villages[0].0.nama, "Sukamaju");
        assert_eq!(villages[0].0.kode, "sukamaju");
        let r = rekap(&Plan::default(), &[], villages, DEFAULT_ADD_THRESHOLD);
        let Ok(o) = calculate(&plan) else {
            panic!("plan rejected")
        };
        assert_eq!(r.villages[0].period, o.period);
        assert_eq!(r.kecamatan.len(), 1);
        assert_eq!(r.kecamatan[0].1.villages, 2);
    }
}

//! Villages from the main page's JSON scenario files (how a camat collects his villages'
//! drafts): each file is one village with its own plan, read by `scenario_file::from_json`.

use crate::calc::category::ByKind;
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
/// A village's kode desa is the code of the village picked in it (`place`, issue 22), else the
/// file's optional `kode_desa`, else its name when that is a code (`15.08.01.2001.json`), else
/// none: a name such as `skenario-jamsostek-2026 (1)` is not a kode. `kecamatan` is the
/// sub-district the user files them under, unless the picked village names its own.
#[must_use]
pub fn from_files(
    files: &[(String, String)],
    kecamatan: &str,
) -> (Vec<(VillageRow, Plan)>, Vec<FileProblems>) {
    let mut villages = Vec::new();
    let mut failed = Vec::new();
    for (i, (file, text)) in files.iter().enumerate() {
        match scenario_file::from_json(text) {
            Ok(plan) => {
                let kecamatan = plan.place.as_ref().map_or(kecamatan, |p| &p.kecamatan);
                let mut row = row_of(i, file, kecamatan, &plan);
                row.kode = match &plan.place {
                    Some(place) => place.code.clone(),
                    None => kode_of(text).unwrap_or_else(|| code_like(&row.kode)),
                };
                villages.push((row, plan));
            }
            Err(problems) => failed.push(FileProblems {
                file: file.clone(),
                problems,
            }),
        }
    }
    (villages, failed)
}

/// The optional `kode_desa` of a scenario file (a DPMD's generated files may carry it).
fn kode_of(text: &str) -> Option<String> {
    let root: serde_json::Value = serde_json::from_str(text).ok()?;
    let kode = root.get("kode_desa")?.as_str()?.trim();
    let mut kode = kode.to_string();
    crate::calc::rekap::village::cut_to_chars(&mut kode, 40);
    (!kode.is_empty()).then_some(kode)
}

/// `stem` when it reads as a Kemendagri code (digits and dots, a digit first), else "".
fn code_like(stem: &str) -> String {
    let is_code = stem.len() >= 6
        && stem.starts_with(|c: char| c.is_ascii_digit())
        && stem.chars().all(|c| c.is_ascii_digit() || c == '.');
    if is_code {
        stem.to_string()
    } else {
        String::new()
    }
}

/// A name as compared: ASCII case, spaces and a leading "desa " aside.
pub(crate) fn name_key(name: &str) -> String {
    let words: Vec<String> = name
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let words = match words.split_first() {
        Some((first, rest)) if first == "desa" && !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

/// The village of `rows` that is `village` (a JSON file's): the same kode when both carry
/// one, else the same name in the same kecamatan (in any kecamatan when the JSON village has
/// none and only one row has that name). Rows for which `skip` is true are not considered.
#[must_use]
pub fn same_village(
    village: &VillageRow,
    rows: &[VillageRow],
    skip: impl Fn(usize) -> bool,
) -> Option<usize> {
    let kode = village.kode.trim();
    let name = name_key(&village.nama);
    let kec = name_key(&village.kecamatan);
    let mut by_name = rows.iter().enumerate().filter(|(i, r)| {
        !skip(*i)
            && (kode.is_empty() || r.kode.trim().is_empty())
            && name_key(&r.nama) == name
            && (kec.is_empty() || name_key(&r.kecamatan) == kec)
    });
    let by_kode = rows
        .iter()
        .enumerate()
        .find(|(i, r)| !skip(*i) && !kode.is_empty() && r.kode.trim() == kode);
    match by_kode {
        Some((i, _)) => Some(i),
        None if name.is_empty() => None,
        None => {
            let first = by_name.next().map(|(i, _)| i);
            // Without a kecamatan, a name two rows share is not enough to tell.
            (!kec.is_empty() || by_name.next().is_none()).then_some(first)?
        }
    }
}

fn row_of(index: usize, file: &str, kecamatan: &str, plan: &Plan) -> VillageRow {
    // `.json` in any case (phones save `DESA.JSON` too).
    let stem = file
        .len()
        .checked_sub(5)
        .filter(|&i| file.is_char_boundary(i) && file[i..].eq_ignore_ascii_case(".json"))
        .map_or(file, |i| &file[..i]);
    let kode = stem.to_string();
    let mut counts = ByKind::<u32>::default();
    for c in &plan.categories {
        // Only the kinds the rekap's row has a column for, as from the spreadsheet.
        if c.kind.spreadsheet_index().is_some() {
            counts[c.kind] = counts[c.kind].saturating_add(c.insured);
        }
    }
    let nama = if plan.village.trim().is_empty() {
        &kode
    } else {
        &plan.village
    };
    VillageRow {
        add: plan.budget.alokasi_dana_desa,
        counts,
        belanja: plan.budget.belanja,
        siltap: plan.budget.siltap,
        ..VillageRow::named(index + 1, &kode, nama, kecamatan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::rekap::summary::{rekap, DEFAULT_ADD_THRESHOLD};

    // Regression: the file name was shown as the kode desa ("skenario-jamsostek-2026 (1)").
    #[test]
    fn the_kode_is_the_file_s_kode_desa_or_a_code_like_file_name_never_any_name() {
        let text = scenario_file::to_json(&Plan::default());
        let files: Vec<(String, String)> = [
            "15.08.01.2001.JSON",
            "1508012002.json",
            "skenario-jamsostek-2026 (1).json",
            "é.json",
            "2026.json",
        ]
        .iter()
        .map(|n| (n.to_string(), text.clone()))
        .collect();
        let (villages, _) = from_files(&files, "");
        let kodes: Vec<&str> = villages.iter().map(|(v, _)| v.kode.as_str()).collect();
        assert_eq!(kodes, ["15.08.01.2001", "1508012002", "", "", ""]);
        let with_kode = text.replacen('{', "{\"kode_desa\": \" 33.24.11.2005 \",", 1);
        let (villages, failed) = from_files(&[("x.json".into(), with_kode)], "");
        assert!(failed.is_empty(), "{failed:?}");
        assert_eq!(villages[0].0.kode, "33.24.11.2005");
    }

    #[test]
    fn a_picked_village_s_code_and_kecamatan_beat_the_file_s_name_and_kode_desa() {
        let mut plan = Plan::default();
        plan.apply(crate::calc::plan::Action::SetPlace(Some(
            crate::codec::share::tests::bungo(),
        )));
        let text = scenario_file::to_json(&plan).replacen('{', "{\"kode_desa\": \"9\",", 1);
        let (villages, failed) = from_files(&[("33.24.11.2005.json".into(), text)], "Kec. X");
        assert!(failed.is_empty(), "{failed:?}");
        let v = &villages[0].0;
        assert_eq!(
            (v.kode.as_str(), v.nama.as_str(), v.kecamatan.as_str()),
            ("15.08.02.2003", "Rantau Pandan", "Rantau Pandan")
        );
    }

    fn row(kode: &str, nama: &str, kecamatan: &str) -> VillageRow {
        VillageRow::named(2, kode, nama, kecamatan)
    }

    // Regression: the same desa from the CSV and from its own JSON file was counted twice.
    #[test]
    fn a_json_village_is_a_row_by_kode_else_by_name_in_its_kecamatan() {
        let rows = [
            row("33.24.11.2001", "Tanjungsari", "Brangsong"),
            row("33.24.11.2002", "Kalirejo", "Brangsong"),
            row("33.24.12.2001", "Kalirejo", "Kaliwungu"),
            row("33.24.12.2002", "Sidomulyo", "Kaliwungu"),
        ];
        let none = |_| false;
        assert_eq!(
            same_village(&row("33.24.11.2001", "X", ""), &rows, none),
            Some(0)
        );
        assert_eq!(
            same_village(&row("", "desa  TANJUNGSARI", ""), &rows, none),
            Some(0)
        );
        assert_eq!(
            same_village(&row("", "Kalirejo", "kaliwungu"), &rows, none),
            Some(2)
        );
        // Two Kalirejo and no kecamatan given: not a match.
        assert_eq!(same_village(&row("", "Kalirejo", ""), &rows, none), None);
        assert_eq!(
            same_village(&row("", "Sidomulyo", "Brangsong"), &rows, none),
            None
        );
        // Another kode is another village, whatever its name.
        assert_eq!(
            same_village(&row("9", "Tanjungsari", "Brangsong"), &rows, none),
            None
        );
        assert_eq!(
            same_village(&row("", "Tanjungsari", ""), &rows, |i| i == 0),
            None
        );
        assert_eq!(same_village(&row("", "", ""), &rows, none), None);
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
        assert_eq!(villages[0].0.kode, "");
        let r = rekap(&Plan::default(), &[], villages, DEFAULT_ADD_THRESHOLD);
        let Ok(o) = calculate(&plan) else {
            panic!("plan rejected")
        };
        assert_eq!(r.villages[0].period, o.sums.period);
        assert_eq!(r.kecamatan.len(), 1);
        assert_eq!(r.kecamatan[0].1.villages, 2);
    }
}

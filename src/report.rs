//! What the user reads: texts per language, number formats, the formula behind every figure,
//! RAB lines, CSV sheets, chart geometry and the QR code.
//!
//! The top pure layer: it uses `calc` and `codec` (for share links); neither uses it.

pub mod chart;
pub mod comparison;
pub mod csv;
pub mod explain;
pub mod format;
pub mod lang;
pub mod observed;
pub mod qr;
pub mod rab;
pub mod rekap;
pub mod sheet;
pub mod texts;
pub mod words;

#[cfg(test)]
mod tests {
    /// What only the core may do: look the law up, or multiply and divide money. The words
    /// of `report` say the terms the core recorded (its `Law`, `Term`s and totals).
    const CORE_ONLY: [&str; 9] = [
        "RateTable",
        "Law::official",
        "Law::as_checked",
        "RATES",
        "ADJUSTMENTS",
        ".in_force(",
        ".times(",
        ".times_rate(",
        ".ratio_to(",
    ];

    fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn no_file_of_report_looks_up_a_rate_or_multiplies_money() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![root.join("report.rs")];
        sources(&root.join("report"), &mut files);
        assert!(files.len() > 20, "{files:?}");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            // Tests may build a law of their own to see it worded.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for word in CORE_ONLY {
                assert!(
                    !code.contains(word),
                    "{} uses {word}: the core records it, report words it",
                    file.display()
                );
            }
        }
    }
}

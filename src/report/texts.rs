//! Every sentence the user reads, in one table per language for each page that shows it:
//! `formula` (the formulas and legal basis behind every figure, RAB and CSV words), `page`
//! (the village page), `rekap` (the rekap page, kept apart so the village page never
//! downloads its words). Both languages fill the same struct, so a missing translation is
//! a compile error. Sentences with numbers are functions that take them; figures that live
//! in the rate table or the plan limits are read from there, never typed again.

pub mod formula;
pub mod names;
pub mod office;
pub mod page;
pub mod picker;
pub mod presets;
pub mod rekap;
pub mod rekap_grid;
pub mod rekap_storage;
pub mod xlsx;

#[cfg(test)]
mod tests {
    /// Every file that holds words the user reads, as written.
    const TABLES: [(&str, &str); 12] = [
        ("formula/id.rs", include_str!("texts/formula/id.rs")),
        ("formula/en.rs", include_str!("texts/formula/en.rs")),
        ("page/id.rs", include_str!("texts/page/id.rs")),
        ("page/en.rs", include_str!("texts/page/en.rs")),
        ("presets/id.rs", include_str!("texts/presets/id.rs")),
        ("presets/en.rs", include_str!("texts/presets/en.rs")),
        ("rekap.rs", include_str!("texts/rekap.rs")),
        ("rekap_storage.rs", include_str!("texts/rekap_storage.rs")),
        ("rekap_grid.rs", include_str!("texts/rekap_grid.rs")),
        ("office.rs", include_str!("texts/office.rs")),
        ("picker.rs", include_str!("texts/picker.rs")),
        ("xlsx.rs", include_str!("texts/xlsx.rs")),
    ];

    /// Words of the developers, not the users: the rule book's file, research ids' sources,
    /// source files and the issue tracker.
    const DEVELOPER_WORDS: [&str; 6] = ["RULES", "sources.md", "seed", ".rs", "issue", "TODO"];

    #[test]
    fn no_developer_reference_reaches_a_user() {
        for (file, text) in TABLES {
            // The string literals of the code lines (comments and tests may name anything).
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for literal in line.split('"').skip(1).step_by(2) {
                    for word in DEVELOPER_WORDS {
                        assert!(!literal.contains(word), "{file}: {word:?} in {literal:?}");
                    }
                }
            }
        }
    }
}

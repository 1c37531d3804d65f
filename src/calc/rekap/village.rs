//! One village of a rekap: its code, name, kecamatan, ADD and counts, however it was read
//! (the villages spreadsheet or a village's own scenario file).

use crate::calc::category::{CategoryKind, FundingSource};
use crate::calc::money::Rupiah;

/// How many kinds a village's row counts: those of `CategoryKind::IN_SPREADSHEET`.
pub const ROW_KINDS: usize = CategoryKind::IN_SPREADSHEET.len();

/// One village as read from the spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VillageRow {
    /// Spreadsheet row number.
    pub row: usize,
    /// Kemendagri code.
    pub kode: String,
    /// Village name.
    pub nama: String,
    /// Sub-district.
    pub kecamatan: String,
    /// Alokasi Dana Desa.
    pub add: Option<Rupiah>,
    /// People per kind, in `CategoryKind::IN_SPREADSHEET` order.
    pub counts: [u32; ROW_KINDS],
    /// Total belanja, when given.
    pub belanja: Option<Rupiah>,
    /// Siltap already budgeted, when given.
    pub siltap: Option<Rupiah>,
    /// Wage base override per default category.
    pub bases: [Option<Rupiah>; ROW_KINDS],
    /// Funding source override per default category.
    pub funding: [Option<FundingSource>; ROW_KINDS],
    /// True when some cell of this row had a problem (the row is still counted).
    pub has_problems: bool,
}

impl VillageRow {
    /// A village of row `row` with its code, name and kecamatan, and nothing else given yet.
    #[must_use]
    pub fn named(row: usize, kode: &str, nama: &str, kecamatan: &str) -> Self {
        VillageRow {
            row,
            kode: kode.to_string(),
            nama: nama.to_string(),
            kecamatan: kecamatan.to_string(),
            add: None,
            counts: [0; ROW_KINDS],
            belanja: None,
            siltap: None,
            bases: [None; ROW_KINDS],
            funding: [None; ROW_KINDS],
            has_problems: false,
        }
    }
}

/// Cuts `text` to at most `max` characters; true when it was longer.
pub fn cut_to_chars(text: &mut String, max: usize) -> bool {
    match text.char_indices().nth(max) {
        Some((end, _)) => {
            text.truncate(end);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cut_by_characters_not_bytes() {
        let mut name = "ééé".to_string();
        assert!(cut_to_chars(&mut name, 2));
        assert_eq!(name, "éé");
        assert!(!cut_to_chars(&mut name, 2));
        assert!(!cut_to_chars(&mut name, 5));
        assert_eq!(name, "éé");
    }
}

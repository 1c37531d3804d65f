//! One village of a rekap: its code, name, kecamatan, ADD and counts, however it was read
//! (the villages spreadsheet or a village's own scenario file).

use crate::calc::category::{ByKind, CategoryKind, FundingSource};
use crate::calc::money::Rupiah;

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
    /// People per kind. Only the kinds of `CategoryKind::IN_SPREADSHEET` have a column; the
    /// others stay 0.
    pub counts: ByKind<u32>,
    /// Total belanja, when given.
    pub belanja: Option<Rupiah>,
    /// Siltap already budgeted, when given.
    pub siltap: Option<Rupiah>,
    /// Wage base override per kind (those with a column).
    pub bases: ByKind<Option<Rupiah>>,
    /// Funding source override per kind (those with a column).
    pub funding: ByKind<Option<FundingSource>>,
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
            counts: ByKind::default(),
            belanja: None,
            siltap: None,
            bases: ByKind::default(),
            funding: ByKind::default(),
            has_problems: false,
        }
    }
}

/// Counts given in the spreadsheet's column order (`CategoryKind::IN_SPREADSHEET`).
#[must_use]
pub fn counts_in_columns(counts: [u32; CategoryKind::IN_SPREADSHEET.len()]) -> ByKind<u32> {
    let mut out = ByKind::default();
    for (kind, n) in CategoryKind::IN_SPREADSHEET.into_iter().zip(counts) {
        out[kind] = n;
    }
    out
}

/// Cuts `text` to at most `max` characters; true when it was longer.
pub fn cut_to_chars(text: &mut String, max: usize) -> bool {
    // No more bytes than `max` is no more characters: the usual short name is not walked.
    if text.len() <= max {
        return false;
    }
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

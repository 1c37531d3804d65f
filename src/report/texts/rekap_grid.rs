//! The words of the rekap's grid "Isi data desa", where village figures are typed or pasted
//! (`codec::village_edits`, `codec::paste`), one table per language, and the sentences for
//! what a typed or pasted cell could not do.

use crate::codec::input::InputError;
use crate::codec::paste::{Placement, Problem, ProblemKind};
use crate::codec::village_edits::column_of;
use crate::report::lang::Lang;
use crate::report::texts::page::input_error;
use crate::report::texts::rekap::column_name;

/// The grid's fixed texts.
pub struct GridTexts {
    pub section: &'static str,
    /// How to type and paste, and the keys.
    pub help: &'static str,
    pub undo: &'static str,
    pub undone: &'static str,
    pub no_kode: &'static str,
    /// A cell's accessible name: column, then village.
    pub cell_label: fn(column: &str, nama: &str) -> String,
    /// A typed value that does not read: village, column, text, why, and the value kept.
    pub typed_bad: fn(nama: &str, column: &str, text: &str, why: &str, kept: &str) -> String,
    /// What a paste set: cells set, cells or rows not set.
    pub pasted: fn(set: usize, problems: usize) -> String,
    /// A pasted cell's place: row and column of the pasted block.
    pub at: fn(row: usize, column: usize) -> String,
    pub on_no_kode: &'static str,
    /// A pasted kode that is not the village of that row.
    pub other_kode: fn(pasted: &str, village: &str) -> String,
    pub past_last_column: &'static str,
    /// A header cell naming no column to fill.
    pub unknown_header: fn(text: &str) -> String,
    /// Rows below the last village.
    pub past_last_row: fn(rows: usize) -> String,
    pub too_large: &'static str,
    /// Problems not listed.
    pub more: fn(count: usize) -> String,
    /// Typed figures of villages no longer listed.
    pub unplaced: fn(villages: usize) -> String,
}

static ID: GridTexts = GridTexts {
    section: "Isi data desa",
    help: "Ketik jumlah orang, ADD, total belanja dan siltap setiap desa langsung di sini, atau tempel dari Excel, LibreOffice, Google Sheets atau WPS. Tab dan Shift+Tab pindah ke kanan dan ke kiri, Enter ke bawah (Shift+Enter ke atas), panah atas dan bawah pindah baris, panah kiri dan kanan pindah kolom bila kursor di ujung isi sel. Esc membatalkan ketikan. Angka ditulis seperti 318.397.000, 318 juta atau 1,2 miliar. Menempel blok sel mengisinya mulai dari sel itu, ke bawah dan ke kanan; bila baris pertama berisi judul kolom templat (mis. ADD, kader), kolom dicocokkan menurut judulnya. Sel yang tidak terbaca disebutkan dan nilai sebelumnya tetap. Urungkan (atau Ctrl+Z di tabel) membatalkan isian atau tempelan terakhir. Isian disimpan di perangkat ini bersama berkas dan ikut dalam semua unduhan dan cetakan. Desa tanpa kode desa tidak dapat diisi; desa dari berkas skenario (.json) diisi di berkasnya.",
    undo: "Urungkan",
    undone: "Isian atau tempelan terakhir diurungkan.",
    no_kode: "tanpa kode desa: tidak dapat diisi",
    cell_label: |column, nama| format!("{column}, {nama}"),
    typed_bad: |nama, column, text, why, kept| {
        format!("{nama}, kolom {column}: ‘{text}’ — {why}. Nilai sebelumnya tetap: {kept}.")
    },
    pasted: |set, problems| format!("Tempelan: {set} sel diisi, {problems} masalah."),
    at: |row, column| format!("Baris {row}, kolom {column} tempelan"),
    on_no_kode: "jatuh pada desa tanpa kode desa; baris ini tidak diisi",
    other_kode: |pasted, village| {
        format!("kode ‘{pasted}’ bukan desa di baris tabel ini ({village}); baris ini tidak diisi")
    },
    past_last_column: "di kanan kolom terakhir (siltap); kolom ini tidak diisi",
    unknown_header: |text| format!("judul ‘{text}’ bukan kolom yang dapat diisi; kolom ini dilewati"),
    past_last_row: |rows| format!("{rows} baris di bawah desa terakhir tidak diisi"),
    too_large: "tempelan terlalu besar; sisanya tidak dibaca",
    more: |count| format!("… dan {count} masalah lain"),
    unplaced: |villages| {
        format!("Isian untuk {villages} desa yang tidak ada di daftar tetap disimpan, tetapi tidak dihitung.")
    },
};

static EN: GridTexts = GridTexts {
    section: "Fill in village data",
    help: "Type each village's people, ADD, total spending and siltap right here, or paste from Excel, LibreOffice, Google Sheets or WPS. Tab and Shift+Tab move right and left, Enter moves down (Shift+Enter up), the up and down arrows move between rows, the left and right arrows between columns when the caret is at the edge of the cell's text. Esc cancels what you typed. Numbers are written like 318.397.000, 318 juta or 1,2 miliar. Pasting a block of cells fills it from that cell, down and to the right; when its first row holds the template's column names (e.g. ADD, kader), columns are matched by name. Cells that do not read are listed and keep their previous value. Undo (or Ctrl+Z in the table) takes back the last entry or paste. Entries are kept on this device with the files and are in every download and print. Villages without a kode desa cannot be filled in; villages from scenario files (.json) are filled in their file.",
    undo: "Undo",
    undone: "The last entry or paste was undone.",
    no_kode: "no kode desa: cannot be filled in",
    cell_label: |column, nama| format!("{column}, {nama}"),
    typed_bad: |nama, column, text, why, kept| {
        format!("{nama}, column {column}: ‘{text}’ — {why}. The previous value stays: {kept}.")
    },
    pasted: |set, problems| format!("Paste: {set} cells filled, {problems} problems."),
    at: |row, column| format!("Pasted row {row}, column {column}"),
    on_no_kode: "falls on a village without a kode desa; this row was not filled",
    other_kode: |pasted, village| {
        format!("code ‘{pasted}’ is not the village on this table row ({village}); this row was not filled")
    },
    past_last_column: "right of the last column (siltap); this column was not filled",
    unknown_header: |text| format!("heading ‘{text}’ is not a column that can be filled; this column was skipped"),
    past_last_row: |rows| format!("{rows} rows below the last village were not filled"),
    too_large: "the paste is too large; the rest was not read",
    more: |count| format!("… and {count} more problems"),
    unplaced: |villages| {
        format!("Entries for {villages} villages not in the list are kept, but not counted.")
    },
};

/// The grid's texts in `lang`.
#[must_use]
pub fn grid_texts(lang: Lang) -> &'static GridTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// An editable column's name as the user reads it (`ADD`, `Kader`…).
#[must_use]
pub fn editable_name(lang: Lang, column: &str) -> String {
    column_of(column).map_or_else(|| column.to_string(), |c| column_name(lang, c))
}

/// The sentence for a typed value that does not read, naming the value kept.
#[must_use]
pub fn typed_bad(
    lang: Lang,
    nama: &str,
    column: &str,
    text: &str,
    error: &InputError,
    kept: &str,
) -> String {
    let kept = if kept.is_empty() { "–" } else { kept };
    (grid_texts(lang).typed_bad)(
        nama,
        &editable_name(lang, column),
        text,
        &input_error(lang, error),
        kept,
    )
}

/// The sentence for one problem of a paste, with its place in the pasted block.
#[must_use]
pub fn paste_problem(lang: Lang, problem: &Problem) -> String {
    let t = grid_texts(lang);
    let what = match &problem.kind {
        ProblemKind::BadValue {
            column,
            text,
            error,
        } => format!(
            "{}: ‘{text}’ — {}",
            editable_name(lang, column),
            input_error(lang, error)
        ),
        ProblemKind::NoKode => t.on_no_kode.into(),
        ProblemKind::OtherKode { pasted, village } => (t.other_kode)(pasted, village),
        ProblemKind::PastLastColumn => t.past_last_column.into(),
        ProblemKind::UnknownHeader(text) => (t.unknown_header)(text),
        ProblemKind::PastLastRow(rows) => (t.past_last_row)(*rows),
        ProblemKind::TooLarge => t.too_large.into(),
    };
    format!("{}: {what}", (t.at)(problem.row, problem.column))
}

/// The summary of a paste: cells set and problems.
#[must_use]
pub fn pasted(lang: Lang, placement: &Placement) -> String {
    (grid_texts(lang).pasted)(
        placement.cells.len(),
        placement.problems.len() + placement.more_problems,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::paste::{cells, place};

    #[test]
    fn a_pasted_cell_that_does_not_read_is_said_with_its_place_in_both_languages() {
        let p = place(&cells("kader\tADD\n3\tabc\n"), &[Some("A")], 0);
        let id = paste_problem(Lang::Id, &p.problems[0]);
        let en = paste_problem(Lang::En, &p.problems[0]);
        assert!(
            id.starts_with("Baris 2, kolom 2 tempelan: ADD: ‘abc’"),
            "{id}"
        );
        assert!(en.starts_with("Pasted row 2, column 2: ADD: ‘abc’"), "{en}");
        assert_eq!(pasted(Lang::Id, &p), "Tempelan: 1 sel diisi, 1 masalah.");
        let typed = typed_bad(
            Lang::Id,
            "Pedukun",
            "kader",
            "dua",
            &InputError::NotANumber,
            "3",
        );
        assert!(typed.starts_with("Pedukun, kolom "), "{typed}");
        assert!(typed.ends_with("Nilai sebelumnya tetap: 3."), "{typed}");
    }
}

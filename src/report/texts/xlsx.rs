//! The words of the Excel (`.xlsx`) files: sheet names, the footer's source, the download
//! buttons, and the rekap page's messages for a workbook it cannot read. Two tables, so the
//! village page, which never reads a workbook, does not carry the importer's sentences.

use crate::codec::xlsx::ReadError;
use crate::report::lang::Lang;

/// What every exported workbook says.
pub struct XlsxTexts {
    /// The RAB sheet's tab.
    pub rab_sheet: &'static str,
    /// The per-category sheet's tab.
    pub categories_sheet: &'static str,
    /// The rekap's villages sheet's tab.
    pub rekap_sheet: &'static str,
    /// The rekap's totals sheet's tab.
    pub totals_sheet: &'static str,
    /// The footer's source of the figures.
    pub source: &'static str,
    /// The rekap page's button.
    pub download_rekap: &'static str,
    /// The village page's button beside the RAB's CSV.
    pub download_rab: &'static str,
}

/// The rekap page's sentences about a workbook read or not read.
pub struct XlsxImportTexts {
    /// An Excel 97–2003 file, given its name.
    pub old_excel: fn(name: &str) -> String,
    /// An OpenDocument file, given its name.
    pub open_document: fn(name: &str) -> String,
    /// Not a workbook at all, given its name.
    pub not_workbook: fn(name: &str) -> String,
    /// Too large, given its name.
    pub too_large: fn(name: &str) -> String,
    /// Which sheet of several was read: file, sheet, and how many sheets.
    pub sheet_read: fn(name: &str, sheet: &str, sheets: usize) -> String,
    /// The label of the choice of another sheet of the workbook, given the file's name.
    pub sheet_choice: fn(name: &str) -> String,
    /// The workbook reader's code could not be downloaded, given the file's name.
    pub reader_missing: fn(name: &str) -> String,
    /// The files reader's code (every file) could not be downloaded, given the file's name.
    pub files_reader_missing: fn(name: &str) -> String,
}

static ID: XlsxTexts = XlsxTexts {
    rab_sheet: "RAB",
    categories_sheet: "Per kategori",
    rekap_sheet: "Rekap desa",
    totals_sheet: "Jumlah",
    source: "Sumber: Kalkulator Jamsostek Desa",
    download_rekap: "Unduh rekap (Excel .xlsx)",
    download_rab: "Unduh RAB (Excel .xlsx)",
};

static EN: XlsxTexts = XlsxTexts {
    rab_sheet: "RAB",
    categories_sheet: "Per category",
    rekap_sheet: "Villages",
    totals_sheet: "Totals",
    source: "Source: Kalkulator Jamsostek Desa",
    download_rekap: "Download rekap (Excel .xlsx)",
    download_rab: "Download RAB (Excel .xlsx)",
};

static IMPORT_ID: XlsxImportTexts = XlsxImportTexts {
    old_excel: |name| {
        format!(
            "«{name}» adalah berkas Excel lama (.xls) yang tidak dapat dibaca di sini. Buka di \
             Excel, pilih File › Simpan Sebagai › Buku Kerja Excel (.xlsx) atau CSV (dipisahkan \
             koma), lalu pilih berkas baru itu."
        )
    },
    open_document: |name| {
        format!(
            "«{name}» adalah berkas OpenDocument (.ods) yang tidak dapat dibaca di sini. Buka di \
             LibreOffice Calc, pilih File › Simpan Sebagai, jenis Excel 2007-365 (.xlsx) atau \
             Teks CSV, lalu pilih berkas baru itu."
        )
    },
    not_workbook: |name| {
        format!(
            "«{name}» tidak dapat dibaca sebagai buku kerja Excel (.xlsx). Simpan ulang dari \
             Excel sebagai .xlsx atau CSV, lalu pilih lagi."
        )
    },
    too_large: |name| format!("«{name}» terlalu besar untuk dibaca di sini."),
    sheet_read: |name, sheet, sheets| {
        format!("Dari «{name}» ({sheets} lembar) dibaca lembar «{sheet}».")
    },
    sheet_choice: |name| format!("Lembar yang dibaca dari «{name}»"),
    reader_missing: |name| {
        format!(
            "«{name}» belum dapat dibaca: pembaca Excel belum terunduh. Periksa sambungan \
             internet, lalu pilih berkas itu lagi."
        )
    },
    files_reader_missing: |name| {
        format!(
            "«{name}» belum dapat dibaca: pembaca berkas belum terunduh. Periksa sambungan \
             internet, lalu pilih berkas itu lagi."
        )
    },
};

static IMPORT_EN: XlsxImportTexts = XlsxImportTexts {
    old_excel: |name| {
        format!(
            "“{name}” is an old Excel file (.xls), which cannot be read here. Open it in Excel, \
             choose File › Save As › Excel Workbook (.xlsx) or CSV (comma delimited), then \
             choose the new file."
        )
    },
    open_document: |name| {
        format!(
            "“{name}” is an OpenDocument file (.ods), which cannot be read here. Open it in \
             LibreOffice Calc, choose File › Save As, type Excel 2007-365 (.xlsx) or Text CSV, \
             then choose the new file."
        )
    },
    not_workbook: |name| {
        format!(
            "“{name}” cannot be read as an Excel workbook (.xlsx). Save it again from Excel as \
             .xlsx or CSV and choose it again."
        )
    },
    too_large: |name| format!("“{name}” is too large to read here."),
    sheet_read: |name, sheet, sheets| {
        format!("Of “{name}” ({sheets} sheets) the sheet “{sheet}” was read.")
    },
    sheet_choice: |name| format!("Sheet read from “{name}”"),
    reader_missing: |name| {
        format!(
            "“{name}” cannot be read yet: the Excel reader has not been downloaded. Check the \
             connection, then choose the file again."
        )
    },
    files_reader_missing: |name| {
        format!(
            "“{name}” cannot be read yet: the file reader has not been downloaded. Check the \
             connection, then choose the file again."
        )
    },
};

/// The workbook words of `lang`.
#[must_use]
pub fn xlsx_texts(lang: Lang) -> &'static XlsxTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// Why a workbook was not read, in `lang`, naming the file.
#[must_use]
pub fn read_error(lang: Lang, name: &str, error: ReadError) -> String {
    let t = import_texts(lang);
    match error {
        ReadError::OldExcel => (t.old_excel)(name),
        ReadError::OpenDocument => (t.open_document)(name),
        ReadError::NotWorkbook => (t.not_workbook)(name),
        ReadError::TooLarge => (t.too_large)(name),
    }
}

/// The importer's workbook sentences of `lang`.
#[must_use]
pub fn import_texts(lang: Lang) -> &'static XlsxImportTexts {
    match lang {
        Lang::Id => &IMPORT_ID,
        Lang::En => &IMPORT_EN,
    }
}

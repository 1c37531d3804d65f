//! The words of "Pilih desa" on the village page (issue 22), the picker that fills the village
//! from Kemendagri's registry (`codec::registry`). Only the picker's own part reads them.

use crate::report::lang::Lang;

/// The picker's words.
pub struct PickerTexts {
    /// What the picker does, above its fields.
    pub hint: &'static str,
    pub province: &'static str,
    pub kabupaten: &'static str,
    pub kecamatan: &'static str,
    pub desa: &'static str,
    /// First option of a select, given what it chooses.
    pub choose: fn(what: &str) -> String,
    /// Search box label: within the chosen kabupaten.
    pub search: &'static str,
    pub search_hint: &'static str,
    /// Nothing matches the search.
    pub no_match: &'static str,
    /// More matches than shown, given how many are shown.
    pub more: fn(shown: usize) -> String,
    pub loading: &'static str,
    pub failed: &'static str,
    pub retry: &'static str,
    /// Forget the picked village (the typed name stays).
    pub clear: &'static str,
    /// The edition line, given the decree, its year and the package.
    pub edition: fn(decree: &str, year: &str, source: &str) -> String,
}

/// Indonesian.
pub static PICKER_ID: PickerTexts = PickerTexts {
    hint: "Pilih provinsi, kabupaten/kota, kecamatan lalu desa, atau ketik nama desa untuk mencarinya di kabupaten/kota itu. Nama, kecamatan, kabupaten dan kode desa lalu tercetak di lembar, RAB, berkas dan tautan.",
    province: "Provinsi",
    kabupaten: "Kabupaten/kota",
    kecamatan: "Kecamatan",
    desa: "Desa",
    choose: |what| format!("— pilih {} —", what.to_ascii_lowercase()),
    search: "Cari desa di kabupaten/kota ini",
    search_hint: "Ketik sebagian nama desa.",
    no_match: "Tidak ada desa dengan nama itu di kabupaten/kota ini.",
    more: |shown| format!("{shown} desa pertama ditampilkan; ketik lebih lengkap."),
    loading: "Mengambil daftar desa…",
    failed: "Daftar desa tidak dapat diambil. Periksa sambungan internet, lalu coba lagi.",
    retry: "Coba lagi",
    clear: "Lepaskan desa terpilih",
    edition: |decree, year, source| {
        format!("Sumber daftar: kode dan nama wilayah {decree} (tahun {year}), dari data {source} (lisensi MIT).")
    },
};

/// English.
pub static PICKER_EN: PickerTexts = PickerTexts {
    hint: "Choose the province, kabupaten/kota, sub-district and village, or type a village's name to search for it in that kabupaten/kota. Its name, sub-district, kabupaten and code are then printed on the sheet, the budget lines, the file and the link.",
    province: "Province",
    kabupaten: "Kabupaten/kota",
    kecamatan: "Sub-district (kecamatan)",
    desa: "Village (desa)",
    choose: |what| format!("— choose: {} —", what.to_ascii_lowercase()),
    search: "Search villages in this kabupaten/kota",
    search_hint: "Type part of the village's name.",
    no_match: "No village of that name in this kabupaten/kota.",
    more: |shown| format!("The first {shown} villages are shown; type more of the name."),
    loading: "Fetching the list of villages…",
    failed: "The list of villages could not be fetched. Check the internet connection, then try again.",
    retry: "Try again",
    clear: "Forget the picked village",
    edition: |decree, year, source| {
        format!("Source of the list: region codes and names of {decree} (year {year}), from the {source} data (MIT licence).")
    },
};

/// The picker's words in `lang`.
#[must_use]
pub fn picker_texts(lang: Lang) -> &'static PickerTexts {
    match lang {
        Lang::Id => &PICKER_ID,
        Lang::En => &PICKER_EN,
    }
}

//! The rekap page's words about keeping its work on the device (issue 22): while it is read,
//! how much is kept and whether the browser agreed to keep it, and what happens where the
//! browser refuses. One table per language filling the same struct.

use crate::report::lang::Lang;
use rust_decimal::Decimal;

/// The fixed words.
pub struct RekapStorageTexts {
    /// While the kept work is read.
    pub opening: &'static str,
    /// How much is kept, given the size ("7,1 MB").
    pub kept: fn(size: &str) -> String,
    /// The browser agreed to keep it (`navigator.storage.persist()`).
    pub persisted: &'static str,
    /// It did not (yet).
    pub not_persisted: &'static str,
    /// What the site uses of what it may, given both sizes.
    pub usage: fn(used: &str, quota: &str) -> String,
    /// The browser has no usable IndexedDB: local storage stands in.
    pub local_only: &'static str,
    /// The browser refused to keep the work.
    pub refused: &'static str,
    pub download_files: &'static str,
}

const ID: RekapStorageTexts = RekapStorageTexts {
    opening: "Membuka rekap yang tersimpan di perangkat ini…",
    kept: |size| format!("{size} disimpan di perangkat ini."),
    persisted: "Browser setuju menyimpannya secara tetap (tidak dihapus saat ruang penyimpanan menipis).",
    not_persisted: "Browser belum setuju menyimpannya secara tetap: bila ruang penyimpanan menipis, data ini bisa dihapus; simpan juga berkas aslinya.",
    usage: |used, quota| format!("Situs ini memakai {used} dari {quota} yang diizinkan."),
    local_only: "Browser ini tidak mengizinkan penyimpanan besar (IndexedDB); rekap disimpan di localStorage, yang hanya memuat sekitar 5 MB: berkas yang lebih besar harus dipilih lagi setelah halaman dimuat ulang.",
    refused: "Browser menolak menyimpan rekap ini di perangkat (ruang penuh atau penyimpanan diblokir): setelah halaman dimuat ulang, berkasnya harus dipilih lagi. Unduh berkas desa agar tidak hilang.",
    download_files: "Unduh berkas desa",
};

const EN: RekapStorageTexts = RekapStorageTexts {
    opening: "Opening the rekap kept on this device…",
    kept: |size| format!("{size} kept on this device."),
    persisted: "The browser agreed to keep it (it is not cleared when storage runs low).",
    not_persisted: "The browser has not agreed to keep it for good: when storage runs low it may be cleared; keep the original files too.",
    usage: |used, quota| format!("This site uses {used} of the {quota} allowed."),
    local_only: "This browser does not allow large storage (IndexedDB); the rekap is kept in localStorage, which holds only about 5 MB: larger files must be chosen again after a reload.",
    refused: "The browser refused to keep this rekap on the device (storage full or blocked): after a reload the files must be chosen again. Download the village files so that nothing is lost.",
    download_files: "Download the village files",
};

/// The words of `lang`.
#[must_use]
pub fn rekap_storage_texts(lang: Lang) -> &'static RekapStorageTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// A size in bytes as people read it: `850 KB`, `7,1 MB`, `1,2 GB` (units of 1,000; one
/// decimal below 10).
#[must_use]
pub fn size(lang: Lang, bytes: f64) -> String {
    let (unit, name) = [(1e9, "GB"), (1e6, "MB")]
        .into_iter()
        .find(|(unit, _)| bytes >= *unit)
        .unwrap_or((1e3, "KB"));
    let value = bytes.max(0.0) / unit;
    let decimals = if value < 10.0 { 1 } else { 0 };
    // Tenths as an integer: a float's digits never reach the page.
    let tenths = Decimal::new((value * 10.0).round() as i64, 1);
    format!("{} {name}", lang.number(tenths, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_in_each_language() {
        assert_eq!(size(Lang::Id, 7_100_000.0), "7,1 MB");
        assert_eq!(size(Lang::En, 7_140_000.0), "7.1 MB");
        assert_eq!(size(Lang::Id, 850_400.0), "850 KB");
        assert_eq!(size(Lang::Id, 12_345_678.0), "12 MB");
        assert_eq!(size(Lang::Id, 1_234_000_000.0), "1,2 GB");
        assert_eq!(size(Lang::Id, 300.0), "0,3 KB");
        assert_eq!(size(Lang::Id, 0.0), "0 KB");
    }

    #[test]
    fn the_kept_line_names_the_size() {
        let t = rekap_storage_texts(Lang::Id);
        assert_eq!((t.kept)("7,1 MB"), "7,1 MB disimpan di perangkat ini.");
        assert!((rekap_storage_texts(Lang::En).kept)("7.1 MB").contains("kept on this device"));
    }
}

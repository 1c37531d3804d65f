//! The words of "paper as offices use it" (issue 24), shared by the village sheet and the
//! rekap's recap: paper size, letterhead, signers, the place-and-date line and the footer of
//! every printed page. One table per language filling the same struct, so a missing word is a
//! compile error.

use crate::calc::period::Date;
use crate::codec::office::{LogoError, PaperSize, LOGO_MAX_BYTES};
use crate::report::lang::Lang;

/// The fixed words.
pub struct OfficeTexts {
    pub paper_label: &'static str,
    pub paper_a4: &'static str,
    pub paper_f4: &'static str,
    /// The fold's summary: "Kop surat & tanda tangan".
    pub fold_title: &'static str,
    pub fold_note: &'static str,
    pub letterhead: &'static str,
    pub government: &'static str,
    pub government_example: &'static str,
    pub kecamatan: &'static str,
    pub kecamatan_example: &'static str,
    pub desa: &'static str,
    pub desa_example: &'static str,
    pub address: &'static str,
    pub logo: &'static str,
    pub logo_remove: &'static str,
    pub logo_kept: &'static str,
    pub logo_unreadable: &'static str,
    pub logo_not_image: &'static str,
    /// A logo file too large, given its size in KB.
    pub logo_too_large: fn(kb: &str) -> String,
    pub logo_alt: &'static str,
    pub number: &'static str,
    /// The letter number as printed.
    pub number_line: fn(number: &str) -> String,
    pub place: &'static str,
    pub place_example: &'static str,
    pub signers: &'static str,
    pub office: &'static str,
    pub name: &'static str,
    pub nip: &'static str,
    /// The second signer's fieldset.
    pub acknowledger: &'static str,
    pub acknowledger_office_example: &'static str,
    /// Above the second signer's office on paper: "Mengetahui,".
    pub acknowledged: &'static str,
    /// "Halaman", before the page number of the footer.
    pub footer_page: &'static str,
    /// "dari", between the page number and the page count.
    pub footer_of: &'static str,
    /// The date the rules were checked, in the footer.
    pub footer_rules: fn(date: &str) -> String,
}

const ID: OfficeTexts = OfficeTexts {
    paper_label: "Ukuran kertas",
    paper_a4: "A4 (210 × 297 mm)",
    paper_f4: "F4 / Folio (215 × 330 mm)",
    fold_title: "Kop surat & tanda tangan",
    fold_note: "Disimpan hanya di perangkat ini dan hanya tampil di lembar cetak. Kosongkan yang tidak perlu.",
    letterhead: "Kop surat",
    government: "Pemerintah kabupaten",
    government_example: "Pemerintah Kabupaten Bungo",
    kecamatan: "Kecamatan",
    kecamatan_example: "Kecamatan Bathin III",
    desa: "Desa atau kantor",
    desa_example: "Desa Sungai Arang",
    address: "Alamat",
    logo: "Logo (PNG atau JPEG, paling besar 200 KB)",
    logo_remove: "Hapus logo",
    logo_kept: "Logo tersimpan; tampil di kop lembar cetak.",
    logo_unreadable: "Berkas logo tidak dapat dibaca.",
    logo_not_image: "Berkas ini bukan gambar PNG atau JPEG. Pilih logo berformat PNG atau JPEG.",
    logo_too_large: |kb| format!("Berkas logo terlalu besar ({kb} KB). Paling besar 200 KB: perkecil gambarnya dulu."),
    logo_alt: "Logo",
    number: "Nomor surat (bila ada)",
    number_line: |n| format!("Nomor: {n}"),
    place: "Tempat penandatanganan",
    place_example: "Muara Bungo",
    signers: "Penanda tangan",
    office: "Jabatan",
    name: "Nama",
    nip: "NIP (bila ada)",
    acknowledger: "Mengetahui (bila perlu)",
    acknowledger_office_example: "Camat Bathin III",
    acknowledged: "Mengetahui,",
    footer_page: "Halaman",
    footer_of: "dari",
    footer_rules: |d| format!("Aturan dan tarif diperiksa per {d}"),
};

const EN: OfficeTexts = OfficeTexts {
    paper_label: "Paper size",
    paper_a4: "A4 (210 × 297 mm)",
    paper_f4: "F4 / Folio (215 × 330 mm)",
    fold_title: "Letterhead & signatures",
    fold_note: "Kept on this device only and shown only on the printed sheet. Leave empty what you do not need.",
    letterhead: "Letterhead",
    government: "Regency government",
    government_example: "Pemerintah Kabupaten Bungo",
    kecamatan: "Sub-district (kecamatan)",
    kecamatan_example: "Kecamatan Bathin III",
    desa: "Village or office",
    desa_example: "Desa Sungai Arang",
    address: "Address",
    logo: "Logo (PNG or JPEG, at most 200 KB)",
    logo_remove: "Remove logo",
    logo_kept: "Logo kept; it appears in the letterhead of the printed sheet.",
    logo_unreadable: "The logo file could not be read.",
    logo_not_image: "This file is not a PNG or JPEG image. Choose a PNG or JPEG logo.",
    logo_too_large: |kb| format!("The logo file is too large ({kb} KB). At most 200 KB: make the image smaller first."),
    logo_alt: "Logo",
    number: "Letter number (if any)",
    number_line: |n| format!("Number: {n}"),
    place: "Place of signing",
    place_example: "Muara Bungo",
    signers: "Signers",
    office: "Office",
    name: "Name",
    nip: "NIP (civil servant number, if any)",
    acknowledger: "Acknowledged by (if needed)",
    acknowledger_office_example: "Camat Bathin III",
    acknowledged: "Acknowledged by,",
    footer_page: "Page",
    footer_of: "of",
    footer_rules: |d| format!("Rules and rates checked as of {d}"),
};

/// The words in `lang`.
#[must_use]
pub fn office_texts(lang: Lang) -> &'static OfficeTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// The choice's label of a paper size.
#[must_use]
pub fn paper_label(lang: Lang, size: PaperSize) -> &'static str {
    let t = office_texts(lang);
    match size {
        PaperSize::A4 => t.paper_a4,
        PaperSize::F4 => t.paper_f4,
    }
}

/// The line above the signatures: "Muara Bungo, 6 Desember 2026" (the date alone when no
/// place is given).
#[must_use]
pub fn place_and_date(lang: Lang, place: &str, day: Date) -> String {
    match place.trim() {
        "" => lang.date(day),
        place => format!("{place}, {}", lang.date(day)),
    }
}

/// Why a logo was refused, as the user reads it.
#[must_use]
pub fn logo_problem(lang: Lang, problem: LogoError) -> String {
    let t = office_texts(lang);
    match problem {
        LogoError::NotAnImage => t.logo_not_image.to_string(),
        LogoError::TooLarge(bytes) => {
            let kb = (bytes.div_ceil(1024)).max(LOGO_MAX_BYTES / 1024 + 1);
            (t.logo_too_large)(&lang.count(kb as u64))
        }
    }
}

/// The `content` of the footer on every printed page, as CSS writes it (the page margin boxes
/// of `style/office.css` cannot take words from the app, so a test checks that the stylesheet
/// says exactly this for each language).
#[must_use]
pub fn footer_css_content(lang: Lang, checked_on: Date) -> String {
    let t = office_texts(lang);
    format!(
        "\"{} \" counter(page) \" {} \" counter(pages) \" · {}\"",
        t.footer_page,
        t.footer_of,
        (t.footer_rules)(&lang.date(checked_on))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::rates::RULES_CHECKED_ON;

    #[test]
    fn place_and_date_is_written_as_offices_do() {
        let day = Date::new(2026, 12, 6);
        assert_eq!(
            place_and_date(Lang::Id, " Muara Bungo ", day),
            "Muara Bungo, 6 Desember 2026"
        );
        assert_eq!(
            place_and_date(Lang::En, "Muara Bungo", day),
            "Muara Bungo, 6 December 2026"
        );
        assert_eq!(place_and_date(Lang::Id, "  ", day), "6 Desember 2026");
    }

    #[test]
    fn logo_problems_say_what_to_do() {
        let big = logo_problem(Lang::Id, LogoError::TooLarge(300 * 1024));
        assert!(big.contains("300 KB") && big.contains("200 KB"), "{big}");
        // Just over the limit never reads as "200 KB is too large than 200 KB".
        let edge = logo_problem(Lang::En, LogoError::TooLarge(LOGO_MAX_BYTES + 1));
        assert!(edge.contains("(201 KB)"), "{edge}");
        assert!(logo_problem(Lang::En, LogoError::NotAnImage).contains("PNG or JPEG"));
    }

    /// Each page's stylesheet: the village sheet's (`office.css`) has the footer for every
    /// paper and language, in the words and with the date the app uses.
    #[test]
    fn the_printed_footer_in_the_stylesheet_follows_the_texts_and_the_rules_date() {
        let css_file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("style/office.css");
        let css = std::fs::read_to_string(&css_file).expect("style/office.css");
        for lang in [Lang::Id, Lang::En] {
            let content = format!("content: {};", footer_css_content(lang, RULES_CHECKED_ON));
            // Portrait (village sheet) and landscape (recap), A4 and F4.
            assert_eq!(css.matches(&content).count(), 4, "{lang:?}: {content}");
        }
        assert!(footer_css_content(Lang::Id, RULES_CHECKED_ON)
            .contains("\"Halaman \" counter(page) \" dari \" counter(pages) \" · Aturan dan tarif diperiksa per 6 Desember 2026\""));
    }
}

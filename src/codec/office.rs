//! Paper as offices use it (issue 24): the paper size (A4 or F4), the letterhead (*kop
//! surat*) and the signers of a printed sheet, as kept on the device. Everything read back
//! from storage is checked here and falls back to a default, never to a panic: an unknown
//! paper code is A4, an unreadable record is the empty one, and a logo is kept only as a PNG
//! or JPEG data URL of at most [`LOGO_MAX_BYTES`].
//!
//! The record is one line per filled field, `key<TAB>value`, under a first line `office 1`:
//! fields hold no control characters (they are dropped when typed or read), so no escaping is
//! needed, unknown keys are skipped (a later version may add some), and the village page's
//! first download carries no JSON code for it.

/// The paper a sheet is printed on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PaperSize {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// *Folio*, 215 × 330 mm, the size many Indonesian offices file.
    F4,
}

impl PaperSize {
    /// Every size, in the order the choice lists them.
    pub const ALL: [PaperSize; 2] = [PaperSize::A4, PaperSize::F4];

    /// The stored code, also the `<option>` value and part of the print class.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            PaperSize::A4 => "a4",
            PaperSize::F4 => "f4",
        }
    }

    /// The size a stored code names; anything else (absent, corrupted, a future size) is A4.
    #[must_use]
    pub fn from_stored(text: Option<&str>) -> PaperSize {
        match text.map(str::trim) {
            Some("f4") => PaperSize::F4,
            _ => PaperSize::A4,
        }
    }
}

/// Longest text kept in a field: a letterhead line or a name, never a document.
pub const FIELD_MAX_CHARS: usize = 160;
/// Most signers a page keeps (the village sheet has three roles).
pub const SIGNERS_MAX: usize = 3;
/// Largest logo file accepted, in bytes.
pub const LOGO_MAX_BYTES: usize = 200 * 1024;

/// One person who signs: the office (empty: the page's role), the name and the NIP.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signer {
    /// "Camat Bathin III"; empty means the role the page prints.
    pub office: String,
    /// The name printed under the signature space.
    pub name: String,
    /// *Nomor Induk Pegawai*, printed only when given.
    pub nip: String,
}

impl Signer {
    /// Nothing filled in.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.office.trim().is_empty() && self.name.trim().is_empty() && self.nip.trim().is_empty()
    }

    fn tidy(&mut self) {
        for field in [&mut self.office, &mut self.name, &mut self.nip] {
            tidy(field);
        }
    }
}

/// The letterhead lines, top to bottom; empty ones are not printed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Letterhead {
    /// "Pemerintah Kabupaten Bungo".
    pub government: String,
    /// "Kecamatan Bathin III".
    pub kecamatan: String,
    /// "Desa Sungai Arang" (or an office, for a recap).
    pub desa: String,
    /// Street, post code, telephone.
    pub address: String,
}

impl Letterhead {
    /// The lines that are filled in, in print order (the address last).
    #[must_use]
    pub fn lines(&self) -> Vec<&str> {
        [&self.government, &self.kecamatan, &self.desa]
            .into_iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect()
    }
}

/// What a page keeps for its printed sheet besides the plan: letterhead, letter number,
/// place of signing and the signers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfficeSettings {
    /// The *kop surat*.
    pub letterhead: Letterhead,
    /// "Nomor: ..." under the title, printed only when given.
    pub number: String,
    /// Where it is signed: "Muara Bungo".
    pub place: String,
    /// The page's signers in its order of roles (village: kepala desa, sekretaris, kaur
    /// keuangan; recap: camat or kepala DPMD).
    pub signers: Vec<Signer>,
    /// "Mengetahui,": printed only when filled in.
    pub acknowledger: Signer,
}

impl OfficeSettings {
    /// The settings a stored record holds; anything unreadable gives the empty settings
    /// (a record of another format or version is not guessed at), and over-long fields are
    /// cut, so what storage holds can never break the sheet.
    #[must_use]
    pub fn from_stored(text: Option<&str>) -> OfficeSettings {
        let mut settings = OfficeSettings::default();
        let Some(mut lines) = text.map(str::lines) else {
            return settings;
        };
        if lines.next() != Some(RECORD_HEAD) {
            return settings;
        }
        for (key, value) in lines.filter_map(|l| l.split_once('\t')) {
            if let Some(field) = settings.field(key) {
                *field = value.to_string();
            }
        }
        settings.tidy();
        settings.signers.truncate(
            settings
                .signers
                .iter()
                .rposition(|s| !s.is_empty())
                .map_or(0, |i| i + 1),
        );
        settings
    }

    /// The record to store.
    #[must_use]
    pub fn to_stored(&self) -> String {
        let mut copy = self.clone();
        copy.tidy();
        let mut out = String::from(RECORD_HEAD);
        for key in KEYS {
            if let Some(value) = copy.field(key).filter(|v| !v.is_empty()) {
                out.push('\n');
                out.push_str(key);
                out.push('\t');
                out.push_str(value);
            }
        }
        out
    }

    /// The field a record key names (None: an unknown key).
    fn field(&mut self, key: &str) -> Option<&mut String> {
        Some(match key {
            "government" => &mut self.letterhead.government,
            "kecamatan" => &mut self.letterhead.kecamatan,
            "desa" => &mut self.letterhead.desa,
            "address" => &mut self.letterhead.address,
            "number" => &mut self.number,
            "place" => &mut self.place,
            "ack.office" => &mut self.acknowledger.office,
            "ack.name" => &mut self.acknowledger.name,
            "ack.nip" => &mut self.acknowledger.nip,
            _ => {
                let (i, part) = key.strip_prefix("signer")?.split_once('.')?;
                let i: usize = i.parse().ok()?;
                let signer = self.signer_mut(i)?;
                match part {
                    "office" => &mut signer.office,
                    "name" => &mut signer.name,
                    "nip" => &mut signer.nip,
                    _ => return None,
                }
            }
        })
    }

    /// The signer of role `i` (empty when not filled in).
    #[must_use]
    pub fn signer(&self, i: usize) -> Signer {
        self.signers.get(i).cloned().unwrap_or_default()
    }

    /// The signer of role `i`, to edit (the list grows to it; `i` beyond the roles is ignored).
    pub fn signer_mut(&mut self, i: usize) -> Option<&mut Signer> {
        if i >= SIGNERS_MAX {
            return None;
        }
        if self.signers.len() <= i {
            self.signers.resize_with(i + 1, Signer::default);
        }
        self.signers.get_mut(i)
    }

    fn tidy(&mut self) {
        let l = &mut self.letterhead;
        for field in [
            &mut l.government,
            &mut l.kecamatan,
            &mut l.desa,
            &mut l.address,
        ] {
            tidy(field);
        }
        tidy(&mut self.number);
        tidy(&mut self.place);
        self.signers.truncate(SIGNERS_MAX);
        self.signers.iter_mut().for_each(Signer::tidy);
        self.acknowledger.tidy();
    }
}

/// The first line of a stored record: its format and version.
const RECORD_HEAD: &str = "office 1";

/// Every key a record may hold, in the order it is written.
const KEYS: [&str; 18] = [
    "government",
    "kecamatan",
    "desa",
    "address",
    "number",
    "place",
    "signer0.office",
    "signer0.name",
    "signer0.nip",
    "signer1.office",
    "signer1.name",
    "signer1.nip",
    "signer2.office",
    "signer2.name",
    "signer2.nip",
    "ack.office",
    "ack.name",
    "ack.nip",
];

/// Cuts a field to [`FIELD_MAX_CHARS`] and drops control characters.
fn tidy(field: &mut String) {
    if field.chars().count() > FIELD_MAX_CHARS || field.chars().any(char::is_control) {
        *field = field
            .chars()
            .filter(|c| !c.is_control())
            .take(FIELD_MAX_CHARS)
            .collect();
    }
}

/// Why a chosen logo file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogoError {
    /// Larger than [`LOGO_MAX_BYTES`]; carries its size in bytes.
    TooLarge(usize),
    /// Not a PNG or JPEG (checked by its first bytes, not its name).
    NotAnImage,
}

/// The image formats a logo may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ImageKind {
    Png,
    Jpeg,
}

impl ImageKind {
    fn of(bytes: &[u8]) -> Option<ImageKind> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ImageKind::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(ImageKind::Jpeg)
        } else {
            None
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            ImageKind::Png => "data:image/png;base64,",
            ImageKind::Jpeg => "data:image/jpeg;base64,",
        }
    }
}

/// A chosen logo file as the data URL to keep, after checking its size and its first bytes.
///
/// # Errors
/// [`LogoError::TooLarge`] over [`LOGO_MAX_BYTES`], [`LogoError::NotAnImage`] when it is not
/// a PNG or JPEG.
pub fn logo_data_url(bytes: &[u8]) -> Result<String, LogoError> {
    if bytes.len() > LOGO_MAX_BYTES {
        return Err(LogoError::TooLarge(bytes.len()));
    }
    let kind = ImageKind::of(bytes).ok_or(LogoError::NotAnImage)?;
    Ok(format!("{}{}", kind.prefix(), base64(bytes)))
}

/// A stored logo, if it is still a PNG or JPEG data URL within the size limit (a stored
/// record that was edited or cut short is dropped, never shown).
#[must_use]
pub fn stored_logo(text: Option<&str>) -> Option<String> {
    let text = text?.trim();
    let (kind, data) = [ImageKind::Png, ImageKind::Jpeg]
        .into_iter()
        .find_map(|k| text.strip_prefix(k.prefix()).map(|d| (k, d)))?;
    let valid = !data.is_empty()
        && data.len() % 4 == 0
        && data.len() <= LOGO_MAX_BYTES.div_ceil(3) * 4
        && data
            .trim_end_matches('=')
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
    let head = decode_head(data)?;
    (valid && ImageKind::of(&head) == Some(kind)).then(|| text.to_string())
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(BASE64[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The first bytes (up to 9) of base64 text, enough to check an image's signature.
fn decode_head(data: &str) -> Option<Vec<u8>> {
    let digits: Vec<u32> = data
        .bytes()
        .take(12)
        .take_while(|&b| b != b'=')
        .map(|b| BASE64.iter().position(|&d| d == b).map(|p| p as u32))
        .collect::<Option<_>>()?;
    let mut out = Vec::new();
    for group in digits.chunks(4) {
        let n = group
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, d)| n | (d << (18 - 6 * i)));
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..group.len().max(1)]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];

    mod paper {
        use super::*;

        #[test]
        fn stored_codes_round_trip_and_anything_else_is_a4() {
            for size in PaperSize::ALL {
                assert_eq!(PaperSize::from_stored(Some(size.code())), size);
            }
            for bad in [
                None,
                Some(""),
                Some("F4 "),
                Some("letter"),
                Some("{\"a4\"}"),
                Some("\u{0}"),
            ] {
                assert_eq!(PaperSize::from_stored(bad), PaperSize::A4, "{bad:?}");
            }
        }
    }

    mod settings {
        use super::*;

        fn filled() -> OfficeSettings {
            let mut s = OfficeSettings {
                letterhead: Letterhead {
                    government: "Pemerintah Kabupaten Bungo".into(),
                    kecamatan: "Kecamatan Bathin III".into(),
                    desa: "Desa Sungai Arang".into(),
                    address: "Jl. Lintas Sumatera Km 5".into(),
                },
                number: "900/12/SA/2026".into(),
                place: "Muara Bungo".into(),
                signers: Vec::new(),
                acknowledger: Signer {
                    office: "Camat Bathin III".into(),
                    name: "Drs. H. Ahmad".into(),
                    nip: "19700101 199003 1 001".into(),
                },
            };
            if let Some(kades) = s.signer_mut(0) {
                kades.name = "Siti Aminah".into();
            }
            s
        }

        #[test]
        fn stored_settings_round_trip() {
            let s = filled();
            assert_eq!(OfficeSettings::from_stored(Some(&s.to_stored())), s);
        }

        #[test]
        fn the_record_is_a_line_per_filled_field() {
            let mut s = OfficeSettings {
                place: "Muara Bungo".into(),
                ..OfficeSettings::default()
            };
            if let Some(sekdes) = s.signer_mut(1) {
                sekdes.nip = "1980".into();
            }
            assert_eq!(
                s.to_stored(),
                "office 1\nplace\tMuara Bungo\nsigner1.nip\t1980"
            );
            assert_eq!(OfficeSettings::default().to_stored(), "office 1");
        }

        #[test]
        fn unreadable_or_absent_record_is_the_empty_settings() {
            for bad in [
                None,
                Some(""),
                Some("null"),
                Some("{\"place\": \"x\"}"),
                Some("office 2\nplace\tx"),
                Some("place\tx"),
            ] {
                assert_eq!(
                    OfficeSettings::from_stored(bad),
                    OfficeSettings::default(),
                    "{bad:?}"
                );
            }
        }

        #[test]
        fn unknown_keys_and_missing_fields_take_their_defaults() {
            let s = OfficeSettings::from_stored(Some(
                "office 1\nplace\tMuara Bungo\nfuture\t1\nsigner9.name\tX\nsigner0.hat\tY\nno tab",
            ));
            assert_eq!(s.place, "Muara Bungo");
            assert!(s.letterhead.lines().is_empty());
            assert!(s.acknowledger.is_empty());
            assert!(s.signers.is_empty());
        }

        #[test]
        fn stored_fields_are_cut_and_cleaned() {
            let long = "x".repeat(FIELD_MAX_CHARS + 50);
            let record = format!("office 1\nplace\t{long}\nnumber\ta\u{7}b\tc");
            let s = OfficeSettings::from_stored(Some(&record));
            assert_eq!(s.place.chars().count(), FIELD_MAX_CHARS);
            assert_eq!(s.number, "abc");
        }

        #[test]
        fn typed_control_characters_never_break_the_record() {
            let s = OfficeSettings {
                place: "Muara\nBungo\tx".into(),
                acknowledger: Signer {
                    name: "A\r\nB".into(),
                    ..Signer::default()
                },
                ..OfficeSettings::default()
            };
            let back = OfficeSettings::from_stored(Some(&s.to_stored()));
            assert_eq!(back.place, "MuaraBungox");
            assert_eq!(back.acknowledger.name, "AB");
        }

        #[test]
        fn signer_roles_beyond_the_limit_are_not_kept() {
            let mut s = OfficeSettings::default();
            assert!(s.signer_mut(SIGNERS_MAX).is_none());
            if let Some(kaur) = s.signer_mut(2) {
                kaur.nip = "1".into();
            }
            assert_eq!(s.signers.len(), 3);
            assert_eq!(s.signer(2).nip, "1");
            assert_eq!(s.signer(7), Signer::default());
        }

        #[test]
        fn letterhead_lines_skip_empty_ones() {
            let mut l = filled().letterhead;
            l.kecamatan = "  ".into();
            assert_eq!(
                l.lines(),
                ["Pemerintah Kabupaten Bungo", "Desa Sungai Arang"]
            );
        }
    }

    mod logo {
        use super::*;

        #[test]
        fn base64_matches_the_standard_examples() {
            for (plain, encoded) in [
                ("", ""),
                ("f", "Zg=="),
                ("fo", "Zm8="),
                ("foo", "Zm9v"),
                ("foob", "Zm9vYg=="),
                ("fooba", "Zm9vYmE="),
                ("foobar", "Zm9vYmFy"),
            ] {
                assert_eq!(base64(plain.as_bytes()), encoded, "{plain}");
            }
        }

        #[test]
        fn png_and_jpeg_become_data_urls_that_read_back() {
            let png = logo_data_url(PNG).expect("png");
            assert!(
                png.starts_with("data:image/png;base64,iVBORw0KGgo"),
                "{png}"
            );
            let jpeg = logo_data_url(JPEG).expect("jpeg");
            assert!(jpeg.starts_with("data:image/jpeg;base64,/9j/"), "{jpeg}");
            assert_eq!(stored_logo(Some(&png)), Some(png.clone()));
            assert_eq!(stored_logo(Some(&jpeg)), Some(jpeg));
        }

        #[test]
        fn other_files_and_large_ones_are_refused() {
            assert_eq!(logo_data_url(b"GIF89a...."), Err(LogoError::NotAnImage));
            assert_eq!(logo_data_url(b"<svg/>"), Err(LogoError::NotAnImage));
            assert_eq!(logo_data_url(b""), Err(LogoError::NotAnImage));
            let mut big = PNG.to_vec();
            big.resize(LOGO_MAX_BYTES + 1, 0);
            assert_eq!(
                logo_data_url(&big),
                Err(LogoError::TooLarge(LOGO_MAX_BYTES + 1))
            );
            big.truncate(LOGO_MAX_BYTES);
            assert!(logo_data_url(&big).is_ok());
        }

        #[test]
        fn stored_logos_that_are_not_png_or_jpeg_data_urls_are_dropped() {
            let png = logo_data_url(PNG).expect("png");
            let wrong_kind = png.replace("image/png", "image/jpeg");
            for bad in [
                None,
                Some(""),
                Some("https://example.com/logo.png"),
                Some("data:image/svg+xml;base64,PHN2Zy8+"),
                Some("data:image/png;base64,"),
                Some("data:image/png;base64,R0lGODlh"),
                Some("data:image/png;base64,iVBORw0KGgo\"><script>"),
                Some(wrong_kind.as_str()),
                Some(&png[..png.len() - 1]),
            ] {
                assert_eq!(stored_logo(bad), None, "{bad:?}");
            }
        }
    }

    mod never_panics {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_stored_text_reads_as_some_settings(text in ".{0,400}") {
                let s = OfficeSettings::from_stored(Some(&text));
                prop_assert!(s.signers.len() <= SIGNERS_MAX);
                let _ = PaperSize::from_stored(Some(&text));
                let _ = stored_logo(Some(&text));
            }

            #[test]
            fn any_record_shaped_text_reads_as_some_settings(
                lines in proptest::collection::vec(("[a-z0-9.]{0,14}", "\\PC{0,200}"), 0..12)
            ) {
                let mut record = String::from(RECORD_HEAD);
                for (key, value) in &lines {
                    record.push_str(&format!("\n{key}\t{value}"));
                }
                let s = OfficeSettings::from_stored(Some(&record));
                prop_assert!(s.place.chars().count() <= FIELD_MAX_CHARS);
                prop_assert!(s.signers.len() <= SIGNERS_MAX);
                // What is read back is stored and read again unchanged.
                prop_assert_eq!(OfficeSettings::from_stored(Some(&s.to_stored())), s);
            }

            #[test]
            fn any_accepted_logo_reads_back(tail in proptest::collection::vec(any::<u8>(), 0..64)) {
                let mut bytes = PNG.to_vec();
                bytes.extend(tail);
                let url = logo_data_url(&bytes).expect("a png");
                prop_assert_eq!(stored_logo(Some(&url)), Some(url.clone()));
            }
        }
    }
}

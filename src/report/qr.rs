//! QR code of the scenario link, as SVG path data for the screen and the printed sheet.
//!
//! Encoded with Project Nayuki's `qrcodegen` (ISO/IEC 18004, mask chosen by penalty).
//! The rule: error correction Medium (15 % of the symbol may be damaged: folded paper,
//! smudged print) while the link fits version 10 (57 × 57 modules, 213 bytes); a longer
//! link uses Low so its modules stay large enough to scan; the encoder raises the level
//! when that costs no extra size. Around the symbol is the 4-module quiet zone the
//! standard requires.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use std::fmt::Write;

/// Light modules around the symbol on each side (ISO/IEC 18004 quiet zone).
pub const QUIET_ZONE: u32 = 4;

/// Highest version encoded at Medium before falling back to Low.
const MEDIUM_MAX_VERSION: u8 = 10;

/// A QR symbol as one SVG path: draw it in a `viewBox="0 0 size size"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    /// Width and height in modules, quiet zone included.
    pub size: u32,
    /// Path data: one `Mx yhNv1h-Nz` rectangle per horizontal run of dark modules.
    pub path: String,
}

/// The QR code of `text`, or `None` when it is too long for any QR code.
#[must_use]
pub fn qr_svg_path(text: &str) -> Option<QrPath> {
    let segments = QrSegment::make_segments(text);
    let qr = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::new(MEDIUM_MAX_VERSION),
        None,
        true,
    )
    .or_else(|_| QrCode::encode_segments(&segments, QrCodeEcc::Low))
    .ok()?;
    let n = qr.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            let start = x;
            while x < n && qr.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            if run > 0 {
                let q = QUIET_ZONE as i32;
                let _ = write!(path, "M{} {}h{run}v1h-{run}z", start + q, y + q);
            } else {
                x += 1;
            }
        }
    }
    Some(QrPath {
        size: u32::try_from(n).ok()? + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dark modules drawn by the path, as (x, y), checking its syntax on the way.
    fn modules(path: &str) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for rect in path.split('z').filter(|r| !r.is_empty()) {
            let rest = rect.strip_prefix('M').unwrap_or_else(|| panic!("{rect}"));
            let (x, rest) = rest.split_once(' ').unwrap_or_else(|| panic!("{rect}"));
            let (y, rest) = rest.split_once('h').unwrap_or_else(|| panic!("{rect}"));
            let (run, back) = rest.split_once("v1h-").unwrap_or_else(|| panic!("{rect}"));
            assert_eq!(run, back, "{rect}");
            let [x, y, run] =
                [x, y, run].map(|s| s.parse::<u32>().unwrap_or_else(|_| panic!("{rect}")));
            assert!(run > 0);
            out.extend((x..x + run).map(|x| (x, y)));
        }
        out
    }

    #[test]
    fn short_link_is_a_small_symbol_with_a_quiet_zone() {
        // 15 bytes: one more than version 1-M holds, so version 2 (25 modules).
        let qr = qr_svg_path("https://desa.id");
        assert_eq!(qr.as_ref().map(|q| q.size), Some(25 + 8));
        // Alphanumeric text of 5 characters fits version 1 (21 modules).
        assert_eq!(qr_svg_path("HELLO").map(|q| q.size), Some(21 + 8));
        let qr = qr.unwrap_or_else(|| unreachable!());
        assert!(qr.path.chars().all(|c| "Mhvz-0123456789 ".contains(c)));
        let dark = modules(&qr.path);
        assert!(dark
            .iter()
            .all(|&(x, y)| (4..29).contains(&x) && (4..29).contains(&y)));
        // The top-left finder pattern: a dark 7-module top row, then dark, 5 light, dark.
        assert!((4..11).all(|x| dark.contains(&(x, 4))));
        assert!(dark.contains(&(4, 5)) && dark.contains(&(10, 5)));
        assert!((5..10).all(|x| !dark.contains(&(x, 5))));
    }

    #[test]
    fn path_draws_exactly_the_encoders_modules_with_merged_runs() {
        let text = "https://example.org/kalkulator/#s=AbC-123_xyz~ÄÖ";
        let qr = qr_svg_path(text).unwrap_or_else(|| unreachable!());
        let reference = QrCode::encode_segments_advanced(
            &QrSegment::make_segments(text),
            QrCodeEcc::Medium,
            Version::MIN,
            Version::new(MEDIUM_MAX_VERSION),
            None,
            true,
        )
        .unwrap_or_else(|_| unreachable!());
        let n = reference.size();
        let mut expected = Vec::new();
        for y in 0..n {
            for x in 0..n {
                if reference.get_module(x, y) {
                    expected.push(((x + 4) as u32, (y + 4) as u32));
                }
            }
        }
        let mut dark = modules(&qr.path);
        dark.sort_by_key(|&(x, y)| (y, x));
        assert_eq!(dark, expected);
        // Runs are merged: never two rectangles touching on one row.
        assert!(qr.path.matches('M').count() < expected.len());
    }

    #[test]
    fn long_link_falls_back_to_low_and_too_long_is_none() {
        // 300 bytes: Medium would need version 13; Low fits version 11 (61 modules).
        let long = "a".repeat(300);
        assert_eq!(qr_svg_path(&long).map(|q| q.size), Some(61 + 8));
        // 213 bytes still fit version 10 at Medium (57 modules).
        assert_eq!(qr_svg_path(&"a".repeat(213)).map(|q| q.size), Some(57 + 8));
        assert_eq!(
            qr_svg_path(&"a".repeat(2953)).map(|q| q.size),
            Some(177 + 8)
        );
        assert_eq!(qr_svg_path(&"a".repeat(2954)), None);
    }
}

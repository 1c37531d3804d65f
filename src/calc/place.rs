//! The village as Kemendagri's registry names it, when the user picked it under "Pilih desa"
//! (issue 22): its code and the names of the desa, kecamatan, kabupaten/kota and province.
//! Optional: a plan whose village name was only typed has none.

use serde::{Deserialize, Serialize};

/// Longest name of a village, category or place, in characters (`plan::MAX_NAME_CHARS`).
pub const MAX_NAME_CHARS: usize = 80;

/// A desa of the registry, as picked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Kemendagri code of the desa, `15.08.01.2001` (2, 2, 2 and 4 digits).
    pub code: String,
    /// The desa's name in the registry.
    pub desa: String,
    /// Its kecamatan.
    pub kecamatan: String,
    /// Its kabupaten/kota, e.g. `Kabupaten Bungo`.
    pub kabupaten: String,
    /// Its province.
    pub provinsi: String,
}

impl Place {
    /// The names, in order from the desa up.
    #[must_use]
    pub fn names(&self) -> [&str; 4] {
        [&self.desa, &self.kecamatan, &self.kabupaten, &self.provinsi]
    }

    /// True when the code is a desa code and every name is given and at most
    /// [`MAX_NAME_CHARS`] long.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        is_desa_code(&self.code)
            && self
                .names()
                .iter()
                .all(|n| !n.trim().is_empty() && n.chars().count() <= MAX_NAME_CHARS)
    }
}

/// True for a Kemendagri village code: `NN.NN.NN.NNNN`, digits only between the dots.
#[must_use]
pub fn is_desa_code(code: &str) -> bool {
    let mut parts = code.split('.');
    [2, 2, 2, 4].iter().all(|&len| {
        parts
            .next()
            .is_some_and(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
    }) && parts.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A desa of Kabupaten Bungo, as `web/registry/15.08.txt` lists it.
    fn bungo() -> Place {
        Place {
            code: "15.08.02.2003".into(),
            desa: "Rantau Pandan".into(),
            kecamatan: "Rantau Pandan".into(),
            kabupaten: "Kabupaten Bungo".into(),
            provinsi: "Jambi".into(),
        }
    }

    #[test]
    fn only_four_part_desa_codes_are_codes() {
        assert!(is_desa_code("15.08.01.2001"));
        for bad in [
            "",
            "15",
            "15.08",
            "15.08.01",
            "15.08.01.200",
            "15.08.01.20011",
            "15.08.01.2001.",
            "15.08.1.2001",
            "a5.08.01.2001",
            "15-08-01-2001",
            "15.08.01.２００１",
        ] {
            assert!(!is_desa_code(bad), "{bad}");
        }
    }

    #[test]
    fn a_place_needs_a_code_and_every_name_within_the_limit() {
        assert!(bungo().is_valid());
        let with = |edit: fn(&mut Place)| {
            let mut p = bungo();
            edit(&mut p);
            p.is_valid()
        };
        assert!(!with(|p| p.code = "15.08".into()));
        assert!(!with(|p| p.desa = " ".into()));
        assert!(!with(|p| p.provinsi = String::new()));
        assert!(!with(|p| p.kecamatan = "x".repeat(MAX_NAME_CHARS + 1)));
        assert!(with(|p| p.kabupaten = "é".repeat(MAX_NAME_CHARS)));
    }
}

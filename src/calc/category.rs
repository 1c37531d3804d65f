//! Worker categories: who is insured, under which scheme, at what base and paid from
//! which fund (RULES.md §1–§3). The defaults are RULES.md §2.

use super::money::Rupiah;
use super::rates::{RiskClass, Sector};
use serde::{Deserialize, Serialize};

/// Contribution scheme of a category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scheme {
    /// Penerima Upah: percentages of a monthly wage.
    #[default]
    Pu,
    /// Bukan Penerima Upah: by declared income level, JKM flat.
    Bpu,
}

/// Where the payer's share of a category's premium comes from (RULES.md §3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FundingSource {
    /// Alokasi Dana Desa.
    #[default]
    Add,
    /// Dana Desa.
    DanaDesa,
    /// PADes or other village income.
    PaDes,
    /// APBD kabupaten/kota.
    ApbdKabupaten,
    /// APBD provinsi.
    ApbdProvinsi,
    /// Other: CSR, donors.
    Lainnya,
}

impl FundingSource {
    /// Every source, in the order the user sees them.
    pub const ALL: [FundingSource; 6] = [
        FundingSource::Add,
        FundingSource::DanaDesa,
        FundingSource::PaDes,
        FundingSource::ApbdKabupaten,
        FundingSource::ApbdProvinsi,
        FundingSource::Lainnya,
    ];

    /// True for the village's own budget (APBDes): ADD, Dana Desa, PADes.
    #[must_use]
    pub const fn is_apbdes(self) -> bool {
        matches!(
            self,
            FundingSource::Add | FundingSource::DanaDesa | FundingSource::PaDes
        )
    }

    /// True for APBD money, which PP 50/2025 excludes from its adjustment.
    #[must_use]
    pub const fn is_apbd(self) -> bool {
        matches!(
            self,
            FundingSource::ApbdKabupaten | FundingSource::ApbdProvinsi
        )
    }

    /// A short stable code, used in links, files and CSS.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            FundingSource::Add => "add",
            FundingSource::DanaDesa => "dd",
            FundingSource::PaDes => "pades",
            FundingSource::ApbdKabupaten => "apbd-kab",
            FundingSource::ApbdProvinsi => "apbd-prov",
            FundingSource::Lainnya => "lainnya",
        }
    }
}

/// The kind of worker a category holds; decides defaults, codes and cautions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CategoryKind {
    /// Kepala desa.
    KepalaDesa,
    /// Sekretaris desa.
    SekretarisDesa,
    /// Perangkat desa: kaur, kasi, kepala dusun.
    PerangkatDesa,
    /// Anggota BPD.
    Bpd,
    /// Ketua RT / RW.
    RtRw,
    /// Lembaga kemasyarakatan and kader (posyandu, PKK, karang taruna, LPM, linmas).
    Kader,
    /// Pekerja rentan: farmers, fishers, traders, ojek, day labourers, guides.
    PekerjaRentan,
    /// A category the user defined.
    #[default]
    Lainnya,
}

impl CategoryKind {
    /// The default categories of RULES.md §2, in order.
    pub const DEFAULTS: [CategoryKind; 7] = [
        CategoryKind::KepalaDesa,
        CategoryKind::SekretarisDesa,
        CategoryKind::PerangkatDesa,
        CategoryKind::Bpd,
        CategoryKind::RtRw,
        CategoryKind::Kader,
        CategoryKind::PekerjaRentan,
    ];

    /// Every kind: the defaults, then user-defined. Link letters follow this order.
    pub const ALL: [CategoryKind; 8] = {
        let mut all = [CategoryKind::Lainnya; 8];
        let mut i = 0;
        while i < Self::DEFAULTS.len() {
            all[i] = Self::DEFAULTS[i];
            i += 1;
        }
        all
    };

    /// Kepala desa, sekretaris and perangkat: paid siltap, inside the 30 % rule (RULES.md §3).
    #[must_use]
    pub const fn is_official(self) -> bool {
        matches!(
            self,
            CategoryKind::KepalaDesa | CategoryKind::SekretarisDesa | CategoryKind::PerangkatDesa
        )
    }

    /// Default scheme and base (siltap minimum of PP 11/2019, or the lowest BPU level).
    #[must_use]
    pub fn default_scheme_and_base(self) -> (Scheme, Rupiah) {
        match self {
            CategoryKind::KepalaDesa => (Scheme::Pu, Rupiah::from_whole(2_426_640)),
            CategoryKind::SekretarisDesa => (Scheme::Pu, Rupiah::from_whole(2_224_420)),
            CategoryKind::PerangkatDesa => (Scheme::Pu, Rupiah::from_whole(2_022_200)),
            _ => (Scheme::Bpu, Rupiah::from_whole(1_000_000)),
        }
    }

    /// Default APBDes account code (Permendagri 20/2018; objek codes of RULES.md §3).
    #[must_use]
    pub const fn default_account_code(self) -> &'static str {
        match self {
            CategoryKind::KepalaDesa => "5.1.3.03",
            CategoryKind::SekretarisDesa | CategoryKind::PerangkatDesa => "5.1.3.04",
            _ => "",
        }
    }

    /// A short stable code, used in links and files.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            CategoryKind::KepalaDesa => "kades",
            CategoryKind::SekretarisDesa => "sekdes",
            CategoryKind::PerangkatDesa => "perangkat",
            CategoryKind::Bpd => "bpd",
            CategoryKind::RtRw => "rtrw",
            CategoryKind::Kader => "kader",
            CategoryKind::PekerjaRentan => "rentan",
            CategoryKind::Lainnya => "lainnya",
        }
    }
}

/// One group of village workers costed together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// What kind of workers these are.
    pub kind: CategoryKind,
    /// The name the user gave; empty means the kind's usual name.
    #[serde(default)]
    pub name: String,
    /// Number of people insured.
    pub insured: u32,
    /// Total number of people in the category, when known (for coverage %).
    #[serde(default)]
    pub population: Option<u32>,
    /// Contribution scheme.
    pub scheme: Scheme,
    /// Monthly wage (PU) or declared income (BPU).
    pub base: Rupiah,
    /// JHT chosen.
    #[serde(default)]
    pub jht: bool,
    /// JP chosen (PU only).
    #[serde(default)]
    pub jp: bool,
    /// JKK risk class (PU only).
    #[serde(default)]
    pub risk_class: RiskClass,
    /// Who pays the payer's share.
    #[serde(default)]
    pub funding: FundingSource,
    /// Sector, for the PP 50/2025 months (BPU only).
    #[serde(default)]
    pub sector: Sector,
    /// APBDes account code for the budget line.
    #[serde(default)]
    pub account_code: String,
    /// Age of the oldest member at enrolment, when the user gives it (age warnings, §7).
    #[serde(default)]
    pub oldest_age: Option<u8>,
}

impl Category {
    /// A category of `kind` with its defaults and `insured` people.
    #[must_use]
    pub fn new(kind: CategoryKind, insured: u32) -> Self {
        let (scheme, base) = kind.default_scheme_and_base();
        Category {
            kind,
            name: String::new(),
            insured,
            population: None,
            scheme,
            base,
            jht: false,
            jp: false,
            risk_class: RiskClass::I,
            funding: FundingSource::Add,
            sector: Sector::Other,
            account_code: kind.default_account_code().to_string(),
            oldest_age: None,
        }
    }

    /// True when JP is really costed: chosen and the scheme is PU (JP does not exist for BPU).
    #[must_use]
    pub fn has_jp(&self) -> bool {
        self.jp && self.scheme == Scheme::Pu
    }
}

impl Default for Category {
    fn default() -> Self {
        Category::new(CategoryKind::Lainnya, 0)
    }
}

/// The default categories of RULES.md §2 with an example village's head count
/// (1 kepala desa, 1 sekretaris, 8 perangkat; the other groups start at zero).
#[must_use]
pub fn default_categories() -> Vec<Category> {
    CategoryKind::DEFAULTS
        .iter()
        .map(|&kind| {
            let insured = match kind {
                CategoryKind::KepalaDesa | CategoryKind::SekretarisDesa => 1,
                CategoryKind::PerangkatDesa => 8,
                _ => 0,
            };
            Category::new(kind, insured)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_rules_section_two() {
        let cats = default_categories();
        assert_eq!(cats.len(), 7);
        assert_eq!(cats[0].base, Rupiah::from_whole(2_426_640));
        assert_eq!(cats[1].base, Rupiah::from_whole(2_224_420));
        assert_eq!(cats[2].base, Rupiah::from_whole(2_022_200));
        assert!(cats[..3]
            .iter()
            .all(|c| c.scheme == Scheme::Pu && c.risk_class == RiskClass::I));
        assert!(cats[3..]
            .iter()
            .all(|c| c.scheme == Scheme::Bpu && c.base == Rupiah::from_whole(1_000_000)));
        assert_eq!(cats[0].account_code, "5.1.3.03");
        assert_eq!(cats[2].account_code, "5.1.3.04");
        assert_eq!(cats[6].account_code, "");
    }

    #[test]
    fn jp_is_never_costed_for_bpu() {
        let mut c = Category::new(CategoryKind::PekerjaRentan, 1);
        c.jp = true;
        assert!(!c.has_jp());
    }
}

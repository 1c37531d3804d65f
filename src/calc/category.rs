//! Worker categories: who is insured, under which scheme, at what base and paid from
//! which fund (RULES.md §1–§3). The defaults are RULES.md §2.

use super::code::coded;
use super::keyed_map::KeyedMap;
use super::law::Law;
use super::money::Rupiah;
use super::program::Program;
use super::rates::{RateKey, RiskClass, Sector};
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicU32, Ordering};

/// Contribution scheme of a category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scheme {
    /// Penerima Upah: percentages of a monthly wage.
    #[default]
    Pu,
    /// Bukan Penerima Upah: by declared income level, JKM flat.
    Bpu,
}

coded!(Scheme { Pu => "pu", Bpu => "bpu" });

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

coded!(FundingSource {
    Add => "add",
    DanaDesa => "dd",
    PaDes => "pades",
    ApbdKabupaten => "apbd-kab",
    ApbdProvinsi => "apbd-prov",
    Lainnya => "lainnya",
});

/// A value for each funding source, in `FundingSource::ALL` order.
pub type BySource<T> = KeyedMap<FundingSource, T, { FundingSource::ALL.len() }>;

/// A value for each kind of worker, in `CategoryKind::ALL` order.
pub type ByKind<T> = KeyedMap<CategoryKind, T, { CategoryKind::ALL.len() }>;

impl FundingSource {
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
    /// Staf desa who are not perangkat (optional, RULES.md §2).
    StafDesa,
    /// Pekerja keagamaan: marbot, guru ngaji, petugas keagamaan (optional, RULES.md §2).
    PekerjaKeagamaan,
}

// The defaults, user-defined, then the optional kinds added later. Link letters follow
// this order, so a new kind only ever goes at the end.
coded!(CategoryKind {
    KepalaDesa => "kades",
    SekretarisDesa => "sekdes",
    PerangkatDesa => "perangkat",
    Bpd => "bpd",
    RtRw => "rtrw",
    Kader => "kader",
    PekerjaRentan => "rentan",
    Lainnya => "lainnya",
    StafDesa => "staf",
    PekerjaKeagamaan => "keagamaan",
});

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

    /// The kinds a villages spreadsheet has a column for: the defaults, then the optional
    /// kinds of RULES.md §2 (a category of the user's own has no column).
    pub const IN_SPREADSHEET: [CategoryKind; 9] = {
        let mut out = [CategoryKind::StafDesa; 9];
        let mut i = 0;
        while i < Self::DEFAULTS.len() {
            out[i] = Self::DEFAULTS[i];
            i += 1;
        }
        out[8] = CategoryKind::PekerjaKeagamaan;
        out
    };

    /// Position of this kind among [`CategoryKind::IN_SPREADSHEET`], if it has a column.
    #[must_use]
    pub fn spreadsheet_index(self) -> Option<usize> {
        Self::IN_SPREADSHEET.iter().position(|&k| k == self)
    }

    /// The kinds a user can add, in the order offered: the defaults, the optional kinds of
    /// RULES.md §2, and last a category of their own.
    pub const ADDABLE: [CategoryKind; 10] = {
        let mut out = [CategoryKind::Lainnya; 10];
        let mut i = 0;
        while i < Self::DEFAULTS.len() {
            out[i] = Self::DEFAULTS[i];
            i += 1;
        }
        out[7] = CategoryKind::StafDesa;
        out[8] = CategoryKind::PekerjaKeagamaan;
        out
    };

    /// Kepala desa, sekretaris and perangkat: paid siltap, inside the 30 % rule (RULES.md §3).
    #[must_use]
    pub const fn is_official(self) -> bool {
        matches!(
            self,
            CategoryKind::KepalaDesa | CategoryKind::SekretarisDesa | CategoryKind::PerangkatDesa
        )
    }

    /// Default scheme and base: the siltap minimum of PP 11/2019, or the lowest BPU level,
    /// from the law as checked.
    #[must_use]
    pub fn default_scheme_and_base(self) -> (Scheme, Rupiah) {
        let law = Law::as_checked();
        match self {
            CategoryKind::KepalaDesa => (Scheme::Pu, law.amount(RateKey::SiltapKepalaDesa)),
            CategoryKind::SekretarisDesa => (Scheme::Pu, law.amount(RateKey::SiltapSekretarisDesa)),
            CategoryKind::PerangkatDesa => (Scheme::Pu, law.amount(RateKey::SiltapPerangkatDesa)),
            // RULES.md §2: the wage is the user's; Rp2,000,000 is the example (Pangkep 2025).
            CategoryKind::StafDesa => (Scheme::Pu, Rupiah::from_whole(2_000_000)),
            _ => (Scheme::Bpu, law.amount(RateKey::BpuMinIncome)),
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
}

/// Which category this is while the app runs, whatever its position: the view keys its
/// cards by it, so adding or removing one card never rebuilds the others.
///
/// Drawn from a counter, so no two categories made in one run share one (a clone keeps
/// its id). It is never written to a link or file and plays no part in equality: two
/// plans that say the same are equal, and `decode(encode(p)) == p` holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CategoryId(u32);

impl CategoryId {
    /// An id no other category of this run has.
    #[must_use]
    pub fn fresh() -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        CategoryId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

/// One group of village workers costed together.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Category {
    /// Identity in the running app only (see [`CategoryId`]).
    #[serde(skip, default = "CategoryId::fresh")]
    pub id: CategoryId,
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
            id: CategoryId::fresh(),
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

    /// Switches the scheme; a real switch resets the base to the kind's default for the new
    /// scheme, or that scheme's usual base (a BPU income or a PU wage are not comparable).
    pub fn switch_scheme(&mut self, scheme: Scheme) {
        if self.scheme == scheme {
            return;
        }
        self.scheme = scheme;
        let (default_scheme, default_base) = self.kind.default_scheme_and_base();
        self.base = if default_scheme == scheme {
            default_base
        } else if scheme == Scheme::Bpu {
            Rupiah::from_whole(1_000_000)
        } else {
            Rupiah::from_whole(2_022_200)
        };
    }

    /// True when JP is really costed: chosen and the scheme is PU (JP does not exist for BPU).
    #[must_use]
    pub fn has_jp(&self) -> bool {
        self.jp && self.scheme == Scheme::Pu
    }

    /// The programs this category pays for: JKK and JKM always, then JHT and JP when chosen.
    #[must_use]
    pub fn programs(&self) -> Vec<Program> {
        Program::ALL
            .into_iter()
            .filter(|p| match p {
                Program::Jkk | Program::Jkm => true,
                Program::Jht => self.jht,
                Program::Jp => self.has_jp(),
            })
            .collect()
    }
}

// Everything but the id: equality is about what the plan says (see `CategoryId`).
impl PartialEq for Category {
    fn eq(&self, other: &Self) -> bool {
        // Destructured so that a new field must be added here too.
        let Category {
            id: _,
            kind,
            name,
            insured,
            population,
            scheme,
            base,
            jht,
            jp,
            risk_class,
            funding,
            sector,
            account_code,
            oldest_age,
        } = self;
        *kind == other.kind
            && *name == other.name
            && *insured == other.insured
            && *population == other.population
            && *scheme == other.scheme
            && *base == other.base
            && *jht == other.jht
            && *jp == other.jp
            && *risk_class == other.risk_class
            && *funding == other.funding
            && *sector == other.sector
            && *account_code == other.account_code
            && *oldest_age == other.oldest_age
    }
}

impl Eq for Category {}

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
    fn optional_kinds_follow_rules_section_two_and_are_offered_before_lainnya() {
        let staf = Category::new(CategoryKind::StafDesa, 1);
        assert_eq!(
            (staf.scheme, staf.base),
            (Scheme::Pu, Rupiah::from_whole(2_000_000))
        );
        assert_eq!(staf.risk_class, RiskClass::I);
        let religious = Category::new(CategoryKind::PekerjaKeagamaan, 1);
        assert_eq!(
            (religious.scheme, religious.base),
            (Scheme::Bpu, Rupiah::from_whole(1_000_000))
        );
        assert!(!CategoryKind::StafDesa.is_official());
        // Every kind is offered once; the user's own kind comes last.
        assert_eq!(CategoryKind::ADDABLE.len(), CategoryKind::ALL.len());
        assert!(CategoryKind::ALL
            .iter()
            .all(|k| CategoryKind::ADDABLE.contains(k)));
        assert_eq!(CategoryKind::ADDABLE.last(), Some(&CategoryKind::Lainnya));
        // Link letters are positions in ALL: the first eight never move.
        assert_eq!(CategoryKind::Lainnya.index(), 7);
        assert_eq!(CategoryKind::StafDesa.index(), 8);
        assert_eq!(CategoryKind::PekerjaKeagamaan.index(), 9);
    }

    #[test]
    fn ids_are_unique_kept_by_clones_and_ignored_by_equality() {
        let a = Category::new(CategoryKind::Bpd, 3);
        let b = Category::new(CategoryKind::Bpd, 3);
        assert_ne!(a.id, b.id);
        assert_eq!(a, b);
        assert_eq!(a.clone().id, a.id);
        assert_ne!(
            a,
            Category {
                insured: 4,
                ..a.clone()
            }
        );
    }

    #[test]
    fn switching_scheme_resets_the_base_and_staying_keeps_it() {
        let mut c = Category::new(CategoryKind::Bpd, 1);
        c.base = Rupiah::from_whole(3_000_000);
        c.switch_scheme(Scheme::Bpu);
        assert_eq!(c.base, Rupiah::from_whole(3_000_000));
        c.switch_scheme(Scheme::Pu);
        assert_eq!(c.base, Rupiah::from_whole(2_022_200));
        c.switch_scheme(Scheme::Bpu);
        assert_eq!(c.base, Rupiah::from_whole(1_000_000));
        let mut kades = Category::new(CategoryKind::KepalaDesa, 1);
        kades.switch_scheme(Scheme::Bpu);
        kades.switch_scheme(Scheme::Pu);
        assert_eq!(kades.base, Rupiah::from_whole(2_426_640));
    }

    #[test]
    fn jp_is_never_costed_for_bpu() {
        let mut c = Category::new(CategoryKind::PekerjaRentan, 1);
        c.jp = true;
        assert!(!c.has_jp());
        assert_eq!(c.programs(), [Program::Jkk, Program::Jkm]);
    }

    #[test]
    fn programs_are_the_minimum_pair_then_the_chosen_ones_in_order() {
        let mut c = Category::new(CategoryKind::PerangkatDesa, 1);
        assert_eq!(c.programs(), [Program::Jkk, Program::Jkm]);
        c.jp = true;
        assert_eq!(c.programs(), [Program::Jkk, Program::Jkm, Program::Jp]);
        c.jht = true;
        assert_eq!(c.programs(), Program::ALL);
    }
}

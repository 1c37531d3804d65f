//! The names the user reads: of a kind of category, of a category, of its programs and
//! scheme, and of a funding source. One door for every name function.

use crate::calc::category::{Category, CategoryKind, FundingSource, Scheme};
use crate::report::lang::Lang;

/// The usual name of a kind of category.
#[must_use]
pub fn kind_name(lang: Lang, kind: CategoryKind) -> &'static str {
    let t = lang.names();
    match kind {
        CategoryKind::KepalaDesa => t.kind_kepala_desa,
        CategoryKind::SekretarisDesa => t.kind_sekretaris_desa,
        CategoryKind::PerangkatDesa => t.kind_perangkat_desa,
        CategoryKind::Bpd => t.kind_bpd,
        CategoryKind::RtRw => t.kind_rt_rw,
        CategoryKind::Kader => t.kind_kader,
        CategoryKind::PekerjaRentan => t.kind_pekerja_rentan,
        CategoryKind::Lainnya => t.kind_lainnya,
        CategoryKind::StafDesa => t.kind_staf_desa,
        CategoryKind::PekerjaKeagamaan => t.kind_pekerja_keagamaan,
    }
}

/// The name a category shows: the user's, or its kind's.
#[must_use]
pub fn category_name(lang: Lang, category: &Category) -> String {
    if category.name.trim().is_empty() {
        kind_name(lang, category.kind).to_string()
    } else {
        category.name.trim().to_string()
    }
}

/// The programs a category pays for, as its card and the printed sheet list them
/// ("JKK + JKM + JP").
#[must_use]
pub fn program_list(category: &Category) -> String {
    let abbrs: Vec<_> = category.programs().into_iter().map(|p| p.abbr()).collect();
    abbrs.join(" + ")
}

/// The scheme's short name, "PU" or "BPU".
#[must_use]
pub const fn scheme_abbr(scheme: Scheme) -> &'static str {
    match scheme {
        Scheme::Pu => "PU",
        Scheme::Bpu => "BPU",
    }
}

/// The scheme as the sheet's inputs table shows it: "PU, JKK II" (the class matters for
/// PU only) or "BPU".
#[must_use]
pub fn scheme_and_class(category: &Category) -> String {
    match category.scheme {
        Scheme::Pu => format!(
            "{}, JKK {}",
            scheme_abbr(Scheme::Pu),
            category.risk_class.roman()
        ),
        Scheme::Bpu => scheme_abbr(Scheme::Bpu).to_string(),
    }
}

/// The name of a funding source.
#[must_use]
pub fn source_name(lang: Lang, source: FundingSource) -> &'static str {
    let t = lang.names();
    match source {
        FundingSource::Add => t.source_add,
        FundingSource::DanaDesa => t.source_dana_desa,
        FundingSource::PaDes => t.source_pades,
        FundingSource::ApbdKabupaten => t.source_apbd_kabupaten,
        FundingSource::ApbdProvinsi => t.source_apbd_provinsi,
        FundingSource::Lainnya => t.source_lainnya,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_list_joins_the_programs_paid_for() {
        let mut c = Category::new(CategoryKind::KepalaDesa, 1);
        assert_eq!(program_list(&c), "JKK + JKM");
        c.jht = true;
        c.jp = true;
        assert_eq!(program_list(&c), "JKK + JKM + JHT + JP");
        c.switch_scheme(crate::calc::category::Scheme::Bpu);
        assert_eq!(program_list(&c), "JKK + JKM + JHT");
    }

    #[test]
    fn the_scheme_shows_its_class_for_pu_only() {
        let mut c = Category::new(CategoryKind::PerangkatDesa, 1);
        c.risk_class = crate::calc::rates::RiskClass::II;
        assert_eq!(scheme_and_class(&c), "PU, JKK II");
        c.switch_scheme(crate::calc::category::Scheme::Bpu);
        assert_eq!(scheme_and_class(&c), "BPU");
    }

    #[test]
    fn category_name_falls_back_to_the_kind() {
        let mut c = Category::new(CategoryKind::Bpd, 1);
        assert_eq!(category_name(Lang::Id, &c), "Anggota BPD");
        c.name = "  BPD Sukamaju ".into();
        assert_eq!(category_name(Lang::En, &c), "BPD Sukamaju");
    }
}

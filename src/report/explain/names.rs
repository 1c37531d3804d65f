//! The names the user reads for kinds of category and for a category.

use super::*;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_name_falls_back_to_the_kind() {
        let mut c = Category::new(CategoryKind::Bpd, 1);
        assert_eq!(category_name(Lang::Id, &c), "Anggota BPD");
        c.name = "  BPD Sukamaju ".into();
        assert_eq!(category_name(Lang::En, &c), "BPD Sukamaju");
    }
}

//! The names the user reads for kinds of category and for a category.

use super::*;

/// The usual name of a kind of category.
#[must_use]
pub fn kind_name(lang: Lang, kind: CategoryKind) -> &'static str {
    match kind {
        CategoryKind::KepalaDesa => lang.pick("Kepala desa", "Village head"),
        CategoryKind::SekretarisDesa => lang.pick("Sekretaris desa", "Village secretary"),
        CategoryKind::PerangkatDesa => lang.pick(
            "Perangkat desa (kaur, kasi, kadus)",
            "Village officials (kaur, kasi, kadus)",
        ),
        CategoryKind::Bpd => lang.pick("Anggota BPD", "BPD members"),
        CategoryKind::RtRw => lang.pick("Ketua RT / RW", "RT / RW heads"),
        CategoryKind::Kader => lang.pick(
            "Lembaga & kader (posyandu, PKK, LPM, linmas)",
            "Institutions & cadres (posyandu, PKK, LPM, linmas)",
        ),
        CategoryKind::PekerjaRentan => lang.pick(
            "Pekerja rentan (petani, nelayan, pedagang, ojek)",
            "Vulnerable workers (farmers, fishers, traders, ojek)",
        ),
        CategoryKind::Lainnya => lang.pick("Kategori lain", "Other category"),
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

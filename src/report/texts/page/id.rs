//! Bahasa Indonesia: the default language.

use super::{figures, Figures, Language, LaterTexts, Texts};
use crate::calc::capacity::CapacityError;
use crate::calc::caution::Caution;
use crate::calc::plan::{
    Plan, PlanError, INSURED_SINCE_YEARS, MAX_AGE, MAX_AMOUNT, MAX_CATEGORIES, MAX_CODE_CHARS,
    MAX_COUNT, MAX_DEATH_RATE_PER_MILLE, MAX_NAME_CHARS, YEARS,
};
use crate::codec::input::InputError;
use crate::codec::scenario_file::ImportProblemKind;
use crate::report::format::INDONESIAN;
use crate::report::lang::Lang;

/// The page in this language.
pub static LANGUAGE: Language = Language {
    texts: &TEXTS,
    input_error,
    plan_error,
    caution,
};

/// The first words of the name kept for the work a link replaced.
pub const BEFORE_LINK: &str = "Sebelum membuka tautan";

pub static TEXTS: Texts = Texts {
    title: "Kalkulator Iuran Jamsostek Desa",
    tagline: "Hitung iuran BPJS Ketenagakerjaan perangkat desa, BPD, RT/RW, kader dan pekerja rentan, bandingkan dengan ADD, dan lihat perlindungan yang dibelinya.",
    english_failed: "English belum dapat dimuat (koneksi terputus?). Tekan tombol English lagi untuk mencoba. (English could not be loaded.)",
    lang_toggle: "English",
    privacy: "Semua perhitungan berjalan di perangkat Anda. Tidak ada data yang dikirim; tidak perlu nama, NIK atau nomor peserta.",
    section_village: "1. Desa & anggaran",
    village_name: "Nama desa",
    village_placeholder: "mis. Sukamaju",
    pick_village: "Pilih desa dari daftar Kemendagri",
    place_line: |code, kec, kab, prov| {
        format!("Kode Kemendagri {code} · Kecamatan {kec} · {kab} · Provinsi {prov}")
    },
    budget_year: "Tahun anggaran",
    first_month: "Bulan pertama",
    months: "Jumlah bulan",
    months_hint: "Untuk kepesertaan yang mulai di tengah tahun (APBDes Perubahan).",
    add: "Alokasi Dana Desa (ADD) setahun",
    add_hint: "Contoh: 318.397.000 atau Rp318 juta",
    assumptions: "Asumsi yang dapat diubah",
    section_workers: "2. Pekerja",
    workers_hint: "Satu kartu untuk tiap kelompok. Hitung setiap orang sekali saja. Setiap peserta mendapat Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM). Penerima Upah (PU) membayar persen dari upah; Bukan Penerima Upah (BPU) membayar iuran tetap menurut penghasilan yang dilaporkan.",
    category_name: "Nama kategori",
    insured: "Jumlah yang didaftarkan (orang)",
    population: "Jumlah seluruhnya (opsional)",
    population_hint: "Untuk menghitung cakupan.",
    wage: "Upah / siltap per bulan",
    income: "Penghasilan yang dilaporkan per bulan",
    income_hint: |f| format!("Terendah {}. BPJS mendaftarkan BPU pada tingkat penghasilan tertentu; kantor cabang memastikan besarnya.", f.bpu_floor),
    account_code: "Kode rekening",
    remove: "Hapus",
    remove_confirm: |people| format!("Yakin hapus? {people} orang ikut terhapus"),
    add_category: "Tambah kategori",
    add_category_kind: "Jenis kategori baru",
    section_cost: "3. Biaya",
    per_month: "Per bulan",
    payer_share: "Ditanggung desa / pemberi dana",
    worker_share: "Dipotong dari pekerja",
    worker_share_hint: |f| format!("JHT {} dan JP {} dipotong dari siltap, bukan belanja tambahan.", f.jht_worker, f.jp_worker),
    by_category: "Per kategori",
    category: "Kategori",
    people: "Orang",
    per_person_month: "Per orang per bulan",
    by_program: "Per program",
    program: "Program",
    by_source: "Per sumber dana",
    source: "Sumber dana",
    total: "Jumlah",
    varies_note: "Biaya bulanan berubah di tengah masa (batas upah JP naik tiap Maret, atau keringanan PP 50/2025); angka per bulan adalah bulan pertama.",
    section_budget: "4. Dibanding ADD",
    charged_to_add: "Iuran dari ADD",
    add_share: "Bagian dari ADD",
    add_remaining: "Sisa ADD",
    add_missing: "Isi ADD di bagian 1 untuk melihat bagiannya.",
    chart_title: "Iuran yang dibebankan ke ADD dibanding ADD",
    premium_legend: "Iuran",
    remaining_legend: "Sisa ADD",
    thirty_title: |f| format!("Batas {} belanja untuk siltap dan tunjangan", f.thirty),
    thirty_within: |f| format!("Masih dalam batas {}.", f.thirty),
    thirty_over: |f| format!("Melebihi batas {}.", f.thirty),
    thirty_missing: "Isi total belanja APBDes untuk melihat pemeriksaan ini.",
    cautions: "Perhatian",
    example_note: "Contoh: angka di bawah dihitung dari rencana bawaan, belum dari isian Anda. Ubah jumlah orang di formulir untuk menghitung rencana desa Anda.",
    bar_from_add: "dari ADD",
    example: "Contoh · ",
    not_a_count: "Bukan angka. Tulis bilangan bulat, mis. 9.",
    count_placeholder: "mis. 9",
    removed: |name| format!("Kategori “{name}” dihapus, beserta jumlah orangnya."),
    undo: "Batalkan",
    name_cut: |max| format!("Hanya {max} huruf pertama yang disimpan dan masuk tautan; sisanya terpotong."),
    kept_value: |v| format!("Angka tetap dihitung dengan {v}, isian terakhir yang terbaca. Perbaiki isian di atas untuk mengubahnya."),
    kept_empty: "Isian ini belum dipakai dalam perhitungan sampai terbaca.",
    stale: "Ada isian yang belum benar (ditandai merah). Hasil di bawah masih dari isian benar terakhir.",
    plan_invalid: "Rencana belum dapat dihitung:",
    formula: "Rumus",
    legal_basis: "Dasar",
    show_formula: "Ketuk angka untuk melihat rumus dan dasar hukumnya.",
    rules_checked: |f| format!("Aturan dan tarif diperiksa per {}.", f.rules_checked),
    rules_after_check: |f| format!(
        "Bulan sesudahnya dihitung dengan aturan yang berlaku pada tanggal itu (batas upah JP {} sejak {}, larangan Dana Desa {}) sampai ada perubahan yang terbit.",
        f.jp_cap, f.jp_cap_since, f.dd_checked
    ),
    footer: "Tarif: PP 44/2015 jo. PP 49/2023, PP 45/2015, PP 46/2015, PP 50/2025. Angka adalah simulasi untuk perencanaan; besaran resmi ditetapkan BPJS Ketenagakerjaan.",
    sources_note: "Setiap asumsi ditandai ASUMSI dan dapat diubah.",
    rekap_link: "Rekap banyak desa untuk kecamatan dan DPMD →",
    import_ok: "Skenario diimpor.",
    import_failed: "Berkas tidak diimpor; tidak ada yang diubah. Masalah:",
    link_opened: "Skenario dibuka dari tautan.",
    link_broken: "Tautan tidak dapat dibuka (rusak, terpotong atau diubah). Rencana yang ada di perangkat ini tidak diubah.",
    storage_corrupt: "Data tersimpan di perangkat ini tidak dapat dibaca; data itu disisihkan sebagai cadangan (tidak dihapus) dan aplikasi mulai dari skenario bawaan.",
    dismiss: "Tutup",
    a_person_a_month: "per orang per bulan",
    setup_label: "Skema & program:",
    deferred_loading: "Memuat bagian ini…",
    deferred_failed: "Bagian ini belum dapat dimuat (sambungan terputus?). Perhitungan di atas tetap berjalan.",
    form_loading: "Memuat isian desa dan pekerja…",
    form_failed: "Isian desa dan pekerja belum dapat dimuat (sambungan terputus?). Hasil rencana ini tetap tampil.",
    formula_loading: "Memuat rumus…",
    deferred_retry: "Coba lagi",
    family_receives: "Yang diterima keluarga per peristiwa",
};

/// The texts of the later parts (read only by them, see `LaterTexts`).
pub static LATER: LaterTexts = LaterTexts {
    optional: "opsional",
    section_protection: "5. Perlindungan",
    people_protected: "Orang terlindungi",
    coverage: "Cakupan",
    unprotected: "belum terlindungi",
    event: "Peristiwa",
    benefit: "Manfaat",
    jkm_death: "Meninggal bukan karena kerja (JKM)",
    jkk_death: "Meninggal karena kecelakaan kerja (JKK)",
    disability: "Cacat total tetap (JKK)",
    temporary: "Tidak mampu bekerja sementara (JKK)",
    medical: "Perawatan kecelakaan kerja",
    medical_value: "Tanpa batas biaya, sesuai kebutuhan medis",
    scholarship: |f| format!("Beasiswa {} anak", f.children),
    scholarship_note: |f| format!("batas atas, dibayar per tahun ajaran; JKM perlu masa iuran {} tahun", f.jkm_years),
    group_title: "Untuk seluruh kelompok",
    sum_assured: "Santunan kematian seluruh peserta (JKM)",
    expected_deaths: "Perkiraan peserta meninggal per tahun",
    expected_payout: "Perkiraan santunan dibayar per tahun",
    chance_year: "Peluang minimal satu keluarga menerima santunan tahun ini",
    chance_term: |f| format!("Peluang selama masa jabatan kepala desa ({} tahun)", f.term_years),
    payout_ratio: "Perkiraan santunan yang dibayar untuk tiap Rp1 iuran JKK + JKM",
    jht_is_savings: "JHT adalah tabungan (iuran + hasil pengembangan), bukan asuransi; tidak dihitung sebagai perlindungan.",
    share_message: |village, year, total, share, link| {
        let village = if village.is_empty() { String::new() } else { format!(" Desa {village}") };
        let share = share.map(|s| format!(" ({s} ADD)")).unwrap_or_default();
        format!("Simulasi iuran BPJS Ketenagakerjaan{village} {year}: {total}{share} — buka: {link}")
    },
    points: "poin persen",
    per_year: "per tahun",
    payment_title: "Waktu pembayaran",
    payment_pu: "PU: dibayar paling lambat tanggal 15 bulan berikutnya; denda 2 % per bulan keterlambatan.",
    payment_bpu: "BPU: dibayar paling lambat tanggal 15 bulan berjalan; tanpa denda, tetapi perlindungan berhenti setelah 3 bulan tidak dibayar. Bisa dibayar di muka 3, 6 atau 12 bulan.",
    section_documents: "6. Dokumen APBDes",
    rab_title: "Baris anggaran (RAB) per sumber dana",
    rab_code: "Kode rekening",
    rab_description: "Uraian",
    rab_volume: "Volume",
    rab_unit_price: "Harga satuan (per orang per bulan)",
    rab_amount: "Jumlah",
    subtotal: "Subtotal",
    grand_total: "Jumlah seluruhnya",
    in_words: "Terbilang",
    varies_line: "Iuran per bulan berubah di tengah masa; jumlah adalah penjumlahan tiap bulan.",
    worker_share_line: "Bagian pekerja, dipotong dari penghasilan (bukan belanja desa)",
    rab_empty: "Belum ada peserta yang dibiayai.",
    print_button: "Cetak lembar simulasi",
    csv_rab: "Unduh RAB (CSV)",
    csv_categories: "Unduh hasil per kategori (CSV)",
    share_rab: "Bagikan RAB (CSV)",
    share_categories: "Bagikan hasil per kategori (CSV)",
    share_sheet: "Bagikan lembar cetak (HTML)",
    csv_note: "Berkas CSV memakai titik koma dan UTF-8: langsung terbuka benar di Excel, LibreOffice dan Google Sheets berbahasa Indonesia.",
    sheet_title: "Lembar Simulasi Iuran Jaminan Sosial Ketenagakerjaan Desa",
    sheet_village: "Desa",
    sheet_period: "Masa iuran",
    sheet_printed: "Dicetak",
    sheet_inputs: "Isian per kategori",
    sheet_base: "Dasar iuran per bulan",
    sheet_summary: "Ringkasan biaya",
    sheet_coverage: "Yang dibeli iuran ini",
    sheet_rates: "Tarif yang berlaku dan dasar hukumnya",
    sheet_assumptions: "Asumsi yang memengaruhi angka",
    sheet_link: "Pindai atau buka tautan ini untuk membuka kembali simulasi yang sama:",
    sign_kades: "Kepala Desa",
    sign_sekdes: "Sekretaris Desa",
    sign_kaur: "Kaur Keuangan",
    sign_name: "(nama terang dan tanda tangan)",
    section_scenarios: "Skenario",
    presets_title: "Mulai dari program nyata",
    preset_label: "Program",
    preset_sources: "Sumber dan catatan program ini",
    preset_apply: "Pakai program ini",
    observed_title: "Angka di sumber dan angka kalkulator",
    observed_columns: ["Iuran", "Menurut sumber", "Dihitung kalkulator"],
    observed_person_month: |name| format!("{name}, per orang sebulan"),
    observed_total: |period| format!("Seluruh program, {period}"),
    observed_why: "Angka dapat berbeda karena sumber tidak menyebut dasar upah atau penghasilan; kalkulator memakai aturan dan isian di atas dan tidak menyesuaikan hitungan dengan angka sumber.",
    share_title: "Bagikan tautan",
    share_note: "Tautan hanya berisi jumlah orang, nominal dan pilihan — tidak pernah nama orang, NIK atau nomor peserta.",
    share_link_label: "Tautan skenario ini",
    copy: "Salin tautan",
    whatsapp: "Kirim lewat WhatsApp",
    saved_title: "Tersimpan di perangkat ini",
    autosave_note: "Isian sekarang disimpan otomatis di perangkat ini dan dipulihkan saat halaman dibuka lagi.",
    scenario_name: "Nama skenario",
    save: "Simpan skenario",
    open: "Buka",
    rename: "Ganti nama",
    duplicate: "Gandakan",
    delete: "Hapus",
    no_saved: "Belum ada skenario tersimpan.",
    unnamed_scenario: "Skenario",
    before_link: BEFORE_LINK,
    compare_title: "Bandingkan skenario",
    compare_hint: "Centang 2 sampai 4 skenario (termasuk isian sekarang dan program nyata). Selisih dihitung terhadap kolom pertama.",
    compare_current: "Isian sekarang",
    difference: "selisih",
    file_title: "Berkas skenario (JSON)",
    export_json: "Ekspor JSON",
    import_json: "Impor JSON",
    copied: "Tautan disalin",
    copy_failed: "Tidak dapat menyalin: salin dari kotak di atas",
    capacity_title: "Berapa orang yang dapat dilindungi?",
    capacity_hint: "Beri batas anggaran: sebagai jumlah rupiah atau persen dari ADD. Dihitung berapa orang lagi yang muat, bulan demi bulan dengan semua aturan.",
    capacity_mode: "Batas sebagai",
    capacity_mode_amount: "Jumlah rupiah",
    capacity_mode_share: "Persen dari ADD",
    capacity_ceiling_amount: "Batas anggaran (Rp)",
    capacity_ceiling_share: "Batas (% dari ADD)",
    capacity_ceiling_hint: "Contoh: 20.160.000 atau Rp20 juta. Untuk persen, pilih \"Persen dari ADD\" di atas. Yang dibandingkan: bagian desa / pemberi dana seluruh rencana.",
    capacity_ceiling_share_hint: "Contoh: 5 % atau 2,5. Yang dibandingkan: bagian desa / pemberi dana seluruh rencana terhadap ADD.",
    capacity_percent_in_amount: "Tanda % berarti persen dari ADD: pilih \"Persen dari ADD\" pada \"Batas sebagai\", lalu ketik angkanya lagi.",
    capacity_added: |added, after, all| {
        let (n, m, t) = (INDONESIAN.count(added.unsigned_abs()), INDONESIAN.count(after.into()), INDONESIAN.count(all.into()));
        match added {
            1.. => format!("Dapat ditambah {n} orang, menjadi {m}; seluruhnya {t} orang."),
            0 => format!("Tidak ada yang dapat ditambah: tetap {m}; seluruhnya {t} orang."),
            _ => format!("Perlu dikurangi {n} orang, menjadi {m}; seluruhnya {t} orang."),
        }
    },
    capacity_grow: "Kategori yang ditambah",
    capacity_grow_all: "Semua kategori BPU, menurut perbandingan sekarang",
    capacity_prompt: "Isi batas untuk melihat berapa orang yang muat.",
    capacity_people: "Jumlah orang di kategori yang ditambah, sesudahnya",
    capacity_cost: "Biaya rencana",
    capacity_left: "Sisa batas",
    capacity_next: "Satu orang lagi memerlukan",
    capacity_apply: "Masukkan ke rencana",
    a_month_unit: "bulan",
    compare_cost: |period| format!("Biaya {period}"),
    compare_payout: "Perkiraan santunan per tahun",
    protection_headline: |each, months, jkm| {
        format!("Rata-rata {each} per orang (iuran tiap kategori berbeda, lihat kartunya) untuk {months} bulan melindungi satu keluarga dengan santunan {jkm} bila peserta meninggal.")
    },
    printed_at: |d, month, y, h, min| format!("{d} {month} {y}, pukul {h:02}.{min:02}"),
    sheet_unit_price: "Harga satuan",
    sheet_coverage_text: |c| {
        format!(
            "{} orang terlindungi. Bila peserta meninggal bukan karena kerja, keluarganya menerima {}; karena kecelakaan kerja sedikitnya {}. Beasiswa sampai {} untuk {} anak, dibayar per tahun ajaran. Perkiraan: {} peserta meninggal per tahun, santunan {} per tahun; peluang minimal satu keluarga menerima santunan tahun ini {}, selama {} tahun {}.",
            c.people, c.jkm, c.jkk, c.scholarship, c.children, c.deaths, c.payout, c.year, c.term_years, c.term
        )
    },
    sheet_rounding: "Pembulatan tiap program per orang per bulan ke rupiah terdekat (tidak ada aturan resmi); pada JHT dan JP bagian desa dan bagian pekerja masing-masing dibulatkan sendiri.",
    sheet_death_rate: |rate| format!("Angka kematian {rate} per 1.000 per tahun (Tanah Bumbu 2023)."),
    sheet_thirty_officials: |f| {
        format!("Bagian desa atas iuran kepala desa dan perangkat dihitung di dalam batas {}.", f.thirty)
    },
    oldest_age: "Usia anggota tertua (opsional)",
    oldest_age_hint: "Untuk peringatan usia JP dan batas usia peserta BPU baru.",
    scheme: "Skema",
    scheme_pu: "PU – penerima upah (persen dari upah)",
    scheme_bpu: "BPU – bukan penerima upah (penghasilan dilaporkan)",
    programs: "Program",
    jkk_jkm_always: "JKK + JKM (selalu)",
    jht: "JHT (Jaminan Hari Tua)",
    jp: "JP (Jaminan Pensiun)",
    risk_class: "Kelas risiko JKK",
    funding: "Sumber dana",
    funding_hint: "Dana APBD kabupaten/provinsi yang disalurkan lewat ADD atau bantuan keuangan: pilih APBD (ASUMSI), karena iuran dari APBD tidak mendapat keringanan PP 50/2025.",
    sector: "Sektor",
    sector_transport: "Transportasi (ojek, sopir, kurir)",
    sector_other: "Lainnya",
    death_rate: "Angka kematian per 1.000 peserta per tahun",
    death_rate_hint: |f| format!("Bawaan {} (Tanah Bumbu 2023). Program desa lain: 2,2–4,4.", f.default_death_rate),
    adjustment: |f| format!("Hitung dengan keringanan {} iuran BPU ({})", f.relief, f.relief_rule),
    adjustment_hint: "Belum pasti berlaku untuk iuran yang dibayar dari APBDes. Bawaan: tarif penuh, agar anggaran tidak kurang; penghematan yang mungkin ditampilkan terpisah.",
    insured_since: "Tahun mulai terdaftar (opsional)",
    insured_since_hint: |f| format!("Tahun pekerja desa pertama kali didaftarkan; untuk aturan beasiswa JKM (masa iuran {} tahun).", f.jkm_years),
    belanja: "Total belanja APBDes (opsional)",
    belanja_hint: |f| format!("Untuk pemeriksaan batas {} (PP 11/2019 Pasal 100).", f.thirty),
    bengkok: "Belanja yang didanai tanah bengkok (opsional)",
    siltap: "Siltap & tunjangan kepala desa, perangkat, BPD yang sudah dianggarkan (opsional)",
    capacity_error,
    import_problem,
};

pub fn input_error(error: &InputError) -> String {
    match error {
        InputError::Empty => "Wajib diisi.".into(),
        InputError::NotANumber => "Bukan angka. Contoh: 2.426.640 atau Rp2,5 juta.".into(),
        InputError::Negative => "Tidak boleh negatif.".into(),
        InputError::TooManyDecimals => {
            "Paling banyak dua angka di belakang koma (koma untuk desimal, titik untuk ribuan)."
                .into()
        }
        InputError::TooLarge { max } => {
            format!("Terlalu besar: paling banyak {}.", INDONESIAN.rupiah(*max))
        }
        InputError::NotWholeCount => "Harus bilangan bulat (jumlah orang).".into(),
        InputError::CountTooLarge { max } => format!(
            "Terlalu besar: paling banyak {} orang.",
            INDONESIAN.count(u64::from(*max))
        ),
        InputError::OutOfRange { min, max } => {
            format!(
                "Harus antara {} dan {}.",
                INDONESIAN.number(*min, 2),
                INDONESIAN.number(*max, 2)
            )
        }
    }
}

pub fn plan_error(error: &PlanError) -> String {
    match error {
        PlanError::YearOutOfRange => {
            format!("Tahun anggaran di luar {}–{}.", YEARS.start(), YEARS.end())
        }
        PlanError::InvalidPeriod => "Bulan yang dianggarkan melewati Desember.".into(),
        PlanError::DeathRateOutOfRange => {
            format!(
                "Angka kematian harus antara 0 dan {0} per {0}.",
                INDONESIAN.number(MAX_DEATH_RATE_PER_MILLE, 0)
            )
        }
        PlanError::AmountOutOfRange { .. } => {
            format!(
                "Ada jumlah uang negatif atau di atas {}.",
                INDONESIAN.short_rupiah(MAX_AMOUNT)
            )
        }
        PlanError::CountOutOfRange { .. } => format!(
            "Ada jumlah orang di atas {}.",
            INDONESIAN.count(u64::from(MAX_COUNT))
        ),
        PlanError::TooManyCategories => {
            format!("Terlalu banyak kategori (paling banyak {MAX_CATEGORIES}).")
        }
        PlanError::NameTooLong { .. } => {
            format!("Nama terlalu panjang (paling banyak {MAX_NAME_CHARS} huruf).")
        }
        PlanError::CodeTooLong { .. } => {
            format!("Kode rekening terlalu panjang (paling banyak {MAX_CODE_CHARS} huruf).")
        }
        PlanError::AgeOutOfRange { .. } => format!("Usia paling tinggi {MAX_AGE} tahun."),
        PlanError::InsuredSinceOutOfRange => format!(
            "Tahun mulai terdaftar harus antara {} dan {}.",
            INSURED_SINCE_YEARS.start(),
            INSURED_SINCE_YEARS.end()
        ),
        PlanError::PlaceInvalid => "Kode atau nama desa terpilih tidak terbaca.".into(),
    }
}

/// "Aturan Dana Desa 2027 belum terbit; larangan 2026 dipakai sebagai acuan. " when the
/// rules of an earlier year stand in for `year`, else nothing.
fn stand_in(f: &Figures, year: i32) -> String {
    if f.dd_rules_year < year {
        format!(
            "Aturan Dana Desa {year} belum terbit; larangan {} dipakai sebagai acuan. ",
            f.dd_rules_year
        )
    } else {
        String::new()
    }
}

pub fn caution(
    caution: &Caution,
    name: &dyn Fn(usize) -> String,
    plan: &Plan,
    law: &crate::calc::law::Law,
) -> String {
    let l = Lang::Id;
    let year = plan.period.year;
    let f = figures(Lang::Id, law);
    match caution {
        Caution::RatesBeforeTable { from } => format!(
            "Tabel tarif dimulai {} {}; bulan sebelumnya dihitung dengan tarif paling awal yang tercatat. Periksa tarif yang berlaku saat itu.",
            l.month_name(from.month),
            from.year
        ),
        Caution::JpCapSecondarySource => format!(
            "Batas upah JP {} (mulai {}; {}) baru tercatat dari sumber sekunder, belum dari naskah resminya; pastikan ke BPJS Ketenagakerjaan.",
            f.jp_cap, f.jp_cap_since, f.jp_cap_basis
        ),
        Caution::JpCapNotPublished { from } => format!(
            "JP: batas upah mulai {} {} belum diterbitkan; bulan sejak itu dihitung dengan batas terakhir {}. Perbarui setelah BPJS Ketenagakerjaan mengumumkannya.",
            l.month_name(from.month), from.year, f.jp_cap
        ),
        Caution::DanaDesaUsed => format!(
            "Dana Desa: {}{} membolehkan Dana Desa untuk jaminan sosial ketenagakerjaan khususnya pekerja Padat Karya Tunai Desa (PKTD); untuk pekerja rentan, RT/RW dan kader lain tidak dilarang tetapi juga tidak disebut. Pastikan ke DPMD.",
            stand_in(&f, year),
            f.dd_basis
        ),
        Caution::DanaDesaProhibited { category } => format!(
            "{}: {}Dana Desa tidak boleh dipakai untuk iuran jaminan sosial ketenagakerjaan kepala desa, perangkat desa dan anggota BPD pada {} ({}). Anggarkan dari ADD atau PADes.",
            name(*category), stand_in(&f, year), f.dd_rules_year, f.dd_basis
        ),
        Caution::DanaDesaContext => {
            let c = &f.dd_context;
            format!(
                "Konteks Dana Desa (bukan aturan iuran): menurut {}, {} Dana Desa {} setiap desa ({} secara nasional) membayar angsuran Koperasi Desa Merah Putih (KDMP), sehingga Dana Desa reguler tinggal {}; operasional pemerintah desa paling banyak {} dari bagian reguler, dan jaminan sosial ketenagakerjaan tidak termasuk prioritas yang disebut.",
                c.basis, c.kdmp_share, c.year, c.kdmp_total, c.regular_total, c.operations_cap
            )
        }
        Caution::DanaDesaRulesUnchecked { year } => format!(
            "Dana Desa {year}: aturan penggunaan Dana Desa untuk tahun ini belum diperiksa oleh kalkulator ini (yang diperiksa: aturan {}). Pastikan ke DPMD apakah iuran boleh dibayar dari Dana Desa.",
            f.dd_checked
        ),
        Caution::ExceedsAdd { over } => format!("Iuran yang dibebankan ke ADD melebihi ADD sebesar {}.", INDONESIAN.rupiah(*over)),
        Caution::ThirtyPercentExceeded => format!("Siltap, tunjangan dan iuran aparatur melebihi {} belanja desa (PP 11/2019 Pasal 100).", f.thirty),
        Caution::JpAge { category, pension_age } => format!(
            "{}: JP hanya menerima peserta yang belum berusia {pension_age} tahun (usia pensiun {year}) saat mendaftar, dan pensiun bulanan perlu masa iuran paling sedikit {} tahun; yang mencapai usia pensiun dengan masa iuran kurang hanya menerima iurannya kembali sekaligus. Isi usia anggota tertua di kartu kategori untuk memeriksa.",
            name(*category), f.jp_years
        ),
        Caution::JpAbovePensionAge { category, age, pension_age } => format!(
            "{}: anggota tertua berusia {age} tahun, sudah mencapai usia pensiun {pension_age} tahun, jadi JP tidak menerimanya. Hapus JP untuk kategori ini atau pisahkan yang lebih muda.",
            name(*category)
        ),
        Caution::JpLumpSumOnly { category, age, pension_age } => format!(
            "{}: anggota tertua ({age} tahun) mencapai usia pensiun {pension_age} tahun sebelum {} tahun masa iuran, jadi tidak mendapat pensiun bulanan, hanya iurannya kembali sekaligus. Pertimbangkan JHT saja untuk yang lebih tua.",
            name(*category), f.jp_years
        ),
        Caution::BpuBelowLowestLevel { category } => format!(
            "{}: penghasilan di bawah {} didaftarkan pada tingkat terendah; dihitung {}.",
            name(*category), f.bpu_floor, f.bpu_floor
        ),
        Caution::BpuLevelToConfirm { category } => format!(
            "{}: BPJS mendaftarkan BPU pada tingkat penghasilan tertentu; kantor cabang memastikan besarnya iuran.",
            name(*category)
        ),
        Caution::InsuredAbovePopulation { category } => {
            format!("{}: jumlah yang didaftarkan lebih besar dari jumlah seluruhnya.", name(*category))
        }
        Caution::AdjustmentPossible { saving } => format!(
            "Keringanan {} ({} JKK + JKM BPU) dapat menghemat sampai {} bila berlaku untuk iuran dari APBDes. Anggaran dihitung dengan tarif penuh.",
            f.relief_rule,
            f.relief,
            INDONESIAN.rupiah(*saving)
        ),
        Caution::AdjustmentApplied { saving } => format!(
            "Dihitung dengan keringanan {}: hemat {}. Belum pasti berlaku untuk iuran dari APBDes.",
            f.relief_rule,
            INDONESIAN.rupiah(*saving)
        ),
        Caution::BpuAboveEntryAge { category, age, limit } => format!(
            "{}: anggota tertua berusia {age} tahun; kantor cabang BPJS dapat menolak peserta BPU baru berusia {limit} tahun ke atas. Tanyakan ke kantor cabang sebelum mendaftarkan mereka.",
            name(*category)
        ),
        Caution::BpuAgeNotGiven { limit } => format!(
            "BPU: kantor cabang BPJS dapat menetapkan batas usia peserta baru (mis. {limit} tahun). Isi usia anggota tertua di kartu kategori untuk memeriksa."
        ),
        Caution::ScholarshipNeedsThreeYears { years } => format!(
            "Beasiswa karena kematian biasa (JKM) perlu masa iuran {years} tahun: program baru belum memberi beasiswa JKM pada {years} tahun pertama (karena kecelakaan kerja tidak perlu masa iuran). Isi tahun mulai terdaftar untuk memeriksa."
        ),
        Caution::ScholarshipNotYet { from_year, years } => format!(
            "Beasiswa JKM: dengan masa iuran {years} tahun, kematian biasa baru memberi beasiswa mulai {from_year}. Kematian karena kecelakaan kerja tetap memberi beasiswa."
        ),
        Caution::CountEachPersonOnce { first, second } => format!(
            "Hitung setiap orang sekali: bila orang yang sama tercatat di kartu {} dan juga di kartu {} (mis. kepala desa yang juga menjadi kader), ia terdaftar dua kali dan keduanya dibayar (Klaten 2024: 2 × Rp42 juta), padahal dari APBDes yang sama itu hanya membeli santunan kedua. Daftarkan sekali, kecuali disengaja.",
            name(*first), name(*second)
        ),
    }
}

pub fn capacity_error(
    error: &CapacityError,
    months: u8,
    plan: &dyn Fn(&PlanError) -> String,
) -> String {
    let l = Lang::Id;
    let period = l.period_phrase(months);
    match error {
        CapacityError::Plan(e) => format!("Rencana belum dapat dihitung: {}", plan(e)),
        CapacityError::NoAdd => {
            "Isi Alokasi Dana Desa (ADD) di bagian 1 untuk memakai batas persen dari ADD.".into()
        }
        CapacityError::NoCategory => "Tidak ada kategori yang dapat ditambah: tambahkan kategori pekerja rentan atau kategori BPU lain, atau pilih kategori yang ada.".into(),
        CapacityError::FixedAboveCeiling { fixed, ceiling } => format!(
            "Kategori yang tidak ditambah saja sudah memerlukan {} untuk {period}, di atas batas {}. Naikkan batas atau kurangi kategori lain.",
            l.rupiah(*fixed),
            l.rupiah(*ceiling)
        ),
        CapacityError::TooSmallForOne { per_person, left } => format!(
            "Batas ini tidak cukup untuk satu orang: satu orang memerlukan {} untuk {period}, sisa batas hanya {}.",
            l.rupiah(*per_person),
            l.rupiah(*left)
        ),
    }
}

/// One problem of an imported scenario file; `plan` words a plan error, `count` a count.
pub fn import_problem(
    kind: &ImportProblemKind,
    plan: &dyn Fn(&PlanError) -> String,
    count: &dyn Fn(usize) -> String,
) -> String {
    use ImportProblemKind as K;
    match kind {
        K::InvalidJson { line, column } => {
            format!("bukan JSON yang sah, baris {line}, kolom {column}")
        }
        K::FileTooLarge => "berkas terlalu besar".into(),
        K::Missing => "wajib diisi".into(),
        K::WrongType => "jenis isian salah".into(),
        K::NotANumber => "bukan angka".into(),
        K::Negative => "tidak boleh negatif".into(),
        K::TooLarge => "terlalu besar".into(),
        K::TooManyDecimals => "terlalu banyak angka desimal".into(),
        K::NotWhole => "harus bilangan bulat".into(),
        K::OutOfRange { min, max } => format!("harus di antara {min}–{max}"),
        K::TooLong { max } => format!("terlalu panjang, paling banyak {max}"),
        K::UnknownValue { allowed } => format!("harus salah satu dari {}", allowed.join(", ")),
        K::UnsupportedVersion => "versi berkas tidak dikenal".into(),
        K::NotADesaCode => "bukan kode desa Kemendagri (mis. 15.08.02.2003)".into(),
        K::TooManyCategories => "terlalu banyak kategori".into(),
        K::Invalid(e) => plan(e),
        K::More { count: n } => format!("dan {} masalah lain", count(*n)),
    }
}

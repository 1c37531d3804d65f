//! Bahasa Indonesia: the default language.

use super::{FormulaTexts, NameTexts, RekapCsvTexts};

/// Names of kinds and funding sources, Indonesian.
pub static NAMES: NameTexts = NameTexts {
    kind_kepala_desa: "Kepala desa",
    kind_sekretaris_desa: "Sekretaris desa",
    kind_perangkat_desa: "Perangkat desa (kaur, kasi, kadus)",
    kind_bpd: "Anggota BPD",
    kind_rt_rw: "Ketua RT / RW",
    kind_kader: "Lembaga & kader (posyandu, PKK, LPM, linmas)",
    kind_pekerja_rentan: "Pekerja rentan (petani, nelayan, pedagang, ojek)",
    kind_lainnya: "Kategori lain",
    kind_staf_desa: "Staf desa (bukan perangkat)",
    kind_pekerja_keagamaan: "Pekerja keagamaan (marbot, guru ngaji)",
    source_add: "ADD (Alokasi Dana Desa)",
    source_dana_desa: "Dana Desa",
    source_pades: "PADes / pendapatan lain desa",
    source_apbd_kabupaten: "APBD kabupaten/kota",
    source_apbd_provinsi: "APBD provinsi",
    source_lainnya: "Lainnya (CSR, donatur)",
};

/// The formula, RAB and CSV words in Indonesian.
pub static ID: FormulaTexts = FormulaTexts {


    people: "orang",
    months: "bulan",
    risk_class: "kelas risiko",
    class: "kelas",
    village_part: "desa",
    worker_part: "pekerja",
    jp_base: "dasar JP",
    wage_cap: "batas upah",
    of_wage: "dari upah",
    of_income_level: "dari tingkat penghasilan",
    lowest: "terendah",
    a_month: "per bulan",
    a_year: "per tahun",
    per_mille: "per 1.000",
    jkm_flat: "tetap per orang per bulan",
    jp_not_bpu: "JP tidak ada untuk BPU",
    limit: "batas",
    other_categories: "kategori lain",
    one_more_person: "satu orang lagi",
    insurance_premium: "iuran JKK + JKM",
    jkm_death_benefit: "Santunan kematian JKM",
    relief_applied: |share| format!("Keringanan {share} JKK + JKM BPU (diterapkan)"),

    enter_add: "Isi ADD untuk melihat bagiannya.",
    enter_spending: "Isi total belanja APBDes untuk melihat pemeriksaan ini.",
    enter_population: "Isi jumlah seluruh orang pada kategori untuk melihat cakupan.",

    rounding: "Pembulatan: tiap program per orang per bulan ke rupiah terdekat (ASUMSI, tidak ada aturan resmi); pada program yang dibagi (JHT, JP) bagian pemberi kerja dan bagian pekerja masing-masing dibulatkan sendiri, seperti potongan pada slip gaji.",
    bpu_levels: |floor| {
        format!(". BPU didaftarkan pada tingkat penghasilan tertentu; penghasilan di bawah {floor} dihitung pada tingkat terendah.")
    },
    jp_unpublished: |month, year, since, since_year, cap| {
        format!("Batas upah JP mulai {month} {year} belum diterbitkan; bulan sejak itu dihitung dengan batas yang berlaku sejak {since} {since_year}, {cap}.")
    },
    period_sum: "Biaya suatu masa adalah jumlah biaya tiap bulannya, masing-masing dengan tarif yang berlaku pada bulan itu.",
    first_month: "Bulan pertama yang dianggarkan; setiap orang dihitung dengan iuran yang sudah dibulatkan.",

    total_monthly: "Jumlah iuran semua kategori pada bulan pertama yang dianggarkan: bagian desa/pemberi dana ditambah bagian pekerja.",
    total_period: "Jumlah iuran semua bulan yang dianggarkan dalam tahun anggaran (biaya suatu masa adalah jumlah iuran tiap bulannya).",
    worker_share: |jht, jp| {
        format!("JHT {jht} (PP 46/2015) dan JP {jp} (PP 45/2015) ditanggung pekerja, dipotong dari siltap.")
    },
    payer_share: |jht, jp| {
        format!("JKK dan JKM seluruhnya, JHT {jht} dan JP {jp} ditanggung pemberi kerja (desa atau pemberi dana); BPU seluruhnya oleh pemberi dana.")
    },
    both_parts: "Bagian pemberi kerja ditambah bagian pekerja.",
    source_share: "Bagian pemberi kerja dari kategori yang dibayar dari sumber dana ini; bagian pekerja dipotong dari penghasilan dan bukan belanja.",

    add_basis: "ADD: UU 6/2014 Pasal 72 ayat (4). Iuran aparatur sebagai belanja pegawai dari ADD: Permendagri 20/2018 (jenis belanja 5.1.3); Surat Mendagri 140/18840/SJ 2017.",
    thirty_percent: |limit, jht, jp| {
        format!("PP 11/2019 Pasal 100: siltap dan tunjangan kepala desa, perangkat, serta tunjangan operasional BPD paling banyak {limit} dari belanja desa di luar yang didanai tanah bengkok. ASUMSI: bagian desa atas iuran kepala desa dan perangkat dihitung di dalamnya; bagian pekerja (JHT {jht}, JP {jp}) dipotong dari siltap dan tidak dihitung lagi.")
    },
    rab_line: "Harga satuan: bagian pemberi kerja per orang per bulan pada bulan pertama; jumlah: bagian pemberi kerja selama masa, jumlah tiap bulannya.",
    rab_sum: |jht, jp| {
        format!("Jumlah baris anggaran; bagian pekerja (JHT {jht}, JP {jp}) tidak termasuk karena dipotong dari penghasilan.")
    },
    capacity: "Yang dibandingkan dengan batas adalah bagian pemberi kerja seluruh rencana selama bulan yang dianggarkan, tiap orang dihitung bulan demi bulan dengan semua aturan; jumlah orang adalah bilangan bulat terbesar yang biayanya tidak melebihi batas.",

    counts_once: "Setiap orang dihitung sekali: orang yang sudah terdaftar sebagai PU di tempat lain tidak didaftarkan dua kali.",
    coverage: "Hanya kategori yang jumlah seluruhnya diisi.",
    death_rate: |rate, jkm| {
        format!("ASUMSI yang dapat diubah: angka kematian {rate} per 1.000 per tahun (Tanah Bumbu 2023: 52 meninggal dari 14.400 pekerja rentan; program desa lain 2,2–4,4). Dinilai dengan santunan JKM {jkm}, batas bawah: kematian karena kecelakaan kerja membayar lebih.")
    },
    term: |years| format!(" Masa jabatan kepala desa {years} tahun (UU 3/2024)."),
    comparisons: " Pembanding nyata: Bulukumba 2024 membayar Rp1,077 miliar atas iuran Rp890 juta (1,21); Sijunjung (APBD, Maret 2022–Juli 2025) membayar Rp5,8 miliar atas iuran Rp5,4 miliar (1,07); Tanah Bumbu 2023 sekitar 0,90 (iuran diturunkan, bukan dari sumber).",
    jkm_benefit: "Santunan sekaligus + santunan berkala (dibayar sekaligus) + biaya pemakaman; tanpa masa tunggu. PP 44/2015 jo. PP 82/2019.",
    jkk_death: |months, minimum| {
        format!("Kematian karena kecelakaan kerja: {months} × upah (BPU: penghasilan yang dilaporkan), paling sedikit {minimum}, + santunan berkala + biaya pemakaman. PP 44/2015 Lampiran III jo. PP 82/2019.")
    },
    temporary: |first_share, wage, first, months, after_share, after| {
        format!("{first_share} × {wage} = {first} per bulan selama {months} bulan pertama; sesudahnya {after_share} × {wage} = {after} per bulan sampai sembuh")
    },
    scholarship: |max_age, jkm_years| {
        format!("Batas atas, dibayar per tahun ajaran sesuai jenjang sampai anak berusia {max_age} tahun, menikah atau bekerja; bukan uang sekaligus. Kematian biasa (JKM) perlu masa iuran {jkm_years} tahun; kematian atau cacat total karena kecelakaan kerja tanpa masa minimum. PP 82/2019; Permenaker 5/2021.")
    },
    sum_assured: "Santunan JKM per keluarga (PP 44/2015 jo. PP 82/2019) dikali jumlah peserta: uang pertanggungan bila semua meninggal, bukan perkiraan.",

    rab_no_code: "(isi kode rekening)",
    prohibited: |year, rules_year, basis| {
        if rules_year < year {
            format!("Aturan Dana Desa {year} belum terbit; menurut larangan {rules_year} ({basis}) tidak boleh dari Dana Desa: anggarkan dari ADD atau PADes.")
        } else {
            format!("Dilarang dari Dana Desa pada {year} ({basis}): anggarkan dari ADD atau PADes.")
        }
    },
    and: "dan",
    village_share: " (bagian desa)",
    employer_share: " (bagian pemberi kerja)",
    rab_description: |programs, share, name| {
        format!("Iuran {programs}{share} BPJS Ketenagakerjaan – {name}")
    },
    volume: |people, _, months| format!("{people} orang × {months} bulan"),

    rab_header: "Sumber dana;Kode rekening;Kode kegiatan;Uraian;Orang;Bulan;Volume;Harga satuan (Rp);Jumlah (Rp);Keterangan",
    categories_header: "Kategori;Skema;Orang;Dasar iuran (Rp);Iuran per orang per bulan (Rp);Iuran per bulan (Rp);Iuran selama periode (Rp);Ditanggung sumber dana (Rp);Bagian pekerja (Rp);Manfaat JKM (Rp);Manfaat JKK meninggal (Rp);Cakupan (%)",
    period_column: "Iuran selama periode",
    period_column_for: |phrase| format!("Iuran {phrase}"),
    varies: "Iuran per bulan berubah dalam periode; jumlah = total tiap bulan",
    grand_total: "Jumlah total",
    worker_share_row: |jht, jp| {
        format!("Bagian pekerja (JHT {jht}, JP {jp}): dipotong dari penghasilan, bukan belanja")
    },
    in_words: "Terbilang",
    total: "Jumlah",

    budget_year: "Setahun anggaran",
    months_heading: |n| format!("{n} bulan"),
    for_budget_year: "setahun anggaran",
    months_phrase: |n| format!("{n} bulan"),
};

/// The rekap CSV words in Indonesian.
pub static REKAP_CSV: RekapCsvTexts = RekapCsvTexts {
    totals_header: "Kecamatan;Desa;Orang;Iuran per bulan (Rp);Iuran selama periode (Rp);Ditanggung desa/pemerintah (Rp);Bagian pekerja (Rp);Dibebankan ke ADD (Rp);ADD (Rp);Porsi ADD (%);Desa ditandai",
    over_thirty: "melebihi batas 30 %",
    header: |thirty| {
        format!("Baris;Kode desa;Nama desa;Kecamatan;Orang;Iuran per bulan (Rp);Iuran selama periode (Rp);Ditanggung desa/pemerintah (Rp);Bagian pekerja (Rp);Dibebankan ke ADD (Rp);ADD (Rp);Porsi ADD (%);Batas {thirty};Tanda;Tautan")
    },
    above_add: "melebihi porsi ADD",
    dana_desa_officials: "Dana Desa untuk perangkat",
    no_one_insured: "tidak ada peserta",
    row_problems: "baris bermasalah",
    within: "memenuhi",
    exceeded: "melebihi",
    kecamatan: "Kecamatan",
    district_total: "Jumlah kabupaten",
};

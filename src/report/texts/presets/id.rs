//! The presets' names and sources in Indonesian, in the order of `calc::preset::PRESETS`.

use super::PresetText;
use crate::calc::preset::COUNT;

/// Indonesian.
pub static PRESETS: [PresetText; COUNT] = [
    // 1-desa-100-rentan
    PresetText {
        name: "1 Desa 100 Pekerja Rentan",
        note: "Seruan Kemendagri 21 Sep 2022 (Timex Kupang, Sep 2022; Desa Merdeka; Portal Kalbar, Jan 2023; Kontak24, 12 Sep 2024): 100 warga × Rp16.800 sebulan dari ADD; ADD Rp318.397.000 adalah ADD Desa Jepatlor 2021 (APB Desa Jepatlor 2021), sebagai contoh.",
    },
    // rentan-per-dusun
    PresetText {
        name: "25 pekerja rentan per dusun",
        note: "Gerakan Dusun Membangun, Kabupaten Bungo 2024 (Jambi Independent, 22 Agu 2024): 25 pekerja rentan di tiap dusun, 3.525 orang di 141 dusun.",
    },
    // perangkat-jkk-jkm
    PresetText {
        name: "Perangkat desa: JKK + JKM",
        note: "1 kepala desa, 1 sekretaris, 8 perangkat pada siltap minimum PP 11/2019, JKK kelas I + JKM.",
    },
    // perangkat-4-program
    PresetText {
        name: "Perangkat desa: empat program",
        note: "Orang yang sama dengan JHT dan JP; JP hanya untuk yang belum berusia 59 tahun saat mendaftar (PP 45/2015 Pasal 15).",
    },
    // kader-posyandu
    PresetText {
        name: "Kader posyandu",
        note: "Tanah Bumbu 2024 (Kontak24, 12 Sep 2024): desa mendaftarkan kader posyandu dari ADD; di sini 20 kader pada penghasilan BPU terendah.",
    },
    // tanah-bumbu-2023
    PresetText {
        name: "Tanah Bumbu 2023: 14.400 pekerja rentan",
        note: "Kontak24, 12 Sep 2024: pada 2023 Kabupaten Tanah Bumbu melindungi 14.400 pekerja rentan lewat \"1 Desa 100 Pekerja Rentan\" dan membayar santunan Rp2,6 miliar kepada 52 orang; di sini semuanya pada penghasilan BPU terendah, dengan tarif 2026.",
    },
    // bulukumba-2024
    PresetText {
        name: "Bulukumba 2024: iuran Rp890 juta",
        note: "Radar Selatan, akhir 2024: lembaga desa di Bulukumba membayar iuran Rp890 juta dan BPJS Ketenagakerjaan membayar santunan Rp1,077 miliar (1,21 kali iuran). Jumlah orang diturunkan dari iuran, bukan dari sumber: 4.415 orang pada penghasilan BPU terendah ≈ Rp890 juta.",
    },
    // ntt-provinsi
    PresetText {
        name: "Provinsi NTT: perangkat dan pekerja rentan",
        note: "Tribun Bali (tanpa tanggal, sekitar 2023–2024): di NTT 19.629 perangkat desa terlindungi sebagai PU, 7.031 pekerja rentan dari anggaran desa dan 5.353 dari APBD; di sini perangkat pada siltap minimum PP 11/2019 dengan JKK + JKM, pekerja rentan pada penghasilan BPU terendah.",
    },
    // pangkep-2025
    PresetText {
        name: "Pangkep 2025: aparatur, staf, BPD, keagamaan, rentan",
        note: "Notuladaily, 30 Sep 2025 (DPMD dan BPJS Pangkep): 65 desa membayar dari APBDes untuk 750 perangkat, 499 staf non-perangkat, 461 anggota BPD (JKK + JKM + JP), 649 pekerja keagamaan dan 1.492 pekerja rentan; anggaran Rp2.239.339.680; iuran kepala desa tercatat Rp212.160 sebulan. Di sini upah siltap minimum PP 11/2019, staf Rp2.000.000.",
    },
    // kendal-2026
    PresetText {
        name: "Kendal (Perbup 45/2025): aparatur dan BPD, empat program dari ADD",
        note: "Radar Pekalongan, 3 Des 2025: ADD Kendal membayar lebih dulu siltap, tunjangan BPD, lalu BPJS Ketenagakerjaan (JKK, JKM, JHT, JP) kepala desa, perangkat dan BPD; iuran dipotong dari alokasi siltap. Di sini contoh satu desa: 1 + 1 + 8 aparatur dan 5 anggota BPD pada siltap minimum.",
    },
    // luwu-2025
    PresetText {
        name: "Luwu 2025: 50 pekerja rentan per desa",
        note: "Tribun Timur, 15 Sep 2025; Setarakata, 16 Sep 2025 (Surat Edaran Bupati Luwu): tiap desa menganggarkan paling sedikit 50 pekerja rentan (JKK + JKM) di APBDes, \"sekitar Rp2,5 juta per desa\"; kepala desa, perangkat dan BPD sudah dibayar dari APBD.",
    },
    // luwu-timur-2025
    PresetText {
        name: "Luwu Timur (Perbup 11/2025): 100 tenaga kerja per desa",
        note: "Linisulsel, 30 Okt 2025: program 100 pekerja rentan per desa, kuota naik pada 2026 dan petugas keagamaan akan didaftarkan; banyak pelamar tertolak batas usia. Pembayar tidak disebut: di sini ADD.",
    },
    // penajam-paser-utara-2025
    PresetText {
        name: "Penajam Paser Utara 2025: 5.000 pekerja rentan dari APBD",
        note: "Antara Kaltim, Nov 2024: APBD 2025 sekitar Rp1,008 miliar untuk 5.000 pekerja rentan pada Rp16.800 sebulan; dibayar APBD kabupaten, jadi keringanan PP 50/2025 tidak berlaku.",
    },
];

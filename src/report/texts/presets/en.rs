//! The presets' names and sources in English, in the order of `codec::preset::PRESETS`.

use super::PresetText;
use crate::codec::preset::COUNT;

/// English.
pub static PRESETS: [PresetText; COUNT] = [
    // 1-desa-100-rentan
    PresetText {
        name: "1 Village, 100 Vulnerable Workers",
        note: "Kemendagri call of 21 Sep 2022 (Timex Kupang, Sep 2022; Desa Merdeka; Portal Kalbar, Jan 2023; Kontak24, 12 Sep 2024): 100 residents × Rp16,800 a month from ADD; the ADD of Rp318,397,000 is Desa Jepatlor's for 2021 (Desa Jepatlor's APB Desa 2021), as an example.",
    },
    // rentan-per-dusun
    PresetText {
        name: "25 vulnerable workers per hamlet",
        note: "Gerakan Dusun Membangun, Bungo regency 2024 (Jambi Independent, 22 Aug 2024): 25 vulnerable workers in each hamlet, 3,525 people in 141 hamlets.",
    },
    // perangkat-jkk-jkm
    PresetText {
        name: "Village officials: JKK + JKM",
        note: "1 village head, 1 secretary, 8 officials at the PP 11/2019 minimum siltap, JKK class I + JKM.",
    },
    // perangkat-4-program
    PresetText {
        name: "Village officials: all four programs",
        note: "The same people with JHT and JP; JP takes only those under 59 when they join (PP 45/2015 Pasal 15).",
    },
    // kader-posyandu
    PresetText {
        name: "Posyandu volunteers",
        note: "Tanah Bumbu 2024 (Kontak24, 12 Sep 2024): villages enrolled their posyandu volunteers from ADD; here 20 volunteers at the lowest BPU income.",
    },
    // tanah-bumbu-2023
    PresetText {
        name: "Tanah Bumbu 2023: 14,400 vulnerable workers",
        note: "Kontak24, 12 Sep 2024: in 2023 Tanah Bumbu regency protected 14,400 vulnerable workers through \"1 Village, 100 Vulnerable Workers\" and paid Rp2.6 billion in benefits to 52 people; here all at the lowest BPU income, at 2026 rates.",
    },
    // bulukumba-2024
    PresetText {
        name: "Bulukumba 2024: Rp890 million of premiums",
        note: "Radar Selatan, late 2024: village institutions in Bulukumba paid Rp890 million of premiums and BPJS Ketenagakerjaan paid Rp1.077 billion of benefits (1.21 times the premiums). The head count is derived from the premiums, not from the source: 4,415 people at the lowest BPU income ≈ Rp890 million.",
    },
    // ntt-provinsi
    PresetText {
        name: "NTT province: officials and vulnerable workers",
        note: "Tribun Bali (undated, about 2023–2024): in NTT 19,629 village officials are protected as PU, 7,031 vulnerable workers from village budgets and 5,353 from the APBD; here the officials at the PP 11/2019 minimum siltap with JKK + JKM, the vulnerable workers at the lowest BPU income.",
    },
];

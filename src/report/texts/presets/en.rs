//! The presets' names and sources in English, in the order of `calc::preset::PRESETS`.

use super::PresetText;
use crate::calc::preset::COUNT;

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
    // pangkep-2025
    PresetText {
        name: "Pangkep 2025: officials, staff, BPD, religious, vulnerable",
        note: "Notuladaily, 30 Sep 2025 (DPMD and BPJS Pangkep): 65 villages pay from APBDes for 750 perangkat, 499 non-perangkat staff, 461 BPD members (JKK + JKM + JP), 649 religious workers and 1,492 vulnerable workers; budget Rp2,239,339,680; a village head's premium reported as Rp212,160 a month. Here wages are the PP 11/2019 siltap minimums, staff Rp2,000,000.",
    },
    // kendal-2026
    PresetText {
        name: "Kendal (Perbup 45/2025): officials and BPD, four programs from ADD",
        note: "Radar Pekalongan, 3 Dec 2025: Kendal's ADD pays first siltap, the BPD allowance, then BPJS Ketenagakerjaan (JKK, JKM, JHT, JP) for the village head, officials and BPD; premiums are deducted from the siltap allocation. Here one example village: 1 + 1 + 8 officials and 5 BPD members at the minimum siltap.",
    },
    // luwu-2025
    PresetText {
        name: "Luwu 2025: 50 vulnerable workers per village",
        note: "Tribun Timur, 15 Sep 2025; Setarakata, 16 Sep 2025 (Luwu regent's circular): every village budgets at least 50 vulnerable workers (JKK + JKM) in its APBDes, \"about Rp2.5 million per village\"; the village head, officials and BPD were already paid from APBD.",
    },
    // luwu-timur-2025
    PresetText {
        name: "Luwu Timur (Perbup 11/2025): 100 workers per village",
        note: "Linisulsel, 30 Oct 2025: 100 vulnerable workers per village, the quota to rise in 2026 and religious workers to be enrolled; many applicants failed the age limit. The payer is not stated: ADD here.",
    },
    // penajam-paser-utara-2025
    PresetText {
        name: "Penajam Paser Utara 2025: 5,000 vulnerable workers from APBD",
        note: "Antara Kaltim, Nov 2024: about Rp1.008 billion in the 2025 APBD for 5,000 vulnerable workers at Rp16,800 a month; paid by the district's APBD, so the PP 50/2025 relief does not apply.",
    },
];

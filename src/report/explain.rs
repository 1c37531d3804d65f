//! Explanations: the formula in words and numbers, and the legal basis, behind each
//! figure the app shows ("0,24 % × Rp2.426.640 = Rp5.824"), in Indonesian and English.

use super::lang::Lang;
use crate::calc::benefit::{PersonBenefits, TERM_YEARS};
use crate::calc::category::{Category, CategoryKind, Scheme};
use crate::calc::money::Rupiah;
use crate::calc::outcome::{CategoryOutcome, Outcome};
use crate::calc::plan::Plan;
use crate::calc::premium::{CategoryCost, PersonMonth, Program};
use crate::calc::rates::{self, RateKey};
use rust_decimal_macros::dec;

/// A figure's formula and the law or assumption behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// The formula with the numbers filled in.
    pub formula: String,
    /// Legal basis or assumption.
    pub basis: String,
}

impl Explanation {
    /// Shown when there is no outcome to explain yet.
    #[must_use]
    pub fn none() -> Self {
        Explanation {
            formula: "-".into(),
            basis: String::new(),
        }
    }
}

const ROUNDING_ID: &str = "Pembulatan: tiap program per orang per bulan ke rupiah terdekat (ASUMSI, tidak ada aturan resmi); pada program yang dibagi (JHT, JP) bagian pemberi kerja dan bagian pekerja masing-masing dibulatkan sendiri, seperti potongan pada slip gaji.";
const ROUNDING_EN: &str = "Rounding: each program per person per month to the nearest rupiah (ASSUMPTION, no official rule); in the split programs (JHT, JP) the payer's part and the worker's part are each rounded on their own, as a payslip shows the deduction.";

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

fn rate_basis(key: RateKey, pm: &PersonMonth) -> &'static str {
    rates::in_force(key, pm.month).basis
}

/// One program's premium for one person in the first month covered.
#[must_use]
pub fn program(lang: Lang, category: &Category, pm: &PersonMonth, program: Program) -> Explanation {
    let r = |a| lang.rupiah(a);
    let pct = |key| lang.percent(rates::value(key, pm.month), 2);
    let exact =
        |base: Rupiah, key| lang.number(base.times_rate(rates::value(key, pm.month)).amount(), 2);
    let split = pm.programs.get(program);
    let (formula, key) = match (category.scheme, program) {
        (Scheme::Pu, Program::Jkk) => {
            let key = RateKey::JkkPu(category.risk_class);
            let class = lang.pick("kelas risiko", "risk class");
            (
                format!(
                    "{} ({class} {}) × {} = {} → {}",
                    pct(key),
                    category.risk_class.roman(),
                    r(pm.base),
                    exact(pm.base, key),
                    r(split.total())
                ),
                key,
            )
        }
        (Scheme::Pu, Program::Jkm) => {
            let key = RateKey::JkmPu;
            (
                format!(
                    "{} × {} = {} → {}",
                    pct(key),
                    r(pm.base),
                    exact(pm.base, key),
                    r(split.total())
                ),
                key,
            )
        }
        (Scheme::Pu, Program::Jht) => (
            format!(
                "{} {} × {} = {} + {} {} × {} = {} → {}",
                lang.pick("desa", "village"),
                pct(RateKey::JhtPuDesa),
                r(pm.base),
                r(split.payer),
                lang.pick("pekerja", "worker"),
                pct(RateKey::JhtPuWorker),
                r(pm.base),
                r(split.worker),
                r(split.total())
            ),
            RateKey::JhtPuDesa,
        ),
        (Scheme::Pu, Program::Jp) => {
            let cap = Rupiah::from_decimal(rates::value(RateKey::JpWageCap, pm.month));
            let capped = pm.jp_base.unwrap_or(pm.base);
            (
                format!(
                    "{} = min({}, {} {}) ; {} {} × {} = {} + {} {} × {} = {} → {}",
                    lang.pick("dasar JP", "JP base"),
                    r(pm.base),
                    lang.pick("batas upah", "wage cap"),
                    r(cap),
                    lang.pick("desa", "village"),
                    pct(RateKey::JpDesa),
                    r(capped),
                    r(split.payer),
                    lang.pick("pekerja", "worker"),
                    pct(RateKey::JpWorker),
                    r(capped),
                    r(split.worker),
                    r(split.total())
                ),
                RateKey::JpWageCap,
            )
        }
        (Scheme::Bpu, Program::Jkk) => {
            let mut f = format!(
                "{} × {} = {}",
                pct(RateKey::JkkBpu),
                r(pm.base),
                r(pm.base
                    .times_rate(rates::value(RateKey::JkkBpu, pm.month))
                    .round_rupiah())
            );
            if pm.adjusted {
                f.push_str(&format!(" × 50 % (PP 50/2025) → {}", r(split.total())));
            }
            (f, RateKey::JkkBpu)
        }
        (Scheme::Bpu, Program::Jkm) => {
            let flat = Rupiah::from_decimal(rates::value(RateKey::JkmBpu, pm.month));
            let mut f = format!(
                "{} {}",
                r(flat),
                lang.pick("tetap per orang per bulan", "flat per person per month")
            );
            if pm.adjusted {
                f.push_str(&format!(" × 50 % (PP 50/2025) → {}", r(split.total())));
            }
            (f, RateKey::JkmBpu)
        }
        (Scheme::Bpu, Program::Jht) => {
            let key = RateKey::JhtBpu;
            (
                format!("{} × {} = {}", pct(key), r(pm.base), r(split.total())),
                key,
            )
        }
        (Scheme::Bpu, Program::Jp) => (
            lang.pick("JP tidak ada untuk BPU", "JP does not exist for BPU")
                .to_string(),
            RateKey::JpDesa,
        ),
    };
    let mut basis = rate_basis(key, pm).to_string();
    if category.scheme == Scheme::Bpu && program == Program::Jkk {
        basis.push_str(lang.pick(
            ". BPU didaftarkan pada tingkat penghasilan tertentu; penghasilan di bawah Rp1.000.000 dihitung pada tingkat terendah.",
            ". BPU members are registered at set income levels; an income below Rp1,000,000 is costed at the lowest level.",
        ));
    }
    if pm.adjusted {
        basis.push_str("; PP 50/2025 Pasal 4");
    }
    basis.push_str(". ");
    if program == Program::Jp && pm.month > rates::JP_CAP_PUBLISHED_THROUGH {
        basis.push_str(&jp_unpublished_note(lang));
        basis.push(' ');
    }
    basis.push_str(lang.pick(ROUNDING_ID, ROUNDING_EN));
    Explanation { formula, basis }
}

/// Why a JP month after the last published cap is costed at that cap (RULES.md §1).
fn jp_unpublished_note(lang: Lang) -> String {
    let last = rates::in_force(RateKey::JpWageCap, rates::JP_CAP_PUBLISHED_THROUGH);
    let next = rates::JP_CAP_PUBLISHED_THROUGH.next();
    let cap = lang.rupiah(Rupiah::from_decimal(last.value));
    let (month, year) = (lang.month_name(next.month), next.year);
    let (since, since_year) = (lang.month_name(last.from.month), last.from.year);
    match lang {
        Lang::Id => format!(
            "Batas upah JP mulai {month} {year} belum diterbitkan; bulan sejak itu dihitung dengan batas yang berlaku sejak {since} {since_year}, {cap}."
        ),
        Lang::En => format!(
            "The JP wage cap from {month} {year} is not yet published; months from then are costed at the cap in force since {since} {since_year}, {cap}."
        ),
    }
}

/// One person's premium for one month over all programs.
#[must_use]
pub fn person_month(lang: Lang, pm: &PersonMonth) -> Explanation {
    let parts: Vec<String> = Program::ALL
        .iter()
        .filter(|&&p| pm.programs.get(p).total() > Rupiah::ZERO)
        .map(|&p| format!("{} {}", p.abbr(), lang.rupiah(pm.programs.get(p).total())))
        .collect();
    Explanation {
        formula: format!(
            "{} = {}",
            joined(&parts),
            lang.rupiah(pm.programs.total().total())
        ),
        basis: lang.pick(ROUNDING_ID, ROUNDING_EN).to_string(),
    }
}

fn joined(parts: &[String]) -> String {
    if parts.is_empty() {
        "0".to_string()
    } else {
        parts.join(" + ")
    }
}

/// A category's premium over the months covered.
#[must_use]
pub fn category_period(lang: Lang, cost: &CategoryCost) -> Explanation {
    let people = lang.count(cost.people);
    let orang = lang.pick("orang", "people");
    let bulan = lang.pick("bulan", "months");
    // Group runs of months that cost the same, so a change in March reads as two terms.
    let mut runs: Vec<(u8, u8, Rupiah)> = Vec::new();
    for m in &cost.months {
        let per_person = if cost.people == 0 {
            Rupiah::ZERO
        } else {
            m.programs
                .total()
                .total()
                .ratio_to(Rupiah::from_whole(i64::from(cost.people)))
                .map(Rupiah::from_decimal)
                .unwrap_or_default()
        };
        match runs.last_mut() {
            Some((_, last, amount)) if *amount == per_person => *last = m.month.month,
            _ => runs.push((m.month.month, m.month.month, per_person)),
        }
    }
    let terms: Vec<String> = runs
        .iter()
        .map(|(from, to, amount)| {
            let n = to - from + 1;
            let label = if runs.len() > 1 {
                format!("{}–{}: ", lang.month_short(*from), lang.month_short(*to))
            } else {
                String::new()
            };
            format!(
                "{label}{} × {people} {orang} × {n} {bulan}",
                lang.rupiah(*amount)
            )
        })
        .collect();
    let mut basis = lang
        .pick(
            "Biaya suatu masa adalah jumlah biaya tiap bulannya, masing-masing dengan tarif yang berlaku pada bulan itu.",
            "The cost of a period is the sum of its months, each at the rates in force that month.",
        )
        .to_string();
    let jp_unpublished = cost.months.iter().any(|m| {
        m.month > rates::JP_CAP_PUBLISHED_THROUGH
            && m.programs.get(Program::Jp).total() > Rupiah::ZERO
    });
    if jp_unpublished {
        basis.push(' ');
        basis.push_str(&jp_unpublished_note(lang));
    }
    Explanation {
        formula: format!(
            "{} = {}",
            joined(&terms),
            lang.rupiah(cost.period.total().total())
        ),
        basis,
    }
}

/// Sum over categories of one amount, naming each category.
fn sum_over(
    lang: Lang,
    plan: &Plan,
    outcome: &Outcome,
    each: impl Fn(&CategoryOutcome) -> Rupiah,
    total: Rupiah,
) -> String {
    let parts: Vec<String> = plan
        .categories
        .iter()
        .zip(&outcome.categories)
        .filter(|(_, o)| each(o) > Rupiah::ZERO)
        .map(|(c, o)| format!("{} {}", category_name(lang, c), lang.rupiah(each(o))))
        .collect();
    format!("{} = {}", joined(&parts), lang.rupiah(total))
}

/// Total premium in the first month covered.
#[must_use]
pub fn total_monthly(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    let each = |o: &CategoryOutcome| {
        o.cost
            .months
            .first()
            .map(|m| m.programs.total().total())
            .unwrap_or_default()
    };
    Explanation {
        formula: sum_over(lang, plan, outcome, each, outcome.total_monthly()),
        basis: lang
            .pick(
                "Jumlah iuran semua kategori pada bulan pertama yang dianggarkan: bagian desa/pemberi dana ditambah bagian pekerja.",
                "Sum of all categories in the first month budgeted: the payer's share plus the worker's share.",
            )
            .to_string(),
    }
}

/// Total premium over the months covered.
#[must_use]
pub fn total_period(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    Explanation {
        formula: sum_over(lang, plan, outcome, |o| o.cost.period.total().total(), outcome.total_period()),
        basis: lang
            .pick(
                "Jumlah iuran semua bulan yang dianggarkan dalam tahun anggaran (RULES: biaya suatu masa = jumlah bulannya).",
                "Sum of every month budgeted in the budget year (a period's cost is the sum of its months).",
            )
            .to_string(),
    }
}

/// Premium charged to ADD as a share of ADD.
#[must_use]
pub fn add_share(lang: Lang, outcome: &Outcome, alokasi_dana_desa: Option<Rupiah>) -> Explanation {
    let b = &outcome.budget;
    let formula = match (alokasi_dana_desa, b.add_share) {
        (Some(add), Some(share)) => {
            format!(
                "{} ÷ {} = {}",
                lang.rupiah(b.charged_to_add),
                lang.rupiah(add),
                lang.percent(share, 2)
            )
        }
        _ => lang
            .pick(
                "Isi ADD untuk melihat bagiannya.",
                "Enter the ADD to see its share.",
            )
            .to_string(),
    };
    Explanation {
        formula,
        basis: lang
            .pick(
                "ADD: UU 6/2014 Pasal 72 ayat (4). Iuran aparatur sebagai belanja pegawai dari ADD: Permendagri 20/2018 (jenis belanja 5.1.3); Surat Mendagri 140/18840/SJ 2017.",
                "ADD: Law 6/2014 Art. 72(4). Officials' premiums as staff spending from ADD: Permendagri 20/2018 (spending type 5.1.3); Minister of Home Affairs letter 140/18840/SJ of 2017.",
            )
            .to_string(),
    }
}

/// The 30 % check.
#[must_use]
pub fn thirty_percent(lang: Lang, outcome: &Outcome) -> Explanation {
    let formula = match outcome.budget.thirty_percent {
        Some(t) => format!(
            "({} + {}) ÷ {} = {} ; {} 30 % = {}",
            lang.rupiah(t.siltap),
            lang.rupiah(t.premiums),
            lang.rupiah(t.base),
            t.share
                .map_or_else(|| "-".to_string(), |s| lang.percent(s, 2)),
            lang.pick("batas", "limit"),
            lang.rupiah(t.limit)
        ),
        None => lang
            .pick(
                "Isi total belanja APBDes untuk melihat pemeriksaan ini.",
                "Enter total APBDes spending to see this check.",
            )
            .to_string(),
    };
    Explanation {
        formula,
        basis: lang
            .pick(
                "PP 11/2019 Pasal 100: siltap dan tunjangan kepala desa, perangkat, serta tunjangan operasional BPD paling banyak 30 % dari belanja desa di luar yang didanai tanah bengkok. ASUMSI: bagian desa atas iuran kepala desa dan perangkat dihitung di dalamnya; bagian pekerja (JHT 2 %, JP 1 %) dipotong dari siltap dan tidak dihitung lagi.",
                "PP 11/2019 Art. 100: siltap and allowances of the village head and officials plus the BPD operating allowance are at most 30 % of village spending not funded from tanah bengkok. ASSUMPTION: the village's share of the officials' premiums counts inside; the worker's share (JHT 2 %, JP 1 %) is deducted from siltap and not counted again.",
            )
            .to_string(),
    }
}

/// People protected.
#[must_use]
pub fn people_protected(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    let parts: Vec<String> = plan
        .categories
        .iter()
        .filter(|c| c.insured > 0)
        .map(|c| lang.count(c.insured))
        .collect();
    Explanation {
        formula: format!("{} = {} {}", joined(&parts), lang.count(outcome.group.protected), lang.pick("orang", "people")),
        basis: lang
            .pick(
                "Setiap orang dihitung sekali: orang yang sudah terdaftar sebagai PU di tempat lain tidak didaftarkan dua kali.",
                "Each person counts once: someone already insured elsewhere as PU is not insured twice.",
            )
            .to_string(),
    }
}

/// Coverage: protected ÷ total where the total is known.
#[must_use]
pub fn coverage(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.group;
    let formula = match (g.population, g.coverage) {
        (Some(p), Some(c)) => format!(
            "{} ÷ {} = {}",
            lang.count(g.protected_where_known),
            lang.count(p),
            lang.percent(c, 1)
        ),
        _ => lang
            .pick(
                "Isi jumlah seluruh orang pada kategori untuk melihat cakupan.",
                "Enter the total people in a category to see coverage.",
            )
            .to_string(),
    };
    Explanation {
        formula,
        basis: lang
            .pick(
                "Hanya kategori yang jumlah seluruhnya diisi.",
                "Only categories whose total is entered.",
            )
            .to_string(),
    }
}

fn death_rate_basis(lang: Lang) -> String {
    lang.pick(
        "ASUMSI yang dapat diubah: angka kematian 3,6 per 1.000 per tahun (Tanah Bumbu 2023: 52 meninggal dari 14.400 pekerja rentan; program desa lain 2,2–4,4). Dinilai dengan santunan JKM Rp42 juta, batas bawah: kematian karena kecelakaan kerja membayar lebih.",
        "ASSUMPTION, editable: death rate 3.6 per 1,000 a year (Tanah Bumbu 2023: 52 deaths among 14,400 vulnerable workers; other village programs 2.2–4.4). Valued at the JKM Rp42 million, a floor: a work-accident death pays more.",
    )
    .to_string()
}

/// Expected payout a year.
#[must_use]
pub fn expected_payout(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.group;
    Explanation {
        formula: format!(
            "{} {} × {} {} × {} = {} {}",
            lang.count(g.protected),
            lang.pick("orang", "people"),
            lang.number(g.death_rate * dec!(1000), 2),
            lang.pick("per 1.000", "per 1,000"),
            lang.rupiah(g.jkm_benefit),
            lang.rupiah(g.expected_payout_per_year),
            lang.pick("per tahun", "a year")
        ),
        basis: death_rate_basis(lang),
    }
}

/// Chance that at least one family is paid, in a year or over the term.
#[must_use]
pub fn chance(lang: Lang, outcome: &Outcome, over_term: bool) -> Explanation {
    let g = &outcome.group;
    let (years, value) = if over_term {
        (TERM_YEARS, g.chance_over_term)
    } else {
        (1, g.chance_this_year)
    };
    let exponent = if years == 1 {
        lang.count(g.protected)
    } else {
        format!("{} × {years}", lang.count(g.protected))
    };
    let mut basis = death_rate_basis(lang);
    if over_term {
        basis.push_str(lang.pick(
            " Masa jabatan kepala desa 8 tahun (UU 3/2024).",
            " The village head's term is 8 years (Law 3/2024).",
        ));
    }
    Explanation {
        formula: format!(
            "1 − (1 − {})^({exponent}) = {}",
            lang.number(g.death_rate, 4),
            lang.percent(value, 1)
        ),
        basis,
    }
}

/// Expected payout ÷ insurance premium.
#[must_use]
pub fn payout_ratio(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.group;
    let premium = outcome.period.insurance();
    let formula = match g.payout_to_premium {
        Some(r) => format!(
            "{} ÷ {} ({}) = {}",
            lang.rupiah(g.expected_payout_period),
            lang.rupiah(premium),
            lang.pick("iuran JKK + JKM", "JKK + JKM premium"),
            lang.number(r, 2)
        ),
        None => "-".to_string(),
    };
    let mut basis = death_rate_basis(lang);
    basis.push_str(lang.pick(
        " Pembanding nyata: Bulukumba 2024 membayar Rp1,077 miliar atas iuran Rp890 juta (1,21); Tanah Bumbu 2023 sekitar 0,90 (iuran diturunkan, bukan dari sumber).",
        " Real comparisons: Bulukumba 2024 paid Rp1.077 billion on Rp890 million of premiums (1.21); Tanah Bumbu 2023 about 0.90 (premium derived, not from the source).",
    ));
    Explanation { formula, basis }
}

/// JKM death benefit.
#[must_use]
pub fn jkm_benefit(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: format!(
            "{} + {} + {} = {}",
            lang.rupiah(b.jkm_lump_sum),
            lang.rupiah(b.periodic),
            lang.rupiah(b.funeral),
            lang.rupiah(b.jkm_death)
        ),
        basis: lang
            .pick(
                "Santunan sekaligus + santunan berkala (dibayar sekaligus) + biaya pemakaman; tanpa masa tunggu. PP 44/2015 jo. PP 82/2019.",
                "Lump sum + periodic benefit (paid at once) + funeral cost; no waiting period. PP 44/2015 jo. PP 82/2019.",
            )
            .to_string(),
    }
}

/// JKK death benefit.
#[must_use]
pub fn jkk_death_benefit(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: format!(
            "max(48 × {}, {}) + {} + {} = {}",
            lang.rupiah(b.wage),
            lang.rupiah(Rupiah::from_whole(20_000_000)),
            lang.rupiah(b.periodic),
            lang.rupiah(b.funeral),
            lang.rupiah(b.jkk_death)
        ),
        basis: lang
            .pick(
                "Kematian karena kecelakaan kerja: 48 × upah (BPU: penghasilan yang dilaporkan), paling sedikit Rp20 juta, + santunan berkala + biaya pemakaman. PP 44/2015 Lampiran III jo. PP 82/2019.",
                "Death from a work accident: 48 × wage (BPU: declared income), at least Rp20 million, + periodic benefit + funeral cost. PP 44/2015 Annex III jo. PP 82/2019.",
            )
            .to_string(),
    }
}

/// Permanent total disability benefit.
#[must_use]
pub fn disability_benefit(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: format!(
            "56 × {} + {} = {}",
            lang.rupiah(b.wage),
            lang.rupiah(b.periodic),
            lang.rupiah(b.total_disability)
        ),
        basis: "PP 44/2015 Lampiran III jo. PP 82/2019".to_string(),
    }
}

/// Temporary inability to work (STMB): the wage while unable to work, halved after a year.
#[must_use]
pub fn temporary_benefit(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: match lang {
            Lang::Id => format!(
                "100 % × {} = {} per bulan selama 12 bulan pertama; sesudahnya 50 % × {} = {} per bulan sampai sembuh",
                lang.rupiah(b.wage),
                lang.rupiah(b.temporary_first_year),
                lang.rupiah(b.wage),
                lang.rupiah(b.temporary_after)
            ),
            Lang::En => format!(
                "100 % × {} = {} a month for the first 12 months; after that 50 % × {} = {} a month until recovery",
                lang.rupiah(b.wage),
                lang.rupiah(b.temporary_first_year),
                lang.rupiah(b.wage),
                lang.rupiah(b.temporary_after)
            ),
        },
        basis: "PP 44/2015 Lampiran III jo. PP 82/2019".to_string(),
    }
}

/// Scholarship ceiling.
#[must_use]
pub fn scholarship(lang: Lang, b: &PersonBenefits) -> Explanation {
    Explanation {
        formula: format!("2 × {} = {}", lang.rupiah(b.scholarship_per_child), lang.rupiah(b.scholarship_max)),
        basis: lang
            .pick(
                "Batas atas, dibayar per tahun ajaran sesuai jenjang sampai anak berusia 23 tahun, menikah atau bekerja; bukan uang sekaligus. Kematian biasa (JKM) perlu masa iuran 3 tahun; kematian atau cacat total karena kecelakaan kerja tanpa masa minimum. PP 82/2019; Permenaker 5/2021.",
                "A ceiling, paid per school year by level until the child is 23, marries or works; not a lump sum. A non-work death (JKM) needs 3 years of contributions; a work-accident death or total disability has no minimum. PP 82/2019; Permenaker 5/2021.",
            )
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::period::{BudgetPeriod, YearMonth};
    use crate::calc::premium::category_cost;
    use crate::calc::premium::person_month as cost_person_month;

    #[test]
    fn temporary_benefit_shows_the_full_wage_then_half() {
        let kades = Category::new(CategoryKind::KepalaDesa, 1);
        let b = crate::calc::benefit::person_benefits(&kades, YearMonth::new(2026, 1));
        let e = temporary_benefit(Lang::Id, &b);
        assert_eq!(
            e.formula,
            "100 % × Rp2.426.640 = Rp2.426.640 per bulan selama 12 bulan pertama; sesudahnya 50 % × Rp2.426.640 = Rp1.213.320 per bulan sampai sembuh"
        );
        assert!(temporary_benefit(Lang::En, &b)
            .formula
            .contains("Rp1,213,320 a month"));
    }

    #[test]
    fn kepala_desa_jkk_reads_as_the_worked_check() {
        let kades = Category::new(CategoryKind::KepalaDesa, 1);
        let pm = cost_person_month(&kades, YearMonth::new(2026, 1), false);
        let e = program(Lang::Id, &kades, &pm, Program::Jkk);
        assert_eq!(
            e.formula,
            "0,24 % (kelas risiko I) × Rp2.426.640 = 5.823,94 → Rp5.824"
        );
        assert!(e
            .basis
            .starts_with("PP 44/2015 Pasal 16 ayat (1) jo. PP 49/2023"));
        let en = program(Lang::En, &kades, &pm, Program::Jkk);
        assert_eq!(
            en.formula,
            "0.24% (risk class I) × Rp2,426,640 = 5,823.94 → Rp5,824"
        );
    }

    #[test]
    fn period_with_a_cap_change_reads_as_two_terms() {
        let mut c = Category::new(CategoryKind::PerangkatDesa, 2);
        c.base = Rupiah::from_whole(12_000_000);
        c.jp = true;
        let cost = category_cost(&c, &BudgetPeriod::full_year(2026), false);
        let e = category_period(Lang::Id, &cost);
        assert!(e.formula.starts_with("Jan–Feb: "), "{}", e.formula);
        assert!(e.formula.contains(" + Mar–Des: "), "{}", e.formula);
    }

    #[test]
    fn category_name_falls_back_to_the_kind() {
        let mut c = Category::new(CategoryKind::Bpd, 1);
        assert_eq!(category_name(Lang::Id, &c), "Anggota BPD");
        c.name = "  BPD Sukamaju ".into();
        assert_eq!(category_name(Lang::En, &c), "BPD Sukamaju");
    }
}

/// One rate in force, as printed on the simulation sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateInForce {
    /// What the rate is, with its value.
    pub label: String,
    /// Legal basis.
    pub basis: &'static str,
}

/// The rates a plan uses in its first month, each with its citation, in display order.
#[must_use]
pub fn rates_in_force(lang: Lang, plan: &Plan) -> Vec<RateInForce> {
    let at = crate::calc::period::YearMonth::new(plan.period.year, plan.period.first_month);
    let insured: Vec<&Category> = plan.categories.iter().filter(|c| c.insured > 0).collect();
    let pct = |key| lang.percent(rates::value(key, at), 2);
    let row = |label: String, key| RateInForce {
        label,
        basis: rates::in_force(key, at).basis,
    };
    let mut out = Vec::new();
    let pu: Vec<&&Category> = insured.iter().filter(|c| c.scheme == Scheme::Pu).collect();
    let mut classes: Vec<_> = pu.iter().map(|c| c.risk_class).collect();
    classes.dedup();
    for class in crate::calc::rates::RiskClass::ALL
        .iter()
        .filter(|r| classes.contains(r))
    {
        let key = RateKey::JkkPu(*class);
        out.push(row(
            format!(
                "JKK PU {} {}: {} {}",
                lang.pick("kelas", "class"),
                class.roman(),
                pct(key),
                lang.pick("dari upah", "of wage")
            ),
            key,
        ));
    }
    if !pu.is_empty() {
        out.push(row(
            format!(
                "JKM PU: {} {}",
                pct(RateKey::JkmPu),
                lang.pick("dari upah", "of wage")
            ),
            RateKey::JkmPu,
        ));
    }
    if pu.iter().any(|c| c.jht) {
        out.push(row(
            format!(
                "JHT PU: {} {} + {} {}",
                pct(RateKey::JhtPuDesa),
                lang.pick("desa", "village"),
                pct(RateKey::JhtPuWorker),
                lang.pick("pekerja", "worker")
            ),
            RateKey::JhtPuDesa,
        ));
    }
    if pu.iter().any(|c| c.has_jp()) {
        let cap = Rupiah::from_decimal(rates::value(RateKey::JpWageCap, at));
        out.push(row(
            format!(
                "JP: {} {} + {} {}, {} {}",
                pct(RateKey::JpDesa),
                lang.pick("desa", "village"),
                pct(RateKey::JpWorker),
                lang.pick("pekerja", "worker"),
                lang.pick("batas upah", "wage cap"),
                lang.rupiah(cap)
            ),
            RateKey::JpWageCap,
        ));
    }
    let bpu: Vec<&&Category> = insured.iter().filter(|c| c.scheme == Scheme::Bpu).collect();
    if !bpu.is_empty() {
        let floor = Rupiah::from_decimal(rates::value(RateKey::BpuMinIncome, at));
        out.push(row(
            format!(
                "JKK BPU: {} {} ({} {})",
                pct(RateKey::JkkBpu),
                lang.pick("dari tingkat penghasilan", "of the income level"),
                lang.pick("terendah", "lowest"),
                lang.rupiah(floor)
            ),
            RateKey::JkkBpu,
        ));
        let jkm = Rupiah::from_decimal(rates::value(RateKey::JkmBpu, at));
        out.push(row(
            format!(
                "JKM BPU: {} {}",
                lang.rupiah(jkm),
                lang.pick("per bulan", "a month")
            ),
            RateKey::JkmBpu,
        ));
        if bpu.iter().any(|c| c.jht) {
            out.push(row(
                format!("JHT BPU: {}", pct(RateKey::JhtBpu)),
                RateKey::JhtBpu,
            ));
        }
        if plan.apply_adjustment {
            out.push(RateInForce {
                label: lang
                    .pick(
                        "Keringanan 50 % JKK + JKM BPU (diterapkan)",
                        "50 % relief on BPU JKK + JKM (applied)",
                    )
                    .to_string(),
                basis: "PP 50/2025 Pasal 4",
            });
        }
    }
    if !insured.is_empty() {
        out.push(row(
            format!(
                "{}: {}",
                lang.pick("Santunan kematian JKM", "JKM death benefit"),
                lang.rupiah(
                    [
                        RateKey::JkmLumpSum,
                        RateKey::PeriodicBenefit,
                        RateKey::FuneralBenefit
                    ]
                    .into_iter()
                    .map(|k| Rupiah::from_decimal(rates::value(k, at)))
                    .sum()
                )
            ),
            RateKey::JkmLumpSum,
        ));
    }
    out
}

#[cfg(test)]
mod rates_in_force_tests {
    use super::*;

    #[test]
    fn default_plan_lists_jkk_class_one_jkm_and_the_death_benefit() {
        let rows = rates_in_force(Lang::Id, &Plan::default());
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "JKK PU kelas I: 0,24 % dari upah",
                "JKM PU: 0,3 % dari upah",
                "Santunan kematian JKM: Rp42.000.000"
            ]
        );
        assert!(rows.iter().all(|r| r.basis.starts_with("PP ")));
    }

    #[test]
    fn jp_row_names_the_cap_in_force() {
        let mut plan = Plan::default();
        plan.categories[0].jp = true;
        plan.period.first_month = 4;
        plan.period.months = 9;
        let rows = rates_in_force(Lang::Id, &plan);
        assert!(
            rows.iter()
                .any(|r| r.label.contains("batas upah Rp11.086.300")),
            "{rows:?}"
        );
    }
}

/// The payer's or the workers' share over the period, summed over categories.
#[must_use]
pub fn share_total(lang: Lang, plan: &Plan, outcome: &Outcome, worker: bool) -> Explanation {
    let each = |o: &CategoryOutcome| {
        let s = o.cost.period.total();
        if worker {
            s.worker
        } else {
            s.payer
        }
    };
    let total = if worker {
        outcome.period.total().worker
    } else {
        outcome.period.total().payer
    };
    let basis = if worker {
        lang.pick(
            "JHT 2 % (PP 46/2015) dan JP 1 % (PP 45/2015) ditanggung pekerja, dipotong dari siltap.",
            "JHT 2 % (PP 46/2015) and JP 1 % (PP 45/2015) are the worker's, deducted from siltap.",
        )
    } else {
        lang.pick(
            "JKK dan JKM seluruhnya, JHT 3,7 % dan JP 2 % ditanggung pemberi kerja (desa atau pemberi dana); BPU seluruhnya oleh pemberi dana.",
            "All of JKK and JKM, JHT 3.7 % and JP 2 % are the employer's (village or funder); BPU entirely the funder's.",
        )
    };
    Explanation {
        formula: sum_over(lang, plan, outcome, each, total),
        basis: basis.to_string(),
    }
}

/// Premium charged to ADD and what remains of it.
#[must_use]
pub fn add_remaining(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    let charged = |o: &CategoryOutcome, c: &Category| {
        if c.funding == crate::calc::category::FundingSource::Add {
            o.cost.period.total().payer
        } else {
            Rupiah::ZERO
        }
    };
    let parts: Vec<String> = plan
        .categories
        .iter()
        .zip(&outcome.categories)
        .filter(|(c, o)| charged(o, c) > Rupiah::ZERO)
        .map(|(c, o)| format!("{} {}", category_name(lang, c), lang.rupiah(charged(o, c))))
        .collect();
    let b = &outcome.budget;
    let mut formula = format!("{} = {}", joined(&parts), lang.rupiah(b.charged_to_add));
    if let (Some(add), Some(rest)) = (plan.budget.alokasi_dana_desa, b.add_remaining) {
        formula.push_str(&format!(
            " ; {} − {} = {}",
            lang.rupiah(add),
            lang.rupiah(b.charged_to_add),
            lang.rupiah(rest)
        ));
    }
    Explanation {
        formula,
        basis: add_share(lang, outcome, plan.budget.alokasi_dana_desa).basis,
    }
}

/// Sum assured and expected deaths for the group.
#[must_use]
pub fn sum_assured(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.group;
    Explanation {
        formula: format!(
            "{} {} × {} = {}",
            lang.count(g.protected),
            lang.pick("orang", "people"),
            lang.rupiah(g.jkm_benefit),
            lang.rupiah(g.sum_assured_jkm)
        ),
        basis: lang
            .pick(
                "Santunan JKM per keluarga (PP 44/2015 jo. PP 82/2019) dikali jumlah peserta: uang pertanggungan bila semua meninggal, bukan perkiraan.",
                "JKM benefit per family (PP 44/2015 jo. PP 82/2019) times members: the sum assured if all died, not an expectation.",
            )
            .to_string(),
    }
}

/// Expected deaths a year.
#[must_use]
pub fn expected_deaths(lang: Lang, outcome: &Outcome) -> Explanation {
    let g = &outcome.group;
    Explanation {
        formula: format!(
            "{} × {} {} = {}",
            lang.count(g.protected),
            lang.number(g.death_rate * dec!(1000), 2),
            lang.pick("per 1.000", "per 1,000"),
            lang.number(g.expected_deaths_per_year, 2)
        ),
        basis: death_rate_basis(lang),
    }
}

/// Which part of a premium a figure shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The payer's (village's or funder's) part.
    Payer,
    /// The worker's own part (PU JHT 2 %, JP 1 %).
    Worker,
    /// Both parts.
    Total,
}

fn part_of(split: crate::calc::premium::Split, part: Part) -> Rupiah {
    match part {
        Part::Payer => split.payer,
        Part::Worker => split.worker,
        Part::Total => split.total(),
    }
}

fn part_basis(lang: Lang, part: Part) -> String {
    let who = match part {
        Part::Payer => lang.pick(
            "JKK dan JKM seluruhnya, JHT 3,7 % dan JP 2 % ditanggung pemberi kerja (desa atau pemberi dana); BPU seluruhnya oleh pemberi dana.",
            "All of JKK and JKM, JHT 3.7 % and JP 2 % are the employer's (village or funder); BPU entirely the funder's.",
        ),
        Part::Worker => lang.pick(
            "JHT 2 % (PP 46/2015) dan JP 1 % (PP 45/2015) ditanggung pekerja, dipotong dari siltap.",
            "JHT 2 % (PP 46/2015) and JP 1 % (PP 45/2015) are the worker's, deducted from siltap.",
        ),
        Part::Total => lang.pick(
            "Bagian pemberi kerja ditambah bagian pekerja.",
            "The payer's part plus the worker's part.",
        ),
    };
    format!("{who} {}", lang.pick(ROUNDING_ID, ROUNDING_EN))
}

/// One program's payer, worker or whole premium over the period, summed over categories.
#[must_use]
pub fn program_part(
    lang: Lang,
    plan: &Plan,
    outcome: &Outcome,
    program: Program,
    part: Part,
) -> Explanation {
    let each = |o: &CategoryOutcome| part_of(o.cost.period.get(program), part);
    Explanation {
        formula: format!(
            "{}: {}",
            program.abbr(),
            sum_over(
                lang,
                plan,
                outcome,
                each,
                part_of(outcome.period.get(program), part)
            )
        ),
        basis: part_basis(lang, part),
    }
}

/// The payer's share charged to one funding source over the period, by category.
#[must_use]
pub fn source_total(
    lang: Lang,
    plan: &Plan,
    outcome: &Outcome,
    source: crate::calc::category::FundingSource,
) -> Explanation {
    let total = outcome
        .budget
        .by_source
        .iter()
        .find(|s| s.source == source)
        .map_or(Rupiah::ZERO, |s| s.amount);
    let parts: Vec<String> = plan
        .categories
        .iter()
        .zip(&outcome.categories)
        .filter(|(c, o)| c.funding == source && o.cost.period.total().payer > Rupiah::ZERO)
        .map(|(c, o)| {
            format!(
                "{} {}",
                category_name(lang, c),
                lang.rupiah(o.cost.period.total().payer)
            )
        })
        .collect();
    Explanation {
        formula: format!("{} = {}", joined(&parts), lang.rupiah(total)),
        basis: lang
            .pick(
                "Bagian pemberi kerja dari kategori yang dibayar dari sumber dana ini; bagian pekerja dipotong dari penghasilan dan bukan belanja.",
                "The payer's part of the categories paid from this fund; the worker's part is deducted from pay and is not spending.",
            )
            .to_string(),
    }
}

/// The premium charged to ADD: the payer's share of the categories paid from ADD.
#[must_use]
pub fn charged_to_add(lang: Lang, plan: &Plan, outcome: &Outcome) -> Explanation {
    Explanation {
        formula: source_total(
            lang,
            plan,
            outcome,
            crate::calc::category::FundingSource::Add,
        )
        .formula,
        basis: add_share(lang, outcome, plan.budget.alokasi_dana_desa).basis,
    }
}

/// A category's premium in the first month covered: one person's premium × people.
#[must_use]
pub fn category_month(lang: Lang, cost: &CategoryCost) -> Explanation {
    let month = cost.months.first();
    let total = month.map_or(Rupiah::ZERO, |m| m.programs.total().total());
    let label = month.map_or(String::new(), |m| {
        format!(" ({} {})", lang.month_name(m.month.month), m.month.year)
    });
    Explanation {
        formula: format!(
            "{} × {} {} = {}{label}",
            lang.rupiah(cost.per_person.programs.total().total()),
            lang.count(cost.people),
            lang.pick("orang", "people"),
            lang.rupiah(total)
        ),
        basis: format!(
            "{} {}",
            lang.pick(
                "Bulan pertama yang dianggarkan; setiap orang dihitung dengan iuran yang sudah dibulatkan.",
                "The first month budgeted; each person is costed at the rounded premium.",
            ),
            lang.pick(ROUNDING_ID, ROUNDING_EN)
        ),
    }
}

/// A budget line: unit price × people × months, or the sum of its months when it changes.
#[must_use]
pub fn rab_line(lang: Lang, line: &super::rab::RabLine, cost: &CategoryCost) -> Explanation {
    let formula = if line.varies {
        let months: Vec<String> = cost
            .months
            .iter()
            .map(|m| {
                format!(
                    "{} {}",
                    lang.month_short(m.month.month),
                    lang.rupiah(m.programs.total().payer)
                )
            })
            .collect();
        format!("{} = {}", joined(&months), lang.rupiah(line.amount))
    } else {
        format!(
            "{} × {} = {}",
            lang.rupiah(line.unit_price),
            line.volume,
            lang.rupiah(line.amount)
        )
    };
    Explanation {
        formula,
        basis: format!(
            "{} {}",
            lang.pick(
                "Harga satuan: bagian pemberi kerja per orang per bulan pada bulan pertama; jumlah: bagian pemberi kerja selama masa, jumlah tiap bulannya.",
                "Unit price: the payer's part per person per month in the first month; amount: the payer's part over the period, the sum of its months.",
            ),
            lang.pick(ROUNDING_ID, ROUNDING_EN)
        ),
    }
}

/// A budget line's unit price: one person's payer part in the first month, by program.
#[must_use]
pub fn rab_unit_price(lang: Lang, line: &super::rab::RabLine, cost: &CategoryCost) -> Explanation {
    let pm = &cost.per_person;
    let parts: Vec<String> = Program::ALL
        .iter()
        .filter(|&&p| pm.programs.get(p).payer > Rupiah::ZERO)
        .map(|&p| format!("{} {}", p.abbr(), lang.rupiah(pm.programs.get(p).payer)))
        .collect();
    Explanation {
        formula: format!("{} = {}", joined(&parts), lang.rupiah(line.unit_price)),
        basis: part_basis(lang, Part::Payer),
    }
}

/// A funding source's subtotal or the grand total of the budget lines.
#[must_use]
pub fn rab_sum(lang: Lang, terms: &[(String, Rupiah)], total: Rupiah) -> Explanation {
    let parts: Vec<String> = terms
        .iter()
        .map(|(name, amount)| format!("{name} {}", lang.rupiah(*amount)))
        .collect();
    Explanation {
        formula: format!("{} = {}", joined(&parts), lang.rupiah(total)),
        basis: lang
            .pick(
                "Jumlah baris anggaran; bagian pekerja (JHT 2 %, JP 1 %) tidak termasuk karena dipotong dari penghasilan.",
                "The sum of the budget lines; the workers' share (JHT 2 %, JP 1 %) is not included, as it is deducted from pay.",
            )
            .to_string(),
    }
}

/// How many people fit under a ceiling: what the other categories cost, what the growing
/// ones take, what is left.
#[must_use]
pub fn capacity(lang: Lang, plan: &Plan, c: &crate::calc::capacity::Capacity) -> Explanation {
    let grown: Vec<String> = c
        .counts
        .iter()
        .filter_map(|&(i, n)| plan.categories.get(i).map(|cat| (cat, n)))
        .map(|(cat, n)| {
            format!(
                "{} {} {}",
                category_name(lang, cat),
                lang.count(n),
                lang.pick("orang", "people")
            )
        })
        .collect();
    let others = lang.pick("kategori lain", "other categories");
    let mut formula = format!(
        "{others} {} + {} = {} ; {} − {} = {}",
        lang.rupiah(c.fixed),
        joined(&grown),
        lang.rupiah(c.cost),
        lang.rupiah(c.ceiling),
        lang.rupiah(c.cost),
        lang.rupiah(c.left)
    );
    if let Some(next) = c.next_person {
        formula.push_str(&format!(
            " ; {} {}",
            lang.pick("satu orang lagi", "one more person"),
            lang.rupiah(next)
        ));
    }
    Explanation {
        formula,
        basis: format!(
            "{} {}",
            lang.pick(
                "Yang dibandingkan dengan batas adalah bagian pemberi kerja seluruh rencana selama bulan yang dianggarkan, tiap orang dihitung bulan demi bulan dengan semua aturan; jumlah orang adalah bilangan bulat terbesar yang biayanya tidak melebihi batas.",
                "What is compared with the ceiling is the payer's share of the whole plan over the months budgeted, each person costed month by month with every rule; the number of people is the largest whole number whose cost is within the ceiling.",
            ),
            lang.pick(ROUNDING_ID, ROUNDING_EN)
        ),
    }
}

#[cfg(test)]
mod figure_tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::category::FundingSource;
    use crate::calc::period::BudgetPeriod;
    use crate::calc::premium::category_cost;

    #[test]
    fn split_programs_say_each_part_is_rounded_on_its_own() {
        let mut c = Category::new(CategoryKind::PerangkatDesa, 1);
        c.jht = true;
        let pm = crate::calc::premium::person_month(
            &c,
            crate::calc::period::YearMonth::new(2026, 1),
            false,
        );
        let e = program(Lang::Id, &c, &pm, Program::Jht);
        assert!(
            e.basis.contains("masing-masing dibulatkan sendiri"),
            "{}",
            e.basis
        );
        let e = program(Lang::En, &c, &pm, Program::Jht);
        assert!(e.basis.contains("each rounded on their own"), "{}", e.basis);
    }

    #[test]
    fn jp_months_past_the_published_cap_say_which_cap_they_use() {
        let mut c = Category::new(CategoryKind::PerangkatDesa, 2);
        c.jp = true;
        c.base = Rupiah::from_whole(12_000_000);
        let cost = category_cost(&c, &BudgetPeriod::full_year(2027), false);
        let e = category_period(Lang::Id, &cost);
        assert!(
            e.basis
                .contains("Batas upah JP mulai Maret 2027 belum diterbitkan"),
            "{}",
            e.basis
        );
        assert!(e.basis.contains("Rp11.086.300"), "{}", e.basis);
        let pm = crate::calc::premium::person_month(
            &c,
            crate::calc::period::YearMonth::new(2027, 4),
            false,
        );
        assert!(program(Lang::En, &c, &pm, Program::Jp)
            .basis
            .contains("from March 2027 is not yet published"));
        // 2026 is published: no such note.
        let cost = category_cost(&c, &BudgetPeriod::full_year(2026), false);
        assert!(!category_period(Lang::Id, &cost)
            .basis
            .contains("belum diterbitkan"));
    }

    #[test]
    fn table_cells_add_up_to_the_figure_they_explain() {
        let mut plan = Plan::default();
        plan.categories[0].jht = true;
        plan.categories[6].insured = 5;
        plan.categories[6].funding = FundingSource::ApbdKabupaten;
        let o = calculate(&plan).unwrap_or_else(|e| panic!("{e:?}"));
        let e = program_part(Lang::Id, &plan, &o, Program::Jht, Part::Worker);
        assert!(e.formula.starts_with("JHT: Kepala desa "), "{}", e.formula);
        assert!(e
            .formula
            .ends_with(&Lang::Id.rupiah(o.period.get(Program::Jht).worker)));
        let e = source_total(Lang::Id, &plan, &o, FundingSource::ApbdKabupaten);
        assert_eq!(
            e.formula,
            "Pekerja rentan (petani, nelayan, pedagang, ojek) Rp1.008.000 = Rp1.008.000"
        );
        let e = charged_to_add(Lang::En, &plan, &o);
        assert!(
            e.formula
                .ends_with(&Lang::En.rupiah(o.budget.charged_to_add)),
            "{}",
            e.formula
        );
        let e = category_month(Lang::Id, &o.categories[6].cost);
        assert_eq!(e.formula, "Rp16.800 × 5 orang = Rp84.000 (Januari 2026)");
        let rab = crate::report::rab::budget_lines(&plan, &o, Lang::Id);
        let line = &rab.groups[0].lines[0];
        let cost = &o.categories[line.category].cost;
        let e = rab_line(Lang::Id, line, cost);
        assert!(
            e.formula
                .ends_with(&format!("= {}", Lang::Id.rupiah(line.amount))),
            "{}",
            e.formula
        );
        let e = rab_unit_price(Lang::Id, line, cost);
        assert!(
            e.formula
                .ends_with(&format!("= {}", Lang::Id.rupiah(line.unit_price))),
            "{}",
            e.formula
        );
    }
}

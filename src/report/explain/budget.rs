//! The budget figures: share of ADD, the 30 % check, what remains, RAB lines and capacity.

use super::*;

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

/// A budget line: unit price × people × months, or the sum of its months when it changes.
#[must_use]
pub fn rab_line(
    lang: Lang,
    line: &crate::report::rab::RabLine,
    cost: &CategoryCost,
) -> Explanation {
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
pub fn rab_unit_price(
    lang: Lang,
    line: &crate::report::rab::RabLine,
    cost: &CategoryCost,
) -> Explanation {
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

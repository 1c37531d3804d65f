//! English: for visitors and donors.

use super::{FormulaTexts, NameTexts, RekapCsvTexts};

/// Names of kinds and funding sources, English.
pub static NAMES: NameTexts = NameTexts {
    kind_kepala_desa: "Village head",
    kind_sekretaris_desa: "Village secretary",
    kind_perangkat_desa: "Village officials (kaur, kasi, kadus)",
    kind_bpd: "BPD members",
    kind_rt_rw: "RT / RW heads",
    kind_kader: "Institutions & cadres (posyandu, PKK, LPM, linmas)",
    kind_pekerja_rentan: "Vulnerable workers (farmers, fishers, traders, ojek)",
    kind_lainnya: "Other category",
    kind_staf_desa: "Village staff (not perangkat)",
    kind_pekerja_keagamaan: "Religious workers (marbot, Quran teachers)",
    source_add: "ADD (village fund allocation)",
    source_dana_desa: "Dana Desa (village fund)",
    source_pades: "PADes / other village income",
    source_apbd_kabupaten: "District budget (APBD kab/kota)",
    source_apbd_provinsi: "Provincial budget (APBD provinsi)",
    source_lainnya: "Other (CSR, donors)",
};

/// The formula, RAB and CSV words in English.
pub static EN: FormulaTexts = FormulaTexts {


    people: "people",
    months: "months",
    risk_class: "risk class",
    class: "class",
    village_part: "village",
    worker_part: "worker",
    jp_base: "JP base",
    wage_cap: "wage cap",
    of_wage: "of wage",
    of_income_level: "of the income level",
    lowest: "lowest",
    a_month: "a month",
    a_year: "a year",
    per_mille: "per 1,000",
    jkm_flat: "flat per person per month",
    jp_not_bpu: "JP does not exist for BPU",
    limit: "limit",
    other_categories: "other categories",
    one_more_person: "one more person",
    insurance_premium: "JKK + JKM premium",
    jkm_death_benefit: "JKM death benefit",
    relief_applied: |share| format!("{share} relief on BPU JKK + JKM (applied)"),

    enter_add: "Enter the ADD to see its share.",
    enter_spending: "Enter total APBDes spending to see this check.",
    enter_population: "Enter the total people in a category to see coverage.",

    rounding: "Rounding: each program per person per month to the nearest rupiah (ASSUMPTION, no official rule); in the split programs (JHT, JP) the payer's part and the worker's part are each rounded on their own, as a payslip shows the deduction.",
    bpu_levels: |floor| {
        format!(". BPU members are registered at set income levels; an income below {floor} is costed at the lowest level.")
    },
    jp_unpublished: |month, year, since, since_year, cap| {
        format!("The JP wage cap from {month} {year} is not yet published; months from then are costed at the cap in force since {since} {since_year}, {cap}.")
    },
    period_sum: "The cost of a period is the sum of its months, each at the rates in force that month.",
    first_month: "The first month budgeted; each person is costed at the rounded premium.",

    total_monthly: "Sum of all categories in the first month budgeted: the payer's share plus the worker's share.",
    total_period: "Sum of every month budgeted in the budget year (a period's cost is the sum of its months).",
    worker_share: |jht, jp| {
        format!("JHT {jht} (PP 46/2015) and JP {jp} (PP 45/2015) are the worker's, deducted from siltap.")
    },
    payer_share: |jht, jp| {
        format!("All of JKK and JKM, JHT {jht} and JP {jp} are the employer's (village or funder); BPU entirely the funder's.")
    },
    both_parts: "The payer's part plus the worker's part.",
    source_share: "The payer's part of the categories paid from this fund; the worker's part is deducted from pay and is not spending.",

    add_basis: "ADD: Law 6/2014 Art. 72(4). Officials' premiums as staff spending from ADD: Permendagri 20/2018 (spending type 5.1.3); Minister of Home Affairs letter 140/18840/SJ of 2017.",
    thirty_percent: |limit, jht, jp| {
        format!("PP 11/2019 Art. 100: siltap and allowances of the village head and officials plus the BPD operating allowance are at most {limit} of village spending not funded from tanah bengkok. ASSUMPTION: the village's share of the officials' premiums counts inside; the worker's share (JHT {jht}, JP {jp}) is deducted from siltap and not counted again.")
    },
    rab_line: "Unit price: the payer's part per person per month in the first month; amount: the payer's part over the period, the sum of its months.",
    rab_sum: |jht, jp| {
        format!("The sum of the budget lines; the workers' share (JHT {jht}, JP {jp}) is not included, as it is deducted from pay.")
    },
    capacity: "What is compared with the ceiling is the payer's share of the whole plan over the months budgeted, each person costed month by month with every rule; the number of people is the largest whole number whose cost is within the ceiling.",

    counts_once: "Each person counts once: someone already insured elsewhere as PU is not insured twice.",
    coverage: "Only categories whose total is entered.",
    death_rate: |rate, jkm| {
        format!("ASSUMPTION, editable: death rate {rate} per 1,000 a year (Tanah Bumbu 2023: 52 deaths among 14,400 vulnerable workers; other village programs 2.2–4.4). Valued at the JKM {jkm}, a floor: a work-accident death pays more.")
    },
    term: |years| format!(" The village head's term is {years} years (Law 3/2024)."),
    comparisons: " Real comparisons: Bulukumba 2024 paid Rp1.077 billion on Rp890 million of premiums (1.21); Sijunjung (APBD, March 2022–July 2025) paid Rp5.8 billion on Rp5.4 billion of premiums (1.07); Tanah Bumbu 2023 about 0.90 (premium derived, not from the source).",
    jkm_benefit: "Lump sum + periodic benefit (paid at once) + funeral cost; no waiting period. PP 44/2015 jo. PP 82/2019.",
    jkk_death: |months, minimum| {
        format!("Death from a work accident: {months} × wage (BPU: declared income), at least {minimum}, + periodic benefit + funeral cost. PP 44/2015 Annex III jo. PP 82/2019.")
    },
    temporary: |first_share, wage, first, months, after_share, after| {
        format!("{first_share} × {wage} = {first} a month for the first {months} months; after that {after_share} × {wage} = {after} a month until recovery")
    },
    scholarship: |max_age, jkm_years| {
        format!("A ceiling, paid per school year by level until the child is {max_age}, marries or works; not a lump sum. A non-work death (JKM) needs {jkm_years} years of contributions; a work-accident death or total disability has no minimum. PP 82/2019; Permenaker 5/2021.")
    },
    sum_assured: "JKM benefit per family (PP 44/2015 jo. PP 82/2019) times members: the sum assured if all died, not an expectation.",

    rab_no_code: "(enter the account code)",
    prohibited: |year, rules_year, basis| {
        if rules_year < year {
            format!("The {year} Dana Desa rules are not out yet; under the {rules_year} prohibitions ({basis}) it may not come from Dana Desa: budget it from ADD or PADes.")
        } else {
            format!("Not allowed from Dana Desa in {year} ({basis}): budget it from ADD or PADes.")
        }
    },
    and: "and",
    village_share: " (village's share)",
    employer_share: " (employer's share)",
    rab_description: |programs, share, name| {
        format!("BPJS Ketenagakerjaan {programs} premium{share} – {name}")
    },
    volume: |people, count, months| {
        let person = if count == 1 { "person" } else { "people" };
        let month = if months == 1 { "month" } else { "months" };
        format!("{people} {person} × {months} {month}")
    },

    rab_header: "Funding source;Account code;Activity code;Description;People;Months;Volume;Unit price (Rp);Amount (Rp);Note",
    categories_header: "Category;Scheme;People;Contribution base (Rp);Premium per person per month (Rp);Premium per month (Rp);Premium over the period (Rp);Paid by funding source (Rp);Workers' share (Rp);JKM benefit (Rp);JKK death benefit (Rp);Coverage (%)",
    period_column: "Premium over the period",
    period_column_for: |phrase| format!("Premium {phrase}"),
    varies: "Monthly premium changes within the period; amount = sum of the months",
    grand_total: "Grand total",
    worker_share_row: |jht, jp| {
        format!("Workers' share (JHT {jht}, JP {jp}): deducted from pay, not spending")
    },
    in_words: "In words",
    total: "Total",

    budget_year: "Budget year",
    months_heading: |n| {
        if n == 1 {
            format!("{n} month")
        } else {
            format!("{n} months")
        }
    },
    for_budget_year: "for the budget year",
    months_phrase: |n| {
        if n == 1 {
            format!("for {n} month")
        } else {
            format!("for {n} months")
        }
    },
};

/// The rekap CSV words in English.
pub static REKAP_CSV: RekapCsvTexts = RekapCsvTexts {
    totals_header: "Sub-district;Villages;People;Premium per month (Rp);Premium over the period (Rp);Paid by village/government (Rp);Workers' share (Rp);Charged to ADD (Rp);ADD (Rp);Share of ADD (%);Villages flagged",
    over_thirty: "over the 30 % rule",
    header: |thirty| {
        format!("Row;Village code;Village;Sub-district;People;Premium per month (Rp);Premium over the period (Rp);Paid by village/government (Rp);Workers' share (Rp);Charged to ADD (Rp);ADD (Rp);Share of ADD (%);{thirty} rule;Flags;Link")
    },
    above_add: "above ADD share",
    dana_desa_officials: "Dana Desa for officials",
    no_one_insured: "no one insured",
    row_problems: "row has problems",
    within: "within",
    exceeded: "exceeded",
    kecamatan: "Sub-district",
    district_total: "District total",
};

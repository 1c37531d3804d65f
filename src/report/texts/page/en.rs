//! English.

use super::{figures, Figures, Language, LaterTexts, Texts};
use crate::calc::capacity::CapacityError;
use crate::calc::caution::Caution;
use crate::calc::plan::{
    Plan, PlanError, INSURED_SINCE_YEARS, MAX_AGE, MAX_AMOUNT, MAX_CATEGORIES, MAX_CODE_CHARS,
    MAX_COUNT, MAX_DEATH_RATE_PER_MILLE, MAX_NAME_CHARS, YEARS,
};
use crate::codec::input::InputError;
use crate::codec::scenario_file::ImportProblemKind;
use crate::report::format::ENGLISH;
use crate::report::lang::Lang;

/// The page in this language.
pub static LANGUAGE: Language = Language {
    texts: &TEXTS,
    input_error,
    plan_error,
    caution,
};

/// The first words of the name kept for the work a link replaced.
pub const BEFORE_LINK: &str = "Before the link";

pub static TEXTS: Texts = Texts {
    title: "Village Social Security Premium Calculator",
    tagline: "Work out the BPJS Ketenagakerjaan premium for village officials, BPD, RT/RW, cadres and vulnerable workers, compare it with the ADD, and see the protection it buys.",
    english_failed: "English could not be loaded (connection lost?). Press the button again to retry.",
    lang_toggle: "Bahasa Indonesia",
    privacy: "Everything is calculated on your device. Nothing is sent; no names, NIK or membership numbers are needed.",
    section_village: "1. Village & budget",
    village_name: "Village name",
    village_placeholder: "e.g. Sukamaju",
    pick_village: "Pick the village from Kemendagri's list",
    place_line: |code, kec, kab, prov| {
        format!("Kemendagri code {code} · sub-district {kec} · {kab} · {prov} province")
    },
    budget_year: "Budget year",
    first_month: "First month",
    months: "Number of months",
    months_hint: "For enrolment that starts mid-year (revised APBDes).",
    add: "Village fund allocation (ADD) for the year",
    add_hint: "Example: 318.397.000 or Rp318 juta (dots group thousands)",
    assumptions: "Assumptions you can change",
    section_workers: "2. Workers",
    workers_hint: "One card per group. Count each person once. Everyone insured gets Jaminan Kecelakaan Kerja (JKK, work accident cover) and Jaminan Kematian (JKM, death cover). Wage earners (PU, Penerima Upah) pay a percentage of the wage; non-wage earners (BPU, Bukan Penerima Upah) pay a fixed premium by declared income.",
    category_name: "Category name",
    insured: "Number insured (people)",
    population: "Total number (optional)",
    population_hint: "To compute coverage.",
    wage: "Monthly wage / siltap",
    income: "Declared monthly income",
    income_hint: |f| format!("Lowest {}. BPJS registers BPU members at set income levels; the branch office confirms the amount.", f.bpu_floor),
    account_code: "Account code",
    remove: "Remove",
    remove_confirm: |people| format!("Sure? {people} people go with it"),
    add_category: "Add category",
    add_category_kind: "Kind of new category",
    section_cost: "3. Cost",
    per_month: "Per month",
    payer_share: "Paid by village / funder",
    worker_share: "Deducted from workers",
    worker_share_hint: |f| format!("JHT {} and JP {} are deducted from siltap, not extra spending.", f.jht_worker, f.jp_worker),
    by_category: "By category",
    category: "Category",
    people: "People",
    per_person_month: "Per person per month",
    by_program: "By program",
    program: "Program",
    by_source: "By funding source",
    source: "Source",
    total: "Total",
    varies_note: "The monthly cost changes during the period (the JP wage cap rises each March, or the PP 50/2025 relief); the monthly figure is the first month.",
    section_budget: "4. Against the ADD",
    charged_to_add: "Premium from ADD",
    add_share: "Share of ADD",
    add_remaining: "ADD left",
    add_missing: "Enter the ADD in section 1 to see its share.",
    chart_title: "Premium charged to ADD against the ADD",
    premium_legend: "Premium",
    remaining_legend: "ADD left",
    thirty_title: |f| format!("{} spending limit for siltap and allowances", f.thirty),
    thirty_within: |f| format!("Within the {} limit.", f.thirty),
    thirty_over: |f| format!("Above the {} limit.", f.thirty),
    thirty_missing: "Enter total APBDes spending to see this check.",
    cautions: "Please note",
    example_note: "Example: the figures below come from the built-in plan, not yet from your entries. Change the head counts in the form to cost your village's plan.",
    bar_from_add: "from ADD",
    example: "Example · ",
    not_a_count: "Not a number. Write a whole number, e.g. 9.",
    count_placeholder: "e.g. 9",
    removed: |name| format!("Category “{name}” removed, with its head count."),
    undo: "Undo",
    name_cut: |max| format!("Only the first {max} characters are kept and go into the link; the rest is cut."),
    kept_value: |v| format!("The figures still use {v}, the last entry that read. Correct the text above to change it."),
    kept_empty: "This field is left out of the figures until it reads.",
    stale: "Some fields are not valid yet (marked red). The results below are from the last valid entries.",
    plan_invalid: "The plan cannot be costed yet:",
    formula: "Formula",
    legal_basis: "Basis",
    show_formula: "Tap a number to see its formula and legal basis.",
    rules_checked: |f| format!("Rules and rates checked as of {}.", f.rules_checked),
    rules_after_check: |f| format!(
        "Later months are costed with the rules in force on that date (JP wage cap {} since {}, Dana Desa prohibitions of {}) until a change is published.",
        f.jp_cap, f.jp_cap_since, f.dd_checked
    ),
    footer: "Rates: PP 44/2015 jo. PP 49/2023, PP 45/2015, PP 46/2015, PP 50/2025. Figures are a planning simulation; BPJS Ketenagakerjaan sets the official amounts.",
    sources_note: "Every assumption is marked ASSUMPTION and can be changed.",
    rekap_link: "Rekap of many villages for sub-district and DPMD offices →",
    import_ok: "Scenario imported.",
    import_failed: "The file was not imported; nothing was changed. Problems:",
    link_opened: "Scenario opened from the link.",
    link_broken: "The link could not be opened (damaged, truncated or altered). The plan on this device is unchanged.",
    storage_corrupt: "Saved data on this device could not be read; it was set aside as a backup (not deleted) and the app started from the default scenario.",
    dismiss: "Dismiss",
    a_person_a_month: "per person per month",
    setup_label: "Scheme & programs:",
    deferred_loading: "Loading this part…",
    deferred_failed: "This part could not be loaded (connection lost?). The calculation above still works.",
    form_loading: "Loading the village and worker fields…",
    form_failed: "The village and worker fields could not be loaded (connection lost?). This plan's results are still shown.",
    formula_loading: "Loading the formula…",
    deferred_retry: "Try again",
    family_receives: "What a family receives per event",
};

/// The texts of the later parts (read only by them, see `LaterTexts`).
pub static LATER: LaterTexts = LaterTexts {
    optional: "optional",
    section_protection: "5. Protection",
    people_protected: "People protected",
    coverage: "Coverage",
    unprotected: "not yet protected",
    event: "Event",
    benefit: "Benefit",
    jkm_death: "Death not caused by work (JKM)",
    jkk_death: "Death from a work accident (JKK)",
    disability: "Permanent total disability (JKK)",
    temporary: "Temporary inability to work (JKK)",
    medical: "Work-accident medical care",
    medical_value: "Unlimited, as medically needed",
    scholarship: |f| format!("Scholarship for {} children", f.children),
    scholarship_note: |f| format!("a ceiling, paid per school year; JKM needs {} years of contributions", f.jkm_years),
    group_title: "For the whole group",
    sum_assured: "Death benefit over all insured (JKM)",
    expected_deaths: "Expected deaths among the insured per year",
    expected_payout: "Expected benefits paid per year",
    chance_year: "Chance at least one family is paid this year",
    chance_term: |f| format!("Chance over the village head's term ({} years)", f.term_years),
    payout_ratio: "Expected benefits paid for each Rp1 of JKK + JKM premium",
    jht_is_savings: "JHT is savings (contributions + returns), not insurance; it is not counted as protection.",
    share_message: |village, year, total, share, link| {
        let village = if village.is_empty() { String::new() } else { format!(" for {village}") };
        let share = share.map(|s| format!(" ({s} of ADD)")).unwrap_or_default();
        format!("BPJS Ketenagakerjaan premium simulation{village}, {year}: {total}{share} — open: {link}")
    },
    points: "percentage points",
    per_year: "a year",
    payment_title: "When to pay",
    payment_pu: "PU: pay by the 15th of the following month; late fine 2 % per month of delay.",
    payment_bpu: "BPU: pay by the 15th of the current month; no fine, but protection lapses after 3 unpaid months. 3, 6 or 12 months can be paid ahead.",
    section_documents: "6. Budget documents",
    rab_title: "Budget lines (RAB) by funding source",
    rab_code: "Account code",
    rab_description: "Description",
    rab_volume: "Volume",
    rab_unit_price: "Unit price (per person per month)",
    rab_amount: "Amount",
    subtotal: "Subtotal",
    grand_total: "Grand total",
    in_words: "In words",
    varies_line: "The monthly premium changes during the period; the amount is the sum of the months.",
    worker_share_line: "Workers' share, deducted from pay (not village spending)",
    rab_empty: "No insured people are funded yet.",
    print_button: "Print the simulation sheet",
    csv_rab: "Download budget lines (CSV)",
    csv_categories: "Download results by category (CSV)",
    share_rab: "Share budget lines (CSV)",
    share_categories: "Share results by category (CSV)",
    share_sheet: "Share the print sheet (HTML)",
    csv_note: "CSV files use semicolons and UTF-8: they open correctly in Excel, LibreOffice and Google Sheets with Indonesian settings (English Excel: Data › From Text).",
    sheet_title: "Village Employment Social Security Premium Simulation Sheet",
    sheet_village: "Village",
    sheet_period: "Months covered",
    sheet_printed: "Printed",
    sheet_inputs: "Entries by category",
    sheet_base: "Monthly base",
    sheet_summary: "Cost summary",
    sheet_coverage: "What this premium buys",
    sheet_rates: "Rates in force and their legal basis",
    sheet_assumptions: "Assumptions that affect the figures",
    sheet_link: "Scan or open this link to reopen the same simulation:",
    sign_kades: "Village Head",
    sign_sekdes: "Village Secretary",
    sign_kaur: "Head of Finance",
    sign_name: "(name and signature)",
    section_scenarios: "Scenarios",
    presets_title: "Start from a real program",
    preset_label: "Program",
    preset_sources: "This program's sources and notes",
    observed_title: "The source's amounts and the calculator's",
    observed_columns: ["Premium", "In the source", "By this calculator"],
    observed_person_month: |name| format!("{name}, per person a month"),
    observed_total: |period| format!("Whole program, {period}"),
    observed_why: "They may differ because the source gives no wage or income base; the calculator uses the rules and entries above and never bends its result to match the source.",
    preset_apply: "Use this program",
    share_title: "Share a link",
    share_note: "The link holds head counts, amounts and choices only — never a person's name, NIK or membership number.",
    share_link_label: "Link to this scenario",
    copy: "Copy link",
    whatsapp: "Send via WhatsApp",
    saved_title: "Saved on this device",
    autosave_note: "Your current entries are saved automatically on this device and restored when the page is opened again.",
    scenario_name: "Scenario name",
    save: "Save scenario",
    open: "Open",
    rename: "Rename",
    duplicate: "Duplicate",
    delete: "Delete",
    no_saved: "No saved scenarios yet.",
    unnamed_scenario: "Scenario",
    before_link: BEFORE_LINK,
    compare_title: "Compare scenarios",
    compare_hint: "Tick 2 to 4 scenarios (including the current entries and real programs). Differences are against the first column.",
    compare_current: "Current entries",
    difference: "difference",
    file_title: "Scenario file (JSON)",
    export_json: "Export JSON",
    import_json: "Import JSON",
    copied: "Link copied",
    copy_failed: "Could not copy: copy it from the box above",
    capacity_title: "How many people can we protect?",
    capacity_hint: "Give a budget ceiling: a rupiah amount or a percentage of the ADD. The app works out how many people fit, month by month with every rule.",
    capacity_mode: "Ceiling as",
    capacity_mode_amount: "Rupiah amount",
    capacity_mode_share: "Percentage of ADD",
    capacity_ceiling_amount: "Budget ceiling (Rp)",
    capacity_ceiling_share: "Ceiling (% of ADD)",
    capacity_ceiling_hint: "Example: 20.160.000 or Rp20 juta. For a percentage, choose \"Percentage of ADD\" above. Compared with: the village's / funder's share of the whole plan.",
    capacity_ceiling_share_hint: "Example: 5 % or 2,5. Compared with: the village's / funder's share of the whole plan, against ADD.",
    capacity_percent_in_amount: "A % sign means a share of ADD: choose \"Percentage of ADD\" under \"Ceiling as\", then type the number again.",
    capacity_added: |added, after, all| {
        let (n, m, t) = (ENGLISH.count(added.unsigned_abs()), ENGLISH.count(after.into()), ENGLISH.count(all.into()));
        match added {
            1.. => format!("{n} more people can be added, making {m}; {t} people in all."),
            0 => format!("No one more fits: {m} stay; {t} people in all."),
            _ => format!("{n} people must be taken off, leaving {m}; {t} people in all."),
        }
    },
    capacity_grow: "Category that grows",
    capacity_grow_all: "Every BPU category, in its current proportion",
    capacity_prompt: "Enter a ceiling to see how many people fit.",
    capacity_people: "People in the growing categories, afterwards",
    capacity_cost: "Cost of the plan",
    capacity_left: "Left of the ceiling",
    capacity_next: "One more person needs",
    capacity_apply: "Put into the plan",
    a_month_unit: "month",
    compare_cost: |period| format!("Cost {period}"),
    compare_payout: "Expected payout a year",
    protection_headline: |each, months, jkm| {
        format!("On average {each} per person (each category's premium differs, see its card) for {months} months protects one family with {jkm} if the member dies.")
    },
    printed_at: |d, month, y, h, min| format!("{d} {month} {y}, {h:02}:{min:02}"),
    sheet_unit_price: "Unit price",
    sheet_coverage_text: |c| {
        format!(
            "{} people protected. If a member dies of a non-work cause the family receives {}; from a work accident at least {}. Scholarships up to {} for {} children, paid per school year. Expected: {} deaths a year, {} paid a year; chance at least one family is paid this year {}, over {} years {}.",
            c.people, c.jkm, c.jkk, c.scholarship, c.children, c.deaths, c.payout, c.year, c.term_years, c.term
        )
    },
    sheet_rounding: "Each program per person per month rounded to the nearest rupiah (no official rule); in JHT and JP the village's and the worker's parts are each rounded on their own.",
    sheet_death_rate: |rate| format!("Death rate {rate} per 1,000 a year (Tanah Bumbu 2023)."),
    sheet_thirty_officials: |f| {
        format!("The village's share of officials' premiums counts inside the {} limit.", f.thirty)
    },
    oldest_age: "Oldest member's age (optional)",
    oldest_age_hint: "For the JP age warnings and the BPU entry age limit.",
    scheme: "Scheme",
    scheme_pu: "PU – wage earner (percent of wage)",
    scheme_bpu: "BPU – non-wage earner (declared income)",
    programs: "Programs",
    jkk_jkm_always: "JKK + JKM (always)",
    jht: "JHT (old-age savings)",
    jp: "JP (pension)",
    risk_class: "JKK risk class",
    funding: "Paid from",
    funding_hint: "District or provincial APBD money passed through ADD or as bantuan keuangan: choose APBD (ASSUMPTION), since premiums paid from APBD get no PP 50/2025 relief.",
    sector: "Sector",
    sector_transport: "Transport (ojek, drivers, couriers)",
    sector_other: "Other",
    death_rate: "Deaths per 1,000 insured per year",
    death_rate_hint: |f| format!("Default {} (Tanah Bumbu 2023). Other village programs: 2.2–4.4.", f.default_death_rate),
    adjustment: |f| format!("Cost with the {} BPU premium relief ({})", f.relief, f.relief_rule),
    adjustment_hint: "Not settled for premiums paid from the village budget. Default: full rate, so the budget is never short; the possible saving is shown apart.",
    insured_since: "First year insured (optional)",
    insured_since_hint: |f| format!("The year the village workers were first registered; for the JKM scholarship rule ({} years of contributions).", f.jkm_years),
    belanja: "Total APBDes spending (optional)",
    belanja_hint: |f| format!("For the {} check (PP 11/2019 Art. 100).", f.thirty),
    bengkok: "Spending funded from tanah bengkok (optional)",
    siltap: "Siltap & allowances of village head, officials, BPD already budgeted (optional)",
    capacity_error,
    import_problem,
};

pub fn input_error(error: &InputError) -> String {
    match error {
        InputError::Empty => "Required.".into(),
        InputError::NotANumber => "Not a number. Example: 2426640, 2.426.640 or Rp2,5 juta (dots group thousands, comma for decimals).".into(),
        InputError::Negative => "Cannot be negative.".into(),
        InputError::TooManyDecimals => "At most two decimals; use a comma for decimals and dots for thousands (2.426.640).".into(),
        InputError::TooLarge { max } => format!("Too large: at most {}.", ENGLISH.rupiah(*max)),
        InputError::NotWholeCount => "Must be a whole number (people).".into(),
        InputError::CountTooLarge { max } => format!("Too large: at most {} people.", ENGLISH.count(u64::from(*max))),
        InputError::OutOfRange { min, max } => {
            format!("Must be between {} and {}.", ENGLISH.number(*min, 2), ENGLISH.number(*max, 2))
        }
    }
}

pub fn plan_error(error: &PlanError) -> String {
    match error {
        PlanError::YearOutOfRange => {
            format!("Budget year outside {}–{}.", YEARS.start(), YEARS.end())
        }
        PlanError::InvalidPeriod => "The months budgeted run past December.".into(),
        PlanError::DeathRateOutOfRange => {
            format!(
                "The death rate must be between 0 and {0} per {0}.",
                Lang::En.number(MAX_DEATH_RATE_PER_MILLE, 0)
            )
        }
        PlanError::AmountOutOfRange { .. } => format!(
            "An amount is negative or above {}.",
            Lang::En.short_rupiah(MAX_AMOUNT)
        ),
        PlanError::CountOutOfRange { .. } => {
            format!("A head count is above {}.", Lang::En.count(MAX_COUNT))
        }
        PlanError::TooManyCategories => format!("Too many categories (at most {MAX_CATEGORIES})."),
        PlanError::NameTooLong { .. } => {
            format!("A name is too long (at most {MAX_NAME_CHARS} characters).")
        }
        PlanError::CodeTooLong { .. } => {
            format!("An account code is too long (at most {MAX_CODE_CHARS} characters).")
        }
        PlanError::AgeOutOfRange { .. } => format!("An age is at most {MAX_AGE}."),
        PlanError::InsuredSinceOutOfRange => format!(
            "The first year insured must be between {} and {}.",
            INSURED_SINCE_YEARS.start(),
            INSURED_SINCE_YEARS.end()
        ),
        PlanError::PlaceInvalid => "The picked village's code or names do not read.".into(),
    }
}

/// "The 2027 Dana Desa rules are not out yet; the 2026 prohibitions are used as the
/// reference. " when the rules of an earlier year stand in for `year`, else nothing.
fn stand_in(f: &Figures, year: i32) -> String {
    if f.dd_rules_year < year {
        format!(
            "The {year} Dana Desa rules are not out yet; the {} prohibitions are used as the reference. ",
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
    let l = Lang::En;
    let year = plan.period.year;
    let f = figures(Lang::En, law);
    match caution {
        Caution::RatesBeforeTable { from } => format!(
            "The rate table starts in {} {}; earlier months use the earliest rates on record. Check the rates in force then.",
            l.month_name(from.month),
            from.year
        ),
        Caution::JpCapSecondarySource => format!(
            "The JP wage cap of {} (from {}; {}) is so far known only from secondary sources, not the official text; confirm with BPJS Ketenagakerjaan.",
            f.jp_cap, f.jp_cap_since, f.jp_cap_basis
        ),
        Caution::JpCapNotPublished { from } => format!(
            "JP: the wage cap from {} {} is not yet published; months from then are costed at the last cap, {}. Update once BPJS Ketenagakerjaan announces it.",
            l.month_name(from.month), from.year, f.jp_cap
        ),
        Caution::DanaDesaUsed => format!(
            "Dana Desa: {}{} allows Dana Desa for employment social security especially for cash-for-work (PKTD) workers; for other vulnerable workers, RT/RW and cadres it is not prohibited but not named either. Check with the DPMD.",
            stand_in(&f, year),
            f.dd_basis
        ),
        Caution::DanaDesaProhibited { category } => format!(
            "{}: {}Dana Desa may not pay employment social security premiums of the village head, village officials and BPD members in {} ({}). Budget them from ADD or PADes.",
            name(*category), stand_in(&f, year), f.dd_rules_year, f.dd_basis
        ),
        Caution::DanaDesaContext => {
            let c = &f.dd_context;
            format!(
                "Dana Desa context (not a premium rule): under {}, {} of every village's {} Dana Desa ({} nationwide) pays instalments for the Koperasi Desa Merah Putih (KDMP), leaving {} of regular Dana Desa; village government operations may take at most {} of the regular part, and employment social security is not among its listed priorities.",
                c.basis, c.kdmp_share, c.year, c.kdmp_total, c.regular_total, c.operations_cap
            )
        }
        Caution::DanaDesaRulesUnchecked { year } => format!(
            "Dana Desa {year}: this calculator has not checked that year's Dana Desa rules (it checked the {} rules). Ask the DPMD whether premiums may be paid from Dana Desa.",
            f.dd_checked
        ),
        Caution::ExceedsAdd { over } => format!("The premium charged to ADD is more than the ADD by {}.", ENGLISH.rupiah(*over)),
        Caution::ThirtyPercentExceeded => format!("Siltap, allowances and officials' premiums exceed {} of village spending (PP 11/2019 Art. 100).", f.thirty),
        Caution::JpAge { category, pension_age } => format!(
            "{}: JP takes only people younger than {pension_age} (the pension age in {year}) when they join, and a monthly pension needs at least {} years of contributions; someone who reaches pension age with fewer only gets the contributions back as a lump sum. Enter the oldest member's age on the category card to check.",
            name(*category), f.jp_years
        ),
        Caution::JpAbovePensionAge { category, age, pension_age } => format!(
            "{}: the oldest member is {age}, already at the pension age of {pension_age}, so JP will not take them. Remove JP for this category or list the younger ones apart.",
            name(*category)
        ),
        Caution::JpLumpSumOnly { category, age, pension_age } => format!(
            "{}: the oldest member ({age}) reaches the pension age of {pension_age} before {} years of contributions, so gets no monthly pension, only the contributions back as a lump sum. Consider JHT alone for older members.",
            name(*category), f.jp_years
        ),
        Caution::BpuBelowLowestLevel { category } => format!(
            "{}: an income below {} is registered at the lowest level; costed at {}.",
            name(*category), f.bpu_floor, f.bpu_floor
        ),
        Caution::BpuLevelToConfirm { category } => format!(
            "{}: BPJS registers BPU members at set income levels; the branch office confirms the premium.",
            name(*category)
        ),
        Caution::InsuredAbovePopulation { category } => {
            format!("{}: more people insured than the category's total.", name(*category))
        }
        Caution::AdjustmentPossible { saving } => format!(
            "The {} relief ({} of BPU JKK + JKM) could save up to {} if it applies to premiums paid from APBDes. The budget is costed at the full rate.",
            f.relief_rule,
            f.relief,
            ENGLISH.rupiah(*saving)
        ),
        Caution::AdjustmentApplied { saving } => format!(
            "Costed with the {} relief: {} saved. Not yet certain for premiums paid from APBDes.",
            f.relief_rule,
            ENGLISH.rupiah(*saving)
        ),
        Caution::BpuAboveEntryAge { category, age, limit } => format!(
            "{}: the oldest member is {age}; BPJS branch offices may refuse new BPU members aged {limit} or more. Ask the branch office before registering them.",
            name(*category)
        ),
        Caution::BpuAgeNotGiven { limit } => format!(
            "BPU: BPJS branch offices may set an upper age for new members (e.g. {limit}). Enter the oldest member's age on the category card to check."
        ),
        Caution::ScholarshipNeedsThreeYears { years } => format!(
            "A scholarship after a non-work death (JKM) needs {years} years of contributions: a new program gives no JKM scholarship in its first {years} years (after a work accident no minimum applies). Enter the year the workers were first insured to check."
        ),
        Caution::ScholarshipNotYet { from_year, years } => format!(
            "JKM scholarship: with {years} years of contributions needed, a non-work death gives a scholarship only from {from_year}. A work-accident death still does."
        ),
        Caution::CountEachPersonOnce { first, second } => format!(
            "Count each person once: if the same person is on the {} card and also on the {} card (e.g. a village head who is also a cadre), they are enrolled twice and both pay out (Klaten 2024: 2 × Rp42 million), though from the same APBDes that only buys a second benefit. Register them once, unless on purpose.",
            name(*first), name(*second)
        ),
    }
}

pub fn capacity_error(
    error: &CapacityError,
    months: u8,
    plan: &dyn Fn(&PlanError) -> String,
) -> String {
    let l = Lang::En;
    let period = l.period_phrase(months);
    match error {
        CapacityError::Plan(e) => format!("The plan cannot be costed yet: {}", plan(e)),
        CapacityError::NoAdd => {
            "Enter the village fund allocation (ADD) in section 1 to use a ceiling as a percentage of it.".into()
        }
        CapacityError::NoCategory => "There is no category to grow: add a vulnerable-workers or another BPU category, or choose an existing one.".into(),
        CapacityError::FixedAboveCeiling { fixed, ceiling } => format!(
            "The categories that do not grow already need {} {period}, above the ceiling of {}. Raise the ceiling or reduce the other categories.",
            l.rupiah(*fixed),
            l.rupiah(*ceiling)
        ),
        CapacityError::TooSmallForOne { per_person, left } => format!(
            "This ceiling is too small for one person: one person needs {} {period}, and only {} is left of the ceiling.",
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
        K::InvalidJson { line, column } => format!("not valid JSON, line {line}, column {column}"),
        K::FileTooLarge => "file too large".into(),
        K::Missing => "required".into(),
        K::WrongType => "wrong type of value".into(),
        K::NotANumber => "not a number".into(),
        K::Negative => "cannot be negative".into(),
        K::TooLarge => "too large".into(),
        K::TooManyDecimals => "too many decimals".into(),
        K::NotWhole => "must be a whole number".into(),
        K::OutOfRange { min, max } => format!("must be within {min}–{max}"),
        K::TooLong { max } => format!("too long, at most {max}"),
        K::UnknownValue { allowed } => format!("must be one of {}", allowed.join(", ")),
        K::UnsupportedVersion => "unknown file version".into(),
        K::NotADesaCode => "not a Kemendagri village code (e.g. 15.08.02.2003)".into(),
        K::TooManyCategories => "too many categories".into(),
        K::Invalid(e) => plan(e),
        K::More { count: n } => format!("and {} more problems", count(*n)),
    }
}

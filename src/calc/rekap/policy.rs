//! One kabupaten policy for every village: the categories, schemes, bases, programs,
//! funding and period of one `Plan`, with each village's own counts, ADD, belanja and siltap.
//! Nothing else of the policy plan passes on: it is one village's plan (often the last one
//! on the village page), and its bengkok, populations or ages belong to that village alone.

use super::village::{cut_to_chars, VillageRow};
use crate::calc::budget::BudgetInputs;
use crate::calc::category::{ByKind, Category};
use crate::calc::plan::MAX_NAME_CHARS;
use crate::calc::Plan;

/// The plan of one village under `policy`: the policy's settings with the village's own
/// figures; a figure the row does not give is not given (no bengkok, population or age).
#[must_use]
pub fn village_plan(policy: &Plan, village: &VillageRow) -> Plan {
    let mut plan = policy.clone();
    fill_village_plan(&mut plan, policy, village);
    plan
}

/// Makes `plan`, a copy of `policy` (filled for another village or not), the plan of
/// `village` under `policy` in place, as `village_plan` gives it. The category names and
/// account codes, the same for every village, stay as copied: the rekap reuses one copy for
/// all its rows, and no name is copied or compared per village.
pub fn fill_village_plan(plan: &mut Plan, policy: &Plan, village: &VillageRow) {
    // Destructured in full, so a new field of `Plan` must be decided on here.
    let Plan {
        village: _,
        period,
        budget: _,
        death_rate_per_mille,
        apply_adjustment,
        categories,
        insured_since: _,
        place: _,
    } = policy;
    plan.village.clear();
    plan.village.push_str(&village.nama);
    // A longer name would put the plan outside the core's limits and zero the village.
    cut_to_chars(&mut plan.village, MAX_NAME_CHARS);
    plan.period = *period;
    plan.budget = BudgetInputs {
        alokasi_dana_desa: village.add,
        belanja: village.belanja,
        siltap: village.siltap,
        ..BudgetInputs::default()
    };
    plan.death_rate_per_mille = *death_rate_per_mille;
    plan.apply_adjustment = *apply_adjustment;
    plan.insured_since = None;
    plan.place = None;
    if plan.categories.len() != categories.len() {
        plan.categories.clone_from(categories);
    }
    let mut taken = ByKind::filled(false);
    for (c, p) in plan.categories.iter_mut().zip(categories) {
        village_category(c, p, village, &mut taken);
    }
}

/// Makes `c`, a copy of the policy category `policy`, that category for the village. Only the
/// first category of a default kind takes the row's count (and its base/funding override); a
/// later one of that kind, or one of the user's own kinds, has no column in the spreadsheet, so
/// no one. What every village takes from the policy alike (names, codes) stays as copied.
fn village_category(
    c: &mut Category,
    policy: &Category,
    village: &VillageRow,
    taken: &mut ByKind<bool>,
) {
    // Destructured in full, so a new field of `Category` must be decided on here.
    let Category {
        id,
        kind,
        name,
        insured: _,
        population: _,
        scheme,
        base,
        jht,
        jp,
        risk_class,
        funding,
        sector,
        account_code,
        oldest_age: _,
    } = policy;
    // Taken from the policy by the copy (`village_plan`, or the rekap's once for every row).
    let _ = (id, kind, name, account_code);
    c.insured = 0;
    c.population = None;
    c.scheme = *scheme;
    c.base = *base;
    c.jht = *jht;
    c.jp = *jp;
    c.risk_class = *risk_class;
    c.funding = *funding;
    c.sector = *sector;
    c.oldest_age = None;
    if kind.spreadsheet_index().is_some() {
        if !taken[*kind] {
            c.insured = village.counts[*kind];
            taken[*kind] = true;
        }
        if let Some(b) = village.bases[*kind] {
            c.base = b;
        }
        if let Some(f) = village.funding[*kind] {
            c.funding = f;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::CategoryKind;
    use crate::codec::villages_csv;

    #[test]
    fn village_counts_and_add_replace_the_policy_s() {
        let import = match villages_csv::parse(villages_csv::TEMPLATE) {
            Ok(i) => i,
            Err(e) => panic!("{e:?}"),
        };
        let policy = Plan::default();
        let plan = village_plan(&policy, &import.villages[0]);
        assert_eq!(plan.village, "Contoh Satu");
        assert_eq!(plan.budget.alokasi_dana_desa, import.villages[0].add);
        let counts: Vec<u32> = plan.categories.iter().map(|c| c.insured).collect();
        assert_eq!(counts, vec![1, 1, 6, 5, 4, 10, 25]);
        assert_eq!(plan.categories[0].scheme, policy.categories[0].scheme);
    }

    #[test]
    fn only_the_policy_comes_from_the_policy_the_rest_from_the_row() {
        use crate::calc::budget::BudgetInputs;
        use crate::calc::category::{Category, FundingSource};
        use crate::calc::money::Rupiah;
        let rp = Rupiah::from_whole;
        // The village page's last plan: its own budget, populations, ages and start year.
        let mut policy = Plan {
            village: "Desa Kebijakan".into(),
            ..Plan::default()
        };
        policy.period.first_month = 4;
        policy.period.months = 9;
        policy.apply_adjustment = true;
        policy.insured_since = Some(2015);
        policy.budget = BudgetInputs {
            alokasi_dana_desa: Some(rp(900_000_000)),
            belanja: Some(rp(2_000_000_000)),
            bengkok: Some(rp(150_000_000)),
            siltap: Some(rp(400_000_000)),
        };
        for c in &mut policy.categories {
            c.population = Some(500);
            c.oldest_age = Some(64);
            c.jht = true;
            c.funding = FundingSource::PaDes;
        }
        policy
            .categories
            .push(Category::new(CategoryKind::Lainnya, 12));
        let row = VillageRow {
            add: Some(rp(300_000_000)),
            counts: crate::calc::rekap::village::counts_in_columns([1, 1, 4, 5, 0, 0, 9, 0, 0]),
            belanja: Some(rp(1_000_000_000)),
            ..VillageRow::named(2, "1", "A", "K")
        };
        let plan = village_plan(&policy, &row);
        // The row's budget figures, and nothing of the policy village's (no bengkok).
        assert_eq!(
            plan.budget,
            BudgetInputs {
                alokasi_dana_desa: row.add,
                belanja: row.belanja,
                ..BudgetInputs::default()
            }
        );
        assert_eq!(plan.insured_since, None);
        for c in &plan.categories {
            assert_eq!(c.population, None, "{:?}", c.kind);
            assert_eq!(c.oldest_age, None, "{:?}", c.kind);
        }
        // The spreadsheet has no column for a category of its own: no one is given.
        assert_eq!(plan.categories[7].insured, 0);
        // What is policy stays: period, switch, death rate, schemes, programs, funding.
        assert_eq!(plan.period, policy.period);
        assert!(plan.apply_adjustment);
        assert_eq!(plan.death_rate_per_mille, policy.death_rate_per_mille);
        for (p, c) in policy.categories.iter().zip(&plan.categories) {
            let as_policy = Category {
                insured: c.insured,
                population: None,
                oldest_age: None,
                ..p.clone()
            };
            assert_eq!(*c, as_policy);
        }
    }

    #[test]
    fn a_policy_with_the_optional_kinds_takes_their_counts_from_the_row() {
        let text = "kode desa;nama desa;kecamatan;ADD;staf desa;pekerja keagamaan\n11.01;Satu;X;1000;4;12\n";
        let import = villages_csv::parse(text).unwrap_or_else(|e| panic!("{e:?}"));
        let policy = Plan {
            categories: vec![
                Category::new(CategoryKind::StafDesa, 499),
                Category::new(CategoryKind::PekerjaKeagamaan, 649),
            ],
            ..Plan::default()
        };
        let plan = village_plan(&policy, &import.villages[0]);
        let counts: Vec<u32> = plan.categories.iter().map(|c| c.insured).collect();
        assert_eq!(counts, [4, 12]);
    }
}

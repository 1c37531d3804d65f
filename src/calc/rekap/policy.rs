//! One kabupaten policy for every village: the categories, schemes, bases, programs and
//! funding of one `Plan`, with each village's own counts, ADD, belanja and siltap.

use super::village::VillageRow;
use crate::calc::category::CategoryKind;
use crate::calc::Plan;

/// The plan of one village under `policy`: each default category of the policy gets the
/// village's count (and its base/funding override where the spreadsheet gives one).
#[must_use]
pub fn village_plan(policy: &Plan, village: &VillageRow) -> Plan {
    let mut plan = policy.clone();
    plan.village = village.nama.clone();
    plan.budget.alokasi_dana_desa = village.add;
    plan.budget.belanja = village.belanja;
    plan.budget.siltap = village.siltap;
    for (i, kind) in CategoryKind::DEFAULTS.iter().enumerate() {
        // Only the first category of a kind takes the count; a kind the policy lacks gets none.
        let mut first = true;
        for cat in plan.categories.iter_mut().filter(|c| c.kind == *kind) {
            cat.insured = if first { village.counts[i] } else { 0 };
            if let Some(base) = village.bases[i] {
                cat.base = base;
            }
            if let Some(funding) = village.funding[i] {
                cat.funding = funding;
            }
            first = false;
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
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
}

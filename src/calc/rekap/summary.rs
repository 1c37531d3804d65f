//! Figures per village, per kecamatan and for the kabupaten.
//!
//! Speed: a category's cost is its per-person months times its people (`premium::category_cost`),
//! so one unit cost per distinct category setting is shared by every village that uses it (and
//! its cost for n people is multiplied once per n), and the budget fit and group view are then
//! built with the same assembly `calculate()` uses. A village keeps no plan of its own, only
//! where it came from; a rekap made again moves its totals by the villages that changed.

use super::policy::{fill_village_plan, village_plan};
use super::village::VillageRow;
use crate::calc::benefit::{person_benefits, Chances, GroupCoverage, PersonBenefits};
use crate::calc::budget::{dana_desa_use, BudgetFit, DanaDesaUse};
use crate::calc::category::{ByKind, BySource, Category};
use crate::calc::head_count_memo::HeadCountMemo;
use crate::calc::law::{Law, RateTable};
use crate::calc::money::Rupiah;
use crate::calc::outcome::assemble;
use crate::calc::period::{BudgetPeriod, YearMonth};
use crate::calc::plan::PlanError;
use crate::calc::premium::{category_cost, CategoryCost};
use crate::calc::program::ByProgram;
use crate::calc::Plan;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::sync::Arc;

/// Default flag threshold: premium charged to ADD above 5 % of ADD.
pub const DEFAULT_ADD_THRESHOLD: Decimal = dec!(0.05);

/// Why a village is flagged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// Siltap and allowances with the premium over 30 % of belanja (PP 11/2019 Pasal 100).
    pub over_thirty_percent: bool,
    /// Premium charged to ADD above the chosen share of ADD.
    pub above_add_threshold: bool,
    /// Dana Desa pays for kepala desa, perangkat or BPD (prohibited in 2026, RULES.md §3).
    pub dana_desa_for_officials: bool,
    /// No one is insured.
    pub no_one_insured: bool,
    /// The spreadsheet row had problems, or the plan is outside the core's limits.
    pub has_problems: bool,
}

impl Flags {
    /// True when any flag is raised.
    #[must_use]
    pub fn any(self) -> bool {
        self.over_thirty_percent
            || self.above_add_threshold
            || self.dana_desa_for_officials
            || self.no_one_insured
            || self.has_problems
    }

    /// The words of the raised flags, in the order of the fields; `words` names them in
    /// that order (30 %, above ADD, Dana Desa, no one insured, problems).
    #[must_use]
    pub fn named<T: Copy>(self, words: [T; 5]) -> Vec<T> {
        [
            self.over_thirty_percent,
            self.above_add_threshold,
            self.dana_desa_for_officials,
            self.no_one_insured,
            self.has_problems,
        ]
        .into_iter()
        .zip(words)
        .filter_map(|(raised, word)| raised.then_some(word))
        .collect()
    }
}

/// One village's rekap figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VillageFigures {
    /// The row as read.
    pub village: VillageRow,
    /// Where the village's plan comes from ([`VillageFigures::plan`] gives the plan itself).
    pub source: VillagePlan,
    /// Premium per month (first month covered), payer and worker.
    pub monthly: ByProgram,
    /// Premium over the period, payer and worker.
    pub period: ByProgram,
    /// Against the village budget (same as `calculate(&plan).sums.budget`).
    pub budget: BudgetFit,
    /// Group view (same as `calculate(&plan).sums.group`).
    pub group: GroupCoverage,
    /// People insured per kind (the user's own kinds too).
    pub people: ByKind<u32>,
    /// Why it is flagged.
    pub flags: Flags,
}

/// Sums over a set of villages (a kecamatan or the kabupaten).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Villages counted.
    pub villages: usize,
    /// People insured per kind.
    pub people: ByKind<u64>,
    /// Premium per month, payer and worker.
    pub monthly: Rupiah,
    /// Premium over the period, payer and worker.
    pub period: Rupiah,
    /// Payer (desa/government) share over the period.
    pub payer: Rupiah,
    /// Workers' share over the period.
    pub worker: Rupiah,
    /// Payer share per funding source.
    pub by_source: BySource<Rupiah>,
    /// ADD (Alokasi Dana Desa) summed over villages that give it.
    pub alokasi_dana_desa: Rupiah,
    /// Premium charged to ADD over the period.
    pub charged_to_add: Rupiah,
    /// Expected deaths per year.
    pub expected_deaths_per_year: Decimal,
    /// Expected payout per year.
    pub expected_payout_per_year: Rupiah,
    /// Insured in categories whose population is given, and that population.
    pub protected_where_known: u64,
    /// Population given.
    pub population: u64,
    /// Villages flagged for any reason.
    pub flagged: usize,
}

/// Where a village's plan comes from: the policy with the row's own figures, or the village's
/// own plan (a JSON file). The rekap keeps no plan per village: tens of thousands of copies of
/// the policy's categories are most of a large rekap's time and memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VillagePlan {
    /// `village_plan(policy, row)`, made again when asked for.
    Policy(Arc<Plan>),
    /// The village's own plan.
    Own(Box<Plan>),
}

impl VillageFigures {
    /// The plan the village was costed by (the policy's with the row's figures, or its own).
    #[must_use]
    pub fn plan(&self) -> Plan {
        match &self.source {
            VillagePlan::Policy(policy) => village_plan(policy, &self.village),
            VillagePlan::Own(plan) => (**plan).clone(),
        }
    }

    /// The months the village is costed for.
    #[must_use]
    pub fn months(&self) -> u8 {
        match &self.source {
            VillagePlan::Policy(plan) => plan.period.months,
            VillagePlan::Own(plan) => plan.period.months,
        }
    }

    /// The village's ADD (Alokasi Dana Desa), when given.
    #[must_use]
    pub fn alokasi_dana_desa(&self) -> Option<Rupiah> {
        match &self.source {
            VillagePlan::Policy(_) => self.village.add,
            VillagePlan::Own(plan) => plan.budget.alokasi_dana_desa,
        }
    }

    /// People insured in the village, every category.
    #[must_use]
    pub fn insured(&self) -> u64 {
        self.people.values().iter().map(|p| u64::from(*p)).sum()
    }
}

impl Totals {
    /// People insured, every category.
    #[must_use]
    pub fn people_total(&self) -> u64 {
        self.people.values().iter().sum()
    }

    /// The premium charged to ADD as a share of ADD; None when no ADD is given.
    #[must_use]
    pub fn add_share(&self) -> Option<Decimal> {
        self.charged_to_add.ratio_to(self.alokasi_dana_desa)
    }

    /// Share of the population insured, counting only categories whose population is
    /// given; None when none is.
    #[must_use]
    pub fn coverage(&self) -> Option<Decimal> {
        Decimal::from(self.protected_where_known).checked_div(Decimal::from(self.population))
    }

    /// Adds the sums of other villages.
    pub fn merge(&mut self, o: &Totals) {
        // Destructured in full, so a new field of `Totals` must be decided on here.
        let Totals {
            villages,
            people,
            monthly,
            period,
            payer,
            worker,
            by_source,
            alokasi_dana_desa,
            charged_to_add,
            expected_deaths_per_year,
            expected_payout_per_year,
            protected_where_known,
            population,
            flagged,
        } = o;
        self.villages += villages;
        self.people.add(people, |t, p| *t += p);
        self.monthly = self.monthly + *monthly;
        self.period = self.period + *period;
        self.payer = self.payer + *payer;
        self.worker = self.worker + *worker;
        self.by_source.add(by_source, |t, s| *t = *t + s);
        self.alokasi_dana_desa = self.alokasi_dana_desa + *alokasi_dana_desa;
        self.charged_to_add = self.charged_to_add + *charged_to_add;
        self.expected_deaths_per_year += *expected_deaths_per_year;
        self.expected_payout_per_year = self.expected_payout_per_year + *expected_payout_per_year;
        self.protected_where_known += protected_where_known;
        self.population += population;
        self.flagged += flagged;
    }

    /// Adds one village.
    pub fn add(&mut self, v: &VillageFigures) {
        self.count(v, true);
    }

    /// Takes out one village that was added (exact sums: as if it had never been added).
    pub fn remove(&mut self, v: &VillageFigures) {
        self.count(v, false);
    }

    /// Adds one village, or takes it out again when `adding` is false.
    fn count(&mut self, v: &VillageFigures, adding: bool) {
        let money = |t: &mut Rupiah, x: Rupiah| *t = if adding { *t + x } else { *t - x };
        let heads = |t: &mut u64, x: u64| {
            *t = if adding {
                t.saturating_add(x)
            } else {
                t.saturating_sub(x)
            }
        };
        let one = |t: &mut usize| {
            *t = if adding {
                t.saturating_add(1)
            } else {
                t.saturating_sub(1)
            }
        };
        one(&mut self.villages);
        self.people.add(&v.people, |t, p| heads(t, u64::from(p)));
        money(&mut self.monthly, v.monthly.total().total());
        let period = v.period.total();
        money(&mut self.period, period.total());
        money(&mut self.payer, period.payer);
        money(&mut self.worker, period.worker);
        self.by_source.add(&v.budget.by_source, |t, s| money(t, s));
        money(&mut self.charged_to_add, v.budget.charged_to_add);
        let add = v.alokasi_dana_desa().unwrap_or(Rupiah::ZERO);
        money(&mut self.alokasi_dana_desa, add);
        let deaths = v.group.expected_deaths_per_year;
        if adding {
            self.expected_deaths_per_year += deaths;
        } else {
            self.expected_deaths_per_year -= deaths;
        }
        money(
            &mut self.expected_payout_per_year,
            v.group.expected_payout_per_year,
        );
        let known = u64::from(v.group.protected_where_known);
        heads(&mut self.protected_where_known, known);
        heads(
            &mut self.population,
            u64::from(v.group.population.unwrap_or(0)),
        );
        if v.flags.any() {
            one(&mut self.flagged);
        }
    }
}

/// The whole rekap.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rekap {
    /// Every village, in input order.
    pub villages: Vec<VillageFigures>,
    /// Per kecamatan, sorted by name.
    pub kecamatan: Vec<(String, Totals)>,
    /// The kabupaten.
    pub total: Totals,
}

/// One person's cost and benefits for one category setting and period.
struct Unit {
    key: Category,
    period: BudgetPeriod,
    adjustment: bool,
    cost: CategoryCost,
    benefits: PersonBenefits,
    /// The cost of `n` people, for the head counts asked for so far (a village's category
    /// has tens).
    scaled: HeadCountMemo<Scaled, 1_024>,
}

/// A unit's cost for a number of people: first month, period, PP 50/2025 saving.
#[derive(Clone, Copy)]
struct Scaled {
    first: ByProgram,
    period: ByProgram,
    saving: Rupiah,
}

impl Unit {
    /// The unit's cost for `people`, multiplied once per head count.
    fn scaled(&mut self, people: u32) -> Scaled {
        let cost = &self.cost;
        self.scaled.get(people, || Scaled {
            first: cost.first.times(people),
            period: cost.period.times(people),
            saving: cost.adjustment_saving.times(people),
        })
    }
}

/// Unit costs (one person) shared between villages with the same category settings and the
/// same period (a village's own plan may cost another year or fewer months).
#[derive(Default)]
struct UnitCosts {
    entries: Vec<Unit>,
    /// The law of each period's months, resolved once per period.
    laws: Vec<(BudgetPeriod, Vec<Law>)>,
    /// Where the search for the next unit starts: after the last one found, since villages
    /// list their categories in the same order (one comparison per category, not dozens).
    next: usize,
}

/// True when two categories cost the same per person: every field but the head counts and
/// the words (name, account code), which no cost or benefit reads.
/// (Destructured in full, so a new field of `Category` must be decided on here.)
fn same_unit(a: &Category, b: &Category) -> bool {
    let Category {
        id: _,
        kind,
        name: _,
        insured: _,
        population: _,
        scheme,
        base,
        jht,
        jp,
        risk_class,
        sector,
        funding,
        account_code: _,
        oldest_age,
    } = a;
    *kind == b.kind
        && *scheme == b.scheme
        && *base == b.base
        && *jht == b.jht
        && *jp == b.jp
        && *risk_class == b.risk_class
        && *sector == b.sector
        && *funding == b.funding
        && *oldest_age == b.oldest_age
}

impl UnitCosts {
    /// The cost of `category` for its people, and one person's benefits. Only the first
    /// month is kept of the month list (the rekap shows no other), which is most of the saving.
    fn cost(&mut self, category: &Category, plan: &Plan) -> (CategoryCost, PersonBenefits) {
        let people = category.insured;
        let (period, adjustment) = (plan.period, plan.apply_adjustment);
        let start = self.next.min(self.entries.len());
        let (head, tail) = self.entries.split_at(start);
        let found = tail
            .iter()
            .chain(head)
            .position(|u| {
                u.period == period && u.adjustment == adjustment && same_unit(&u.key, category)
            })
            .map(|i| (i + start) % self.entries.len().max(1));
        let index = match found {
            Some(i) => i,
            None => {
                let mut key = category.clone();
                key.insured = 1;
                key.population = None;
                let laws = self.laws(&period);
                let cost = category_cost(&key, laws, adjustment);
                let first = self.law(&period);
                let benefits = person_benefits(&key, &first);
                self.entries.push(Unit {
                    key,
                    period,
                    adjustment,
                    cost,
                    benefits,
                    scaled: HeadCountMemo::default(),
                });
                self.entries.len() - 1
            }
        };
        self.next = index + 1;
        let Some(unit) = self.entries.get_mut(index) else {
            // Not reached: the unit was found or pushed above.
            let laws = RateTable::official().period(&period);
            let full = category_cost(category, &laws, adjustment);
            return (full, person_benefits(category, &self.law(&period)));
        };
        let scaled = unit.scaled(people);
        let cost = CategoryCost {
            people,
            per_person: Arc::clone(&unit.cost.per_person),
            first: scaled.first,
            months: Vec::new(),
            period: scaled.period,
            adjustment_saving: scaled.saving,
            adjusted: unit.cost.adjusted && people > 0,
            jp_cap_unpublished: unit.cost.jp_cap_unpublished,
        };
        (cost, unit.benefits)
    }

    /// The law of each month of `period`, resolved once per period.
    fn laws(&mut self, period: &BudgetPeriod) -> &[Law] {
        let i = match self.laws.iter().position(|(p, _)| p == period) {
            Some(i) => i,
            None => {
                self.laws
                    .push((*period, RateTable::official().period(period)));
                self.laws.len() - 1
            }
        };
        self.laws.get(i).map_or(&[][..], |(_, l)| l.as_slice())
    }

    /// The law of the first month of `period`.
    fn law(&mut self, period: &BudgetPeriod) -> Law {
        let first = YearMonth::new(period.year, period.first_month);
        self.laws(period)
            .first()
            .cloned()
            .unwrap_or_else(|| RateTable::official().at(first))
    }
}

/// What costing a village needs beside its row: the shared unit costs, the remembered
/// chances, and buffers used again for every village (no allocation per village).
#[derive(Default)]
pub(super) struct Costing {
    units: UnitCosts,
    chances: Chances,
    costs: Vec<CategoryCost>,
    benefits: Vec<PersonBenefits>,
    /// The plan of the village being costed, filled in place from the policy: a `Costing`
    /// serves the villages of one policy (`rekap`, `rekap_again`), whose copy this is.
    plan: Option<Plan>,
}

impl Costing {
    /// Figures of one village: its categories priced from shared unit costs, then the same
    /// assembly as `calculate`.
    pub(super) fn figures(
        &mut self,
        village: VillageRow,
        source: VillagePlan,
        threshold: Decimal,
    ) -> VillageFigures {
        let plan: &Plan = match &source {
            VillagePlan::Policy(policy) => {
                let plan = self.plan.get_or_insert_with(|| (**policy).clone());
                fill_village_plan(plan, policy, &village);
                plan
            }
            VillagePlan::Own(plan) => plan,
        };
        let valid: Result<(), PlanError> = plan.check();
        let cats: &[Category] = if valid.is_ok() { &plan.categories } else { &[] };
        self.costs.clear();
        self.benefits.clear();
        for c in cats {
            let (cost, benefits) = self.units.cost(c, plan);
            self.costs.push(cost);
            self.benefits.push(benefits);
        }
        let law = self.units.law(&plan.period);
        let sums = assemble(
            plan,
            cats,
            &self.costs,
            &self.benefits,
            &law,
            &mut self.chances,
        );
        let mut people = ByKind::<u32>::default();
        for c in cats {
            // Every kind, the user's own too: they are costed, so they are counted.
            people[c.kind] = people[c.kind].saturating_add(c.insured);
        }
        let budget = sums.budget;
        let flags = Flags {
            // The first thing a camat checks in an APBDes: a breach is flagged like the rest.
            over_thirty_percent: budget.thirty_percent.is_some_and(|c| !c.within),
            above_add_threshold: above(&budget, threshold),
            // Judged by the year's Dana Desa rules (a dated table); a year not checked is not
            // flagged.
            dana_desa_for_officials: cats.iter().any(|c| {
                c.insured > 0
                    && matches!(
                        dana_desa_use(c, plan.period.year),
                        DanaDesaUse::Prohibited(_)
                    )
            }),
            no_one_insured: cats.iter().all(|c| c.insured == 0),
            has_problems: village.has_problems || valid.is_err(),
        };
        VillageFigures {
            village,
            monthly: sums.first_month,
            period: sums.period,
            budget,
            group: sums.group,
            people,
            flags,
            source,
        }
    }
}

/// True when the premium charged to ADD is above `threshold` of ADD.
pub(super) fn above(budget: &BudgetFit, threshold: Decimal) -> bool {
    budget.add_share.is_some_and(|s| s > threshold)
}

/// The rekap of spreadsheet rows under one policy plus whole village plans (JSON files).
#[must_use]
pub fn rekap(
    policy: &Plan,
    rows: &[VillageRow],
    own_plans: Vec<(VillageRow, Plan)>,
    threshold: Decimal,
) -> Rekap {
    rekap_taking(policy, rows, own_plans, threshold, |_| None)
}

/// `rekap(policy, rows, own_plans, threshold)`, taking a row's figures from `made` when it has
/// them (made ahead under the same policy, `ahead`) instead of costing the row.
pub(super) fn rekap_taking(
    policy: &Plan,
    rows: &[VillageRow],
    own_plans: Vec<(VillageRow, Plan)>,
    threshold: Decimal,
    mut made: impl FnMut(&VillageRow) -> Option<VillageFigures>,
) -> Rekap {
    let mut costing = Costing::default();
    let policy = Arc::new(policy.clone());
    let mut villages: Vec<VillageFigures> = Vec::with_capacity(rows.len() + own_plans.len());
    for row in rows {
        let figures = made(row).unwrap_or_else(|| {
            let source = VillagePlan::Policy(Arc::clone(&policy));
            costing.figures(row.clone(), source, threshold)
        });
        villages.push(figures);
    }
    for (row, plan) in own_plans {
        // A village's own plan has its own settings; its unit costs are shared like the rest.
        villages.push(costing.figures(row, VillagePlan::Own(Box::new(plan)), threshold));
    }
    let (kecamatan, total) = sums(&villages);
    Rekap {
        villages,
        kecamatan,
        total,
    }
}

/// `rekap(policy, rows, own_plans, threshold)` from `old`, the rekap of `old_rows` rows under
/// the same `policy`: a village whose row (and own plan) is the one `old` has in its place
/// keeps its figures, with only its ADD flag set for `threshold`; only the others are costed.
/// A change of threshold or a typed cell so costs no village, or one, of tens of thousands,
/// and the totals then change by the villages that changed, not by a sum over all of them.
#[must_use]
pub fn rekap_again(
    old: Rekap,
    old_rows: usize,
    policy: &Plan,
    rows: &[VillageRow],
    own_plans: &[(VillageRow, Plan)],
    threshold: Decimal,
) -> Rekap {
    rekap_again_taking(old, old_rows, policy, rows, own_plans, threshold, |_| None)
}

/// [`rekap_again`], taking a row's figures from `made` when villages came or went (a file
/// added) and every row is costed again.
pub(super) fn rekap_again_taking(
    old: Rekap,
    old_rows: usize,
    policy: &Plan,
    rows: &[VillageRow],
    own_plans: &[(VillageRow, Plan)],
    threshold: Decimal,
    made: impl FnMut(&VillageRow) -> Option<VillageFigures>,
) -> Rekap {
    if old_rows != rows.len() || old.villages.len() != rows.len() + own_plans.len() {
        // Villages came or went: places no longer match, so everything is costed again.
        return rekap_taking(policy, rows, own_plans.to_vec(), threshold, made);
    }
    let Rekap {
        mut villages,
        mut kecamatan,
        mut total,
    } = old;
    let mut costing = Costing::default();
    let mut shared: Option<Arc<Plan>> = None;
    // The villages costed again, with their figures as they were.
    let mut changed: Vec<(usize, VillageFigures)> = Vec::new();
    let (sheet, own) = villages.split_at_mut(rows.len());
    for (i, (v, row)) in sheet.iter_mut().zip(rows).enumerate() {
        if v.village == *row {
            v.flags.above_add_threshold = above(&v.budget, threshold);
        } else {
            let policy = shared.get_or_insert_with(|| Arc::new(policy.clone()));
            let source = VillagePlan::Policy(Arc::clone(policy));
            let new = costing.figures(row.clone(), source, threshold);
            changed.push((i, std::mem::replace(v, new)));
        }
    }
    for (i, (v, (row, plan))) in own.iter_mut().zip(own_plans).enumerate() {
        let same_plan = matches!(&v.source, VillagePlan::Own(p) if **p == *plan);
        if v.village == *row && same_plan {
            v.flags.above_add_threshold = above(&v.budget, threshold);
        } else {
            let source = VillagePlan::Own(Box::new(plan.clone()));
            let new = costing.figures(row.clone(), source, threshold);
            changed.push((rows.len() + i, std::mem::replace(v, new)));
        }
    }
    // Flags may have moved everywhere (a new threshold): they are counted again in full.
    let few = changed.len() <= villages.len() / 8;
    if few {
        for (i, was) in &changed {
            let Some(now) = villages.get(*i) else {
                continue;
            };
            total.remove(was);
            total.add(now);
            remove_from(&mut kecamatan, was);
            add_to(&mut kecamatan, now);
        }
        count_flags(&villages, &mut kecamatan, &mut total);
    } else {
        (kecamatan, total) = sums(&villages);
    }
    Rekap {
        villages,
        kecamatan,
        total,
    }
}

/// Counts the flagged villages of every kecamatan and of the kabupaten again.
fn count_flags(
    villages: &[VillageFigures],
    kecamatan: &mut [(String, Totals)],
    total: &mut Totals,
) {
    total.flagged = 0;
    for (_, t) in kecamatan.iter_mut() {
        t.flagged = 0;
    }
    // The last kecamatan found: rows of a kecamatan mostly come together.
    let mut last: Option<usize> = None;
    for v in villages.iter().filter(|v| v.flags.any()) {
        total.flagged += 1;
        let name = v.village.kecamatan.as_str();
        let same = last.filter(|i| kecamatan.get(*i).is_some_and(|(k, _)| k == name));
        let found = same.or_else(|| {
            kecamatan
                .binary_search_by(|(k, _)| k.as_str().cmp(name))
                .ok()
        });
        if let Some((_, t)) = found.and_then(|i| kecamatan.get_mut(i)) {
            t.flagged += 1;
        }
        last = found;
    }
}

/// Takes village `v` out of its kecamatan's totals; a kecamatan left without villages goes.
fn remove_from(kecamatan: &mut Vec<(String, Totals)>, v: &VillageFigures) {
    let name = v.village.kecamatan.as_str();
    if let Ok(i) = kecamatan.binary_search_by(|(k, _)| k.as_str().cmp(name)) {
        let empty = kecamatan.get_mut(i).is_some_and(|(_, t)| {
            t.remove(v);
            t.villages == 0
        });
        if empty {
            kecamatan.remove(i);
        }
    }
}

/// Adds village `v` to its kecamatan's totals; a kecamatan not there yet comes in its place.
fn add_to(kecamatan: &mut Vec<(String, Totals)>, v: &VillageFigures) {
    let name = v.village.kecamatan.as_str();
    match kecamatan.binary_search_by(|(k, _)| k.as_str().cmp(name)) {
        Ok(i) => {
            if let Some((_, t)) = kecamatan.get_mut(i) {
                t.add(v);
            }
        }
        Err(i) => {
            let mut t = Totals::default();
            t.add(v);
            kecamatan.insert(i, (name.to_string(), t));
        }
    }
}

/// The totals per kecamatan (sorted by name) and for the kabupaten.
fn sums(villages: &[VillageFigures]) -> (Vec<(String, Totals)>, Totals) {
    // Keyed by the village's own text: no name is copied per village, only per kecamatan.
    let mut by_kec: std::collections::BTreeMap<&str, Totals> = Default::default();
    // Rows of a kecamatan mostly come together: they are summed apart and added at once, so
    // the map is searched once per run of rows, not once per village.
    let mut run: Option<(&str, Totals)> = None;
    for v in villages {
        let name = v.village.kecamatan.as_str();
        match &mut run {
            Some((k, t)) if *k == name => t.add(v),
            _ => {
                if let Some((k, t)) = run.take() {
                    by_kec.entry(k).or_default().merge(&t);
                }
                let mut t = Totals::default();
                t.add(v);
                run = Some((name, t));
            }
        }
    }
    if let Some((k, t)) = run {
        by_kec.entry(k).or_default().merge(&t);
    }
    // The kabupaten is the sum of its kecamatan (exact sums: the same as over its villages).
    let mut total = Totals::default();
    for t in by_kec.values() {
        total.merge(t);
    }
    let kecamatan = by_kec
        .into_iter()
        .map(|(k, t)| (k.to_string(), t))
        .collect();
    (kecamatan, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::category::CategoryKind;
    use crate::calc::category::FundingSource;
    use crate::calc::rekap::village::counts_in_columns;
    use crate::codec::villages_csv;

    fn template_rekap() -> Rekap {
        let import = match villages_csv::parse(villages_csv::TEMPLATE) {
            Ok(i) => i,
            Err(e) => panic!("{e:?}"),
        };
        rekap(
            &Plan::default(),
            &import.villages,
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        )
    }

    #[test]
    fn totals_count_people_and_coverage_only_where_the_population_is_given() {
        let r = template_rekap();
        let insured: u64 = r.villages.iter().map(VillageFigures::insured).sum();
        assert_eq!(r.total.people_total(), insured);
        let none = Totals {
            population: 0,
            protected_where_known: 0,
            ..r.total.clone()
        };
        assert_eq!(none.coverage(), None);
        let half = Totals {
            population: 10,
            protected_where_known: 5,
            ..r.total.clone()
        };
        assert_eq!(half.coverage(), Some(Decimal::new(5, 1)));
    }

    #[test]
    fn a_village_plan_of_another_period_is_costed_for_its_own_months() {
        let import = match villages_csv::parse(villages_csv::TEMPLATE) {
            Ok(i) => i,
            Err(e) => panic!("{e:?}"),
        };
        let mut own = Plan::default();
        own.period.first_month = 7;
        own.period.months = 6;
        own.categories[6].insured = 25;
        let mut other_year = Plan::default();
        other_year.period.year = 2025;
        let villages_own = vec![
            (import.villages[0].clone(), own.clone()),
            (import.villages[1].clone(), other_year.clone()),
        ];
        let r = rekap(
            &Plan::default(),
            &import.villages,
            villages_own,
            DEFAULT_ADD_THRESHOLD,
        );
        for (figures, plan) in r.villages[3..].iter().zip([own, other_year]) {
            let Ok(o) = calculate(&plan) else {
                panic!("plan rejected")
            };
            assert_eq!(figures.period, o.sums.period);
            assert_eq!(
                figures.group.expected_payout_per_year,
                o.sums.group.expected_payout_per_year
            );
        }
    }

    #[test]
    fn each_village_equals_calculate() {
        let r = template_rekap();
        assert_eq!(r.villages.len(), 3);
        for v in &r.villages {
            let Ok(o) = calculate(&v.plan()) else {
                panic!("plan rejected")
            };
            assert_eq!(v.period, o.sums.period);
            assert_eq!(v.monthly, o.sums.first_month);
            assert_eq!(v.budget, o.sums.budget);
            assert_eq!(v.group, o.sums.group);
        }
    }

    #[test]
    fn kecamatan_total_is_sum_of_its_villages() {
        let r = template_rekap();
        assert_eq!(r.kecamatan.len(), 2);
        let (name, a) = &r.kecamatan[0];
        assert_eq!(name, "Kecamatan A");
        assert_eq!(a.villages, 2);
        let sum: Rupiah = r.villages[..2]
            .iter()
            .map(|v| v.period.total().total())
            .sum();
        assert_eq!(a.period, sum);
        assert_eq!(a.people[CategoryKind::PekerjaRentan], 50);
        let all: Rupiah = r.kecamatan.iter().map(|(_, t)| t.period).sum();
        assert_eq!(r.total.period, all);
        assert_eq!(r.total.villages, 3);
    }

    #[test]
    fn people_of_every_kind_are_counted_lainnya_too() {
        let mut own = Plan::default();
        own.categories
            .push(Category::new(CategoryKind::Lainnya, 12));
        let all: u64 = own.categories.iter().map(|c| u64::from(c.insured)).sum();
        let row = VillageRow::named(1, "1", "A", "K");
        let r = rekap(
            &Plan::default(),
            &[],
            vec![(row, own)],
            DEFAULT_ADD_THRESHOLD,
        );
        assert_eq!(r.villages[0].insured(), all);
        assert_eq!(r.kecamatan[0].1.people_total(), all);
        assert_eq!(r.total.people_total(), all);
        assert_eq!(r.total.people[CategoryKind::Lainnya], 12);
    }

    #[test]
    fn flags() {
        let mut policy = Plan::default();
        let row = |counts, add: i64| VillageRow {
            add: Some(Rupiah::from_whole(add)),
            counts: counts_in_columns(counts),
            ..VillageRow::named(2, "1", "A", "K")
        };
        policy.categories[0].funding = FundingSource::DanaDesa;
        let r = rekap(
            &policy,
            &[row([0; 9], 1_000), row([1, 0, 0, 0, 0, 0, 0, 0, 0], 1_000)],
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        assert!(r.villages[0].flags.no_one_insured);
        assert!(!r.villages[0].flags.dana_desa_for_officials);
        assert!(r.villages[1].flags.dana_desa_for_officials);
        assert!(!r.villages[1].flags.no_one_insured);
        assert!(!r.villages[1].flags.above_add_threshold);
        // The flag follows the year's Dana Desa rules: none checked for 2025, and pekerja
        // rentan on Dana Desa are a caution, not a prohibition.
        let mut earlier = policy.clone();
        earlier.period.year = 2025;
        let r = rekap(
            &earlier,
            &[row([1, 0, 0, 0, 0, 0, 0, 0, 0], 1_000)],
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        assert!(!r.villages[0].flags.dana_desa_for_officials);
        let mut rentan = policy.clone();
        rentan.categories[0].funding = FundingSource::Add;
        rentan.categories[6].funding = FundingSource::DanaDesa;
        let r = rekap(
            &rentan,
            &[row([0, 0, 0, 0, 0, 0, 5, 0, 0], 1_000)],
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        assert!(!r.villages[0].flags.dana_desa_for_officials);
        let mut tiny = policy.clone();
        tiny.categories[0].funding = FundingSource::Add;
        let r = rekap(
            &tiny,
            &[row([1, 0, 0, 0, 0, 0, 0, 0, 0], 1_000)],
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        assert!(r.villages[0].flags.above_add_threshold);
        assert_eq!(r.total.flagged, 1);
    }

    // Regression: a village over the 30 % rule (Banyuurip: siltap Rp400 jt of belanja
    // Rp900 jt) showed "melebihi" in its row but was not flagged, counted or filtered.
    #[test]
    fn a_breach_of_the_30_percent_rule_is_a_flag_and_counted() {
        let row = |belanja: i64, siltap: i64| VillageRow {
            add: Some(Rupiah::from_whole(1_000_000_000)),
            counts: counts_in_columns([1, 1, 4, 0, 0, 0, 0, 0, 0]),
            belanja: Some(Rupiah::from_whole(belanja)),
            siltap: Some(Rupiah::from_whole(siltap)),
            ..VillageRow::named(2, "1", "Banyuurip", "K")
        };
        let r = rekap(
            &Plan::default(),
            &[row(900_000_000, 400_000_000), row(900_000_000, 100_000_000)],
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        assert!(r.villages[0].flags.over_thirty_percent);
        assert!(r.villages[0].flags.any());
        assert!(!r.villages[0].flags.above_add_threshold);
        assert!(!r.villages[1].flags.any());
        assert_eq!(r.total.flagged, 1);
        assert_eq!(r.kecamatan[0].1.flagged, 1);
        assert_eq!(
            r.villages[0]
                .flags
                .named(["30", "add", "dd", "none", "row"]),
            ["30"]
        );
    }
}

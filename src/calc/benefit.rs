//! Benefits the premium buys, per person and for the group, and the expected claims
//! (RULES.md §4 and §5). Amounts come from the rate table; the death rate is an
//! editable ASSUMPTION (default 3.6 per 1,000 a year, Tanah Bumbu 2023).

use super::category::Category;
use super::head_count_memo::HeadCountMemo;
use super::law::Law;
use super::money::Rupiah;
use super::period::YearMonth;
use super::premium::effective_base;
use super::rates::RateKey;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Default annual death rate per 1,000 insured (RULES.md §5, ASSUMPTION).
pub const DEFAULT_DEATH_RATE_PER_MILLE: Decimal = dec!(3.6);
/// Years of a kepala desa's term (UU 3/2024), used for the "over the term" chance.
pub const TERM_YEARS: u32 = 8;

/// What one insured person's family or the person receives, by event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonBenefits {
    /// Wage or declared income the JKK benefits are multiples of.
    pub wage: Rupiah,
    /// JKM death not caused by work: lump sum.
    pub jkm_lump_sum: Rupiah,
    /// Periodic benefit paid at once (death or total disability).
    pub periodic: Rupiah,
    /// Funeral cost.
    pub funeral: Rupiah,
    /// JKM total (lump sum + periodic + funeral).
    pub jkm_death: Rupiah,
    /// JKK death: the lump sum part, 48 × wage but at least the minimum.
    pub jkk_death_lump_sum: Rupiah,
    /// JKK death total (lump sum + periodic + funeral).
    pub jkk_death: Rupiah,
    /// Permanent total disability: 56 × wage + periodic.
    pub total_disability: Rupiah,
    /// Temporary inability to work: monthly benefit in the first 12 months (100 % of wage).
    pub temporary_first_year: Rupiah,
    /// Temporary inability to work: monthly benefit after 12 months (50 % of wage).
    pub temporary_after: Rupiah,
    /// Scholarship ceiling per child, paid per school year.
    pub scholarship_per_child: Rupiah,
    /// Scholarship ceiling for all children together.
    pub scholarship_max: Rupiah,
    /// Years of contributions a JKM (non-work) death needs before a scholarship.
    pub scholarship_jkm_years: u32,
    /// The month whose law these are, so an explanation cites the same rows.
    pub at: YearMonth,
}

/// The benefits of one person of `category` under `law` (the first month covered).
#[must_use]
pub fn person_benefits(category: &Category, law: &Law) -> PersonBenefits {
    let wage = effective_base(category, law);
    let amount = |key| law.amount(key);
    let whole = |key| law.whole(key);
    let periodic = amount(RateKey::PeriodicBenefit);
    let funeral = amount(RateKey::FuneralBenefit);
    let jkm_lump_sum = amount(RateKey::JkmLumpSum);
    let jkk_lump = wage
        .times(whole(RateKey::JkkDeathWageMonths))
        .max(amount(RateKey::JkkDeathMinimum));
    let per_child = amount(RateKey::ScholarshipPerChild);
    PersonBenefits {
        wage,
        jkm_lump_sum,
        periodic,
        funeral,
        jkm_death: jkm_lump_sum + periodic + funeral,
        jkk_death_lump_sum: jkk_lump,
        jkk_death: jkk_lump + periodic + funeral,
        total_disability: wage.times(whole(RateKey::TotalDisabilityWageMonths)) + periodic,
        // The first share is the whole wage (no rounding, as before); the later share is
        // rounded like every other monthly amount.
        temporary_first_year: wage.times_rate(law.value(RateKey::TemporaryFirstShare)),
        temporary_after: wage
            .times_rate(law.value(RateKey::TemporaryAfterShare))
            .round_rupiah(),
        scholarship_per_child: per_child,
        scholarship_max: per_child.times(whole(RateKey::ScholarshipChildren)),
        scholarship_jkm_years: whole(RateKey::ScholarshipJkmYears),
        at: law.month,
    }
}

/// `part` people out of `whole` as a fraction; None when `whole` is nobody.
#[must_use]
pub fn head_share(part: u32, whole: u32) -> Option<Decimal> {
    Decimal::from(part).checked_div(Decimal::from(whole))
}

/// The chance that at least one of `people` dies in `years`, at `rate` a year (a fraction).
///
/// 1 − (1 − q)^(n·years), computed exactly in decimal by repeated squaring.
#[must_use]
pub fn chance_of_at_least_one(rate: Decimal, people: u64, years: u32) -> Decimal {
    let q = rate.clamp(Decimal::ZERO, Decimal::ONE);
    let survive = Decimal::ONE - q;
    Decimal::ONE - pow(survive, people.saturating_mul(u64::from(years)))
}

/// The chances of `chance_of_at_least_one` for a year and for a term, remembered by head count
/// for one rate: the rekap asks for the same few head counts for thousands of villages, and
/// each answer is some thirty multiplications at full precision.
#[derive(Clone, Debug, Default)]
pub struct Chances {
    rate: Decimal,
    by_people: HeadCountMemo<(Decimal, Decimal), 4_096>,
}

impl Chances {
    /// The chance of at least one death among `people` in a year and over the term.
    pub fn of(&mut self, rate: Decimal, people: u32) -> (Decimal, Decimal) {
        if rate != self.rate {
            self.rate = rate;
            self.by_people.clear();
        }
        self.by_people.get(people, || {
            (
                chance_of_at_least_one(rate, u64::from(people), 1),
                chance_of_at_least_one(rate, u64::from(people), TERM_YEARS),
            )
        })
    }
}

// Powers of a number in [0, 1] cannot overflow, so plain multiplication is safe here.
fn pow(base: Decimal, mut exp: u64) -> Decimal {
    let mut result = Decimal::ONE;
    let mut b = base;
    while exp > 0 {
        if exp & 1 == 1 {
            result *= b;
        }
        exp >>= 1;
        if exp > 0 {
            b *= b;
        }
    }
    result
}

/// Protection of the whole group: people, cover, expected claims (RULES.md §5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupCoverage {
    /// People insured over all categories.
    pub protected: u32,
    /// Insured people in the categories whose total is known.
    pub protected_where_known: u32,
    /// Total people in the categories whose total is known (None when no total was given).
    pub population: Option<u32>,
    /// Protected ÷ population over those categories.
    pub coverage: Option<Decimal>,
    /// People still without protection in those categories.
    pub unprotected: Option<u32>,
    /// JKM death benefit summed over everyone insured.
    pub sum_assured_jkm: Rupiah,
    /// JKK death benefit summed over everyone insured.
    pub sum_assured_jkk_death: Rupiah,
    /// The JKM death benefit one family receives (what expected payouts are valued at).
    pub jkm_benefit: Rupiah,
    /// Annual death rate used (fraction).
    pub death_rate: Decimal,
    /// Expected deaths in a year: n × q.
    pub expected_deaths_per_year: Decimal,
    /// Expected payout in a year, valued at the JKM benefit (a floor).
    pub expected_payout_per_year: Rupiah,
    /// Expected payout over the months covered.
    pub expected_payout_period: Rupiah,
    /// Chance at least one family is paid in a year.
    pub chance_this_year: Decimal,
    /// Chance at least one family is paid over the kepala desa's term.
    pub chance_over_term: Decimal,
    /// Expected payout over the period ÷ JKK + JKM premium over the period.
    pub payout_to_premium: Option<Decimal>,
}

/// One category's contribution to the group view.
#[derive(Clone, Copy, Debug)]
pub struct GroupMember<'a> {
    /// The category.
    pub category: &'a Category,
    /// JKK + JKM premium of the category over the period (all people).
    pub insurance_premium: Rupiah,
    /// One person's benefits at the period's first month when the caller has them already
    /// (the rekap shares them between villages); `None` looks them up.
    pub benefits: Option<PersonBenefits>,
}

/// The group coverage of `members` over `months` covered, at `death_rate_per_mille`.
#[must_use]
pub fn group_coverage(
    members: &[GroupMember<'_>],
    law: &Law,
    months: u8,
    death_rate_per_mille: Decimal,
    chances: &mut Chances,
) -> GroupCoverage {
    let q = (death_rate_per_mille / dec!(1000)).clamp(Decimal::ZERO, Decimal::ONE);
    let mut protected: u32 = 0;
    let mut protected_where_known: u32 = 0;
    let mut population: Option<u32> = None;
    let mut jkm = Rupiah::ZERO;
    let mut jkk = Rupiah::ZERO;
    let mut premium = Rupiah::ZERO;
    let mut jkm_each = Rupiah::ZERO;
    for m in members {
        let n = m.category.insured;
        protected = protected.saturating_add(n);
        if let Some(total) = m.category.population {
            population = Some(population.unwrap_or(0).saturating_add(total));
            protected_where_known = protected_where_known.saturating_add(n.min(total));
        }
        let b = m
            .benefits
            .unwrap_or_else(|| person_benefits(m.category, law));
        jkm_each = b.jkm_death;
        jkm = jkm + b.jkm_death.times(n);
        jkk = jkk + b.jkk_death.times(n);
        premium = premium + m.insurance_premium;
    }
    if members.is_empty() {
        jkm_each = person_benefits(&Category::new(Default::default(), 0), law).jkm_death;
    }
    let expected_deaths = Decimal::from(protected) * q;
    let payout_year = jkm_each.times_rate(expected_deaths);
    let payout_period = payout_year.times_rate(Decimal::from(months) / dec!(12));
    let (chance_this_year, chance_over_term) = chances.of(q, protected);
    GroupCoverage {
        protected,
        protected_where_known,
        population,
        coverage: population.and_then(|p| head_share(protected_where_known, p)),
        unprotected: population.map(|p| p.saturating_sub(protected_where_known)),
        sum_assured_jkm: jkm,
        sum_assured_jkk_death: jkk,
        jkm_benefit: jkm_each,
        death_rate: q,
        expected_deaths_per_year: expected_deaths,
        expected_payout_per_year: payout_year,
        expected_payout_period: payout_period,
        chance_this_year,
        chance_over_term,
        payout_to_premium: payout_period.ratio_to(premium),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::category::{CategoryKind, Scheme};

    const AT: YearMonth = YearMonth::new(2026, 1);

    // The official law, as the app costs it.
    fn person_benefits(c: &Category, at: YearMonth) -> PersonBenefits {
        super::person_benefits(c, &Law::official(at))
    }
    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    #[test]
    fn jkm_death_pays_42_million() {
        let b = person_benefits(&Category::new(CategoryKind::PekerjaRentan, 1), AT);
        assert_eq!(b.jkm_death, rp(42_000_000));
        assert_eq!(
            (b.jkm_lump_sum, b.periodic, b.funeral),
            (rp(20_000_000), rp(12_000_000), rp(10_000_000))
        );
    }

    #[test]
    fn jkk_death_for_bpu_at_one_million_is_70_million() {
        let b = person_benefits(&Category::new(CategoryKind::PekerjaRentan, 1), AT);
        assert_eq!(b.jkk_death, rp(70_000_000));
    }

    #[test]
    fn jkk_death_lump_sum_has_a_floor_of_20_million() {
        let mut c = Category::new(CategoryKind::Lainnya, 1);
        c.scheme = Scheme::Pu;
        c.base = rp(300_000);
        let b = person_benefits(&c, AT);
        assert_eq!(b.jkk_death_lump_sum, rp(20_000_000));
    }

    #[test]
    fn perangkat_jkk_death_and_total_disability() {
        // sources.md preset 5.
        let b = person_benefits(&Category::new(CategoryKind::PerangkatDesa, 1), AT);
        assert_eq!(b.jkk_death, rp(119_065_600));
        assert_eq!(b.total_disability - b.periodic, rp(113_243_200));
        assert_eq!(b.temporary_first_year, rp(2_022_200));
        assert_eq!(b.temporary_after, rp(1_011_100));
    }

    #[test]
    fn scholarship_ceiling_is_174_million_for_two_children() {
        let b = person_benefits(&Category::new(CategoryKind::Kader, 1), AT);
        assert_eq!(b.scholarship_max, rp(174_000_000));
        assert_eq!(b.scholarship_per_child, rp(87_000_000));
        assert_eq!(b.scholarship_jkm_years, 3);
    }

    #[test]
    fn chance_of_at_least_one_death() {
        assert_eq!(chance_of_at_least_one(Decimal::ZERO, 100, 1), Decimal::ZERO);
        assert_eq!(chance_of_at_least_one(Decimal::ONE, 1, 1), Decimal::ONE);
        assert_eq!(chance_of_at_least_one(dec!(0.5), 2, 1), dec!(0.75));
        // 100 people at 3.6 ‰: 1 − 0.9964^100 ≈ 0.30284.
        let p = chance_of_at_least_one(dec!(0.0036), 100, 1).round_dp(4);
        assert_eq!(p, dec!(0.3028));
        assert!(chance_of_at_least_one(dec!(0.0036), 100, TERM_YEARS) > dec!(0.94));
    }

    #[test]
    fn huge_groups_do_not_overflow() {
        let p = chance_of_at_least_one(dec!(0.0036), 50_000_000, TERM_YEARS);
        assert_eq!(p.round_dp(6), Decimal::ONE);
    }

    #[test]
    fn one_desa_100_pekerja_rentan_group() {
        let c = Category::new(CategoryKind::PekerjaRentan, 100);
        let members = [GroupMember {
            category: &c,
            insurance_premium: rp(20_160_000),
            benefits: None,
        }];
        let g = group_coverage(
            &members,
            &Law::official(AT),
            12,
            DEFAULT_DEATH_RATE_PER_MILLE,
            &mut Chances::default(),
        );
        assert_eq!(g.protected, 100);
        assert_eq!(g.sum_assured_jkm, rp(4_200_000_000));
        assert_eq!(g.sum_assured_jkk_death, rp(7_000_000_000));
        assert_eq!(g.expected_deaths_per_year, dec!(0.36));
        assert_eq!(g.expected_payout_per_year, rp(15_120_000));
        // 15,120,000 / 20,160,000 = 0.75
        assert_eq!(g.payout_to_premium, Some(dec!(0.75)));
        assert_eq!(g.coverage, None);
    }

    #[test]
    fn coverage_uses_only_categories_with_a_known_total() {
        let mut a = Category::new(CategoryKind::Kader, 30);
        a.population = Some(60);
        let b = Category::new(CategoryKind::PekerjaRentan, 100);
        let members = [
            GroupMember {
                category: &a,
                insurance_premium: Rupiah::ZERO,
                benefits: None,
            },
            GroupMember {
                category: &b,
                insurance_premium: Rupiah::ZERO,
                benefits: None,
            },
        ];
        let g = group_coverage(
            &members,
            &Law::official(AT),
            12,
            DEFAULT_DEATH_RATE_PER_MILLE,
            &mut Chances::default(),
        );
        assert_eq!(g.protected, 130);
        assert_eq!(g.coverage, Some(dec!(0.5)));
        assert_eq!(g.unprotected, Some(30));
        assert_eq!(g.payout_to_premium, None);
    }

    #[test]
    fn tanah_bumbu_2023_derived_ratio_is_about_0_90() {
        // sources.md preset 3: 2.6 miliar paid on a derived 2,903,040,000 premium.
        let ratio = rp(2_600_000_000)
            .ratio_to(rp(14_400 * 201_600))
            .map(|r| r.round_dp(2));
        assert_eq!(ratio, Some(dec!(0.90)));
    }
}

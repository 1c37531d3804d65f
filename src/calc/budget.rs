//! Budget fit: the premium against Alokasi Dana Desa and the 30 % rule of
//! PP 11/2019 Pasal 100 (RULES.md §3).

use super::category::{BySource, Category, CategoryKind, FundingSource};
use super::money::Rupiah;
use super::premium::CategoryCost;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// Share of belanja desa that siltap and allowances may take (PP 11/2019 Pasal 100).
pub const THIRTY_PERCENT: Decimal = dec!(0.30);

/// The Dana Desa rules of one budget year: whose premiums Dana Desa may not pay
/// (RULES.md §3). Each year has its own Permendes, so this is dated data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DanaDesaRule {
    /// Budget year the rules are for.
    pub year: i32,
    /// Kinds whose premiums Dana Desa may not pay that year.
    pub prohibited: &'static [CategoryKind],
    /// Legal basis to cite.
    pub basis: &'static str,
}

/// The Dana Desa rules checked so far.
pub static DANA_DESA_RULES: &[DanaDesaRule] = &[DanaDesaRule {
    year: 2026,
    prohibited: &[
        CategoryKind::KepalaDesa,
        CategoryKind::SekretarisDesa,
        CategoryKind::PerangkatDesa,
        CategoryKind::Bpd,
    ],
    basis: "Permendes PDT 16/2025, larangan penggunaan Dana Desa no. 3",
}];

/// The Dana Desa rules that apply to `year`: its own, or for a later year whose rules are
/// not out yet, the latest checked as a stand-in (RULES.md §3); none before the first.
#[must_use]
pub fn dana_desa_rule(year: i32) -> Option<&'static DanaDesaRule> {
    DANA_DESA_RULES.iter().rev().find(|r| r.year <= year)
}

impl DanaDesaRule {
    /// True when these rules stand in for `year`, whose own rules are not out yet.
    #[must_use]
    pub const fn stands_in_for(&self, year: i32) -> bool {
        self.year < year
    }
}

/// Context shown once beside the Dana Desa notes, not a rule (RULES.md §3): how much of a
/// year's Dana Desa is already spoken for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DanaDesaContext {
    /// Budget year the figures are for.
    pub year: i32,
    /// Share of every village's Dana Desa paying the Koperasi Desa Merah Putih instalments.
    pub kdmp_share: Decimal,
    /// That share nationwide, in rupiah.
    pub kdmp_total: Rupiah,
    /// Regular Dana Desa left nationwide, in rupiah.
    pub regular_total: Rupiah,
    /// Most of the regular part village government operations may take.
    pub operations_cap: Decimal,
    /// Legal basis to cite.
    pub basis: &'static str,
}

/// PMK 7/2026 (P106, P107); jamsostek is not among its listed priority uses.
pub const DANA_DESA_CONTEXT: DanaDesaContext = DanaDesaContext {
    year: 2026,
    kdmp_share: dec!(0.5803),
    kdmp_total: Rupiah::from_decimal(dec!(34_570_000_000_000)),
    regular_total: Rupiah::from_decimal(dec!(25_000_000_000_000)),
    operations_cap: dec!(0.03),
    basis: "PMK 7/2026 Pasal 15 ayat (3)–(4), Pasal 20 ayat (1) dan (5)",
};

/// How Dana Desa may pay a category's premium in a budget year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DanaDesaUse {
    /// The category is not paid from Dana Desa.
    NotUsed,
    /// Prohibited for this kind by the rules that apply to the year (its own or, for a
    /// year not yet published, the latest as a stand-in).
    Prohibited(&'static DanaDesaRule),
    /// Not prohibited, but allowed with care (named only for PKTD workers).
    WithCare,
    /// The Dana Desa rules of that year were not checked (a year before the first rules).
    Unchecked,
}

/// Whether `category`, as funded, may use Dana Desa in `year`.
#[must_use]
pub fn dana_desa_use(category: &Category, year: i32) -> DanaDesaUse {
    if category.funding != FundingSource::DanaDesa {
        return DanaDesaUse::NotUsed;
    }
    match dana_desa_rule(year) {
        Some(rule) if rule.prohibited.contains(&category.kind) => DanaDesaUse::Prohibited(rule),
        Some(_) => DanaDesaUse::WithCare,
        None => DanaDesaUse::Unchecked,
    }
}

/// The budget figures the user entered; each is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetInputs {
    /// Alokasi Dana Desa for the budget year.
    #[serde(default)]
    pub alokasi_dana_desa: Option<Rupiah>,
    /// Total belanja APBDes.
    #[serde(default)]
    pub belanja: Option<Rupiah>,
    /// Part of belanja funded from tanah bengkok (excluded from the 30 % base).
    #[serde(default)]
    pub bengkok: Option<Rupiah>,
    /// Siltap and allowances of kepala desa, perangkat and BPD operating allowance already budgeted.
    #[serde(default)]
    pub siltap: Option<Rupiah>,
}

/// One of the budget figures the user enters, so that a form field edits just its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BudgetFigure {
    /// Alokasi Dana Desa.
    Add,
    /// Total belanja APBDes.
    Belanja,
    /// Belanja funded from tanah bengkok.
    Bengkok,
    /// Siltap already budgeted.
    Siltap,
}

impl BudgetFigure {
    /// Every figure, in the order of the form.
    pub const ALL: [BudgetFigure; 4] = [
        BudgetFigure::Add,
        BudgetFigure::Belanja,
        BudgetFigure::Bengkok,
        BudgetFigure::Siltap,
    ];
}

impl BudgetInputs {
    /// The value of one figure.
    #[must_use]
    pub fn get(&self, figure: BudgetFigure) -> Option<Rupiah> {
        match figure {
            BudgetFigure::Add => self.alokasi_dana_desa,
            BudgetFigure::Belanja => self.belanja,
            BudgetFigure::Bengkok => self.bengkok,
            BudgetFigure::Siltap => self.siltap,
        }
    }

    /// The place of one figure, to change it.
    pub fn get_mut(&mut self, figure: BudgetFigure) -> &mut Option<Rupiah> {
        match figure {
            BudgetFigure::Add => &mut self.alokasi_dana_desa,
            BudgetFigure::Belanja => &mut self.belanja,
            BudgetFigure::Bengkok => &mut self.bengkok,
            BudgetFigure::Siltap => &mut self.siltap,
        }
    }
}

/// The 30 % check (shown when total belanja is entered).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThirtyPercentCheck {
    /// Belanja less what tanah bengkok funds.
    pub base: Rupiah,
    /// 30 % of the base.
    pub limit: Rupiah,
    /// Siltap and allowances entered by the user.
    pub siltap: Rupiah,
    /// Village's share of the officials' premiums (ASSUMPTION: counted inside).
    pub premiums: Rupiah,
    /// Siltap plus premiums.
    pub used: Rupiah,
    /// Used ÷ base (None when the base is zero).
    pub share: Option<Decimal>,
    /// True when used ≤ limit.
    pub within: bool,
}

/// The premium against the village budget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetFit {
    /// Payer's share per funding source over the period.
    pub by_source: BySource<Rupiah>,
    /// Workers' own share (JHT 2 %, JP 1 %), deducted from their pay.
    pub worker_share: Rupiah,
    /// Premium charged to ADD over the period.
    pub charged_to_add: Rupiah,
    /// Charged to ADD ÷ ADD (None without an ADD).
    pub add_share: Option<Decimal>,
    /// ADD left after the premium (negative when the premium exceeds it).
    pub add_remaining: Option<Rupiah>,
    /// Premium paid from APBDes money (ADD, DD, PADes).
    pub apbdes_total: Rupiah,
    /// The 30 % check, when belanja is known.
    pub thirty_percent: Option<ThirtyPercentCheck>,
}

/// The budget fit of categories with their period costs.
#[must_use]
pub fn budget_fit(inputs: &BudgetInputs, categories: &[(&Category, &CategoryCost)]) -> BudgetFit {
    // One pass, each category's period total taken once: the rekap runs this for every village.
    let mut by_source = BySource::<Rupiah>::default();
    let mut worker_share = Rupiah::ZERO;
    let mut premiums = Rupiah::ZERO;
    for (c, cost) in categories {
        let total = cost.period.total();
        by_source[c.funding] = by_source[c.funding] + total.payer;
        worker_share = worker_share + total.worker;
        if c.kind.is_official() && c.funding.is_apbdes() {
            premiums = premiums + total.payer;
        }
    }
    let charged_to_add = by_source[FundingSource::Add];
    let apbdes_total = by_source
        .iter()
        .filter(|(source, _)| source.is_apbdes())
        .map(|(_, amount)| *amount)
        .sum();
    let thirty_percent = inputs.belanja.map(|belanja| {
        let base = (belanja - inputs.bengkok.unwrap_or(Rupiah::ZERO)).max(Rupiah::ZERO);
        let limit = base.times_rate(THIRTY_PERCENT);
        let siltap = inputs.siltap.unwrap_or(Rupiah::ZERO);
        let used = siltap + premiums;
        ThirtyPercentCheck {
            base,
            limit,
            siltap,
            premiums,
            used,
            share: used.ratio_to(base),
            within: used <= limit,
        }
    });
    BudgetFit {
        by_source,
        worker_share,
        charged_to_add,
        add_share: inputs
            .alokasi_dana_desa
            .and_then(|add| charged_to_add.ratio_to(add)),
        add_remaining: inputs.alokasi_dana_desa.map(|add| add - charged_to_add),
        apbdes_total,
        thirty_percent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dana_desa_is_prohibited_for_officials_and_bpd_from_2026_with_2026_standing_in_later() {
        let on_dd = |kind| Category {
            funding: FundingSource::DanaDesa,
            ..Category::new(kind, 1)
        };
        for kind in [
            CategoryKind::KepalaDesa,
            CategoryKind::SekretarisDesa,
            CategoryKind::PerangkatDesa,
            CategoryKind::Bpd,
        ] {
            assert!(
                matches!(
                    dana_desa_use(&on_dd(kind), 2026),
                    DanaDesaUse::Prohibited(_)
                ),
                "{kind:?}"
            );
            // 2027's rules are not out: the 2026 list stands in, a warning as in 2026.
            match dana_desa_use(&on_dd(kind), 2027) {
                DanaDesaUse::Prohibited(rule) => assert!(rule.stands_in_for(2027), "{kind:?}"),
                other => panic!("{kind:?} in 2027: {other:?}"),
            }
            assert_eq!(dana_desa_use(&on_dd(kind), 2025), DanaDesaUse::Unchecked);
        }
        for kind in [
            CategoryKind::RtRw,
            CategoryKind::Kader,
            CategoryKind::PekerjaRentan,
            CategoryKind::Lainnya,
        ] {
            assert_eq!(dana_desa_use(&on_dd(kind), 2026), DanaDesaUse::WithCare);
            assert_eq!(dana_desa_use(&on_dd(kind), 2027), DanaDesaUse::WithCare);
        }
        assert!(dana_desa_rule(2026).is_some_and(|r| !r.stands_in_for(2026)));
        let add = Category::new(CategoryKind::KepalaDesa, 1);
        assert_eq!(dana_desa_use(&add, 2026), DanaDesaUse::NotUsed);
    }
    use crate::calc::category::CategoryKind;
    use crate::calc::law::RateTable;
    use crate::calc::period::BudgetPeriod;
    use crate::calc::premium::category_cost;

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    fn fit(inputs: &BudgetInputs, cats: &[Category]) -> BudgetFit {
        let costs: Vec<_> = cats
            .iter()
            .map(|c| {
                category_cost(
                    c,
                    &RateTable::official().period(&BudgetPeriod::full_year(2026)),
                    false,
                )
            })
            .collect();
        let pairs: Vec<_> = cats.iter().zip(costs.iter()).collect();
        budget_fit(inputs, &pairs)
    }

    #[test]
    fn one_desa_100_pekerja_rentan_against_jepatlor_add() {
        // sources.md preset 11: Rp20.16 juta is 6.3 % of ADD Rp318,397,000.
        let inputs = BudgetInputs {
            alokasi_dana_desa: Some(rp(318_397_000)),
            ..Default::default()
        };
        let f = fit(&inputs, &[Category::new(CategoryKind::PekerjaRentan, 100)]);
        assert_eq!(f.charged_to_add, rp(20_160_000));
        assert_eq!(f.add_share.map(|s| s.round_dp(3)), Some(dec!(0.063)));
        assert_eq!(f.add_remaining, Some(rp(318_397_000 - 20_160_000)));
    }

    #[test]
    fn funding_sources_split_the_payer_share_and_worker_share_stays_apart() {
        let mut kades = Category::new(CategoryKind::KepalaDesa, 1);
        kades.jht = true;
        let mut rentan = Category::new(CategoryKind::PekerjaRentan, 10);
        rentan.funding = FundingSource::DanaDesa;
        let f = fit(&BudgetInputs::default(), &[kades, rentan]);
        let get = |s| Some(f.by_source[s]);
        // kades: (5,824 + 7,280 + 89,786) × 12; worker JHT 2 % = 48,533 × 12.
        assert_eq!(
            get(FundingSource::Add),
            Some(rp((5_824 + 7_280 + 89_786) * 12))
        );
        assert_eq!(get(FundingSource::DanaDesa), Some(rp(16_800 * 10 * 12)));
        assert_eq!(f.worker_share, rp(48_533 * 12));
        assert_eq!(f.add_share, None);
    }

    #[test]
    fn thirty_percent_check_excludes_bengkok_and_counts_officials_premiums() {
        let inputs = BudgetInputs {
            belanja: Some(rp(1_000_000_000)),
            bengkok: Some(rp(100_000_000)),
            siltap: Some(rp(260_000_000)),
            ..Default::default()
        };
        let f = fit(
            &inputs,
            &[
                Category::new(CategoryKind::KepalaDesa, 1),
                Category::new(CategoryKind::Bpd, 5),
            ],
        );
        let t = f.thirty_percent;
        assert_eq!(t.map(|t| t.limit), Some(rp(270_000_000)));
        assert_eq!(t.map(|t| t.premiums), Some(rp(157_248)));
        assert_eq!(t.map(|t| t.within), Some(true));
        let over = BudgetInputs {
            siltap: Some(rp(269_900_000)),
            ..inputs
        };
        assert_eq!(
            fit(&over, &[Category::new(CategoryKind::KepalaDesa, 1)])
                .thirty_percent
                .map(|t| t.within),
            Some(false)
        );
    }

    #[test]
    fn premium_above_add_leaves_a_negative_remainder() {
        let inputs = BudgetInputs {
            alokasi_dana_desa: Some(rp(1_000_000)),
            ..Default::default()
        };
        let f = fit(&inputs, &[Category::new(CategoryKind::PekerjaRentan, 100)]);
        assert_eq!(f.add_remaining.map(Rupiah::is_negative), Some(true));
    }
}

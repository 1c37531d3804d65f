//! Which villages the table shows, in which order: filters by kecamatan, flag and text, and
//! the sort orders the user can choose. Pure, so the page stays a view.

use super::summary::{Flags, Rekap, VillageFigures};
use std::cmp::Ordering;

/// A flag filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FlagFilter {
    /// Every village.
    #[default]
    All,
    /// Flagged for any reason.
    Any,
    /// Not flagged.
    None,
    /// Over the 30 % rule of PP 11/2019 Pasal 100.
    ThirtyPercent,
    /// Above the chosen share of ADD.
    AboveAdd,
    /// Dana Desa used for officials.
    DanaDesa,
    /// No one insured.
    NoOne,
    /// A row with problems.
    Problems,
}

impl FlagFilter {
    /// Every filter, in the order the user sees them.
    pub const ALL: [FlagFilter; 8] = [
        FlagFilter::All,
        FlagFilter::Any,
        FlagFilter::None,
        FlagFilter::ThirtyPercent,
        FlagFilter::AboveAdd,
        FlagFilter::DanaDesa,
        FlagFilter::NoOne,
        FlagFilter::Problems,
    ];

    /// Stable code for a `<select>` value and saved settings.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            FlagFilter::All => "all",
            FlagFilter::Any => "any",
            FlagFilter::None => "none",
            FlagFilter::ThirtyPercent => "thirty",
            FlagFilter::AboveAdd => "above",
            FlagFilter::DanaDesa => "dana-desa",
            FlagFilter::NoOne => "no-one",
            FlagFilter::Problems => "problems",
        }
    }

    /// The filter of a code; unknown codes show every village.
    #[must_use]
    pub fn from_code(code: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|f| f.code() == code)
            .unwrap_or_default()
    }

    fn keeps(self, f: Flags) -> bool {
        let any = f.any();
        match self {
            FlagFilter::All => true,
            FlagFilter::Any => any,
            FlagFilter::None => !any,
            FlagFilter::ThirtyPercent => f.over_thirty_percent,
            FlagFilter::AboveAdd => f.above_add_threshold,
            FlagFilter::DanaDesa => f.dana_desa_for_officials,
            FlagFilter::NoOne => f.no_one_insured,
            FlagFilter::Problems => f.has_problems,
        }
    }
}

/// A sort order of the village table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// As the files listed them.
    #[default]
    Input,
    /// By village name (A–Z, ignoring case).
    Name,
    /// By kecamatan, then name.
    Kecamatan,
    /// Largest share of ADD first (villages without ADD last).
    AddShare,
    /// Largest premium over the period first.
    Premium,
}

impl SortBy {
    /// Every order, in the order the user sees them.
    pub const ALL: [SortBy; 5] = [
        SortBy::Input,
        SortBy::Name,
        SortBy::Kecamatan,
        SortBy::AddShare,
        SortBy::Premium,
    ];

    /// Stable code for a `<select>` value.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            SortBy::Input => "row",
            SortBy::Name => "name",
            SortBy::Kecamatan => "kecamatan",
            SortBy::AddShare => "share",
            SortBy::Premium => "premium",
        }
    }

    /// The order of a code; unknown codes keep the input order.
    #[must_use]
    pub fn from_code(code: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .unwrap_or_default()
    }
}

/// What the user chose to see.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Only this kecamatan (exact name), or every one.
    pub kecamatan: Option<String>,
    /// Flag filter.
    pub flag: FlagFilter,
    /// Text searched in the name and the kode (case-insensitive); empty keeps all.
    pub text: String,
    /// Order.
    pub sort: SortBy,
}

fn by_name(a: &VillageFigures, b: &VillageFigures) -> Ordering {
    cmp_ignoring_case(&a.village.nama, &b.village.nama)
        .then_with(|| a.village.kode.cmp(&b.village.kode))
}

/// Orders two names as their lower-case forms would, without building them. ASCII case only:
/// Indonesian names are written in it, and Unicode case tables would add 13 KB to the wasm.
fn cmp_ignoring_case(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// True when `needle` is in `text`, ASCII case aside, without lower-casing a copy of each
/// village's name on every keystroke of a search.
fn contains_ignoring_case(text: &str, needle: &str) -> bool {
    needle.is_empty()
        || text
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Indices into `rekap.villages` of the villages shown, in order (a stable sort: ties keep the
/// input order).
#[must_use]
pub fn select(rekap: &Rekap, selection: &Selection) -> Vec<usize> {
    let needle = selection.text.trim();
    let mut shown: Vec<usize> = rekap
        .villages
        .iter()
        .enumerate()
        .filter(|(_, v)| {
            selection
                .kecamatan
                .as_ref()
                .is_none_or(|k| v.village.kecamatan == *k)
                && selection.flag.keeps(v.flags)
                && (contains_ignoring_case(&v.village.nama, needle)
                    || contains_ignoring_case(&v.village.kode, needle))
        })
        .map(|(i, _)| i)
        .collect();
    let villages = &rekap.villages;
    match selection.sort {
        SortBy::Input => {}
        SortBy::Name => shown.sort_by(|&a, &b| by_name(&villages[a], &villages[b])),
        SortBy::Kecamatan => shown.sort_by(|&a, &b| {
            cmp_ignoring_case(
                &villages[a].village.kecamatan,
                &villages[b].village.kecamatan,
            )
            .then_with(|| by_name(&villages[a], &villages[b]))
        }),
        // Descending; a village without ADD (no share) goes last.
        SortBy::AddShare => shown.sort_by(|&a, &b| {
            match (villages[a].budget.add_share, villages[b].budget.add_share) {
                (Some(x), Some(y)) => y.cmp(&x),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            }
        }),
        SortBy::Premium => shown.sort_by(|&a, &b| {
            villages[b]
                .period
                .total()
                .total()
                .cmp(&villages[a].period.total().total())
        }),
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::rekap::summary::{rekap, DEFAULT_ADD_THRESHOLD};
    use crate::calc::Plan;
    use crate::codec::villages_csv;

    const CSV: &str = "kode desa;nama desa;kecamatan;ADD;pekerja rentan\n\
        01;Beta;Timur;100.000.000;10\n\
        02;alfa;Barat;50.000.000;0\n\
        03;Gamma (Lama);Timur;;5\n\
        04;Delta;Barat;900.000.000;40\n";

    fn sample() -> Rekap {
        let import = match villages_csv::parse(CSV) {
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

    fn kodes(r: &Rekap, s: &Selection) -> Vec<String> {
        select(r, s)
            .into_iter()
            .map(|i| r.villages[i].village.kode.clone())
            .collect()
    }

    #[test]
    fn the_default_shows_every_village_in_input_order() {
        let r = sample();
        assert_eq!(kodes(&r, &Selection::default()), ["01", "02", "03", "04"]);
    }

    #[test]
    fn filters_combine_and_search_ignores_case() {
        let r = sample();
        let s = Selection {
            kecamatan: Some("Timur".into()),
            ..Selection::default()
        };
        assert_eq!(kodes(&r, &s), ["01", "03"]);
        let s = Selection {
            text: "  GAMMA ".into(),
            ..Selection::default()
        };
        assert_eq!(kodes(&r, &s), ["03"]);
        let s = Selection {
            text: "04".into(),
            ..Selection::default()
        };
        assert_eq!(kodes(&r, &s), ["04"]);
    }

    #[test]
    fn flag_filters_split_the_villages() {
        let r = sample();
        let any = kodes(
            &r,
            &Selection {
                flag: FlagFilter::Any,
                ..Selection::default()
            },
        );
        let none = kodes(
            &r,
            &Selection {
                flag: FlagFilter::None,
                ..Selection::default()
            },
        );
        assert_eq!(any.len() + none.len(), r.villages.len());
        let mut over = r.clone();
        over.villages[1].flags.over_thirty_percent = true;
        let thirty = Selection {
            flag: FlagFilter::ThirtyPercent,
            ..Selection::default()
        };
        assert_eq!(
            kodes(&over, &thirty),
            [over.villages[1].village.kode.clone()]
        );
        assert_eq!(FlagFilter::from_code("thirty"), FlagFilter::ThirtyPercent);
        for f in FlagFilter::ALL {
            let shown = select(
                &r,
                &Selection {
                    flag: f,
                    ..Selection::default()
                },
            );
            for i in shown {
                assert!(f.keeps(r.villages[i].flags));
            }
        }
    }

    #[test]
    fn sorts_by_name_kecamatan_share_and_premium() {
        let r = sample();
        let sorted = |sort| {
            kodes(
                &r,
                &Selection {
                    sort,
                    ..Selection::default()
                },
            )
        };
        assert_eq!(sorted(SortBy::Name), ["02", "01", "04", "03"]);
        assert_eq!(sorted(SortBy::Kecamatan), ["02", "04", "01", "03"]);
        // The village without ADD goes last.
        assert_eq!(
            sorted(SortBy::AddShare).last().map(String::as_str),
            Some("03")
        );
        let premium = select(
            &r,
            &Selection {
                sort: SortBy::Premium,
                ..Selection::default()
            },
        );
        let amounts: Vec<_> = premium
            .iter()
            .map(|&i| r.villages[i].period.total().total())
            .collect();
        assert!(amounts.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn search_finds_text_in_any_case() {
        assert!(contains_ignoring_case("Gamma (Lama)", "ma (la"));
        assert!(contains_ignoring_case("Gamma", "GAMMA"));
        assert!(contains_ignoring_case("Gamma", ""));
        assert!(!contains_ignoring_case("Gam", "gamma"));
        assert!(!contains_ignoring_case("Beta", "alfa"));
    }

    #[test]
    fn names_compare_as_their_lower_case_forms() {
        assert_eq!(cmp_ignoring_case("alfa", "ALFA"), Ordering::Equal);
        assert_eq!(cmp_ignoring_case("Alfa", "beta"), Ordering::Less);
        assert_eq!(cmp_ignoring_case("alfa", "Alfa Baru"), Ordering::Less);
        assert_eq!(cmp_ignoring_case("Gamma", "delta"), Ordering::Greater);
    }

    #[test]
    fn codes_round_trip_and_unknown_codes_fall_back() {
        for f in FlagFilter::ALL {
            assert_eq!(FlagFilter::from_code(f.code()), f);
        }
        for s in SortBy::ALL {
            assert_eq!(SortBy::from_code(s.code()), s);
        }
        assert_eq!(FlagFilter::from_code("x"), FlagFilter::All);
        assert_eq!(SortBy::from_code(""), SortBy::Input);
    }
}

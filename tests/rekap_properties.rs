//! Property tests of the rekap core: the villages CSV never panics, and a village's
//! rekap figures equal `calculate()` on its plan whatever the counts, ADD and policy.
#![cfg(not(target_arch = "wasm32"))]

use kalkulator::calc::category::{FundingSource, Scheme};
use kalkulator::calc::money::Rupiah;
use kalkulator::calc::rekap::summary::{rekap, DEFAULT_ADD_THRESHOLD};
use kalkulator::calc::rekap::village::VillageRow;
use kalkulator::calc::{calculate, Plan};
use kalkulator::codec::villages_csv;
use proptest::prelude::*;
use proptest::sample::select;

proptest! {
    #[test]
    fn any_text_never_panics(text in ".{0,400}") {
        let _ = villages_csv::parse(&text);
    }

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = villages_csv::parse_bytes(&bytes);
    }

    #[test]
    fn csv_like_text_never_panics(
        cells in proptest::collection::vec(select(vec!["1", "\"", ";", ",", "\r\n", "\n", "3l8", "1.000", "-5", "kode desa;nama desa;kecamatan;ADD\n", "x"]), 0..80)
    ) {
        let _ = villages_csv::parse(&cells.concat());
    }

    #[test]
    fn village_figures_equal_calculate(
        counts in proptest::array::uniform7(0u32..5_000),
        add in proptest::option::of(0i64..5_000_000_000),
        belanja in proptest::option::of(0i64..10_000_000_000),
        year in 2024i32..2028,
        bpu in any::<bool>(),
        jht in any::<bool>(),
        source in select(FundingSource::ALL.to_vec()),
    ) {
        let mut policy = Plan::for_year(year);
        for c in &mut policy.categories {
            c.jht = jht;
            c.funding = source;
            if bpu { c.scheme = Scheme::Bpu; c.base = Rupiah::from_whole(1_000_000); }
        }
        let row = VillageRow {
            row: 2, kode: "1".into(), nama: "A".into(), kecamatan: "K".into(),
            add: add.map(Rupiah::from_whole), counts,
            belanja: belanja.map(Rupiah::from_whole), siltap: None,
            bases: [None; 7], funding: [None; 7], has_problems: false,
        };
        let r = rekap(&policy, &[row.clone(), row], Vec::new(), DEFAULT_ADD_THRESHOLD);
        for v in &r.villages {
            let o = calculate(&v.plan);
            prop_assert!(o.is_ok());
            if let Ok(o) = o {
                prop_assert_eq!(v.period, o.period);
                prop_assert_eq!(v.monthly, o.first_month);
                prop_assert_eq!(&v.budget, &o.budget);
                prop_assert_eq!(&v.group, &o.group);
            }
        }
        prop_assert_eq!(r.total.period, r.villages[0].period.total().total() + r.villages[1].period.total().total());
    }
}

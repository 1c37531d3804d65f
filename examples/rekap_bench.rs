//! Native timing of the rekap core (a report, not a test): `scripts/bench` runs it.
//! The villages are synthetic (made-up codes, names and ADD), 3,215 (NTT) and 84,000.

use kalkulator::calc::category::CategoryKind;
use kalkulator::calc::rekap::summary::{rekap, rekap_again, DEFAULT_ADD_THRESHOLD};
use kalkulator::calc::Plan;
use kalkulator::codec::villages_csv;
use rust_decimal_macros::dec;
use std::time::Instant;

#[path = "synthetic/villages.rs"]
mod synthetic;
use synthetic::synthetic_csv;

fn main() {
    // `--rekap-only` skips the calculate() comparison (for a profiler).
    let compare = !std::env::args().any(|a| a == "--rekap-only");
    for n in [3_215usize, 84_000] {
        let text = synthetic_csv(n);
        let t0 = Instant::now();
        let import = match villages_csv::parse(&text) {
            Ok(i) => i,
            Err(e) => {
                println!("rekap bench: import failed: {e:?}");
                return;
            }
        };
        let t1 = Instant::now();
        let r = rekap(
            &Plan::default(),
            &import.villages,
            Vec::new(),
            DEFAULT_ADD_THRESHOLD,
        );
        let t2 = Instant::now();
        // A typed cell: one village's count changes, the rest keep their figures.
        let mut rows = import.villages.clone();
        if let Some(row) = rows.get_mut(n / 2) {
            row.counts[CategoryKind::Kader] += 1;
        }
        let policy = Plan::default();
        let t_cell = Instant::now();
        let r = rekap_again(r, rows.len(), &policy, &rows, &[], DEFAULT_ADD_THRESHOLD);
        let cell = t_cell.elapsed();
        // A new threshold: no village is costed, only flags are counted.
        let t_threshold = Instant::now();
        let r = rekap_again(r, rows.len(), &policy, &rows, &[], dec!(0.02));
        let threshold = t_threshold.elapsed();
        let t2b = Instant::now();
        let mut plans = 0usize;
        for v in r.villages.iter().take(if compare { 5_000 } else { 0 }) {
            plans += usize::from(kalkulator::calc::calculate(&v.plan()).is_ok());
        }
        let t3 = Instant::now();
        println!(
            "  for comparison, calculate() on {plans} of the village plans: {:.1} ms",
            (t3 - t2b).as_secs_f64() * 1e3
        );
        println!(
            "rekap bench (native, release): {n} villages: CSV import {:.1} ms, rekap {:.1} ms, one cell {:.2} ms, threshold {:.2} ms, {} kecamatan, {} problems",
            (t1 - t0).as_secs_f64() * 1e3,
            (t2 - t1).as_secs_f64() * 1e3,
            cell.as_secs_f64() * 1e3,
            threshold.as_secs_f64() * 1e3,
            r.kecamatan.len(),
            import.problems.len()
        );
    }
}

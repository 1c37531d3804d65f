//! Timing of `calculate` in WebAssembly (a report, not a test): `scripts/calc-bench.mjs`
//! builds this for wasm32 and runs it in Node, which supplies the clock. Natively
//! (`cargo run --release --no-default-features --example calc_bench`) it prints the same.
//!
//! Two plans: the default (four categories) and the largest the core accepts (30
//! categories, JHT and JP above the wage cap, BPU under PP 50/2025, a year whose JP cap
//! changes in March), so every rule of a month is used.

use kalkulator::calc::category::{CategoryKind, Scheme};
use kalkulator::calc::money::Rupiah;
use kalkulator::calc::plan::MAX_CATEGORIES;
use kalkulator::calc::rates::Sector;
use kalkulator::calc::rekap::summary::{rekap, DEFAULT_ADD_THRESHOLD};
use kalkulator::calc::{calculate, Plan};
use kalkulator::codec::villages_csv;

#[path = "synthetic/villages.rs"]
mod synthetic;

/// The largest plan the core accepts, every rule in play.
fn largest() -> Plan {
    let mut plan = Plan {
        apply_adjustment: true,
        categories: Vec::new(),
        ..Plan::default()
    };
    for i in 0..MAX_CATEGORIES {
        let mut c = kalkulator::calc::category::Category::new(CategoryKind::Lainnya, 7 + i as u32);
        if i % 2 == 0 {
            c.scheme = Scheme::Pu;
            c.base = Rupiah::from_whole(9_000_000 + 250_000 * i as i64);
            c.jht = true;
            c.jp = true;
        } else {
            c.scheme = Scheme::Bpu;
            c.base = Rupiah::from_whole(1_000_000 + 100_000 * i as i64);
            c.jht = i % 3 == 0;
            c.sector = if i % 4 == 1 {
                Sector::Transport
            } else {
                Sector::Other
            };
        }
        plan.categories.push(c);
    }
    plan
}

/// Microseconds per `calculate` of `plan`: the fastest of 15 runs of 200 calls each (the
/// least disturbed by the rest of the machine; the median is printed beside it).
#[allow(clippy::cast_precision_loss)]
fn time(plan: &Plan, now: &dyn Fn() -> f64) -> (f64, f64) {
    let n = 200;
    let mut runs: Vec<f64> = (0..15)
        .map(|_| {
            let start = now();
            for _ in 0..n {
                std::hint::black_box(calculate(std::hint::black_box(plan)).is_ok());
            }
            (now() - start) * 1000.0 / f64::from(n)
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    (runs[0], runs[runs.len() / 2])
}

/// Milliseconds of `rekap()` (the default policy) over `n` synthetic villages, parsed first:
/// the fastest of 3 runs and the median, or None when the CSV does not read.
fn time_rekap(n: usize, now: &dyn Fn() -> f64) -> Option<(f64, f64)> {
    let import = villages_csv::parse(&synthetic::synthetic_csv(n)).ok()?;
    let policy = Plan::default();
    let mut runs: Vec<f64> = (0..3)
        .map(|_| {
            let start = now();
            let r = rekap(&policy, &import.villages, Vec::new(), DEFAULT_ADD_THRESHOLD);
            let took = now() - start;
            std::hint::black_box(r);
            took
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    Some((runs[0], runs[runs.len() / 2]))
}

#[cfg(target_arch = "wasm32")]
mod host {
    #[link(wasm_import_module = "host")]
    extern "C" {
        /// Milliseconds from the host's clock (`performance.now()`).
        pub fn now() -> f64;
        /// Microseconds per call: the fastest run and the median run.
        pub fn result(fastest: f64, median: f64);
    }
}

/// Times `plan` and hands the fastest and the median run to the host.
#[cfg(target_arch = "wasm32")]
fn report(plan: &Plan) {
    // SAFETY: both are plain functions of the host with number arguments.
    let (fastest, median) = time(plan, &|| unsafe { host::now() });
    unsafe { host::result(fastest, median) }
}

/// Times the default plan (wasm export for the Node runner).
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn default_plan() {
    report(&Plan::default());
}

/// Times the rekap of `n` villages, in milliseconds (wasm export for the Node runner).
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn rekap_villages(n: u32) {
    // SAFETY: both are plain functions of the host with number arguments.
    let (fastest, median) =
        time_rekap(n as usize, &|| unsafe { host::now() }).unwrap_or((f64::NAN, f64::NAN));
    unsafe { host::result(fastest, median) }
}

/// Times the largest plan (wasm export for the Node runner).
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn largest_plan() {
    report(&largest());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let start = std::time::Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    let (d, _) = time(&Plan::default(), &now);
    let (l, _) = time(&largest(), &now);
    println!("calculate, native: default plan {d:.1} µs, largest plan {l:.1} µs (fastest run)");
    for n in [3_215, 84_000] {
        if let Some((fastest, _)) = time_rekap(n, &now) {
            println!("rekap of {n} villages, native: {fastest:.0} ms (fastest of 3)");
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

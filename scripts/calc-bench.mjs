#!/usr/bin/env node
// Timing of `calculate` in WebAssembly (a report, not a test): builds examples/calc_bench.rs
// for wasm32 with the release profile of the app (opt-level z, LTO) and runs it in Node's V8,
// the engine of Chromium. Prints microseconds per call, the median of 9 runs of 200 calls,
// for the default plan and for the largest plan the core accepts.
//
//   node scripts/calc-bench.mjs            build this checkout and time it
//   node scripts/calc-bench.mjs A.wasm …   time already built files too (before/after, one run)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "target/wasm32-unknown-unknown/release/examples/calc_bench.wasm");
let files = process.argv.slice(2);
if (files.length === 0) {
  execFileSync(
    "cargo",
    ["build", "--quiet", "--release", "--no-default-features", "--target", "wasm32-unknown-unknown", "--example", "calc_bench"],
    { cwd: root, stdio: "inherit" },
  );
  files = [built];
}
console.log(`calculate in wasm (Node ${process.version}), load ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs`);
for (const file of files) {
  const { instance } = await WebAssembly.instantiate(readFileSync(file), {
    host: { now: () => performance.now() },
  });
  const { default_plan_us, largest_plan_us } = instance.exports;
  default_plan_us(); // warm up
  const d = default_plan_us();
  const l = largest_plan_us();
  console.log(`  ${file === built ? "this checkout" : file}: default plan ${d.toFixed(1)} µs, largest plan ${l.toFixed(1)} µs`);
}

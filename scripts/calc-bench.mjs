#!/usr/bin/env node
// Timing of `calculate` and of the rekap core in WebAssembly (a report, not a test): builds examples/calc_bench.rs
// for wasm32 with the release profile of the app (opt-level z, LTO) and runs it in Node's V8,
// the engine of Chromium. Prints microseconds per call for the default plan and for the
// largest plan the core accepts: the fastest of 15 runs of 200 calls (least disturbed by
// the rest of the machine) and, in brackets, the median run.
//
//   node scripts/calc-bench.mjs            build this checkout and time it
//   node scripts/calc-bench.mjs A.wasm …   time older builds first, then this checkout (one run)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "target/wasm32-unknown-unknown/release/examples/calc_bench.wasm");
execFileSync(
  "cargo",
  ["build", "--quiet", "--release", "--no-default-features", "--target", "wasm32-unknown-unknown", "--example", "calc_bench"],
  { cwd: root, stdio: "inherit" },
);
const files = [...process.argv.slice(2), built];
console.log(`calculate in wasm (Node ${process.version}), load ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs`);
for (const file of files) {
  let last = [];
  const { instance } = await WebAssembly.instantiate(readFileSync(file), {
    host: { now: () => performance.now(), result: (fastest, median) => { last = [fastest, median]; } },
  });
  const run = (name) => {
    instance.exports[name]();
    return `${last[0].toFixed(1)} µs (median ${last[1].toFixed(1)})`;
  };
  run("default_plan"); // warm up
  const d = run("default_plan");
  const l = run("largest_plan");
  console.log(`  ${file === built ? "this checkout" : file}: default plan ${d}, largest plan ${l}`);
  // rekap() alone over synthetic villages (no parse, no page): milliseconds. An older build
  // without the export is skipped.
  if (instance.exports.rekap_villages) {
    const r = [3215, 84000].map((n) => {
      instance.exports.rekap_villages(n);
      return `${n} villages ${last[0].toFixed(0)} ms (median ${last[1].toFixed(0)})`;
    });
    console.log(`    rekap core in wasm: ${r.join(', ')}`);
  }
}

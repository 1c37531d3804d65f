// The rekap page's speed in headless Chromium on the release build (a report for
// scripts/bench, never a test): import of a synthetic spreadsheet (read, parse, rekap, draw)
// and a recompute from the parsed rows (a new threshold: rekap and draw, no parsing).
//
//   node scripts/rekap-bench.mjs [dist-dir]
//
// The villages are synthetic (made-up codes, names and ADD), as in examples/rekap_bench.rs.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, BASE, sample as poll } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));

function syntheticCsv(n) {
  const lines = ['kode desa;nama desa;kecamatan;ADD;kepala desa;sekretaris desa;perangkat desa;BPD;RT/RW;kader;pekerja rentan'];
  for (let i = 0; i < n; i++) {
    const add = 250_000_000 + ((i * 7_919) % 300_000_000);
    const code = `53.${String(Math.floor(i / 10_000) % 100).padStart(2, '0')}.${String(Math.floor(i / 100) % 100).padStart(2, '0')}.${String(i % 10_000).padStart(4, '0')}`;
    lines.push(`${code};Desa Sintetis ${i};Kecamatan ${Math.floor(i / 40)};${add};1;1;${3 + (i % 6)};${5 + (i % 5)};${2 + (i % 9)};${i % 20};25`);
  }
  return lines.join('\n') + '\n';
}

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const server = await startServer({ dir, base: BASE, port: 0 });
let browser;
try {
  browser = await launchBrowser();
  console.log(`\nRekap page in headless Chromium (${server.url}rekap/; synthetic villages)`);
  for (const n of [3_215, 84_000]) {
    const context = await browser.newContext({ locale: 'id-ID', serviceWorkers: 'block' });
    // Resolves once the next frame is painted: a task posted from the frame's
    // requestAnimationFrame at the highest priority runs right after its paint, before the
    // page's own tasks queued meanwhile (the tables it draws a frame later).
    await context.addInitScript(() => {
      window.afterFrame = () =>
        new Promise((r) =>
          requestAnimationFrame(() =>
            window.scheduler?.postTask ? scheduler.postTask(r, { priority: 'user-blocking' }) : setTimeout(r, 0),
          ),
        );
    });
    const page = await context.newPage();
    await page.goto(`${server.url}rekap/`);
    await page.getByTestId('rekap-import').waitFor({ state: 'attached' });
    const csv = syntheticCsv(n);
    const expected = new Intl.NumberFormat('id-ID').format(n);
    // Import: from the change event to the totals on screen, and the longest task the
    // browser ran meanwhile and in the second after (the save to IndexedDB comes after the
    // paint), from PerformanceObserver 'longtask' (tasks over 50 ms).
    const imported = await page.evaluate(async ({ csv, expected }) => {
      const tasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      });
      observer.observe({ type: 'longtask' });
      const input = document.querySelector('[data-testid="rekap-import"]');
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'desa.csv', { type: 'text/csv' }));
      input.files = dt.files;
      const t0 = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const el = () => document.querySelector('[data-testid="rekap-villages"]');
      // Seen as the page sets it (a timer polling would see it only after the frame that
      // shows it).
      await new Promise((r) => {
        if (el()?.textContent === expected) return r();
        const seen = new MutationObserver(() => {
          if (el()?.textContent !== expected) return;
          seen.disconnect();
          r();
        });
        seen.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      // The frame that shows them, then the next one, which shows the tables that follow.
      await afterFrame();
      const ms = performance.now() - t0;
      await afterFrame();
      const all = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 1500));
      observer.disconnect();
      return { ms, all, longest: Math.max(0, ...tasks), long: tasks.length };
    }, { csv, expected });
    // From an input event to the next frame: the page's effects run as microtasks after the
    // event, so they are done when the frame's requestAnimationFrame runs; the task posted
    // from it runs once that frame is painted. The page draws its tables a frame after the
    // totals: `all` is the frame after that.
    const toFrame = (testid, value, kind, index = 0, both = false) =>
      page.evaluate(async ({ testid, value, kind, index, both }) => {
        const input = document.querySelectorAll(`[data-testid="${testid}"]`)[index];
        input.value = value;
        const t0 = performance.now();
        input.dispatchEvent(new Event(kind, { bubbles: true }));
        await afterFrame();
        const ms = performance.now() - t0;
        if (!both) return ms;
        await afterFrame();
        return { ms, all: performance.now() - t0 };
      }, { testid, value, kind, index, both });
    // Recompute: a new threshold (rekap and draw, no parsing).
    const recompute = [];
    for (const value of ['4', '6', '5', '3', '7']) recompute.push(await toFrame('rekap-threshold', value, 'input', 0, true));
    // Recompute: a new policy (the default plan and the presets in turn: new unit costs).
    const codes = await page.$$eval('[data-testid="rekap-policy"] option', (os) => os.map((o) => o.value));
    const policy = [];
    for (let i = 1; i <= 5 && codes.length > 1; i++) policy.push(await toFrame('rekap-policy', codes[i % codes.length], 'change', 0, true));
    // A grid cell: a keystroke (input) and the value kept (change: every total follows).
    const key = [];
    const cell = [];
    for (const value of ['7', '8', '9', '6', '7']) {
      key.push(await toFrame('rekap-cell', value, 'input', 2));
      cell.push(await toFrame('rekap-cell', value, 'change', 2, true));
    }
    // A median in ms; for changes that redraw the tables, the frame that shows them in brackets.
    const fmt = (xs) => {
      if (!xs.length) return 'n/a';
      if (typeof xs[0] === 'number') return `${median(xs).toFixed(1)} ms`;
      return `${median(xs.map((x) => x.ms)).toFixed(1)} ms (tables ${median(xs.map((x) => x.all)).toFixed(1)})`;
    };
    console.log(`  ${n} villages: import ${imported.ms.toFixed(0)} ms (read, parse, rekap, draw; tables ${imported.all.toFixed(0)} ms; longest task ${imported.longest.toFixed(0)} ms, ${imported.long} over 50 ms); threshold change ${fmt(recompute)}; policy change ${fmt(policy)}; grid keystroke ${fmt(key)}, cell kept ${fmt(cell)} (medians of 5, event to the next painted frame)`);
    await context.close();
  }
} catch (e) {
  console.log(`rekap bench: could not measure (${e.message})`);
} finally {
  await browser?.close().catch(() => {});
  await server.close();
}

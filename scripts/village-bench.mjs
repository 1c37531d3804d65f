// What a village head waits for on the village page, in headless Chromium on the release build
// (a report for scripts/bench, never a test): from the input event of a keystroke in a head
// count to the next painted frame that shows the new annual total. Measured for the default
// plan and for the largest plan the page accepts (30 categories). Each further directory is
// measured in the same run, so a build from before a change can stand beside this one.
//
//   node scripts/village-bench.mjs [dist-dir ...]

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, BASE } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => path.resolve(d)) : [path.join(ROOT, 'dist')];
const KEYSTROKES = 25;
const MAX_CATEGORIES = 30;

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

/** Records, for each input event, the time until the frame after the total changed is painted. */
function watchTotal() {
  window.__waits = [];
  let started = null;
  document.addEventListener('input', (e) => { started = e.timeStamp; }, true);
  // The total's element may be drawn anew: watch the page, and act when its text changes.
  const text = () => document.querySelector('[data-testid="total-annual"]')?.textContent;
  let shown = text();
  new MutationObserver(() => {
    if (started === null || text() === shown) return;
    shown = text();
    const from = started;
    started = null;
    // The frame's callback runs before its paint; a task posted from it at the highest
    // priority runs right after, before the page's own tasks queued meanwhile.
    requestAnimationFrame(() => {
      const painted = () => window.__waits.push(performance.now() - from);
      if (window.scheduler?.postTask) scheduler.postTask(painted, { priority: 'user-blocking' });
      else setTimeout(painted, 0);
    });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

async function measure(page) {
  await page.evaluate(watchTotal);
  const field = page.getByTestId('insured-0');
  for (let i = 0; i < KEYSTROKES; i++) {
    const before = await page.evaluate(() => window.__waits.length);
    // Always a different count, so the total always changes.
    const now = Number(await field.inputValue());
    await field.fill(String(now === 2 ? 3 : 2));
    await page.waitForFunction((n) => window.__waits.length > n, before, { timeout: 10_000 });
  }
  const waits = await page.evaluate(() => window.__waits);
  return { median: median(waits), max: Math.max(...waits), n: waits.length };
}

const browser = await launchBrowser();
try {
  console.log(`Village page: keystroke in a head count to the next painted frame with the new total (${KEYSTROKES} keystrokes, median / max)`);
  for (const dir of dirs) {
    const server = await startServer({ dir, base: BASE, port: 0 });
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'load' });
      await page.getByTestId('total-annual').waitFor();
      await page.getByTestId('insured-0').waitFor();
      const small = await measure(page);
      while ((await page.locator('[data-testid^="insured-"]').count()) < MAX_CATEGORIES) {
        await page.getByTestId('add-category').click();
      }
      await page.waitForTimeout(500);
      const large = await measure(page);
      console.log(`  ${path.relative(process.cwd(), dir) || dir}`);
      console.log(`    default plan:            ${fmt(small.median)} / ${fmt(small.max)}`);
      console.log(`    ${MAX_CATEGORIES} categories:           ${fmt(large.median)} / ${fmt(large.max)}`);
      await context.close();
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}

// What a village head on a slow phone waits for (a report for scripts/bench, never a test):
// a first visit under Chromium's network and CPU emulation (about 400 kbit/s, 400 ms round
// trip, 4x CPU slowdown), from navigation to the first Rupiah total on screen; then, for the
// ten seconds after that answer, the long tasks the later parts cause (count, longest, and
// their blocking time: the sum of each task's time over 50 ms); when the form can be typed
// into (the first card's count field is in the page: with the release build's split, the form
// is a part that comes after the first answer); and when the page is complete (every later
// part arrived: `<main aria-busy="false">`). Median of RUNS, for each
// directory given, so a build from before a change stands beside this one in the same run.
//
//   node scripts/slow-phone-bench.mjs [dist-dir ...]      (SLOW_RUNS=3 by default)

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, BASE } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => path.resolve(d)) : [path.join(ROOT, 'dist')];
const RUNS = Number(process.env.SLOW_RUNS || 3);
const AFTER_MS = 10_000;
const NETWORK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const CPU_SLOWDOWN = 4;
/** How long to wait, after the ten seconds, for the page to be complete. */
const COMPLETE_WAIT_MS = 60_000;

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/** Runs in the page before its scripts: notes when the total first shows rupiah, and long tasks. */
function watch() {
  window.__firstTotal = null;
  window.__complete = null;
  window.__form = null;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    if (window.__complete === null && document.querySelector('main')?.getAttribute('aria-busy') === 'false') {
      window.__complete = performance.now();
    }
    if (window.__form === null && document.querySelector('[data-testid="insured-0"]')) window.__form = performance.now();
    const t = document.querySelector('[data-testid="total-annual"]')?.textContent || '';
    if (window.__firstTotal === null && /Rp\s?\d/.test(t)) {
      const at = performance.now();
      // The paint after the change: a task posted from the frame's callback at the highest
      // priority runs right after its paint, before the page's next step queued meanwhile (a
      // message or a timer would wait behind that step: up to 0.2 s here).
      requestAnimationFrame(() => {
        const painted = () => { window.__firstTotal = performance.now(); };
        if (window.scheduler?.postTask) scheduler.postTask(painted, { priority: 'user-blocking' });
        else setTimeout(painted, 0);
      });
      window.__firstTotal = -at; // seen, paint pending
    }
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
}

async function once(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(watch);
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForFunction(() => window.__firstTotal > 0, null, { timeout: 120_000, polling: 100 });
    const first = await page.evaluate(() => window.__firstTotal);
    await page.waitForTimeout(AFTER_MS);
    const tasks = await page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from), first);
    await page.waitForFunction(() => window.__complete !== null, null, { timeout: COMPLETE_WAIT_MS, polling: 100 });
    return {
      first,
      complete: await page.evaluate(() => window.__complete),
      form: await page.evaluate(() => window.__form),
      count: tasks.length,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      blocking: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    };
  } finally {
    await context.close();
  }
}

const browser = await launchBrowser();
try {
  console.log(`Village page on a slow phone (400 kbit/s, 400 ms RTT, CPU ${CPU_SLOWDOWN}x; first visit; median of ${RUNS})`);
  console.log('  first total on screen; then, for 10 s after it: long tasks, the longest, their blocking time; the form; every part there');
  for (const dir of dirs) {
    const server = await startServer({ dir, base: BASE, port: 0 });
    try {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(browser, server.url));
      const m = (k) => median(runs.map((r) => r[k]));
      console.log(`  ${path.relative(process.cwd(), dir) || dir}`);
      console.log(`    first total: ${(m('first') / 1000).toFixed(2)} s   after it: ${m('count')} long tasks, longest ${m('longest').toFixed(0)} ms, blocking ${m('blocking').toFixed(0)} ms   form: ${(m('form') / 1000).toFixed(2)} s   complete: ${(m('complete') / 1000).toFixed(2)} s`);
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}

// Shared set-up for the end-to-end specs, run by @playwright/test (playwright.config.mjs):
// Debian's chromium, the built site served once from a sub-path (global_setup.mjs), and the
// fixtures every spec uses: `session` (pages with a fixed date and a record of console errors,
// CSP violations and stray requests) and `page`/`log` (Playwright's page with the same record).
// After each test the fixtures fail it when any of its pages broke the CSP.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { test as base, expect } from '@playwright/test';

export { expect };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(ROOT, 'dist');
export const BASE = '/kalkulator/';
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Per-test time limit (the config's `timeout`; a longer test calls `test.setTimeout`). */
export const TEST_TIMEOUT = 30_000;
/** Time limit for a single wait inside a test (actions, navigations, `expect`). */
export const STEP_TIMEOUT = 10_000;
/**
 * The browser's date unless a test gives its own (`newPage({ today })`, `test.use({ today })`): a day before the
 * October switch to next year's budget, so a new plan opens on 2026, the year the older specs
 * were written for, whatever day they run. Only `Date` is fixed; timers run as usual.
 */
export const DEFAULT_TODAY = '2026-06-15T10:00:00';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Why the specs cannot run, or null when they can (global_setup.mjs throws it, so a missing build fails loudly). */
export function missingBuild() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    return `no build at ${path.join(DIST, 'index.html')}: run scripts/build-release first`;
  }
  if (!fs.existsSync(CHROMIUM)) return `no browser at ${CHROMIUM}`;
  return null;
}

/** A browser outside the test runner, for the benchmark scripts (the specs use the worker's `browser`). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The address of the site global_setup.mjs serves for the whole run. */
export function siteUrl() {
  const url = process.env.E2E_SITE_URL;
  if (!url) throw new Error('no E2E_SITE_URL: run the specs with `npx playwright test` (global_setup.mjs serves dist/)');
  return url;
}

/**
 * A session on the served site for one test, in the browser of the worker: `newPage(opts)`
 * makes a context with the fixed date and a page whose log it keeps; `close()` closes them
 * and throws when any of them broke the CSP.
 * @param {import('@playwright/test').Browser} browser
 */
export function openSession(browser) {
  const url = siteUrl();
  const origin = new URL(url).origin;
  const contexts = [];
  const logs = [];
  return {
    url,
    origin,
    browser,
    async newPage({ today = DEFAULT_TODAY, ...contextOptions } = {}) {
      const context = await browser.newContext({ locale: 'id-ID', ...contextOptions });
      contexts.push(context);
      await context.clock.setFixedTime(new Date(today));
      context.setDefaultTimeout(STEP_TIMEOUT);
      const cspViolations = await reportCspViolations(context);
      const page = await context.newPage();
      const log = watchPage(page, origin, cspViolations);
      logs.push(log);
      return { page, context, log };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      // Every spec runs under the published CSP: any page of the test that broke it fails it.
      assertNoCspViolation(logs.flatMap((l) => l.cspViolations));
    },
  };
}

const pageLogs = new WeakMap();

/**
 * The spec's `test`: Playwright's, with
 * - `today`: the date the browser sees (`test.use({ today })`), DEFAULT_TODAY unless given;
 * - `session`: see openSession, closed and checked for CSP violations after the test;
 * - `context`/`page`: Playwright's, with the fixed date and the CSP record; `log`: the page's
 *   PageLog. After the test the page's CSP violations fail it.
 */
export const test = base.extend({
  today: [DEFAULT_TODAY, { option: true }],
  session: async ({ browser }, use) => {
    const session = openSession(browser);
    await use(session);
    await session.close();
  },
  context: async ({ context, today }, use) => {
    await context.clock.setFixedTime(new Date(today));
    context.setDefaultTimeout(STEP_TIMEOUT);
    const cspViolations = await reportCspViolations(context);
    pageLogs.set(context, cspViolations);
    await use(context);
  },
  page: async ({ page, context }, use) => {
    const log = watchPage(page, new URL(siteUrl()).origin, pageLogs.get(context));
    pageLogs.set(page, log);
    await use(page);
    assertNoCspViolation(log.cspViolations);
  },
  log: async ({ page }, use) => {
    await use(pageLogs.get(page));
  },
});

/**
 * Collect the `securitypolicyviolation` events of every page of `context` (they also catch
 * what the console does not show); the console's "Content Security Policy" errors are added by
 * watchPage.
 */
export async function reportCspViolations(context) {
  const violations = [];
  await context.exposeBinding('__reportCspViolation', (_source, text) => violations.push(String(text)));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = globalThis.__reportCspViolation;
      if (report) report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return violations;
}

/** Throw when the page broke the Content-Security-Policy (the shared check of every spec). */
export function assertNoCspViolation(violations) {
  if (violations.length > 0) {
    throw new Error(`Content-Security-Policy violated:\n${violations.join('\n')}`);
  }
}

/**
 * Run `fn({page, context, log})` in a fresh browser context and always close that context.
 */
export async function withPage(session, contextOptions, fn) {
  const { page, context, log } = await session.newPage(contextOptions);
  let result;
  try {
    result = await fn({ page, context, log });
  } finally {
    await context.close().catch(() => {});
  }
  assertNoCspViolation(log.cspViolations);
  return result;
}

/**
 * @typedef {{consoleErrors: string[], pageErrors: string[], failedRequests: string[],
 *   badResponses: string[], otherOrigin: string[], requests: string[]}} PageLog
 */

/** Record console errors, uncaught page errors, failed requests and requests to other origins. */
export function watchPage(page, origin, cspViolations = []) {
  /** @type {PageLog} */
  const log = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    badResponses: [],
    otherOrigin: [],
    requests: [],
    cspViolations,
  };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    log.consoleErrors.push(msg.text());
    if (/Content Security Policy/i.test(msg.text())) log.cspViolations.push(msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err && err.stack ? err.stack : err)));
  page.on('request', (req) => {
    const u = req.url();
    log.requests.push(u);
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) log.otherOrigin.push(u);
  });
  page.on('requestfailed', (req) => log.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) log.badResponses.push(`${res.status()} ${res.url()}`);
  });
  return log;
}

/** Human-readable dump of a page log, for assertion messages. */
export function describeLog(log) {
  return JSON.stringify(
    {
      consoleErrors: log.consoleErrors,
      pageErrors: log.pageErrors,
      failedRequests: log.failedRequests,
      badResponses: log.badResponses,
      otherOrigin: log.otherOrigin,
    },
    null,
    2,
  );
}

/**
 * Retry `read` (Playwright's `expect.poll`, within STEP_TIMEOUT) until `ok(value)` holds, and
 * return that value; when it never does, fail with the last value read. For conditions no
 * matcher states (a predicate over several figures); `expect(locator)` and
 * `expect.poll(read).toBe(...)` say the simple ones.
 */
export async function poll(read, ok, { timeout = STEP_TIMEOUT, message } = {}) {
  let last;
  try {
    await expect.poll(async () => Boolean(ok((last = await read()))), { timeout, message }).toBe(true);
  } catch (e) {
    e.message += `\nlast value read: ${JSON.stringify(last, null, 2)}`;
    throw e;
  }
  return last;
}

/**
 * Call `fn` every `interval` ms until `ok(value)` holds or `timeout` passes, and return the last
 * value either way. For the benchmark scripts (scripts/visits.mjs, scripts/rekap-bench.mjs),
 * which time what they wait for and must not fail; the specs use `poll` or `expect`.
 */
export async function sample(fn, ok, { timeout = STEP_TIMEOUT, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  let value = await fn();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, interval));
    value = await fn();
  }
  return value;
}

/** Every URL in the page's Cache Storage (the service worker's offline copy). */
export function cachedUrls(page) {
  return page.evaluate(async () => {
    const lists = await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
    return lists.flat();
  });
}

/** Wait until every wasm part the rekap page fetched (per `log`) is stored (sw.js stores the later parts as fetched). */
export async function everyRekapWasmStored(page, log) {
  await poll(
    async () => {
      const have = await cachedUrls(page);
      const fetched = [...new Set(log.requests.filter((u) => u.endsWith('.wasm') && u.includes('/rekap/')))];
      return { fetched: fetched.length, missing: fetched.filter((u) => !have.includes(u)) };
    },
    (w) => w.fetched > 0 && w.missing.length === 0,
  );
}

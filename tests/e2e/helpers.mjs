// Shared set-up for the end-to-end specs: Debian chromium through playwright-core, the built
// site served from a sub-path, and a record of console errors and stray requests per page.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(ROOT, 'dist');
export const BASE = '/kalkulator/';
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Per-test time limit for `test(name, { timeout: TEST_TIMEOUT }, fn)`. */
export const TEST_TIMEOUT = 30_000;
/** Time limit for a single wait inside a test. */
export const STEP_TIMEOUT = 10_000;
/**
 * The browser's date unless a test gives its own (`newPage({ today })`): a day before the
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

/** Why the specs cannot run, or null when they can (startSession throws it, so a missing build fails loudly). */
export function missingBuild() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    return `no build at ${path.join(DIST, 'index.html')}: run scripts/build-release first`;
  }
  if (!fs.existsSync(CHROMIUM)) return `no browser at ${CHROMIUM}`;
  return null;
}

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Start the server on dist/ and a browser. Call `close()` in `after`/`finally`.
 * @returns {Promise<{url: string, origin: string, browser: import('playwright-core').Browser,
 *   newPage: (opts?: object) => Promise<{page: import('playwright-core').Page, context: any, log: PageLog}>,
 *   close: () => Promise<void>}>}
 */
export async function startSession() {
  const why = missingBuild();
  if (why) throw new Error(why);
  const server = await startServer({ dir: DIST, base: BASE, port: 0 });
  let browser;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await server.close();
    throw e;
  }
  const origin = new URL(server.url).origin;
  const contexts = [];
  const logs = [];
  return {
    url: server.url,
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
      await browser.close().catch(() => {});
      await server.close();
      // Every spec runs under the published CSP: any page of the session that broke it fails.
      assertNoCspViolation(logs.flatMap((l) => l.cspViolations));
    },
  };
}

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
 * Poll `fn` until it returns a value for which `ok(value)` holds; return the last value either
 * way, so the caller's assertion shows what was actually there.
 */
export async function poll(fn, ok, { timeout = STEP_TIMEOUT, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  let value = await fn();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, interval));
    value = await fn();
  }
  return value;
}

/** Poll until `fn()` strictly equals `expected`, then return the last value (for assert.equal). */
export function until(fn, expected, opts) {
  return poll(fn, (v) => v === expected, opts);
}

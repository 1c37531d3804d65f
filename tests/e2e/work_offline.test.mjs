// The calculator keeps working without a connection once opened, and a newly published version
// is offered with a quiet banner; reloading switches version and keeps the plan.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, reportCspViolations, watchPage, assertNoCspViolation, describeLog, poll, cachedUrls, everyRekapWasmStored, DIST, ROOT, BASE, TEST_TIMEOUT, STEP_TIMEOUT } from './helpers.mjs';
import { startServer } from './serve.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';
import { writeServiceWorker } from '../../scripts/post_build.mjs';

// Default plan plus 12 RT/RW and 100 pekerja rentan (as in restore_saved_work).
const TYPED = { monthly: 'Rp1.994.076', annual: 'Rp23.928.912', people: '122', addShare: '7,52 %' };

async function typeWork(app) {
  await app.setInsured(4, '12');
  await app.setInsured(6, '100');
  await app.setAdd('318.397.000');
  assert.deepEqual(await app.totalsEventually(TYPED), TYPED, 'totals after typing');
}

/** The version baked into the active service worker's cache name. */
function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

test.describe('work offline and take up a new version', () => {
  let browser;
  let server;
  let copy;
  test.beforeAll(async ({ browser: workerBrowser }) => {
    if (!fs.existsSync(path.join(DIST, 'sw.js'))) throw new Error(`no ${path.join(DIST, 'sw.js')}: run scripts/build-release`);
    // A copy of the build, so a "new release" can be published into it.
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kalkulator-dist-'));
    fs.cpSync(DIST, copy, { recursive: true });
    server = await startServer({ dir: copy, base: BASE, port: 0 });
    // The worker's browser (playwright.config.mjs); every test makes and closes its own context.
    browser = workerBrowser;
  });
  test.afterAll(async () => {
    await server?.close();
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });

  async function open() {
    const context = await browser.newContext({ locale: 'id-ID' });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const csp = await reportCspViolations(context);
    const page = await context.newPage();
    const log = watchPage(page, new URL(server.url).origin, csp);
    return { context, page, log };
  }

  async function waitForWorker(page) {
    const controlled = await poll(
      () => page.evaluate(() => Boolean(navigator.serviceWorker.controller)),
      (v) => v,
    );
    assert.equal(controlled, true, 'the service worker controls the page');
  }

  test('opened once, the calculator reloads and computes offline', async () => {
    const { context, page, log } = await open();
    try {
      const app = new CalculatorPage(page);
      await app.open(server.url);
      await waitForWorker(page);
      await context.setOffline(true);
      await page.reload();
      await app.waitForApp();
      await typeWork(app);
      await context.setOffline(false);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
      assertNoCspViolation(log.cspViolations);
    } finally {
      await context.close().catch(() => {});
    }
  });

  test('the rekap page, opened once, opens, computes and reads a workbook offline; the village page did not download it', async () => {
    const { context, page, log } = await open();
    try {
      const app = new CalculatorPage(page);
      await app.open(server.url);
      await waitForWorker(page);
      const stored = () => cachedUrls(page);
      assert.equal((await stored()).filter((u) => u.includes('/rekap/')).length, 0, 'nothing of the rekap page is stored by the village page');
      await page.goto(`${server.url}rekap/`);
      // One worker for the whole site: the rekap page is under its scope.
      assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true, 'the rekap page is served by the worker');
      await page.getByTestId('rekap-import').waitFor({ state: 'attached' });
      // Every wasm part the rekap page fetched is stored (sw.js stores LATER files as fetched).
      await everyRekapWasmStored(page, log);
      // And then every file of the page, also the parts it fetches only when used (the workbook
      // reader, never fetched here): sw.js stores the rest a few seconds after the page opened.
      const rekapFiles = fs
        .readdirSync(path.join(copy, 'rekap'))
        .filter((f) => /\.(wasm|js)$/.test(f))
        .map((f) => new URL(`rekap/${f}`, server.url).href);
      const notFetched = rekapFiles.filter((u) => !log.requests.includes(u));
      assert.ok(notFetched.some((u) => u.includes('workbook_reader')), `the workbook reader is not fetched by opening the page: ${notFetched}`);
      await poll(
        async () => {
          const have = await stored();
          return rekapFiles.filter((u) => !have.includes(u));
        },
        (missing) => missing.length === 0,
      );
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('rekap-import').setInputFiles(path.join(ROOT, 'docs', 'rekap-template.csv'));
      await expect(page.getByTestId('rekap-villages')).toHaveText('3', { useInnerText: true });
      // A workbook beside it, read by the part that was never fetched online.
      await page.getByTestId('rekap-import').setInputFiles(path.join(ROOT, 'tests', 'e2e', 'fixtures', 'bungo-villages.xlsx'));
      await expect(page.getByTestId('rekap-villages')).toHaveText('144', { useInnerText: true });
      await expect(page.getByTestId('rekap-file-summary').last()).toContainText('141 desa dibaca');
      await context.setOffline(false);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
      assertNoCspViolation(log.cspViolations);
    } finally {
      await context.close().catch(() => {});
    }
  });

  test('a new version shows the banner; reloading switches to it and keeps the plan', async () => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const { context, page, log } = await open();
    try {
      const app = new CalculatorPage(page);
      await app.open(server.url);
      await waitForWorker(page);
      await typeWork(app);
      const before = await cacheNames(page);
      assert.equal(before.length, 1, `one cache: ${before}`);
      assert.equal(await page.getByTestId('update-banner').count(), 0, 'no banner while nothing is new');

      // Publish: a changed page, hence a service worker with another version.
      const index = path.join(copy, 'index.html');
      fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</body>', '<!-- release 2 --></body>'));
      for (const ext of ['.gz', '.br']) fs.rmSync(index + ext, { force: true });
      const { version } = writeServiceWorker(copy);
      for (const ext of ['.gz', '.br']) fs.rmSync(path.join(copy, 'sw.js' + ext), { force: true });
      assert.ok(!before[0].endsWith(version), 'the copy has a new version');

      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r && r.update()));
      const banner = page.getByTestId('update-banner');
      await banner.waitFor({ state: 'visible' });
      assert.match(await banner.innerText(), /Versi baru tersedia/);
      // Still the old version until the user chooses to reload: nothing is mixed.
      assert.equal(await page.evaluate(() => document.documentElement.innerHTML.includes('release 2')), false);

      await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Muat ulang' }).click()]);
      await app.waitForApp();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.innerHTML.includes('release 2')), { message: 'the page of the new version is shown' })
        .toBe(true);
      assert.deepEqual(await app.totalsEventually(TYPED), TYPED, 'the plan is kept');
      const after = await poll(() => cacheNames(page), (names) => names.length === 1 && names[0].endsWith(version));
      assert.deepEqual(after, [`kalkulator-${version}`], 'only the new version is cached');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
      assertNoCspViolation(log.cspViolations);
    } finally {
      await context.close().catch(() => {});
    }
  });
});

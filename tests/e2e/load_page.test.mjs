// The built site loads from a sub-path, cleanly and without reaching any other origin.

import assert from 'node:assert/strict';
import { test, withPage, describeLog, BASE } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

test.describe('load the page', () => {
  test('loads from the sub-path with no errors and nothing from other origins', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    const response = await app.open(session.url);
    assert.equal(response?.status(), 200, 'index.html status');
    await page.waitForLoadState('networkidle');
    // Give late requests (favicon, lazy chunks) and late console errors a moment.
    await page.waitForTimeout(300);

    assert.deepEqual(log.pageErrors, [], `uncaught page errors:\n${describeLog(log)}`);
    assert.deepEqual(log.consoleErrors, [], `console errors:\n${describeLog(log)}`);
    assert.deepEqual(log.failedRequests, [], `failed requests:\n${describeLog(log)}`);
    assert.deepEqual(log.badResponses, [], `HTTP errors (absolute asset paths 404 under a sub-path):\n${describeLog(log)}`);
    assert.deepEqual(log.otherOrigin, [], `requests to other origins:\n${describeLog(log)}`);

    const outsideBase = log.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && !new URL(u).pathname.startsWith(BASE));
    assert.deepEqual(outsideBase, [], 'every request stays under the sub-path');
    assert.ok(log.requests.some((u) => u.endsWith('.wasm')), `the WebAssembly module was requested:\n${log.requests.join('\n')}`);

    assert.match(await page.title(), /Kalkulator/);
    assert.equal(await app.lang(), 'id');
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('lang')), 'id');
  });

  test('has a favicon that is served from the sub-path', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel~="icon"]')].map((l) => l.href),
    );
    assert.ok(hrefs.length > 0, 'a <link rel="icon"> is present');
    for (const href of hrefs) {
      assert.ok(href.startsWith(session.url), `favicon ${href} is under ${session.url}`);
      const r = await page.request.get(href);
      assert.equal(r.status(), 200, `favicon ${href}`);
    }
  });

  test('the bare sub-path without a slash redirects and loads', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url.replace(/\/$/, ''));
    // The app keeps the scenario in the fragment, so compare the address without it.
    assert.equal(page.url().split('#')[0], session.url);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  // Phone widths, where the sections arrive below what is already there (320: the presets'
  // card is taller), and a desktop; a tall window, so that a shift anywhere in the long page is
  // seen (shifts count only on screen).
  for (const width of [320, 360, 1366]) test(`the first paint is the real header, and building the page in steps moves nothing (${width} px)`, async ({ session }) => {
    await withPage(session, { viewport: { width, height: 4000 } }, async ({ page }) => {
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // Before any script runs, index.html alone shows the title and tagline.
      const html = await (await page.request.get(session.url)).text();
      // The release build's HTML is minified: attribute quotes may go.
      assert.match(html, /id="?boot-header"?[\s\S]*<h1>Kalkulator Iuran Jamsostek Desa<\/h1>/, 'static header in index.html');

      const app = new CalculatorPage(page);
      await app.open(session.url);
      await page.waitForTimeout(300);
      assert.equal(await page.locator('#boot-header').count(), 0, 'the static header is replaced by the app');
      assert.equal(await page.locator('h1').count(), 1, 'exactly one page title');
      assert.equal(await page.getByTestId('page').getAttribute('aria-busy'), 'false');
      const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
      assert.ok(shift < 0.01, `cumulative layout shift ${shift} while the page was built`);
    });
  });
});

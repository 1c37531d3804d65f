// The site is published under a strict Content-Security-Policy (README, "Headers"): it must
// run without any inline script or style, and the shared check of every spec must notice a
// violation.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, describeLog, poll, DIST } from './helpers.mjs';
import { CSP } from './serve.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

/** Every HTML file of the build, pages of other Trunk builds (dist/rekap/) included. */
function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

test.describe('enforce the content security policy', () => {
  test('no built page has an inline script, event handler or style attribute', () => {
    const pages = htmlFiles(DIST);
    assert.ok(pages.length > 0, 'the build has pages');
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attrs, body] of scripts) {
        assert.match(attrs, /\bsrc=/, `${file}: script without src`);
        assert.equal(body.trim(), '', `${file}: inline script body`);
      }
      assert.doesNotMatch(html, /<[^>]+\sstyle=/i, `${file}: style attribute`);
      assert.doesNotMatch(html, /<style\b/i, `${file}: style element`);
      assert.doesNotMatch(html, /<[^>]+\son[a-z]+=/i, `${file}: inline event handler`);
    }
  });

  test('the page is served with the policy and computes under it', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    const response = await app.open(session.url);
    const headers = response?.headers() ?? {};
    assert.equal(headers['content-security-policy'], CSP);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'no-referrer');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    // The app started (the wasm loader is a file now, not Trunk's inline script).
    assert.ok(log.requests.some((u) => u.endsWith('.wasm')), describeLog(log));
    assert.equal(await page.locator('#boot-header').count(), 0, 'the app replaced the boot header');
    assert.deepEqual(log.cspViolations, [], describeLog(log));
    assert.deepEqual(log.consoleErrors, [], describeLog(log));
  });

  test('the shared check notices a violation', async ({ session }) => {
    const { page, context, log } = await session.newPage();
    try {
      await page.goto(session.url);
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.inlineRan = true;';
        document.body.append(s);
        document.body.setAttribute('style', 'color: red');
      });
      const seen = await poll(
        () => log.cspViolations.length,
        (n) => n >= 2,
      );
      assert.ok(seen >= 2, `both violations reported: ${log.cspViolations.join('\n')}`);
      assert.equal(await page.evaluate(() => window.inlineRan === true), false, 'the inline script was blocked');
      // Cleared here so that this deliberate violation does not fail the session's own check.
      log.cspViolations.length = 0;
    } finally {
      await context.close().catch(() => {});
    }
  });
});

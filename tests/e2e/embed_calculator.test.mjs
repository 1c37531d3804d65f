// A village site embeds the calculator with the code the page offers: the frame, on another
// origin, shows the calculator without its header and its height follows the content.

import assert from 'node:assert/strict';
import http from 'node:http';
import { test, poll, TEST_TIMEOUT } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

test.describe('embed the calculator', () => {
  let host;
  let hostHtml = '';
  test.beforeAll(async () => {
    host = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><body><h1>Situs Desa</h1>${hostHtml}</body></html>`);
    });
    await new Promise((r) => host.listen(0, '127.0.0.1', r));
  });
  test.afterAll(async () => {
    await new Promise((r) => (host ? host.close(r) : r()));
  });

  test('the offered snippet works from another origin and the frame follows its content', async ({ session, page }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const app = new CalculatorPage(page);
    await app.open(session.url);
    const offer = page.getByTestId('embed-offer');
    await offer.locator('summary').click();
    assert.match(await offer.locator('summary').innerText(), /Pasang di situs Anda/);
    hostHtml = await page.getByTestId('embed-code').inputValue();
    assert.match(hostHtml, /<iframe src="[^"]*\/kalkulator\/\?embed=1"/);

    const hostUrl = `http://127.0.0.1:${host.address().port}/`;
    assert.notEqual(new URL(hostUrl).origin, session.origin, 'the host is another origin');
    await page.goto(hostUrl);
    const frameEl = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('total-monthly').waitFor({ state: 'visible' });
    assert.equal(await frame.locator('header.top').isVisible(), false, 'no page header when embedded');

    const frameHeight = () => frameEl.evaluate((f) => Number(f.height));
    const contentHeight = () => frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
    const first = await poll(
      async () => [await frameHeight(), await contentHeight()],
      ([f, c]) => f === c,
    );
    assert.equal(first[0], first[1], 'the frame is as tall as its content');
    assert.notEqual(first[0], 900, 'the height came from the calculator, not the snippet default');

    // More content: another category makes the calculator taller, and the frame follows.
    await frame.getByTestId('add-category').click();
    const second = await poll(
      async () => [await frameHeight(), await contentHeight()],
      ([f, c]) => f === c && f > first[0],
    );
    assert.ok(second[0] > first[0], `the frame grew: ${first[0]} -> ${second[0]}`);
    assert.equal(second[0], second[1]);
  });
});

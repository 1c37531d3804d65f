// The web app manifest lets a village office install the calculator: valid, relative to the
// page (any sub-path), with icons that load.

import assert from 'node:assert/strict';
import { test } from './helpers.mjs';

test.describe('install the app', () => {
  test('the manifest is valid and its icons load', async ({ session }) => {
    const href = await fetch(session.url)
      .then((r) => r.text())
      // The release build's HTML is minified: attributes in any order, quotes optional.
      .then((html) => html.match(/<link\b[^>]*\brel="?manifest\b[^>]*>/)?.[0].match(/\bhref="?([^"\s>]+)/)?.[1]);
    assert.ok(href, 'the page links a manifest');
    const manifestUrl = new URL(href, session.url);
    const response = await fetch(manifestUrl);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.lang, 'id');
    assert.match(manifest.name, /Kalkulator Iuran Jamsostek Desa/);
    assert.ok(manifest.short_name.length <= 15, `short name fits under an icon: ${manifest.short_name}`);
    assert.equal(manifest.theme_color, '#0b5d3b');
    assert.equal(new URL(manifest.start_url, manifestUrl).href, session.url, 'start_url is the page, under the sub-path');
    assert.equal(new URL(manifest.scope, manifestUrl).href, session.url, 'scope is the sub-path');
    const purposes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
    for (const want of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(purposes.includes(want), `${want} in ${purposes}`);
    for (const icon of manifest.icons) {
      const res = await fetch(new URL(icon.src, manifestUrl));
      assert.equal(res.status, 200, icon.src);
      const png = Buffer.from(await res.arrayBuffer());
      assert.equal(png.subarray(1, 4).toString(), 'PNG', `${icon.src} is a PNG`);
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} has the size the manifest says`);
    }
  });

  test('the browser reads the manifest without a CSP violation', async ({ session }) => {
    const { page, context, log } = await session.newPage();
    try {
      await page.goto(session.url);
      const cdp = await context.newCDPSession(page);
      const { errors, url } = await cdp.send('Page.getAppManifest');
      assert.ok(url.endsWith('manifest.webmanifest'), url);
      assert.deepEqual(errors, [], 'Chromium finds no manifest error');
      assert.deepEqual(log.cspViolations, []);
    } finally {
      await context.close().catch(() => {});
    }
  });
});

// The parts of the village page that arrive after the first answer (src/ui/deferred.rs, issue
// 13). The release build is split: each part is its own wasm chunk. One that cannot be
// downloaded says so with a retry button, the rest of the page keeps computing, and a retry
// brings it once the line is back.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test, expect, withPage, describeLog, poll, TEST_TIMEOUT, DIST } from './helpers.mjs';
import { CalculatorPage, DEFAULT_TOTALS } from './fixtures/calculator_page.mjs';

/** The chunks scripts/split_wasm.mjs writes (`split_<part>-<hash>.wasm`, shared `chunk_pack-…`, `chunk_pack_form-…` and `chunk_<n>-…`). */
const CHUNK = /\/(split|chunk)_[^/]*\.wasm$/;
/** The shared chunks the later parts need, packed into one file. */
const PACK = /\/chunk_pack-[^/]*\.wasm$/;
/** The form's part and the chunks it shares with the later parts (packed into a file of their own). */
const FORM = /\/(split_form|chunk_pack_form)-[^/]*\.wasm$/;
/** A later part's own chunk (not the form's; the shared code they need comes, but cannot help them). */
const LATER = /\/split_(?!form-)[^/]*\.wasm$/;
/** A testid drawn by each part once it is there. */
const PARTS = { presets: 'preset-select', capacity: 'capacity-panel', protection: 'people-protected', 'budget-lines': 'rab-table', scenarios: 'share-link' };

test.describe('load the later parts of the page', () => {
  test('the release build is split, and the page fetches its chunks after the main module', async ({ session }) => {
    const chunks = fs.readdirSync(DIST).filter((f) => CHUNK.test(`/${f}`));
    assert.ok(chunks.some((f) => f.startsWith('split_')), `split chunks in dist/: ${chunks}`);
    await withPage(session, {}, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      for (const id of Object.values(PARTS)) await page.getByTestId(id).first().waitFor({ state: 'attached' });
      assert.equal(await page.getByTestId('deferred-loading').count(), 0, 'no placeholder left');
      assert.equal(await page.getByTestId('deferred-failed').count(), 0, 'nothing failed');
      const wasm = log.requests.filter((u) => u.endsWith('.wasm'));
      assert.ok(wasm[0].endsWith('_bg.wasm'), `the main module comes first: ${wasm.join('\n')}`);
      assert.ok(wasm.some((u) => CHUNK.test(u)), `chunks were fetched: ${wasm.join('\n')}`);
      // The code the parts share came in one file, once (scripts/pack_chunks.mjs), not chunk by
      // chunk; what the form shares with them came with the form, before it.
      assert.equal(wasm.filter((u) => PACK.test(u)).length, 1, `one download of the shared chunks: ${wasm.join('\n')}`);
      const form = wasm.findIndex((u) => FORM.test(u));
      assert.ok(form > 0 && form < wasm.findIndex((u) => PACK.test(u)), `the form's code came first: ${wasm.join('\n')}`);
      // Only the few that English needs too stay files of their own (it is fetched when asked for).
      const apart = fs.readdirSync(DIST).filter((f) => /^chunk_\d+-.*\.wasm$/.test(f));
      assert.ok(apart.length <= 6, `shared chunks left apart: ${apart}`);
      assert.equal(new Set(wasm).size, wasm.length, `each file fetched once: ${wasm.join('\n')}`);
      assert.ok(wasm.length <= 1 + 11 + 2 + apart.length, `the main module, the parts, the two packs, those apart: ${wasm.join('\n')}`);
      assert.deepEqual(log.consoleErrors, [], describeLog(log));
    });
  });

  test('a part that fails to download shows a retry; the totals still compute; retry brings it', async ({ session }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    // No service worker: its install would fetch the chunks too, outside this page's routes.
    await withPage(session, { serviceWorkers: 'block' }, async ({ page, log }) => {
      let blocked = 0;
      // The form comes; every part after it does not.
      await page.route(LATER, (route) => {
        blocked += 1;
        return route.abort('internetdisconnected');
      });
      const app = new CalculatorPage(page);
      await app.open(session.url);
      assert.ok(blocked > 0, 'the chunks were requested and blocked');

      // Every later part (and the print sheet) says it could not be loaded, in Indonesian.
      const failed = page.getByTestId('deferred-failed');
      await expect(failed, 'five parts and the print sheet failed').toHaveCount(6);
      assert.match(await failed.first().innerText(), /belum dapat dimuat/);
      assert.equal(await page.getByTestId('deferred-retry').first().innerText(), 'Coba lagi');
      for (const id of Object.values(PARTS)) assert.equal(await page.getByTestId(id).count(), 0, `${id} is not there`);

      // The first answer does not need them.
      await app.setInsured(6, '100');
      assert.equal(await app.textEventually('total-monthly', 'Rp1.792.476'), 'Rp1.792.476');
      await app.setAdd('Rp318.397.000');
      assert.equal(await app.textEventually('add-share', '6,76 %'), '6,76 %');

      // English is a part of its own: it says it could not come, and the page stays Indonesian.
      await page.getByTestId('lang-toggle').click();
      assert.match(await page.getByTestId('lang-failed').innerText(), /English belum dapat dimuat/);
      assert.equal(await app.lang(), 'id');

      // So are the formulas behind the first screen's figures: a tapped one says so, with a retry.
      await page.getByTestId('total-annual').click();
      const panel = page.locator('[data-testid="total-annual"] ~ .fig__panel');
      assert.match(await poll(() => panel.innerText(), (t) => /belum dapat dimuat/.test(t)), /Coba lagi/);

      // The line is back: English comes when asked again, and the parts' messages follow it.
      await page.unroute(LATER);
      await app.switchLanguage();
      assert.equal(await page.getByTestId('lang-failed').count(), 0, 'the English message is gone');
      assert.match(await failed.first().innerText(), /could not be loaded/);
      assert.equal(await page.getByTestId('deferred-retry').first().innerText(), 'Try again');
      await app.switchLanguage();

      // Each retry brings its part (and the formula), with the plan as entered.
      const retry = page.getByTestId('deferred-retry');
      while ((await retry.count()) > 0) {
        await retry.first().click();
        await page.waitForTimeout(50);
      }
      await expect(failed, 'no part is left failed').toHaveCount(0);
      assert.match(await panel.innerText(), /^Rumus: /, 'the tapped figure shows its formula');
      for (const id of Object.values(PARTS)) await page.getByTestId(id).first().waitFor({ state: 'attached' });
      assert.equal(await app.textEventually('people-protected', '110'), '110');
      assert.equal(await app.textEventually('expected-payout', 'Rp16.632.000'), 'Rp16.632.000');
      assert.match(await app.shareLink(), /#v\d/);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('the form that fails to download says so where it goes; the totals stay; retry brings it', async ({ session }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    await withPage(session, { serviceWorkers: 'block' }, async ({ page, log }) => {
      let blocked = 0;
      await page.route(FORM, (route) => {
        blocked += 1;
        return route.abort('internetdisconnected');
      });
      await page.goto(session.url, { waitUntil: 'load' });
      const app = new CalculatorPage(page);
      // The first answer needs none of the form's code: the example's totals are there.
      assert.equal(await app.textEventually('total-annual', DEFAULT_TOTALS.annual), DEFAULT_TOTALS.annual);
      const failed = page.locator('[data-testid="deferred-failed"][data-part="form"]');
      await failed.waitFor();
      assert.ok(blocked > 0, 'the form was requested and blocked');
      assert.match(await failed.innerText(), /Isian desa dan pekerja belum dapat dimuat .*Hasil rencana ini tetap tampil\./s);
      assert.equal(await page.getByTestId('insured-0').count(), 0, 'no card without the form');
      // The rest of the page is not held up by it.
      await expect(page.locator('[data-testid="page"][aria-busy="false"]')).toBeAttached();
      assert.equal(await page.getByTestId('rekap-link').count(), 1, 'the footer is there');

      // The line is back: the retry brings the form, with the plan the totals are of.
      await page.unroute(FORM);
      await failed.getByTestId('deferred-retry').click();
      await expect(failed).toHaveCount(0);
      await app.setInsured(6, '100');
      assert.equal(await app.textEventually('total-monthly', 'Rp1.792.476'), 'Rp1.792.476');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

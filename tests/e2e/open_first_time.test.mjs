// A first visit: a loading line until the app runs, the built-in plan marked as an example until
// the user changes it, and head counts that give a count as their example.

import assert from 'node:assert/strict';
import { test, expect, withPage, describeLog, poll } from './helpers.mjs';
import { CalculatorPage, DEFAULT_TOTALS } from './fixtures/calculator_page.mjs';

test.describe('open the page for the first time', () => {
  test('a loading line shows before the app and goes with it', async ({ session, page, log }) => {
    const html = await (await page.request.get(session.url)).text();
    assert.match(html, /Memuat kalkulator/, 'index.html says the page is loading');
    const app = new CalculatorPage(page);
    await app.open(session.url);
    assert.equal(await page.locator('.top__loading').count(), 0, 'the loading line is gone once the app runs');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('the built-in figures are an example until a count changes; counts give counts as examples', async ({ session }) => {
    await withPage(session, { viewport: { width: 360, height: 740 } }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.totalsEventually({ annual: DEFAULT_TOTALS.annual });
      assert.match(await app.text('example-note'), /^Contoh:/);
      assert.match(await page.locator('.summary-bar').textContent(), /^Contoh · /);
      assert.equal(await (await app.insuredInput(0)).getAttribute('placeholder'), 'mis. 9');

      await app.setInsured(0, 'dua');
      const field = await poll(() => app.fieldState('insured-0'), (s) => s.ariaInvalid === 'true' && s.errorText);
      assert.match(field.errorText, /^Bukan angka\. Tulis bilangan bulat, mis\. 9\./);
      assert.doesNotMatch(field.errorText, /Rp/, 'no money example for a head count');

      await app.setInsured(0, '2');
      await expect(page.getByTestId('example-note'), 'no longer an example').toHaveCount(0);
      assert.doesNotMatch(await page.locator('.summary-bar').textContent(), /Contoh/);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('the form starts with "1. Desa & anggaran", the presets right under it, their sources folded', async ({ session }) => {
    await withPage(session, { viewport: { width: 360, height: 740 } }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await page.getByTestId('preset-select').waitFor();
      const headings = await page.locator('.layout__form h2').allInnerTexts();
      assert.match(headings[0], /^1\. Desa & anggaran/, `first section: ${headings}`);
      assert.equal(headings[1], 'Mulai dari program nyata', `the presets come under the village section: ${headings}`);
      assert.equal(await page.getByTestId('preset-observed').count(), 0, 'no source amounts before a program is picked');
      const sources = page.getByTestId('preset-sources');
      assert.equal(await sources.evaluate((d) => d.open), false, 'the sources are folded');
      assert.equal(await page.getByTestId('preset-note').isVisible(), false);
      await sources.locator('summary').click();
      assert.match(await page.getByTestId('preset-note').innerText(), /\S/, 'opened, the note is there');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

// On a 360 x 740 phone the page does not scroll sideways and the totals are on screen; on a
// projector the result tables fit their cards.

import assert from 'node:assert/strict';
import { test, withPage, describeLog } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function assertFits(app, label) {
  const w = await app.scrollWidths();
  assert.ok(w.scrollWidth <= 360, `${label}: no horizontal scroll, got ${JSON.stringify(w)}`);
  for (const id of ['total-monthly', 'total-annual']) {
    const loc = app.page.getByTestId(id);
    assert.ok(await loc.isVisible(), `${label}: ${id} visible`);
    const box = await loc.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${label}: ${id} inside the 360 px width: ${JSON.stringify(box)}`);
  }
}

test.describe('fit a phone screen', () => {
  test('360 x 740: no horizontal scroll, totals visible (ID and EN, large numbers)', async ({ session }) => {
    await withPage(session, PHONE, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      assert.equal(await app.textEventually('total-monthly', 'Rp112.476'), 'Rp112.476');
      await assertFits(app, 'default plan');

      await app.setInsured(6, '100');
      await app.setAdd('Rp318.397.000');
      assert.equal(await app.textEventually('total-annual', 'Rp21.509.712'), 'Rp21.509.712');
      await assertFits(app, 'with 100 pekerja rentan and ADD');

      await app.setInsured(0, 'abc');
      await assertFits(app, 'with an error shown');
      await app.setInsured(0, '1');

      await app.switchLanguage();
      assert.equal(await app.textEventually('total-monthly', 'Rp1,792,476'), 'Rp1,792,476');
      await assertFits(app, 'English');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('1920 x 1080 projector: every table of the results fits its card (ID and EN)', async ({ session }) => {
    await withPage(session, { viewport: { width: 1920, height: 1080 } }, async ({ page }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      const overflowing = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.layout__results table')]
            .filter((t) => t.scrollWidth > t.parentElement.clientWidth + 1)
            .map((t) => `${t.querySelector('caption, th')?.textContent?.trim()}: ${t.scrollWidth} > ${t.parentElement.clientWidth}`),
        );
      assert.deepEqual(await overflowing(), [], 'Indonesian');
      await app.switchLanguage();
      assert.equal(await app.textEventually('total-monthly', 'Rp112,476'), 'Rp112,476');
      assert.deepEqual(await overflowing(), [], 'English');
    });
  });
});

// Tapping a headline figure opens its formula inside the page: it wraps (one term per line on a
// phone) and never makes the page wider than the screen. The comparison's tick boxes keep one
// size whatever their label.

import assert from 'node:assert/strict';
import { test, expect, withPage, describeLog, poll } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

const FIGURES = ['total-monthly', 'total-annual', 'payer-total', 'worker-total'];

test.describe('open the headline formulas', () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1366, height: 768 }]) {
    test(`every headline formula opened in turn keeps the page ${viewport.width} px wide`, async ({ session }) => {
      await withPage(session, { viewport }, async ({ page, log }) => {
        const app = new CalculatorPage(page);
        await app.open(session.url);
        await app.setInsured(6, '40');
        await poll(() => app.totals(), (t) => t.people === '50');
        for (const id of FIGURES) {
          await page.getByTestId(id).click();
          const panel = page.locator(`[data-testid="${id}"] ~ .fig__panel`);
          await panel.waitFor({ state: 'visible' });
          const w = await app.scrollWidths();
          assert.ok(w.scrollWidth <= viewport.width, `${id}: page ${w.scrollWidth} px wide at ${viewport.width}`);
          const box = await panel.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, terms: el.querySelectorAll('.fig__term').length, lines: [...el.querySelectorAll('.fig__term')].map((t) => t.getBoundingClientRect().top) }));
          assert.ok(box.scroll <= box.client + 1, `${id}: the formula wraps inside its panel ${JSON.stringify(box)}`);
          if (viewport.width < 600 && box.terms > 1) {
            assert.equal(new Set(box.lines).size, box.terms, `${id}: one term per line on a phone`);
          }
          await page.getByTestId(id).click();
        }
        assert.deepEqual(log.pageErrors, [], describeLog(log));
      });
    });
  }

  test('the comparison tick boxes are all the same size', async ({ session }) => {
    await withPage(session, { viewport: { width: 1366, height: 768 } }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      const boxes = page.locator('.compare__pick input[type="checkbox"]');
      await expect.poll(() => boxes.count()).toBeGreaterThan(1);
      const sizes = await boxes.evaluateAll((els) => els.map((e) => `${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`));
      assert.equal(new Set(sizes).size, 1, `one size: ${sizes.join(', ')}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

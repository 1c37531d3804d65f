// Ticking two to four scenarios shows them side by side with the difference against the
// first one highlighted: in columns on a projector, stacked on a phone.

import assert from 'node:assert/strict';
import { test, withPage, describeLog, poll } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const PROJECTOR = { viewport: { width: 1920, height: 1080 } };

const COST = 'Biaya setahun anggaran';
const PEOPLE = 'Orang terlindungi';
// "1 Desa 100 Pekerja Rentan": 100 x Rp16.800 x 12 = Rp20.160.000.
// "25 pekerja rentan per dusun": 25 x Rp16.800 x 12 = Rp5.040.000, i.e. −Rp15.120.000 (U+2212).
const HUNDRED = { id: 'preset-1-desa-100-rentan', title: '1 Desa 100 Pekerja Rentan', cost: 'Rp20.160.000', people: '100' };
const DUSUN = { id: 'preset-rentan-per-dusun', title: '25 pekerja rentan per dusun', cost: 'Rp5.040.000', people: '25' };

/** Tick `ids` and wait until `n` columns are shown; return the columns. */
async function compare(app, ids, n) {
  for (const id of ids) await app.setCompared(id);
  return poll(() => app.comparison(), (cols) => cols.length === n);
}

function assertTwoPresets(cols) {
  assert.deepEqual(cols.map((c) => c.title), [HUNDRED.title, DUSUN.title], 'columns in the order ticked');
  const [first, second] = cols;
  assert.deepEqual(first.figures[COST], { value: HUNDRED.cost, diff: null, changed: false }, 'the first column is the reference');
  assert.deepEqual(second.figures[COST], { value: DUSUN.cost, diff: '−Rp15.120.000', changed: true });
  assert.deepEqual(first.figures[PEOPLE], { value: HUNDRED.people, diff: null, changed: false });
  assert.deepEqual(second.figures[PEOPLE], { value: DUSUN.people, diff: '−75', changed: true });
}

/** Bounding boxes of the comparison columns. */
async function boxes(page, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await page.getByTestId(`compare-col-${i}`).boundingBox());
  return out;
}

test.describe('compare presets', () => {
  test('1920 x 1080: two presets side by side with the difference highlighted; up to four', async ({ session }) => {
    await withPage(session, PROJECTOR, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      assert.equal(await page.getByTestId('comparison').count(), 0, 'nothing compared yet');
      await app.setCompared(HUNDRED.id);
      assert.equal(await page.getByTestId('comparison').count(), 0, 'one ticked is not a comparison');

      const cols = await compare(app, [DUSUN.id], 2);
      assertTwoPresets(cols);
      const changed = page.getByTestId('compare-col-1').locator('dd.changed').first();
      const plain = page.getByTestId('compare-col-0').locator('dd').first();
      const bg = (loc) => loc.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(await bg(changed), await bg(plain), 'a changed figure is highlighted');

      const [a, b] = await boxes(page, 2);
      assert.ok(Math.abs(a.y - b.y) < 2, `same row: ${JSON.stringify([a, b])}`);
      assert.ok(b.x >= a.x + a.width, `second column right of the first: ${JSON.stringify([a, b])}`);

      // The current (default) plan as a third column: Rp1.349.712, Rp18.810.288 less.
      const three = await compare(app, ['current'], 3);
      assert.equal(three[2].title, 'Isian sekarang');
      assert.deepEqual(three[2].figures[COST], { value: 'Rp1.349.712', diff: '−Rp18.810.288', changed: true });
      const c3 = await boxes(page, 3);
      assert.ok(c3.every((c, i) => i === 0 || c.y >= c3[i - 1].y), `columns in reading order: ${JSON.stringify(c3)}`);

      // A fourth is allowed, then every other box is disabled.
      await compare(app, ['preset-kader-posyandu'], 4);
      assert.equal(await page.getByTestId('cmp-preset-perangkat-jkk-jkm').isDisabled(), true, 'at most four');
      assert.equal(await page.getByTestId('cmp-current').isDisabled(), false, 'ticked boxes stay usable');

      // Down to one: the comparison goes away.
      for (const id of ['current', 'preset-kader-posyandu', DUSUN.id]) await app.setCompared(id, false);
      assert.equal((await poll(() => app.comparison(), (c) => c.length === 0)).length, 0);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  // The comparison lives in the results column (about 700 px of a 1920 px screen); from
  // 960 px up `.compare` puts every compared scenario in its own column of one row
  // (style/main.css), as scenario_comparison.rs promises for a projector.
  test('1920 x 1080: four scenarios sit in one row', async ({ session }) => {
    await withPage(session, PROJECTOR, async ({ page }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await compare(app, ['current', HUNDRED.id, DUSUN.id, 'preset-kader-posyandu'], 4);
      const c4 = await boxes(page, 4);
      assert.ok(c4.every((c) => Math.abs(c.y - c4[0].y) < 2), `four in one row: ${JSON.stringify(c4)}`);
    });
  });

  test('the same plan twice shows no difference', async ({ session }) => {
    await withPage(session, PROJECTOR, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      // "Perangkat desa: JKK + JKM" is the default plan.
      const cols = await compare(app, ['current', 'preset-perangkat-jkk-jkm'], 2);
      assert.deepEqual(cols[1].figures[COST], { value: 'Rp1.349.712', diff: null, changed: false });
      assert.equal(await page.getByTestId('comparison').locator('dd.changed').count(), 0, 'nothing highlighted');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('360 x 740: the columns stack and the page does not scroll sideways', async ({ session }) => {
    await withPage(session, PHONE, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      const cols = await compare(app, [HUNDRED.id, DUSUN.id], 2);
      assertTwoPresets(cols);
      await page.getByTestId('compare-col-1').scrollIntoViewIfNeeded();
      const [a, b] = await boxes(page, 2);
      assert.ok(b.y >= a.y + a.height, `second column below the first: ${JSON.stringify([a, b])}`);
      for (const [i, c] of [a, b].entries()) {
        assert.ok(c.x >= 0 && c.x + c.width <= 360, `column ${i} inside the screen: ${JSON.stringify(c)}`);
      }
      const w = await app.scrollWidths();
      assert.ok(w.scrollWidth <= w.clientWidth && w.bodyScrollWidth <= 360, `no horizontal scroll: ${JSON.stringify(w)}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

// On a 360 px phone the result tables are read as one card per row, the row's main amount
// first and every figure under its column's name, with nothing cut at the right edge; the
// bar at the bottom pairs the share of ADD with the amount it is a share of (issue 23).

import assert from 'node:assert/strict';
import { test, withPage, describeLog } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 768 } };

/** For each table of results: whether a cell sticks out of its card, and each row's cells in reading order. */
function readTables(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.layout__results table.cards')].map((table) => {
      const wrap = table.parentElement.getBoundingClientRect();
      const cut = [...table.querySelectorAll('td, th')].filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && (r.right > wrap.right + 1 || r.left < wrap.left - 1);
      }).length;
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children]
          .filter((c) => c.getBoundingClientRect().height > 0)
          .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top || a.getBoundingClientRect().left - b.getBoundingClientRect().left)
          .map((c) => ({ tag: c.tagName, label: c.dataset.label ?? null, last: c === tr.lastElementChild, text: c.innerText.trim() })),
      );
      return { caption: table.caption?.innerText.trim(), lead: table.classList.contains('cards--lead'), scroll: table.parentElement.scrollWidth > table.parentElement.clientWidth + 1, cut, rows };
    }),
  );
}

test.describe('read the result tables on a phone', () => {
  test('each row is a card: what, the main amount, then labelled figures; nothing cut', async ({ session }) => {
    await withPage(session, PHONE, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setInsured(6, '100');
      await app.setAdd('Rp318.397.000');
      assert.equal(await app.textEventually('total-annual', 'Rp21.509.712'), 'Rp21.509.712');
      await page.getByTestId('rab-table').waitFor({ state: 'attached' });
      await page.getByTestId('people-protected').waitFor({ state: 'attached' });

      const tables = await readTables(page);
      assert.ok(tables.length >= 5, `per category, program, source, benefits and RAB: ${tables.map((t) => t.caption)}`);
      for (const t of tables) {
        assert.equal(t.scroll, false, `${t.caption}: no sideways scroll`);
        assert.equal(t.cut, 0, `${t.caption}: no cell cut at the edge`);
        for (const row of t.rows.filter((r) => r.some((c) => c.label !== null))) {
          // First what the row is (its header, or a RAB line's description), then the figures.
          const [what, ...figures] = row;
          assert.equal(what.label, null, `${t.caption}: the row starts with what it is ${JSON.stringify(row)}`);
          assert.ok(figures.every((c) => c.label), `${t.caption}: every figure has its column's name ${JSON.stringify(row)}`);
          if (t.lead) assert.ok(figures[0].last, `${t.caption}: the main amount comes first ${JSON.stringify(row)}`);
        }
      }
      // The RAB's Jumlah is on screen, under its name.
      const amount = page.locator('[data-testid^="rab-amount-"]').first();
      await amount.scrollIntoViewIfNeeded();
      const box = await amount.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `the RAB amount is inside the screen: ${JSON.stringify(box)}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('on a desktop the tables keep their columns', async ({ session }) => {
    await withPage(session, DESKTOP, async ({ page }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await page.getByTestId('rab-table').waitFor({ state: 'attached' });
      const display = await page.evaluate(() => [...document.querySelectorAll('table.cards tr')].map((tr) => getComputedStyle(tr).display));
      assert.ok(display.length > 0 && display.every((d) => d === 'table-row'), `rows stay rows: ${[...new Set(display)]}`);
    });
  });

  test('the bar at the bottom shows the amount from ADD beside its share', async ({ session }) => {
    await withPage(session, PHONE, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setInsured(6, '100');
      await app.setAdd('Rp318.397.000');
      const share = await app.textEventually('add-share', '6,76 %');
      const charged = (await page.getByTestId('charged-to-add').innerText()).trim();
      const bar = page.getByTestId('summary-bar');
      assert.equal(await bar.textContent(), `Setahun anggaran Rp21.509.712 · dari ADD ${charged} (${share})`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

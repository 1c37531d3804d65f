// "Hapus" on a category card can be taken back: "Batalkan" under the list brings the card and
// its people back, by mouse or keyboard.

import assert from 'node:assert/strict';
import { test, expect, withPage, describeLog, poll } from './helpers.mjs';
import { CalculatorPage, DEFAULT_TOTALS } from './fixtures/calculator_page.mjs';

test.describe('undo removing a category', () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1366, height: 768 }]) {
    test(`Hapus then Batalkan brings the card and its people back (${viewport.width} px)`, async ({ session }) => {
      await withPage(session, { viewport }, async ({ page, log }) => {
        const app = new CalculatorPage(page);
        await app.open(session.url);
        await app.setInsured(6, '40');
        const before = await poll(() => app.totals(), (t) => t.people === '50');
        const cards = await app.categoryCount();
        const name = await page.getByTestId('category-6').locator('h3').textContent();

        // A card with people asks once more first.
        const remove = page.getByTestId('remove-6');
        await remove.click();
        assert.equal(await poll(() => remove.innerText(), (t) => t !== 'Hapus'), 'Yakin hapus? 40 orang ikut terhapus');
        assert.equal(await app.categoryCount(), cards, 'nothing removed on the first tap');
        await remove.click();
        await expect.poll(() => app.categoryCount()).toBe(cards - 1);
        const notice = await poll(() => app.text('undo-remove-notice'), (t) => t);
        assert.match(notice, /dihapus/);
        assert.ok(notice.includes(name.trim()), `the notice names ${name}: ${notice}`);
        // The focus moved to "Batalkan": Enter undoes it.
        assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'undo-remove');
        await page.keyboard.press('Enter');

        await expect.poll(() => app.categoryCount()).toBe(cards);
        const after = await poll(() => app.totals(), (t) => t.people === '50');
        assert.deepEqual(after, before, 'the totals are back');
        assert.equal(await (await app.insuredInput(6)).inputValue(), '40', 'the count is back');
        assert.equal(await page.getByTestId('undo-remove-notice').count(), 0, 'the offer is gone');
        assert.deepEqual(log.pageErrors, [], describeLog(log));
      });
    });
  }

  test('the offer goes when the plan changes otherwise, and nothing is undone then', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.totalsEventually({ annual: DEFAULT_TOTALS.annual });
    const cards = await app.categoryCount();
    await page.getByTestId('remove-0').click();
    await page.getByTestId('remove-0').click();
    await poll(() => app.text('undo-remove-notice'), (t) => t);
    await app.setInsured(0, '5');
    await expect(page.getByTestId('undo-remove-notice')).toHaveCount(0);
    assert.equal(await app.categoryCount(), cards - 1);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('Escape or leaving the button takes the question back; a card without people goes at once', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.totalsEventually({ annual: DEFAULT_TOTALS.annual });
    const cards = await app.categoryCount();
    const remove = page.getByTestId('remove-0');
    await remove.click();
    assert.match(await poll(() => remove.innerText(), (t) => t !== 'Hapus'), /^Yakin hapus\? 1 orang/);
    await page.keyboard.press('Escape');
    await expect(remove).toHaveText('Hapus', { useInnerText: true });
    await remove.click();
    await page.getByTestId('village-input').focus();
    await expect(remove).toHaveText('Hapus', { useInnerText: true });
    assert.equal(await app.categoryCount(), cards, 'nothing removed');

    await app.setInsured(1, '0');
    await poll(() => app.totals(), (t) => t.people !== DEFAULT_TOTALS.people);
    await page.getByTestId('remove-1').click();
    await expect.poll(() => app.categoryCount()).toBe(cards - 1);
    assert.match(await poll(() => app.text('undo-remove-notice'), (t) => t), /dihapus/);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

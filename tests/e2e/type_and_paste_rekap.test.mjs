// "Isi data desa" on the rekap page (issue 22): a district that has only chosen its kabupaten
// from the registry types each desa's figures in place, as in a spreadsheet, or pastes a
// block copied from Excel / Google Sheets; the totals follow, a cell that does not read is
// said, "Urungkan" and Ctrl+Z take back, and a reload keeps what was typed.

import assert from 'node:assert/strict';
import { test, expect, withPage, describeLog, poll, TEST_TIMEOUT } from './helpers.mjs';
import { RekapPage, shownNumber } from './fixtures/rekap_page.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const PEDUKUN = '15.08.01.2001';
const LUBUK_NIUR = '15.08.01.2002';

/** Choose Kabupaten Bungo by its name, once the list of kabupaten has arrived. */
async function pickBungo(page) {
  const select = page.getByTestId('registry-kabupaten');
  await page.locator('[data-testid="registry-kabupaten"] option', { hasText: 'Kabupaten Bungo' }).waitFor({ state: 'attached' });
  await expect(select).toBeEnabled();
  await select.selectOption({ label: 'Kabupaten Bungo' });
}

/** The grid's cell of village `kode` and template column `column`. */
function cell(page, kode, column) {
  return page.locator(`[data-testid="rekap-cell"][data-kode="${kode}"][data-column="${column}"]`);
}

/** The focused element's village and column. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.dataset.kode}/${el.dataset.column}` : null;
  });
}

/** People and ADD of the kabupaten, as numbers. */
async function figures(rekap) {
  return { people: shownNumber(await rekap.text('rekap-people')), add: shownNumber(await rekap.text('rekap-add')) };
}

/** Paste `text` onto `locator` as a spreadsheet puts it on the clipboard (text/plain). */
function paste(locator, text) {
  return locator.evaluate((el, t) => {
    el.focus();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test.describe('type and paste village figures on the rekap page', () => {
  test('typed and pasted figures change the totals, bad cells are said, undo and reload', async ({ session, page, log }) => {
    test.setTimeout(TEST_TIMEOUT * 3);
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await pickBungo(page);
    await expect.poll(() => rekap.text('rekap-villages'), { message: describeLog(log) }).toBe('141');
    const start = await figures(rekap);
    assert.equal(await page.getByTestId('rekap-undo').isDisabled(), true, 'nothing to undo yet');

    // Type a count, Tab on; type ADD as words, Enter moves down the same column.
    await cell(page, PEDUKUN, 'kader').click();
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), `${PEDUKUN}/pekerja rentan`);
    await cell(page, PEDUKUN, 'ADD').click();
    await page.keyboard.type('318 juta');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), `${LUBUK_NIUR}/ADD`, 'Enter moves down');
    let now = await poll(() => figures(rekap), (f) => f.people === start.people + 12 && f.add === start.add + 318_000_000);
    assert.deepEqual(now, { people: start.people + 12, add: start.add + 318_000_000 }, describeLog(log));
    assert.equal(await cell(page, PEDUKUN, 'ADD').inputValue(), '318.000.000', 'shown as typed back');
    // Arrows: right leaves an empty cell, up goes back a row.
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), `${LUBUK_NIUR}/kepala desa`);
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(page), `${PEDUKUN}/kepala desa`);

    // A typed value that does not read is said with its cell; the cell keeps its value.
    await page.keyboard.type('dua');
    await page.keyboard.press('Enter');
    const problem = await poll(() => rekap.text('rekap-grid-problem'), (t) => t !== null);
    assert.match(problem, /Pedukun, kolom .*: ‘dua’ — .*Nilai sebelumnya tetap: 0\./);
    assert.equal(await cell(page, PEDUKUN, 'kepala desa').inputValue(), '0');

    // A block copied from a spreadsheet, with its header row, pasted onto Pedukun's first cell.
    const block = 'kepala desa\tkader\tADD\r\n1\t5\t1,2 miliar\r\n1\tlima\t250.000.000\r\n';
    await paste(cell(page, PEDUKUN, 'ADD'), block);
    now = await poll(() => figures(rekap), (f) => f.add === start.add + 1_450_000_000);
    assert.deepEqual(now, { people: start.people + 7, add: start.add + 1_450_000_000 });
    assert.match(await rekap.text('rekap-paste-summary'), /Tempelan: 5 sel diisi, 1 masalah\./);
    const pasteProblems = await page.getByTestId('rekap-paste-problem').allTextContents();
    assert.equal(pasteProblems.length, 1);
    assert.match(pasteProblems[0], /Baris 3, kolom 2 tempelan: .*‘lima’/);
    assert.equal(await cell(page, LUBUK_NIUR, 'kader').inputValue(), '0', 'the cell that did not read is left');
    assert.equal(await cell(page, LUBUK_NIUR, 'ADD').inputValue(), '250.000.000');

    // A single value pasted into one cell just sets it.
    await paste(cell(page, LUBUK_NIUR, 'siltap'), '38.026.000');
    await expect(cell(page, LUBUK_NIUR, 'siltap')).toHaveValue('38.026.000');

    // Undo: the button takes back the single value, Ctrl+Z in the grid the paste.
    await page.getByTestId('rekap-undo').click();
    await expect(cell(page, LUBUK_NIUR, 'siltap')).toHaveValue('');
    await cell(page, PEDUKUN, 'kader').focus();
    await page.keyboard.press('Control+z');
    now = await poll(() => figures(rekap), (f) => f.add === start.add + 318_000_000);
    assert.deepEqual(now, { people: start.people + 12, add: start.add + 318_000_000 }, 'back to before the paste');

    // A reload keeps what was typed.
    await page.reload({ waitUntil: 'load' });
    await rekap.waitForApp();
    await expect.poll(() => rekap.text('rekap-villages')).toBe('141');
    now = await poll(() => figures(rekap), (f) => f.people === start.people + 12);
    assert.deepEqual(now, { people: start.people + 12, add: start.add + 318_000_000 });
    assert.equal(await cell(page, PEDUKUN, 'kader').inputValue(), '12');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('in English the grid speaks English and reads the same numbers', async ({ session, page, log }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await pickBungo(page);
    await expect.poll(() => rekap.text('rekap-villages')).toBe('141');
    await page.getByTestId('lang-toggle').click();
    await poll(() => rekap.text('rekap-grid-help'), (t) => t !== null && /^Type each village/.test(t));
    const start = await figures(rekap);
    await cell(page, PEDUKUN, 'ADD').fill('1.250.000');
    await cell(page, PEDUKUN, 'ADD').press('Enter');
    const now = await poll(() => figures(rekap), (f) => f.add === start.add + 1_250_000);
    assert.equal(now.add, start.add + 1_250_000);
    await cell(page, PEDUKUN, 'kader').fill('x');
    await cell(page, PEDUKUN, 'kader').press('Enter');
    assert.match(await poll(() => rekap.text('rekap-grid-problem'), (t) => t !== null) || '', /Pedukun, column .*: ‘x’ — .*The previous value stays: 0\./);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('on a 360 px phone every cell is reachable and nothing is wider than the screen', async ({ session }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    await withPage(session, PHONE, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await pickBungo(page);
      await expect.poll(() => rekap.text('rekap-villages')).toBe('141');
      const w = await rekap.scrollWidths();
      assert.ok(w.scrollWidth <= w.clientWidth, `no sideways scroll: ${JSON.stringify(w)}`);
      const first = cell(page, PEDUKUN, 'ADD');
      await first.focus();
      // Tab through the row to its last cell: each comes into view inside the screen.
      for (let i = 0; i < 9; i++) await page.keyboard.press('Tab');
      assert.equal(await focused(page), `${PEDUKUN}/siltap`);
      const box = await cell(page, PEDUKUN, 'siltap').boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `the last cell is on screen: ${JSON.stringify(box)}`);
      await page.keyboard.type('250 juta');
      await page.keyboard.press('Enter');
      await expect(cell(page, PEDUKUN, 'siltap')).toHaveValue('250.000.000');
      const after = await rekap.scrollWidths();
      assert.ok(after.scrollWidth <= after.clientWidth, `still no sideways scroll: ${JSON.stringify(after)}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

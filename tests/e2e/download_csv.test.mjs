// The RAB and per-category CSV downloads open in an Indonesian spreadsheet as they should
// (BOM, `;`, CRLF, plain digits) and add up to the figures on screen.

import assert from 'node:assert/strict';
import { test, describeLog } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';
import { parseCsv, csvNumber, rupiahDigits } from './fixtures/csv.mjs';

// Default plan + 20 kader (ADD) + 100 pekerja rentan paid from Dana Desa, named with a `;`
// and quotes to exercise quoting: 112.476 + 120 x 16.800 = Rp2.128.476 a month,
// Rp25.541.712 a year; ADD Rp1.349.712 + 240 x 16.800 = Rp5.381.712, DD Rp20.160.000.
const TOTALS = { monthly: 'Rp2.128.476', annual: 'Rp25.541.712', people: '130' };
const NAME = 'Nelayan; "Laut"';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function assertFileFormat(file, what) {
  assert.ok(file.bytes.subarray(0, 3).equals(BOM), `${what}: starts with the UTF-8 BOM`);
  assert.ok(file.text.endsWith('\r\n'), `${what}: ends with CRLF`);
  assert.equal(file.text.replace(/\r\n/g, '').search(/[\r\n]/), -1, `${what}: every line end is CRLF`);
  assert.ok(!file.text.includes('sep='), `${what}: no sep= line`);
}

test.describe('download the CSV files', () => {
  test('RAB and per-category CSV: BOM, `;`, CRLF, and totals that match the screen', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.setVillage('Suka Maju');
    await app.setInsured(5, '20');
    await app.setInsured(6, '100');
    await app.setFunding(6, 'dd');
    await app.setCategoryName(6, NAME);
    assert.deepEqual(await app.totalsEventually(TOTALS), { ...TOTALS, addShare: '–' });
    const rabTotal = rupiahDigits(await app.text('rab-total'));
    assert.equal(rabTotal, 25541712, 'on-screen RAB total');
    const words = ((await page.getByTestId('rab-words').locator('em').textContent()) || '').trim();
    // On screen a line without an objek code asks for one; the CSV below keeps the cell empty.
    const codes = (await page.getByTestId('rab-code').allTextContents()).map((c) => c.trim());
    assert.deepEqual(codes, ['01.01.03 / 5.1.3.03', '01.01.03 / 5.1.3.04', '01.01.03 / 5.1.3.04', '(isi kode rekening)', '(isi kode rekening)']);

    // ---- RAB
    const rab = await app.download('download-rab');
    assert.equal(rab.filename, 'iuran-jamsostek-suka-maju-2026-rab.csv');
    assertFileFormat(rab, 'RAB');
    const rows = parseCsv(rab.text);
    const header = rows[0];
    assert.equal(header.length, 10, `header fields split by ';': ${header.join(' | ')}`);
    assert.deepEqual(header.slice(0, 4), ['Sumber dana', 'Kode rekening', 'Kode kegiatan', 'Uraian']);
    assert.equal(header[8], 'Jumlah (Rp)');
    for (const r of rows) assert.ok(r.length <= header.length, `no row wider than the header: ${r.join(' | ')}`);

    const grand = rows.filter((r) => r[3] === 'Jumlah total');
    assert.equal(grand.length, 1, 'one grand total row');
    assert.equal(csvNumber(grand[0][8]), rabTotal, 'CSV grand total = on-screen rab-total');

    const subtotals = rows.filter((r) => r[3] === 'Subtotal');
    assert.deepEqual(subtotals.map((r) => r[0]), ['ADD (Alokasi Dana Desa)', 'Dana Desa'], 'one subtotal per funding source');
    assert.deepEqual(subtotals.map((r) => csvNumber(r[8])), [5381712, 20160000]);

    const lines = rows.slice(1).filter((r) => r.length >= 9 && r[0] !== '' && r[3] !== 'Subtotal');
    assert.equal(lines.length, 5, 'kades, sekdes, perangkat, kader, rentan');
    for (const r of lines) {
      const [people, months, unit, amount] = [r[4], r[5], r[7], r[8]].map(csvNumber);
      assert.equal(amount, people * months * unit, `amount = people x months x unit price: ${r.join(' | ')}`);
    }
    assert.equal(lines.reduce((s, r) => s + csvNumber(r[8]), 0), rabTotal, 'the lines add up to the total');
    assert.ok(lines.some((r) => r[3].includes(NAME)), `the name with ';' and quotes survives: ${lines.map((r) => r[3]).join(' | ')}`);
    assert.equal(rows.at(-2)[0], `Terbilang: ${words}`, 'the total in words, as on screen');
    assert.deepEqual(rows.at(-1), ['Aturan dan tarif diperiksa per 6 Desember 2026.'], 'then the date the rules were checked');

    // ---- Per category
    const cats = await app.download('download-categories');
    assert.equal(cats.filename, 'iuran-jamsostek-suka-maju-2026-kategori.csv');
    assertFileFormat(cats, 'categories');
    const crows = parseCsv(cats.text);
    const cheader = crows[0];
    assert.equal(cheader.length, 12, `header fields: ${cheader.join(' | ')}`);
    assert.equal(cheader[6], 'Iuran selama periode (Rp)');
    // The categories, the total row, then the date the rules were checked.
    const body = crows.slice(1, -2);
    const total = crows.at(-2);
    assert.deepEqual(crows.at(-1), ['Aturan dan tarif diperiksa per 6 Desember 2026.']);
    assert.equal(body.length, 7, 'one row per category');
    assert.equal(total[0], 'Jumlah');
    for (const r of body) {
      assert.equal(r.length, 12, `row width: ${r.join(' | ')}`);
      for (const k of [2, 3, 4, 5, 6, 7, 8, 9, 10]) csvNumber(r[k]); // plain digits only
    }
    assert.equal(body[6][0], NAME, 'the quoted name reads back exactly');
    const sum = (k) => body.reduce((s, r) => s + csvNumber(r[k]), 0);
    const annual = rupiahDigits(await app.text('total-annual'));
    assert.equal(sum(6), annual, 'the categories\' period totals add up to the annual total');
    assert.equal(csvNumber(total[6]), annual, 'total row = annual total');
    assert.equal(sum(5), rupiahDigits(await app.text('total-monthly')), 'monthly column adds up to the monthly total');
    assert.equal(csvNumber(total[2]), 130, 'people');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
    assert.deepEqual(log.consoleErrors, [], describeLog(log));
  });
});

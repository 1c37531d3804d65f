// The rekap a camat can trust (issue 21): every village once and said, a policy chosen and
// stated (page, CSV, paper) that no village link moves, the 30 % rule as a flag, a CSV whose
// links open, a summary beside each file, cards on a phone, and a keyboard-friendly picker.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, withPage, watchPage, describeLog, poll, TEST_TIMEOUT } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';
import { RekapPage, REKAP_KEY, BUNGO_CSV, TEMPLATE_CSV, EXAMPLE_SCENARIO, readVillagesCsv, shownNumber } from './fixtures/rekap_page.mjs';
import { parseCsv } from './fixtures/csv.mjs';
import { missingPoppler, outputsDir, removeOutputs, pdfText, flat } from './fixtures/print_tools.mjs';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
/** The page's day (the session fixes the browser's clock), as the sheet writes it. */
async function today(page) {
  const [d, m, y] = await page.evaluate(() => {
    const now = new Date();
    return [now.getDate(), now.getMonth(), now.getFullYear()];
  });
  return `${d} ${MONTHS[m]} ${y}`;
}
const csvFile = (name, lines) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) });
/** docs/example-scenario.json as village `village` with `rentan` pekerja rentan. */
function scenario(name, village, rentan) {
  const s = JSON.parse(fs.readFileSync(EXAMPLE_SCENARIO, 'utf8'));
  s.village = village;
  for (const c of s.categories) if (c.kind === 'rentan') c.insured = rentan;
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s)) };
}
const HEADER = 'kode desa;nama desa;kecamatan;ADD;kepala desa;sekretaris desa;perangkat desa;total belanja;siltap';

test.describe('rekap a camat can trust', () => {
  let out;
  test.beforeAll(async () => {
    const why = missingPoppler();
    if (why) throw new Error(why);
    out = outputsDir('kalkulator-rekap-trust-');
  });
  test.afterAll(async () => {
    removeOutputs(out);
  });

  async function printText(page, name) {
    await page.emulateMedia({ media: 'print' });
    await page.getByTestId('recap-total').waitFor();
    const file = path.join(out, `${name}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    return flat(pdfText(file));
  }

  test('a file with a JUMLAH row: the row is left out and the line beside the file says so; the totals come into view', async ({ session }) => {
    await withPage(session, { viewport: { width: 1366, height: 768 } }, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      const file = csvFile('kecamatan.csv', [
        HEADER,
        '33.24.11.2001;Tanjungsari;Brangsong;300.000.000;1;1;4;;',
        '33.24.11.2002;Kalirejo;Brangsong;300.000.000;1;1;4;;',
        ';JUMLAH;;600.000.000;2;2;8;;',
      ]);
      await rekap.importFiles([file]);
      const totals = await rekap.totalsWhen((t) => t.villages === 2);
      assert.equal(totals.villages, 2, 'the JUMLAH row is not a village');
      assert.equal(await rekap.text('rekap-file-summary'), '2 desa dibaca, 1 baris dilewati, 1 masalah');
      const box = await poll(() => page.getByTestId('rekap-totals').boundingBox(), (b) => b && b.y >= 0 && b.y < 768);
      assert.ok(box.y >= 0 && box.y < 768, `the totals are in view after the import: ${JSON.stringify(box)}`);
      // The kecamatan table fits 1366 px: no column cut off.
      const kec = await page.getByTestId('rekap-kecamatan').evaluate((t) => ({ scroll: t.closest('.table-wrap').scrollWidth, client: t.closest('.table-wrap').clientWidth }));
      assert.ok(kec.scroll <= kec.client, `kecamatan table fits 1366 px: ${JSON.stringify(kec)}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('a CSV plus the same village\'s JSON: counted once, said, and the user picks which', async ({ session }) => {
    const csv = readVillagesCsv(TEMPLATE_CSV);
    await withPage(session, {}, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await page.getByTestId('rekap-json-kecamatan').fill('Kecamatan A');
      await page.getByTestId('rekap-json-kecamatan').press('Tab');
      await rekap.importFiles([TEMPLATE_CSV, scenario('skenario-jamsostek-contoh-satu-2026.json', 'Desa Contoh Satu', 60)]);
      const once = await rekap.totalsWhen((t) => t.villages === csv.rows.length);
      assert.equal(once.villages, 3, 'the same desa is counted once');
      const note = await poll(() => rekap.text('rekap-duplicate'), (t) => t !== null);
      assert.match(note, /^‘Desa Contoh Satu’ di skenario-jamsostek-contoh-satu-2026\.json juga ada di rekap-template\.csv baris 2; dihitung sekali, dari rekap-template\.csv\./);
      await page.getByTestId('rekap-duplicate-keep').click();
      const json = await rekap.totalsWhen((t) => t.annual !== once.annual);
      assert.equal(json.villages, 3, 'still once, now from the JSON file');
      const rows = await rekap.rows();
      assert.ok(rows.some((r) => r.nama === 'Desa Contoh Satu') && !rows.some((r) => r.nama === 'Contoh Satu'));
      assert.match(await rekap.text('rekap-duplicate'), /dihitung sekali, dari skenario-jamsostek-contoh-satu-2026\.json\./);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('two JSON files named alike: both kept, said, and no file name shown as a kode', async ({ session, page, log }) => {
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await rekap.importFiles([scenario('skenario-jamsostek-2026.json', 'Tanjungsari', 10)]);
    await rekap.totalsWhen((t) => t.villages === 1);
    await page.getByTestId('rekap-import').setInputFiles([scenario('skenario-jamsostek-2026.json', 'Kalirejo', 20)]);
    const totals = await rekap.totalsWhen((t) => t.villages === 2);
    assert.equal(totals.villages, 2, 'the second village does not replace the first');
    assert.deepEqual(await rekap.fileNames(), ['skenario-jamsostek-2026.json', 'skenario-jamsostek-2026 (2).json']);
    assert.match(await rekap.text('rekap-file-notes'), /sudah dibaca; berkas baru ini disimpan sebagai skenario-jamsostek-2026 \(2\)\.json/);
    const kodes = await page.locator('[data-testid="rekap-row"] td:nth-of-type(2)').allTextContents();
    assert.deepEqual(kodes.map((k) => k.trim()), ['–', '–'], 'no kode from a file name');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('the policy is pinned: a village link opened does not move the rekap; old settings open as a dated copy; the line is on page, CSV and paper', async ({ session }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    await withPage(session, { viewport: { width: 1123, height: 794 } }, async ({ page, context, log }) => {
      // Settings saved before issue 21: the village page's plan as policy "current".
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setInsured(0, '1');
      const code = await poll(() => page.evaluate(() => localStorage.getItem('kalkulator-jamsostek-desa.plan')), (c) => c);
      await page.evaluate(([k, c]) => localStorage.setItem(k, JSON.stringify({ v: 1, policy: 'current', threshold: '5', print_scope: '', current_plan: c })), [REKAP_KEY, code]);
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      assert.equal(await page.getByTestId('rekap-policy').inputValue(), 'copy');
      const line = await rekap.text('rekap-policy-line');
      assert.ok(line.startsWith('Dihitung dengan: ') && line.endsWith(`salinan rencana halaman desa, diambil ${await today(page)}.`), line);
      await rekap.importFiles([TEMPLATE_CSV, EXAMPLE_SCENARIO]);
      const first = await rekap.totalsWhen((t) => t.villages === 4);
      const rows = await rekap.rows();

      // Opening a village's link makes that plan the village page's plan on this device.
      const tab = await context.newPage();
      const tabLog = watchPage(tab, session.origin, log.cspViolations);
      await new CalculatorPage(tab).open(new URL(rows.find((r) => r.nama === 'Jepatlor').href, page.url()).href);
      await tab.close();
      assert.deepEqual(tabLog.pageErrors, []);
      await page.reload({ waitUntil: 'load' });
      await rekap.waitForApp();
      assert.deepEqual(await rekap.totalsWhen((t) => t.villages === 4), first, 'the same totals after a village link was opened');
      assert.equal(await rekap.text('rekap-policy-line'), line, 'the same policy line');

      // A preset, stated in the same words on the page, in the CSV and on paper.
      await rekap.setPolicy('preset:perangkat-4-program');
      await rekap.totalsWhen((t) => t.annual !== first.annual);
      const preset = await poll(() => rekap.text('rekap-policy-line'), (t) => t !== line);
      assert.match(preset, /^Dihitung dengan: .*JKK \+ JKM \+ JHT \+ JP.*; Januari–Desember \d{4}; paket ‘.+’\.$/);
      const file = await rekap.download('rekap-download-csv');
      const lines = parseCsv(file.text).map((r) => r.join(';'));
      assert.ok(lines.includes(preset), 'the CSV states the policy');
      assert.ok(lines.some((l) => l.startsWith('Aturan dan tarif diperiksa per ')), 'and the date of the rules');
      await page.getByTestId('rekap-kabupaten-name').fill('Bungo');
      await poll(() => rekap.savedWork(), (w) => w && w.kabupaten === 'Bungo');
      const paper = await printText(page, 'policy');
      assert.ok(paper.includes('Kabupaten Bungo'), 'the kabupaten is named');
      assert.ok(paper.includes(flat(preset).slice(0, 60)), 'the policy line on paper');
      assert.ok(paper.includes('Aturan dan tarif diperiksa per'), 'the rules line on paper');
      assert.ok(paper.includes(`Dicetak: ${await today(page)}`), 'dated like the village sheet');
      const subtotals = paper.match(/Jumlah [^)]*\)/g);
      assert.deepEqual(subtotals.slice(0, 3), ['Jumlah – (1 desa)', 'Jumlah Kecamatan A (2 desa)', 'Jumlah Kecamatan B (1 desa)'], 'kecamatan subtotals');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('the 30 % rule is a flag: counted, filtered, highlighted and printed', async ({ session }) => {
    await withPage(session, { viewport: { width: 1123, height: 794 } }, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([csvFile('tigapuluh.csv', [
        HEADER,
        '33.24.11.2001;Banyuurip;Brangsong;900.000.000;1;1;4;900.000.000;400.000.000',
        '33.24.11.2002;Kalirejo;Brangsong;900.000.000;1;1;4;900.000.000;100.000.000',
      ])]);
      const totals = await rekap.totalsWhen((t) => t.villages === 2);
      assert.equal(totals.flagged, 1, 'Desa ditandai counts the breach');
      await rekap.filterFlag('thirty');
      await rekap.shownWhen((s) => s.matching === 1);
      const [row] = await rekap.rows();
      assert.equal(row.nama, 'Banyuurip');
      assert.ok(row.flags.includes('melebihi batas 30 %') && row.flaggedClass, JSON.stringify(row));
      const paper = await printText(page, 'thirty');
      assert.ok(paper.includes("Batas 30 %") && paper.includes("melebihi batas 30 %"), `a column and the flag on paper: ${paper}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('the CSV\'s links open the village page with the same totals', async ({ session, page, context, log }) => {
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await rekap.importFiles([TEMPLATE_CSV]);
    await rekap.totalsWhen((t) => t.villages === 3);
    const rows = await rekap.rows();
    const [header, ...body] = parseCsv((await rekap.download('rekap-download-csv')).text);
    for (const [i, r] of rows.entries()) {
      const link = body[i][header.indexOf('Tautan')];
      assert.ok(link.startsWith('http'), link);
      const tab = await context.newPage();
      const app = new CalculatorPage(tab);
      await app.open(link);
      const t = await app.totals();
      await tab.close();
      assert.equal(t.annual, r.premium, `${r.nama}: the village page = the rekap row`);
    }
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('"Pilih berkas" shows the focus ring, and Enter opens it', async ({ session, page, log }) => {
    // Listen before the page opens: Playwright intercepts file choosers once someone listens.
    const choosers = [];
    page.on('filechooser', (c) => choosers.push(c));
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await page.getByTestId('rekap-import').focus();
    const ring = await page.locator('label[for="rekap-import"]').evaluate((l) => `${getComputedStyle(l).outlineWidth} ${getComputedStyle(l).outlineStyle}`);
    assert.equal(ring, '3px solid');
    await page.keyboard.press('Enter');
    await poll(() => choosers.length, (n) => n > 0);
    assert.equal(choosers.length, 1, 'Enter opens the file picker');
    assert.ok(choosers[0].isMultiple());
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

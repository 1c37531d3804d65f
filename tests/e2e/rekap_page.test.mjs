// The rekap page (issue 11): a camat or DPMD brings in many villages (a spreadsheet, the
// villages' JSON scenario files), sees kabupaten and kecamatan totals that add up, filters and
// sorts the village table, opens each village's own plan on the main page, and takes it away as
// CSV and as a printed A4 landscape recap. Real Bungo village names and codes, synthetic money
// (tests/e2e/fixtures/bungo-villages.md).
//
// Needs poppler-utils (pdfinfo, pdftotext) for the printed recap. Set E2E_ARTIFACTS=dir to keep
// the PDFs.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, withPage, watchPage, describeLog, poll, TEST_TIMEOUT } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';
import {
  RekapPage,
  REKAP_KEY,
  BUNGO_CSV,
  TEMPLATE_CSV,
  EXAMPLE_SCENARIO,
  readVillagesCsv,
  shownNumber,
} from './fixtures/rekap_page.mjs';
import { parseCsv, csvNumber } from './fixtures/csv.mjs';
import { missingPoppler, outputsDir, removeOutputs, pdfPages, pdfText, flat } from './fixtures/print_tools.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const COUNT_COLUMNS = ['kepala desa', 'sekretaris desa', 'perangkat desa', 'BPD', 'RT/RW', 'kader', 'pekerja rentan'];
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/** "6,76 %" / "6.76%" -> 6.76; "–" -> null. */
const sharePercent = (text) => (/\d/.test(text) ? Number(text.replace(/[^\d,.]/g, '').replace(',', '.')) : null);
const peopleOf = (row) => sum(COUNT_COLUMNS.map((c) => Number(row[c] || 0)));

/** Indonesian words for a whole rupiah amount, written here independently of the app. */
function terbilang(n) {
  const ones = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
  const below1000 = (x) => {
    const w = [];
    const h = Math.floor(x / 100);
    const r = x % 100;
    if (h === 1) w.push('seratus');
    else if (h > 1) w.push(ones[h], 'ratus');
    if (r > 0 && r < 12) w.push(ones[r]);
    else if (r >= 12 && r < 20) w.push(ones[r - 10], 'belas');
    else if (r >= 20) {
      w.push(ones[Math.floor(r / 10)], 'puluh');
      if (r % 10) w.push(ones[r % 10]);
    }
    return w;
  };
  if (n === 0) return 'nol rupiah';
  const words = [];
  const scales = [
    [1e12, 'triliun'],
    [1e9, 'miliar'],
    [1e6, 'juta'],
    [1e3, 'ribu'],
  ];
  let rest = n;
  for (const [unit, name] of scales) {
    const k = Math.floor(rest / unit);
    rest %= unit;
    if (k === 0) continue;
    if (k === 1 && unit === 1e3) words.push('seribu');
    else words.push(...below1000(k), name);
  }
  words.push(...below1000(rest));
  return `${words.join(' ')} rupiah`;
}

/** Three scenario files made from docs/example-scenario.json, each a different village. */
function scenarioFiles() {
  const base = JSON.parse(fs.readFileSync(EXAMPLE_SCENARIO, 'utf8'));
  const villages = [
    { file: 'desa-muara-kuamang.json', village: 'Muara Kuamang', rentan: 25, add: 410000000 },
    { file: 'desa-lubuk-kayu-aro.json', village: 'Lubuk Kayu Aro', rentan: 60, add: 295500000 },
    { file: 'desa-pekan-jumat.json', village: "Pekan Jum'at", rentan: 0, add: 520750000 },
  ];
  return villages.map((v) => {
    const s = structuredClone(base);
    s.village = v.village;
    s.alokasi_dana_desa = v.add;
    for (const c of s.categories) if (c.kind === 'rentan') c.insured = v.rentan;
    return { ...v, kode: v.file.replace(/\.json$/, ''), name: v.file, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s, null, 2)) };
  });
}

test.describe('rekap page: many villages at once', () => {
  let out;
  test.beforeAll(async () => {
    const why = missingPoppler();
    if (why) throw new Error(why);
    out = outputsDir('kalkulator-rekap-');
  });
  test.afterAll(async () => {
    removeOutputs(out);
  });

  /** Open `href` (relative to `from`) in a new tab of `context`; return the main page's figures. */
  async function mainPageFigures(context, log, from, href) {
    const tab = await context.newPage();
    const tabLog = watchPage(tab, new URL(from).origin, log.cspViolations);
    try {
      const app = new CalculatorPage(tab);
      await app.open(new URL(href, from).href);
      const figures = { ...(await app.totals()), village: await tab.getByTestId('village-input').inputValue() };
      assert.deepEqual(tabLog.pageErrors, [], describeLog(tabLog));
      return figures;
    } finally {
      await tab.close();
    }
  }

  test('the main page links to the rekap page and the rekap page links back', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await page.getByTestId('rekap-link').click();
    const rekap = new RekapPage(page);
    await rekap.waitForApp();
    assert.equal(new URL(page.url()).pathname, '/kalkulator/rekap/');
    assert.equal(await page.title(), 'Rekap Iuran Jamsostek Desa');
    assert.equal(await rekap.text('rekap-empty'), 'Belum ada desa. Pilih spreadsheet atau berkas skenario.');
    assert.equal(await rekap.text('rekap-villages'), '0');
    await page.getByTestId('rekap-back').click();
    await app.waitForApp();
    assert.equal(new URL(page.url()).pathname, '/kalkulator/');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('template CSV: 3 villages, totals are the sums of the rows, each row = its plan on the main page', async ({ session }) => {
    const csv = readVillagesCsv(TEMPLATE_CSV);
    await withPage(session, {}, async ({ page, context, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      // The template the page offers is the documented one.
      const offered = await rekap.download('rekap-template');
      assert.equal(offered.filename, 'rekap-desa-contoh.csv');
      assert.equal(offered.text, fs.readFileSync(TEMPLATE_CSV, 'utf8'));

      await rekap.importFiles([TEMPLATE_CSV]);
      const totals = await rekap.totalsWhen((t) => t.villages === csv.rows.length);
      assert.equal(totals.villages, 3);
      const rows = await rekap.rows();
      assert.deepEqual(rows.map((r) => r.kode), csv.rows.map((r) => r['kode desa']));
      assert.deepEqual(rows.map((r) => r.nama), csv.rows.map((r) => r['nama desa']));
      assert.deepEqual(rows.map((r) => shownNumber(r.people)), csv.rows.map(peopleOf), 'people per row = the CSV counts');
      assert.equal(totals.people, sum(csv.rows.map(peopleOf)), 'people = sum of the CSV counts');
      assert.equal(totals.annual, sum(rows.map((r) => shownNumber(r.premium))), 'annual total = sum of the rows');
      assert.equal(totals.desaShare + totals.workerShare, totals.annual, 'desa share + worker share = total');
      assert.ok(totals.monthly > 0 && totals.monthly < totals.annual);

      const kec = await rekap.kecamatanRows();
      assert.deepEqual(kec.map((k) => k.name).sort(), [...new Set(csv.rows.map((r) => r.kecamatan))].sort());
      for (const k of kec) {
        assert.equal(shownNumber(k.villages), csv.rows.filter((r) => r.kecamatan === k.name).length, `villages of ${k.name}`);
        const mine = rows.filter((r) => r.kecamatan === k.name);
        assert.equal(shownNumber(k.annual), sum(mine.map((r) => shownNumber(r.premium))), `kecamatan ${k.name} = sum of its villages`);
      }
      assert.equal(sum(kec.map((k) => shownNumber(k.monthly))), totals.monthly, 'monthly: kabupaten = sum of kecamatan');
      assert.equal(sum(kec.map((k) => shownNumber(k.payer))), totals.desaShare);

      // Each village's link opens its own plan on the main page, with the same figures.
      for (const r of rows) {
        assert.match(r.href, /^\.\.\/#v\d/, 'link to the main page with a share code');
        const main = await mainPageFigures(context, log, page.url(), r.href);
        assert.equal(main.annual, r.premium, `${r.nama}: main page total-annual = rekap row premium`);
        assert.equal(main.addShare, r.share, `${r.nama}: share of ADD`);
        assert.equal(shownNumber(main.people), shownNumber(r.people), `${r.nama}: people`);
        assert.equal(main.village, r.nama, 'the plan carries the village name');
      }
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('Bungo, 141 desa: counts, kecamatan rows, filters, sort and "more"', async ({ session }) => {
    const csv = readVillagesCsv(BUNGO_CSV);
    assert.equal(csv.rows.length, 141, 'the fixture holds the 141 desa of Kabupaten Bungo');
    await withPage(session, { viewport: { width: 1280, height: 900 } }, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([BUNGO_CSV]);
      const totals = await rekap.totalsWhen((t) => t.villages === csv.rows.length);
      assert.equal(totals.villages, csv.rows.length);
      assert.equal(totals.people, sum(csv.rows.map(peopleOf)));
      assert.deepEqual(await rekap.problems(), [], 'the fixture reads cleanly');

      // A page of 100 rows, then the rest.
      assert.deepEqual(await rekap.shown().then(({ onScreen, matching }) => ({ onScreen, matching })), { onScreen: 100, matching: 141 });
      assert.equal((await rekap.rows()).length, 100);
      await page.getByTestId('rekap-more').click();
      assert.equal((await rekap.shownWhen((s) => s.onScreen === 141)).onScreen, 141);
      assert.equal(await page.getByTestId('rekap-more').count(), 0, 'no "more" once every row is shown');
      const all = await rekap.rows();
      assert.deepEqual(all.map((r) => r.kode), csv.rows.map((r) => r['kode desa']), 'every village, in file order');
      assert.equal(sum(all.map((r) => shownNumber(r.premium))), totals.annual, 'total = sum of 141 rows');

      const kecNames = [...new Set(csv.rows.map((r) => r.kecamatan))];
      const kec = await rekap.kecamatanRows();
      assert.equal(kec.length, kecNames.length, 'one row per kecamatan');
      assert.deepEqual(kec.map((k) => k.name).sort(), [...kecNames].sort());
      assert.equal(sum(kec.map((k) => shownNumber(k.annual))), totals.annual, 'kabupaten = sum of kecamatan');
      assert.equal(sum(kec.map((k) => shownNumber(k.flagged))), totals.flagged);

      // Filter by kecamatan.
      const pelepat = csv.rows.filter((r) => r.kecamatan === 'Pelepat');
      await rekap.filterKecamatan('Pelepat');
      const s1 = await rekap.shownWhen((s) => s.matching === pelepat.length);
      assert.equal(s1.matching, pelepat.length, s1.text);
      assert.equal(s1.total, 141);
      const shownPelepat = await rekap.rows();
      assert.deepEqual(shownPelepat.map((r) => r.kode), pelepat.map((r) => r['kode desa']));
      const kPelepat = kec.find((k) => k.name === 'Pelepat');
      assert.equal(sum(shownPelepat.map((r) => shownNumber(r.premium))), shownNumber(kPelepat.annual));

      // Search by name within all kecamatan (case-insensitive, name or code).
      await rekap.filterKecamatan('');
      const needle = 'lubuk';
      const expected = csv.rows.filter((r) => r['nama desa'].toLowerCase().includes(needle) || r['kode desa'].includes(needle));
      assert.ok(expected.length > 1 && expected.length < 141, 'the needle picks some villages');
      await rekap.search('LUBUK');
      const s2 = await rekap.shownWhen((s) => s.matching === expected.length);
      assert.equal(s2.matching, expected.length, s2.text);
      assert.deepEqual((await rekap.rows()).map((r) => r.kode), expected.map((r) => r['kode desa']));
      await rekap.search('15.08.06');
      const byCode = csv.rows.filter((r) => r['kode desa'].includes('15.08.06'));
      assert.equal((await rekap.shownWhen((s) => s.matching === byCode.length)).matching, byCode.length, 'search by code');
      await rekap.search('');

      // Flags: "any" shows the flagged villages the total counts, "none" the rest.
      assert.ok(totals.flagged > 0, 'some Bungo villages pass the 5 % share (synthetic small ADD)');
      await rekap.filterFlag('any');
      assert.equal((await rekap.shownWhen((s) => s.matching === totals.flagged)).matching, totals.flagged);
      const flagged = await rekap.rows();
      assert.ok(flagged.every((r) => r.flags !== '' && r.flaggedClass), 'every row shown has a flag');
      await rekap.filterFlag('above');
      const above = await rekap.rows();
      assert.ok(above.length > 0 && above.every((r) => sharePercent(r.share) > 5), 'above 5 %: every share over 5');
      await rekap.filterFlag('none');
      assert.equal((await rekap.shownWhen((s) => s.matching === 141 - totals.flagged)).matching, 141 - totals.flagged);
      await rekap.filterFlag('all');
      await rekap.shownWhen((s) => s.matching === 141);

      // Sort: by premium (largest first), by name (A-Z), by share of ADD (largest first).
      const descending = (xs) => xs.every((v, i) => i === 0 || xs[i - 1] >= v);
      const premiums = (rs) => rs.map((r) => shownNumber(r.premium));
      await rekap.sort('premium');
      const byPremium = premiums(await poll(() => rekap.rows(), (rs) => descending(premiums(rs))));
      assert.ok(descending(byPremium), 'premium descending');
      assert.equal(byPremium[0], Math.max(...premiums(all)), 'the largest premium first');
      const nameOrder = all.map((r) => r.nama.toLowerCase()).sort().slice(0, 100);
      await rekap.sort('name');
      const names = (await poll(() => rekap.rows(), (rs) => rs[0].nama.toLowerCase() === nameOrder[0])).map((r) => r.nama.toLowerCase());
      assert.deepEqual(names, nameOrder, 'names A-Z');
      const shareOf = (rs) => rs.map((r) => sharePercent(r.share));
      await rekap.sort('share');
      const shares = shareOf(await poll(() => rekap.rows(), (rs) => descending(shareOf(rs))));
      assert.ok(descending(shares), 'share descending');
      assert.equal(shares[0], Math.max(...shareOf(all)), 'the largest share first');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('several JSON scenario files with a CSV: the villages add up, each keeps its own plan', async ({ session }) => {
    const csv = readVillagesCsv(TEMPLATE_CSV);
    const scenarios = scenarioFiles();
    await withPage(session, {}, async ({ page, context, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      // The field takes its value on change (leaving the field), as a user does before choosing files.
      await page.getByTestId('rekap-json-kecamatan').fill('Rantau Pandan');
      await page.getByTestId('rekap-json-kecamatan').press('Tab');
      await rekap.importFiles([TEMPLATE_CSV, ...scenarios.map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer }))]);
      const n = csv.rows.length + scenarios.length;
      const totals = await rekap.totalsWhen((t) => t.villages === n);
      assert.equal(totals.villages, n, 'CSV rows + one village per JSON file');
      assert.deepEqual(await rekap.problems(), []);
      const rows = await rekap.rows();
      assert.equal(rows.length, n);
      assert.equal(sum(rows.map((r) => shownNumber(r.premium))), totals.annual, 'total = sum of every village');
      assert.equal(sum(rows.map((r) => shownNumber(r.people))), totals.people);

      // A JSON file without a kode_desa has none: its file name is never shown as one.
      const own = rows.filter((r) => scenarios.some((s) => s.village === r.nama));
      assert.ok(own.every((r) => r.kode === ''), `no kode from a file name: ${own.map((r) => r.kode)}`);
      assert.deepEqual(own.map((r) => r.nama).sort(), scenarios.map((s) => s.village).sort(), 'JSON villages by their names');
      assert.ok(own.every((r) => r.kecamatan === 'Rantau Pandan'), 'JSON villages under the kecamatan typed');
      const kec = await rekap.kecamatanRows();
      const kRantau = kec.find((k) => k.name === 'Rantau Pandan');
      assert.ok(kRantau, `kecamatan row for the JSON files: ${kec.map((k) => k.name)}`);
      assert.equal(shownNumber(kRantau.villages), scenarios.length);
      assert.equal(shownNumber(kRantau.annual), sum(own.map((r) => shownNumber(r.premium))));

      // A JSON village's figures are its own plan's: the same as the main page shows for its link,
      // and its people are the file's insured counts.
      for (const s of scenarios) {
        const r = own.find((x) => x.nama === s.village);
        const json = JSON.parse(s.buffer.toString('utf8'));
        assert.equal(shownNumber(r.people), sum(json.categories.map((c) => c.insured)), `${s.village}: people of the file`);
        const main = await mainPageFigures(context, log, page.url(), r.href);
        assert.equal(main.annual, r.premium, `${s.village}: main page = rekap row`);
        assert.equal(main.village, s.village);
      }
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('bad input: problems with row and column, valid rows counted, bad files told clearly', async ({ session }) => {
    const header = 'kode desa;nama desa;kecamatan;ADD;kepala desa;sekretaris desa;perangkat desa;pekerja rentan;catatan';
    const bad = [
      header,
      '15.08.02.2001;Lubuk Kayu Aro;Rantau Pandan;412.000.000;1;1;6;25;ok',
      '15.08.02.2002;Rantau Pandan;Rantau Pandan;3l8 juta;1;1;5;25;salah ketik',
      '15.08.02.2001;Lubuk Kayu Aro (ganda);Rantau Pandan;300.000.000;1;1;5;25;ganda',
      '15.08.02.2003;Sungai Telang;Rantau Pandan;280.000.000;1;1;4;;',
    ].join('\r\n');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const random = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256));
    await withPage(session, {}, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([{ name: 'desa-salah.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${bad}\r\n`) }]);
      const totals = await rekap.totalsWhen((t) => t.villages === 4);
      assert.equal(totals.villages, 4, 'every row is counted, the bad ones too');
      const problems = await rekap.problems();
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0].file, 'desa-salah.csv');
      const lines = problems[0].lines;
      assert.ok(lines.includes('Kolom tidak dikenal, diabaikan: catatan'), `unknown column named: ${lines.join(' | ')}`);
      assert.ok(
        lines.some((l) => l.startsWith('Baris 3, kolom ADD: ‘3l8 juta’ — ') && /angka/i.test(l)),
        `bad ADD cell with row and column: ${lines.join(' | ')}`,
      );
      assert.ok(lines.includes('Baris 4: kode desa 15.08.02.2001 sudah ada di baris 2.'), `duplicate kode: ${lines.join(' | ')}`);
      assert.equal(lines.length, 3, lines.join(' | '));

      const rows = await rekap.rows();
      const flagsOf = (name) => rows.find((r) => r.nama === name).flags;
      assert.ok(flagsOf('Rantau Pandan').includes('baris bermasalah'), 'the bad ADD row is flagged');
      assert.ok(flagsOf('Lubuk Kayu Aro (ganda)').includes('baris bermasalah'), 'the later duplicate is flagged');
      assert.ok(!flagsOf('Lubuk Kayu Aro').includes('baris bermasalah'), 'the first of the pair is not');
      assert.equal(rows.find((r) => r.nama === 'Rantau Pandan').share, '–', 'no ADD read, no share');
      assert.ok(shownNumber(rows.find((r) => r.nama === 'Rantau Pandan').premium) > 0, 'the rest of the bad row still counts');
      assert.equal(totals.annual, sum(rows.map((r) => shownNumber(r.premium))));
      await rekap.filterFlag('problems');
      assert.equal((await rekap.shownWhen((s) => s.matching === 2)).matching, 2, 'filter: rows with problems');
      await rekap.filterFlag('all');

      // Files that are not villages at all: a picture, random bytes, an empty file, broken JSON.
      await rekap.importFiles([
        { name: 'foto.png', mimeType: 'image/png', buffer: png },
        { name: 'acak.csv', mimeType: 'text/csv', buffer: random },
        { name: 'kosong.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
        { name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') },
      ]);
      const all = await poll(() => rekap.problems(), (p) => p.length === 5);
      const of = (file) => (all.find((p) => p.file === file) || { lines: [] }).lines;
      assert.deepEqual(of('foto.png'), ['bukan spreadsheet CSV atau berkas skenario JSON yang dikenal']);
      assert.deepEqual(of('acak.csv'), ['bukan spreadsheet CSV atau berkas skenario JSON yang dikenal']);
      assert.deepEqual(of('kosong.csv'), ['berkas kosong']);
      assert.equal(of('rusak.json').length, 1, `broken JSON explained: ${JSON.stringify(all)}`);
      assert.equal(await rekap.text('rekap-villages'), '4', 'the good files still count');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  // Regression: a kode desa was checked only inside one file, so the same villages in two
  // spreadsheets (a kecamatan sending its file again under another name) were counted twice
  // with no word.
  test('the same village in two spreadsheets is flagged and named with the first file', async ({ session }) => {
    const csv = readVillagesCsv(TEMPLATE_CSV);
    await withPage(session, {}, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      const copy = { name: 'rekap-kecamatan-a-lagi.csv', mimeType: 'text/csv', buffer: fs.readFileSync(TEMPLATE_CSV) };
      await rekap.importFiles([TEMPLATE_CSV, copy]);
      const totals = await rekap.totalsWhen((t) => t.villages === 2 * csv.rows.length);
      assert.equal(totals.villages, 2 * csv.rows.length, 'both files still count (nothing dropped silently)');
      const problems = await rekap.problems();
      assert.deepEqual(problems.map((p) => p.file), [copy.name], 'the later file has the problems');
      assert.deepEqual(
        problems[0].lines,
        csv.rows.map((r, i) => `Baris ${i + 2}: kode desa ${r['kode desa']} sudah ada di berkas ${path.basename(TEMPLATE_CSV)}, baris ${i + 2}.`),
      );
      const rows = await rekap.rows();
      assert.deepEqual(rows.map((r) => r.flags.includes('baris bermasalah')), [false, false, false, true, true, true]);
      assert.ok(totals.flagged >= csv.rows.length);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('threshold: a lower share of ADD flags more villages; a bad threshold is marked', async ({ session }) => {
    await withPage(session, { viewport: { width: 1280, height: 900 } }, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([BUNGO_CSV]);
      const before = await rekap.totalsWhen((t) => t.villages === 141);
      await rekap.setThreshold('2');
      const after2 = await rekap.totalsWhen((t) => t.flagged !== before.flagged);
      assert.ok(after2.flagged > before.flagged, `2 %: ${after2.flagged} > 5 %: ${before.flagged}`);
      assert.equal(after2.annual, before.annual, 'the threshold changes flags, not money');
      await page.getByTestId('rekap-more').click();
      const rows = await poll(() => rekap.rows(), (r) => r.length === 141);
      assert.equal(rows.filter((r) => r.flags !== '').length, after2.flagged, 'flagged total = rows with a flag');
      for (const r of rows) {
        const share = sharePercent(r.share);
        const above = r.flags.includes('melebihi porsi ADD');
        // Shares are shown rounded to 2 decimals; leave the rounding edge alone.
        if (share > 2.005) assert.ok(above, `${r.nama} (${r.share}) flagged above 2 %`);
        if (share !== null && share < 1.995) assert.ok(!above, `${r.nama} (${r.share}) not flagged above 2 %`);
      }
      await rekap.setThreshold('lima');
      await expect(page.getByTestId('rekap-threshold')).toHaveAttribute('aria-invalid', 'true');
      assert.equal(await rekap.text('rekap-flagged'), String(before.flagged), 'an unreadable threshold falls back to 5 %');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('reload keeps the files, the policy and the threshold', async ({ session, page, log }) => {
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await rekap.importFiles([TEMPLATE_CSV, ...scenarioFiles().slice(0, 1).map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer }))]);
    const first = await rekap.totalsWhen((t) => t.villages === 4);
    await rekap.setPolicy('preset:perangkat-4-program');
    const withPolicy = await rekap.totalsWhen((t) => t.annual !== first.annual);
    assert.notEqual(withPolicy.annual, first.annual, 'the kabupaten policy changes the spreadsheet villages');
    await rekap.setThreshold('1,5');
    const saved = await poll(() => rekap.savedWork(), (w) => w && w.threshold === '1,5');
    const settled = await rekap.totals();
    assert.equal(saved.files.length, 2);
    assert.equal(saved.policy, 'preset:perangkat-4-program');

    await page.reload({ waitUntil: 'load' });
    await rekap.waitForApp();
    const again = await rekap.totalsWhen((t) => t.villages === 4);
    assert.deepEqual(again, settled, 'the same totals after a reload');
    assert.deepEqual(await rekap.fileNames(), [path.basename(TEMPLATE_CSV), 'desa-muara-kuamang.json']);
    assert.equal(await page.getByTestId('rekap-policy').inputValue(), 'preset:perangkat-4-program');
    assert.equal(await page.getByTestId('rekap-threshold').inputValue(), '1,5');
    const key = await page.evaluate((k) => localStorage.getItem(k) !== null, REKAP_KEY);
    assert.ok(key, `work kept under ${REKAP_KEY}`);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  // Regression: the policy "Rencana terakhir di halaman desa" read the village page's plan from
  // storage at every recompute, and opening a village's link makes that village's plan the
  // village page's plan; so after "Buka rencana" a change of threshold, or a reload, silently
  // recomputed every spreadsheet village under that one village's plan.
  test('opening a village\'s plan does not change the kabupaten policy; choosing it again does', async ({ session, page, context, log }) => {
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    await rekap.importFiles([TEMPLATE_CSV, EXAMPLE_SCENARIO]);
    const first = await rekap.totalsWhen((t) => t.villages === 4);
    const rows = await rekap.rows();
    const json = rows.find((r) => r.nama === 'Jepatlor');
    const opened = await mainPageFigures(context, log, page.url(), json.href);
    assert.equal(opened.annual, json.premium);

    await rekap.setThreshold('4');
    await poll(() => rekap.savedWork(), (w) => w && w.threshold === '4');
    await rekap.setThreshold('5');
    await poll(() => rekap.savedWork(), (w) => w && w.threshold === '5');
    assert.deepEqual(await rekap.totals(), first, 'same figures after the threshold moved and came back');
    await page.reload({ waitUntil: 'load' });
    await rekap.waitForApp();
    assert.deepEqual(await rekap.totalsWhen((t) => t.villages === 4), first, 'same figures after a reload');
    assert.deepEqual((await rekap.rows()).map((r) => r.premium), rows.map((r) => r.premium));

    // Copying the village page's plan takes the plan it has now (the example's), and each
    // spreadsheet row is still what the main page shows for its link.
    await rekap.setPolicy('preset:perangkat-jkk-jkm');
    await rekap.totalsWhen((t) => t.annual !== first.annual);
    await page.getByTestId('rekap-policy-copy').click();
    const taken = await rekap.totalsWhen((t) => t.annual !== first.annual);
    assert.equal(await page.getByTestId('rekap-policy').inputValue(), 'copy');
    const csvRow = (await rekap.rows()).find((r) => r.kode === rows[0].kode);
    assert.notEqual(csvRow.premium, rows[0].premium, 'the spreadsheet villages follow the plan chosen again');
    const main = await mainPageFigures(context, log, page.url(), csvRow.href);
    assert.equal(main.annual, csvRow.premium);
    assert.equal(taken.villages, 4);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  // Regression: kecamatan and kabupaten rows sat among the village rows (a SUM over "Orang"
  // counted every person three times) and the links were relative, dead in a spreadsheet.
  test('rekap CSV: village rows only with absolute links; the totals in their own file', async ({ session }) => {
    const csv = readVillagesCsv(BUNGO_CSV);
    await withPage(session, { viewport: { width: 1280, height: 900 } }, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([BUNGO_CSV]);
      const totals = await rekap.totalsWhen((t) => t.villages === 141);
      await page.getByTestId('rekap-more').click();
      const shown = await poll(() => rekap.rows(), (r) => r.length === 141);
      const kec = await rekap.kecamatanRows();
      const policyLine = await rekap.text('rekap-policy-line');

      const file = await rekap.download('rekap-download-csv');
      assert.equal(file.filename, 'rekap-iuran-jamsostek.csv');
      assert.ok(file.text.endsWith('\r\n'));
      const rows = parseCsv(file.text);
      const [header, ...rest] = rows;
      assert.equal(header[1], 'Kode desa');
      assert.equal(header.at(-1), 'Tautan', 'a link column');
      const col = (name) => header.indexOf(name);
      const blank = rest.findIndex((r) => r.every((c) => c === ''));
      const villages = rest.slice(0, blank);
      const notes = rest.slice(blank + 1).map((r) => r.join(';'));
      assert.equal(villages.length, csv.rows.length, 'one data row per village, nothing else');
      for (const r of villages) assert.equal(r.length, header.length, `every line as wide as the header: ${r.join(' | ')}`);
      assert.deepEqual(villages.map((r) => r[col('Kode desa')]), csv.rows.map((r) => r['kode desa']));
      assert.deepEqual(villages.map((r) => r[col('Nama desa')]), csv.rows.map((r) => r['nama desa']));
      assert.deepEqual(
        villages.map((r) => r[col('Tautan')]),
        shown.map((r) => new URL(r.href, page.url()).href),
        'the table\'s links, absolute',
      );
      assert.ok(villages.every((r) => r[col('Tautan')].startsWith(`${session.url}#v`)), villages[0][col('Tautan')]);
      const period = col('Iuran selama periode (Rp)');
      assert.deepEqual(villages.map((r) => csvNumber(r[period])), shown.map((r) => shownNumber(r.premium)));
      assert.equal(sum(villages.map((r) => csvNumber(r[col('Orang')]))), totals.people, 'a SUM over Orang is the people');
      assert.equal(sum(villages.map((r) => csvNumber(r[period]))), totals.annual, 'villages add up to the kabupaten');
      assert.equal(notes[0], policyLine, 'the policy line');
      assert.match(notes[1], /^Aturan dan tarif diperiksa per /);

      const second = await rekap.download('rekap-download-totals');
      assert.equal(second.filename, 'rekap-iuran-jamsostek-jumlah.csv');
      const [th, ...trows] = parseCsv(second.text);
      assert.deepEqual(th.slice(0, 3), ['Kecamatan', 'Desa', 'Orang']);
      const tblank = trows.findIndex((r) => r.every((c) => c === ''));
      const kecLines = trows.slice(0, tblank);
      const tperiod = th.indexOf('Iuran selama periode (Rp)');
      assert.deepEqual(kecLines.map((r) => r[0]), kec.map((k) => `Kecamatan ${k.name}`));
      assert.deepEqual(kecLines.map((r) => csvNumber(r[tperiod])), kec.map((k) => shownNumber(k.annual)));
      const kab = trows[tblank + 1];
      assert.equal(kab[0], 'Jumlah kabupaten');
      assert.equal(kab[1], '141');
      assert.equal(csvNumber(kab[tperiod]), totals.annual, 'kabupaten line = total on screen');
      assert.equal(csvNumber(kab[2]), totals.people);
      assert.ok(second.text.includes(policyLine), 'the totals file states the policy too');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('printed recap: A4 landscape, title, total and Terbilang, signature; the scope narrows it', async ({ session }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const csv = readVillagesCsv(BUNGO_CSV);
    await withPage(session, { viewport: { width: 1123, height: 794 } }, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([BUNGO_CSV]);
      const totals = await rekap.totalsWhen((t) => t.villages === 141);
      const totalText = await rekap.text('rekap-total-annual');
      assert.equal(await page.getByTestId('recap-sheet').isVisible(), false, 'the sheet is hidden on screen');

      async function printPdf(name) {
        await page.emulateMedia({ media: 'print' });
        // The sheet is drawn when print media starts (it is not kept drawn on screen).
        await expect(page.getByTestId('recap-sheet'), 'the sheet is shown in print').toBeVisible();
        await page.getByTestId('recap-total').waitFor();
        assert.equal(await page.getByTestId('rekap-import').isVisible(), false, 'controls hidden in print');
        const scope = await rekap.text('recap-scope');
        const total = await rekap.text('recap-total');
        const file = path.join(out, `${name}.pdf`);
        await page.pdf({ path: file, preferCSSPageSize: true });
        await page.emulateMedia({ media: 'screen' });
        const info = (await import('node:child_process')).execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
        return { file, scope, total, pages: pdfPages(file), size: m && [Number(m[1]), Number(m[2])], text: flat(pdfText(file)) };
      }

      // The words helper of this spec agrees with the main page's (print_sheet.test.mjs).
      assert.equal(terbilang(1349712), 'satu juta tiga ratus empat puluh sembilan ribu tujuh ratus dua belas rupiah');
      const whole = await printPdf('rekap-kabupaten');
      assert.ok(whole.size && Math.abs(whole.size[0] - 841.9) < 2 && Math.abs(whole.size[1] - 595.3) < 2, `A4 landscape: ${whole.size}`);
      assert.ok(whole.text.includes('Rekap Simulasi Iuran BPJS Ketenagakerjaan Desa'), 'title');
      assert.equal(whole.scope, 'Seluruh kabupaten');
      assert.equal(whole.total, totalText, 'sheet total = screen total');
      assert.ok(whole.text.includes(totalText), 'the total on paper');
      assert.ok(whole.text.includes(`Terbilang: ${terbilang(totals.annual)}`), `total in words: ${terbilang(totals.annual)}`);
      assert.ok(whole.text.includes('Kepala Dinas PMD') && whole.text.includes('(nama dan tanda tangan)'), 'signature block for DPMD');
      for (const r of csv.rows.slice(0, 3).concat(csv.rows.slice(-3))) assert.ok(whole.text.includes(r['kode desa']), `village ${r['kode desa']} on paper`);
      assert.ok(!whole.text.includes('Pilih berkas') && !whole.text.includes('Unduh rekap (CSV)'), 'no screen controls on paper');

      // One kecamatan.
      const kec = (await rekap.kecamatanRows()).find((k) => k.name === 'Pelepat');
      await page.getByTestId('rekap-print-scope').selectOption('Pelepat');
      const one = await printPdf('rekap-pelepat');
      assert.equal(one.scope, 'Kecamatan Pelepat');
      assert.equal(one.total, kec.annual, 'sheet total = the kecamatan row');
      assert.ok(one.pages < whole.pages || one.pages === 1, `fewer pages for one kecamatan (${one.pages} vs ${whole.pages})`);
      assert.ok(one.text.includes(`Terbilang: ${terbilang(shownNumber(kec.annual))}`));
      assert.ok(one.text.includes('Camat') && !one.text.includes('Kepala Dinas PMD'), 'signature of the camat');
      const inPelepat = csv.rows.filter((r) => r.kecamatan === 'Pelepat');
      const elsewhere = csv.rows.filter((r) => r.kecamatan !== 'Pelepat');
      for (const r of inPelepat) assert.ok(one.text.includes(r['kode desa']), `${r['kode desa']} on the Pelepat sheet`);
      assert.ok(elsewhere.every((r) => !one.text.includes(r['kode desa'])), 'no village of another kecamatan');
      assert.ok(one.text.includes(`Jumlah (${inPelepat.length} desa)`), 'count of villages in the footer');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('English: labels, numbers and problems switch language', async ({ session, page, log }) => {
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    const badAdd = 'kode desa;nama desa;kecamatan;ADD\r\n15.08.05.2001;Rantau Embacang;Tanah Sepenggal;3l8 juta\r\n';
    await rekap.importFiles([TEMPLATE_CSV, { name: 'salah.csv', mimeType: 'text/csv', buffer: Buffer.from(badAdd) }]);
    const id = await rekap.totalsWhen((t) => t.villages === 4);
    const annualId = await rekap.text('rekap-total-annual');
    assert.match(annualId, /^Rp\d{1,3}(\.\d{3})+$/);
    const toggle = page.getByTestId('lang-toggle');
    assert.equal(((await toggle.textContent()) || '').trim(), 'English');
    await toggle.click();
    await expect.poll(() => rekap.lang()).toBe('en');
    assert.equal(((await toggle.textContent()) || '').trim(), 'Bahasa Indonesia');
    assert.equal(((await page.locator('h1').first().textContent()) || '').trim(), 'Village Jamsostek Premium Rekap');
    assert.equal(await page.title(), 'Village Jamsostek Premium Rekap');
    assert.equal(((await page.locator('#rekap-totals-h').textContent()) || '').trim(), 'District rekap');
    assert.equal(((await page.getByTestId('rekap-download-csv').textContent()) || '').trim(), 'Download rekap (CSV)');
    assert.equal(((await page.getByTestId('rekap-back').textContent()) || '').trim(), '← One-village calculator');
    const annualEn = await rekap.text('rekap-total-annual');
    assert.match(annualEn, /^Rp\d{1,3}(,\d{3})+$/, 'English grouping');
    assert.equal(shownNumber(annualEn), id.annual, 'same amount');
    const lines = (await rekap.problems()).flatMap((p) => p.lines);
    assert.ok(lines.some((l) => l.startsWith('Row 2, column ADD: ‘3l8 juta’ — ')), lines.join(' | '));
    assert.ok((await rekap.rows()).some((r) => r.flags.includes('row with problems')));
    await toggle.click();
    await expect.poll(() => rekap.lang()).toBe('id');
    assert.equal(await rekap.text('rekap-total-annual'), annualId);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('360 px phone: the page does not scroll sideways; each village is a card', async ({ session }) => {
    await withPage(session, PHONE, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([BUNGO_CSV]);
      await rekap.totalsWhen((t) => t.villages === 141);
      const w = await rekap.scrollWidths();
      assert.ok(w.scrollWidth <= 360 && w.bodyScrollWidth <= 360, `no horizontal page scroll: ${JSON.stringify(w)}`);
      const cards = await page.getByTestId('rekap-table').evaluate((t) => {
        const wrap = t.closest('.table-wrap');
        const rows = [...t.querySelectorAll('[data-testid="rekap-row"]')].slice(0, 5).map((tr) => {
          const r = tr.getBoundingClientRect();
          const first = tr.querySelector('td[data-label]');
          return { left: r.left, right: r.right, height: r.height, label: first ? getComputedStyle(first, '::before').content : '' };
        });
        return { scroll: wrap.scrollWidth, client: wrap.clientWidth, head: t.querySelector('thead').getBoundingClientRect().height, rows };
      });
      assert.ok(cards.scroll <= cards.client, `the table does not scroll sideways: ${JSON.stringify(cards)}`);
      assert.ok(cards.head <= 1, 'the column headings are not shown; each cell is labelled');
      for (const r of cards.rows) {
        assert.ok(r.left >= 0 && r.right <= 360, `a card fits the screen: ${JSON.stringify(r)}`);
        assert.ok(r.height > 120, `a card is a block of lines, not a table row: ${JSON.stringify(r)}`);
        assert.equal(r.label, '"Baris"', 'each figure carries its column name');
      }
      for (const id of ['rekap-total-annual', 'rekap-villages']) {
        const box = await page.getByTestId(id).boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${id} inside 360 px: ${JSON.stringify(box)}`);
      }
      await page.getByTestId('lang-toggle').click();
      await expect.poll(() => rekap.lang()).toBe('en');
      const we = await rekap.scrollWidths();
      assert.ok(we.scrollWidth <= 360, `English: no horizontal page scroll: ${JSON.stringify(we)}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

// Excel in and out (issue 24): the rekap page reads an office's .xlsx (a notes sheet first, a
// merged title, numbers as numbers, a JUMLAH row of formulas) as it reads the same villages in
// CSV, and another of its sheets may be chosen; it names an old .xls or an .ods and says how to
// save it; the rekap and the village
// page's RAB download as .xlsx whose sheets hold the figures on screen as numbers.
// The fixture is made by `cargo run --no-default-features --example rekap_xlsx_fixture`.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, ROOT, withPage, poll, TEST_TIMEOUT } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';
import { RekapPage, BUNGO_CSV, readVillagesCsv } from './fixtures/rekap_page.mjs';
import { rupiahDigits } from './fixtures/csv.mjs';
import { workbookParts, sheetRows, sheetCells } from './fixtures/xlsx.mjs';

const BUNGO_XLSX = path.join(ROOT, 'tests', 'e2e', 'fixtures', 'bungo-villages.xlsx');
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A zip of stored entries (`[[name, content], …]`). */
function storedZipOf(entries) {
  const bodies = [];
  const dirs = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const crc = zlib.crc32 ? zlib.crc32(data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    const body = Buffer.concat([local, Buffer.from(name), data]);
    bodies.push(body);
    dirs.push(Buffer.concat([central, Buffer.from(name)]));
    offset += body.length;
  }
  const dir = Buffer.concat(dirs);
  const end = Buffer.alloc(22);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...bodies, dir, end]);
}

/** A zip holding one stored entry, for an .ods made here. */
function storedZip(name, content) {
  return storedZipOf([[name, content]]);
}

async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const bytes = fs.readFileSync(await d.path());
  return { filename: d.suggestedFilename(), bytes };
}

test.describe('Excel in and out', () => {
  test('an office .xlsx reads as the same villages in CSV; the rekap downloads as .xlsx', async ({ session, page }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    const csv = readVillagesCsv(BUNGO_CSV);
    await rekap.importFiles([BUNGO_CSV]);
    const fromCsv = await rekap.totalsWhen((t) => t.villages === csv.rows.length);
    await page.getByTestId('rekap-clear').click();
    await rekap.totalsWhen((t) => t.villages === 0);

    await rekap.importFiles([{ name: 'bungo-villages.xlsx', mimeType: XLSX_MIME, buffer: fs.readFileSync(BUNGO_XLSX) }]);
    const fromXlsx = await rekap.totalsWhen((t) => t.villages === csv.rows.length);
    assert.deepEqual(fromXlsx, fromCsv, 'the workbook gives the totals of the CSV');
    const note = await rekap.text('rekap-xlsx-notes');
    assert.match(note, /«Desa»/, `the sheet read is named: ${note}`);
    const summary = await rekap.text('rekap-file-summary');
    assert.match(summary || '', /141/, `141 villages read: ${summary}`);

    // Another sheet may be chosen: the notes sheet holds no villages, then back to "Desa".
    const sheetChoice = page.getByTestId('rekap-xlsx-sheet');
    const options = await sheetChoice.locator('option').allTextContents();
    assert.ok(options.length > 1 && options.includes('Desa'), `each sheet offered: ${options}`);
    assert.equal(await sheetChoice.evaluate((s) => s.selectedOptions[0].textContent), 'Desa');
    const other = options.findIndex((o) => o !== 'Desa');
    const element = await sheetChoice.elementHandle();
    await sheetChoice.selectOption(String(other));
    await rekap.totalsWhen((t) => t.villages === 0);
    assert.ok(await element.evaluate((e) => e.isConnected), 'the choice is not drawn again, so the focus stays on it');
    assert.match(await rekap.text('rekap-xlsx-notes'), new RegExp(`«${options[other]}»`), 'the note names the sheet now read');
    await sheetChoice.selectOption(String(options.indexOf('Desa')));
    const again = await rekap.totalsWhen((t) => t.villages === csv.rows.length);
    assert.deepEqual(again, fromCsv, 'the villages sheet again');

    // ---- the rekap as .xlsx
    const file = await download(page, 'rekap-download-xlsx');
    assert.equal(file.filename, 'rekap-iuran-jamsostek.xlsx');
    const parts = workbookParts(file.bytes);
    assert.match(parts.get('xl/workbook.xml'), /<sheet name="Rekap desa"[^>]*\/><sheet name="Jumlah"/);
    assert.match(parts.get('xl/workbook.xml'), /_xlnm\.Print_Titles/);
    const villages = sheetRows(parts.get('xl/worksheets/sheet1.xml'));
    const names = villages.slice(1).map((r) => r?.[2]).filter((n) => typeof n === 'string');
    assert.ok(names.includes('Pedukun') && names.includes('Lubuk Niur'), 'village names in the sheet');
    const totals = sheetRows(parts.get('xl/worksheets/sheet2.xml'));
    const last = totals.filter((r) => r && typeof r[3] === 'number').at(-1);
    assert.equal(last[3], fromXlsx.monthly, 'the kabupaten row holds the monthly total on screen, as a number');
    assert.equal(last[1], csv.rows.length);
    const sheet = parts.get('xl/worksheets/sheet2.xml');
    assert.match(sheet, /paperSize="9" orientation="landscape"/, 'A4 landscape by default');
    assert.match(sheet, /state="frozen"/);
    assert.match(sheet, /<oddFooter>&amp;LSumber: Kalkulator Jamsostek Desa&amp;CAturan/);
    assert.match(parts.get('xl/styles.xml'), /formatCode="&quot;Rp&quot;#,##0"/);

    await page.getByTestId('paper-size').selectOption('f4');
    const f4 = workbookParts((await download(page, 'rekap-download-xlsx')).bytes);
    assert.match(f4.get('xl/worksheets/sheet1.xml'), /paperSize="14" orientation="landscape"/, 'F4 as Folio');
  });

  test('an old .xls or an .ods is named and the page says how to save it', async ({ session, page }) => {
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await page.getByTestId('rekap-import').setInputFiles([{ name: 'desa-lama.xls', mimeType: 'application/vnd.ms-excel', buffer: xls }]);
    const said = await poll(() => rekap.text('rekap-xlsx-notes'), (t) => t !== null && t.includes('desa-lama.xls'));
    assert.match(said, /Excel lama \(\.xls\).*Simpan Sebagai.*\.xlsx.*CSV/, said);
    const ods = storedZip('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    await page.getByTestId('rekap-import').setInputFiles([{ name: 'desa.ods', mimeType: 'application/vnd.oasis.opendocument.spreadsheet', buffer: ods }]);
    const odsSaid = await poll(() => rekap.text('rekap-xlsx-notes'), (t) => t !== null && t.includes('desa.ods'));
    assert.match(odsSaid, /LibreOffice Calc.*\.xlsx/, odsSaid);
    assert.equal((await rekap.totals()).villages, 0, 'nothing read from either');
  });

  test('a damaged, sheetless or huge workbook is named with a clear message and nothing read is lost', async ({ session }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const huge = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-huge-')), 'desa-besar.xlsx');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 100 * 1024 * 1024); // 100 MB, sparse on disk
    try {
      await withPage(session, {}, async ({ page }) => {
        const rekap = new RekapPage(page);
        await rekap.open(session.url);
        const csv = readVillagesCsv(BUNGO_CSV);
        await rekap.importFiles([BUNGO_CSV]);
        const before = await rekap.totalsWhen((t) => t.villages === csv.rows.length);

        const bytes = fs.readFileSync(BUNGO_XLSX);
        const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
        // A workbook that names a sheet whose part is not in the zip.
        const sheetless = storedZipOf([
          ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
          ['xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Desa" sheetId="1" r:id="rId1"/></sheets></workbook>'],
          ['xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
        ]);
        await page.getByTestId('rekap-import').setInputFiles([
          { name: 'desa-terpotong.xlsx', mimeType: XLSX_MIME, buffer: truncated },
          { name: 'desa-tanpa-lembar.xlsx', mimeType: XLSX_MIME, buffer: sheetless },
        ]);
        const said = await poll(() => page.locator('.card').filter({ has: page.getByTestId('rekap-import') }).innerText(), (t) => t.includes('desa-terpotong.xlsx') && t.includes('desa-tanpa-lembar.xlsx'));
        assert.match(said, /«desa-terpotong\.xlsx» tidak dapat dibaca sebagai buku kerja Excel/, said);
        await page.getByTestId('rekap-import').setInputFiles(huge);
        const big = await poll(() => rekap.text('rekap-xlsx-notes'), (t) => t !== null && t.includes('desa-besar.xlsx'));
        assert.match(big, /«desa-besar\.xlsx» terlalu besar/, big);
        assert.deepEqual(await rekap.totals(), before, 'the villages read before are all still there');
      });
    } finally {
      fs.rmSync(path.dirname(huge), { recursive: true, force: true });
    }
  });

  test('the village page downloads its RAB and per-category costs as .xlsx', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.setVillage('Suka Maju');
    await app.setInsured(5, '20');
    const rabTotal = await poll(async () => rupiahDigits(await app.text('rab-total')), (n) => n > 0);
    const file = await download(page, 'rab-download-xlsx');
    assert.equal(file.filename, 'iuran-jamsostek-suka-maju-2026-rab.xlsx');
    const parts = workbookParts(file.bytes);
    assert.match(parts.get('xl/workbook.xml'), /<sheet name="RAB"[^>]*\/><sheet name="Per kategori"/);
    const rab = parts.get('xl/worksheets/sheet1.xml');
    const rows = sheetRows(rab);
    assert.deepEqual(rows[0].slice(0, 4), ['Sumber dana', 'Kode rekening', 'Kode kegiatan', 'Uraian']);
    const grand = rows.find((r) => r && r[3] === 'Jumlah total');
    assert.equal(grand?.[8], rabTotal, 'the grand total, a number, as on screen');
    const cells = sheetCells(rab);
    const ref = [...cells].find(([, c]) => c.value === rabTotal)[0];
    assert.ok([4, 5].includes(cells.get(ref).style), 'shown as Rupiah');
    assert.match(rab, /paperSize="9" orientation="landscape"/);
    const categories = sheetRows(parts.get('xl/worksheets/sheet2.xml'));
    assert.equal(categories[0][0], 'Kategori');
    assert.ok(categories.some((r) => r && typeof r[0] === 'string' && r[2] === 20), `twenty kader, a number: ${JSON.stringify(categories)}`);
  });
});

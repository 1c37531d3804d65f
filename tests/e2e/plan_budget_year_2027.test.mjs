// Budget year 2027 (RULES.md §3, changes of 2026-12-06): a new plan opens on the year villages
// are planning, the rules read "as of" the day they were checked instead of a table that ends,
// the 2026 Dana Desa list stands in for 2027 as a warning, and the presets of the observed
// regional programs show their sources' amounts beside the calculator's.

import assert from 'node:assert/strict';
import { test, expect, withPage, describeLog, poll } from './helpers.mjs';
import { CalculatorPage, DEFAULT_TOTALS } from './fixtures/calculator_page.mjs';
import { RekapPage } from './fixtures/rekap_page.mjs';

/** A day villages draft the 2027 APBDes (RULES.md's own date). */
const PLANNING_2027 = '2026-12-06T09:00:00';

/** The year on the year control (`budget-year`, whose value is the year). */
const yearShown = (page) => page.getByTestId('budget-year').inputValue();

test.describe('plan budget year 2027', () => {
  test('a fresh visit on 6 December 2026 opens on 2027 with the rules "as of" their date and no rate-table alarm', async ({ session }) => {
    await withPage(session, { today: PLANNING_2027 }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      assert.equal(await yearShown(page), '2027');
      // The rates did not change into 2027 for the example village.
      assert.equal(await app.textEventually('total-annual', DEFAULT_TOTALS.annual), DEFAULT_TOTALS.annual);
      const line = await poll(() => app.text('rules-as-of'), (t) => /diperiksa per 6 Desember 2026/.test(t || ''));
      assert.match(line, /^Aturan dan tarif diperiksa per 6 Desember 2026\. Bulan sesudahnya dihitung dengan aturan yang berlaku pada tanggal itu/);
      const cautions = await app.cautions();
      assert.ok(!cautions.some((t) => /Tabel tarif/.test(t)), cautions.join(' | '));
      const alarms = await page.getByTestId('cautions').locator('li.caution--warn, li.caution--strong').count();
      assert.equal(alarms, 0, 'nothing but quiet notes for the example village in 2027');
      // The year stays changeable.
      await page.getByTestId('budget-year').selectOption('2026');
      assert.equal(await yearShown(page), '2026');
      await expect.poll(() => app.text('rules-as-of')).toBe('Aturan dan tarif diperiksa per 6 Desember 2026.');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('on 30 September a new plan still opens on the current year; on 1 October on the next', async ({ session }) => {
    for (const [today, year] of [['2026-09-30T20:00:00', '2026'], ['2026-10-01T07:00:00', '2027']]) {
      await withPage(session, { today }, async ({ page }) => {
        const app = new CalculatorPage(page);
        await app.open(session.url);
        assert.equal(await yearShown(page), year, today);
      });
    }
  });

  test('a link keeps its own year whatever the day', async ({ session }) => {
    // The default plan of 2026 as a link: `y` is absent because 2026 is the link's default.
    let link;
    await withPage(session, {}, async ({ page }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      link = page.url();
      assert.equal(await yearShown(page), '2026');
    });
    await withPage(session, { today: PLANNING_2027 }, async ({ page }) => {
      const app = new CalculatorPage(page);
      await app.open(link);
      assert.equal(await yearShown(page), '2026', 'the link opens on its own year');
    });
  });

  test('kepala desa on Dana Desa in 2027: a warning beside the card, in the cautions, on the RAB line and on the printed sheet', async ({ session }) => {
    await withPage(session, { today: PLANNING_2027 }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setFunding(0, 'dd');
      const stand_in = /Aturan Dana Desa 2027 belum terbit; larangan 2026 dipakai sebagai acuan/;
      const beside = await poll(() => app.cautionsOf(0), (t) => t.some((x) => stand_in.test(x)));
      const warning = beside.find((x) => stand_in.test(x));
      assert.match(warning, /Dana Desa tidak boleh dipakai untuk iuran .* pada 2026 \(Permendes PDT 16\/2025/, warning);
      assert.match(warning, /Anggarkan dari ADD atau PADes\.$/);
      assert.ok(!beside.some((x) => /belum diperiksa/.test(x)), 'a warning, not "not checked"');
      const strong = page.getByTestId('cautions').locator('li.caution--strong', { hasText: 'Aturan Dana Desa 2027 belum terbit' });
      await strong.first().waitFor();
      // The PMK 7/2026 context, once.
      const context = (await app.cautions()).filter((t) => /PMK 7\/2026/.test(t));
      assert.equal(context.length, 1, context.join(' | '));
      assert.match(context[0], /58,03 %/);
      const rab = page.getByTestId('rab-prohibited');
      await rab.first().waitFor();
      assert.equal(await rab.count(), 1);
      assert.match(await rab.textContent(), /^Aturan Dana Desa 2027 belum terbit; menurut larangan 2026/);
      await page.emulateMedia({ media: 'print' });
      const sheet = page.getByTestId('print-sheet-content');
      const text = await poll(() => sheet.textContent(), (t) => /Aturan Dana Desa 2027 belum terbit/.test(t || ''));
      assert.match(text, /menurut larangan 2026/, 'the RAB note on the sheet');
      assert.match(text, /Aturan dan tarif diperiksa per 6 Desember 2026/, 'the rules line on the sheet');
      await page.emulateMedia({ media: 'screen' });
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('the rekap flags a village whose 2027 plan pays the kepala desa from Dana Desa', async ({ session }) => {
    const plan = (funding) => ({
      format: 'kalkulator-jamsostek-desa/scenario',
      version: 1,
      village: funding === 'dd' ? 'Sukadana' : 'Sukamaju',
      budget_year: 2027,
      categories: [{ kind: 'kades', insured: 1, funding }, { kind: 'perangkat', insured: 6 }],
    });
    await withPage(session, { today: PLANNING_2027 }, async ({ page, log }) => {
      const rekap = new RekapPage(page);
      await rekap.open(session.url);
      await rekap.importFiles(
        ['dd', 'add'].map((f) => ({
          name: `desa-${f}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(plan(f))),
        })),
      );
      const rows = await poll(() => rekap.rows(), (r) => r.length === 2);
      const byName = Object.fromEntries(rows.map((r) => [r.nama, r]));
      assert.ok(byName.Sukadana.flaggedClass, JSON.stringify(byName.Sukadana));
      assert.match(byName.Sukadana.flags, /Dana Desa/);
      assert.ok(!/Dana Desa/.test(byName.Sukamaju.flags), JSON.stringify(byName.Sukamaju));
      await rekap.filterFlag('dana-desa');
      const flagged = await poll(() => rekap.rows(), (r) => r.length === 1);
      assert.deepEqual(flagged.map((r) => r.nama), ['Sukadana']);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  // Annual totals: tests/data/presets.csv, rows preset2027.*.
  for (const { name, observed, annual } of [
    { name: 'Pangkep 2025: aparatur, staf, BPD, keagamaan, rentan', observed: [['Staf desa (bukan perangkat), per orang sebulan', 'Rp10.800', 'Rp10.800'], ['Seluruh program, setahun anggaran', 'Rp2.239.339.680', 'Rp1.536.583.752']], annual: 'Rp1.536.583.752' },
    { name: 'Kendal (Perbup 45/2025): aparatur dan BPD, empat program dari ADD', observed: [], annual: 'Rp34.305.852' },
    { name: 'Luwu 2025: 50 pekerja rentan per desa', observed: [['Seluruh program, 3 bulan', 'Rp2.500.000', 'Rp2.520.000']], annual: 'Rp10.080.000' },
    { name: 'Luwu Timur (Perbup 11/2025): 100 tenaga kerja per desa', observed: [], annual: 'Rp20.160.000' },
    { name: 'Penajam Paser Utara 2025: 5.000 pekerja rentan dari APBD', observed: [['Seluruh program, setahun anggaran', 'Rp1.008.000.000', 'Rp1.008.000.000']], annual: 'Rp1.008.000.000' },
  ]) {
    test(`the preset "${name}" loads for 2027 and shows its source's amounts beside the calculator's`, async ({ session }) => {
      await withPage(session, { today: PLANNING_2027 }, async ({ page, log }) => {
        const app = new CalculatorPage(page);
        await app.open(session.url);
        await page.getByTestId('preset-select').selectOption({ label: name });
        const table = page.getByTestId('preset-observed');
        if (observed.length === 0) {
          assert.equal(await table.count(), 0, 'no amounts in the source, no table');
        } else {
          await table.waitFor();
          const rows = await table.locator('tbody tr').evaluateAll((trs) =>
            trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
          );
          for (const row of observed) assert.ok(rows.some((r) => JSON.stringify(r) === JSON.stringify(row)), `${row} in ${JSON.stringify(rows)}`);
          assert.match(await page.getByTestId('preset-observed-why').textContent(), /tidak menyebut dasar upah/);
          assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'the page is no wider than the screen');
        }
        await page.getByTestId('preset-apply').click();
        assert.equal(await yearShown(page), '2027', 'the preset is costed for the year being planned');
        assert.equal(await app.textEventually('total-annual', annual), annual);
        assert.deepEqual(log.pageErrors, [], describeLog(log));
      });
    });
  }
});

// Warnings that fire on what was entered (RULES.md §3 and §7): Dana Desa for officials'
// premiums in 2026, the oldest member's age, the year first insured; and a part year that
// says "N bulan" wherever it would otherwise say "setahun anggaran".

import assert from 'node:assert/strict';
import { test, expect, describeLog, poll } from './helpers.mjs';
import { CalculatorPage, DEFAULT_TOTALS } from './fixtures/calculator_page.mjs';
import { parseCsv } from './fixtures/csv.mjs';

/** Poll until some text of `read()` matches `pattern`; return the texts. */
function someMatch(read, pattern) {
  return poll(read, (texts) => texts.some((t) => pattern.test(t)));
}

test.describe('see the warnings about the plan', () => {
  test('perangkat paid from Dana Desa in 2026: prohibited beside the card, in the cautions and on the RAB line', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    assert.equal(await page.getByTestId('rab-prohibited').count(), 0, 'nothing prohibited from ADD');
    await app.setFunding(2, 'dd');
    const beside = await someMatch(() => app.cautionsOf(2), /Dana Desa tidak boleh dipakai/);
    const warning = beside.find((t) => /Dana Desa tidak boleh dipakai/.test(t));
    assert.match(warning, /pada 2026 \(Permendes PDT 16\/2025/, warning);
    assert.match(warning, /Anggarkan dari ADD atau PADes\.$/);
    assert.deepEqual((await app.cautionsOf(0)).filter((t) => /Dana Desa/.test(t)), [], 'the kepala desa, still on ADD, has no such warning');
    const all = await someMatch(() => app.cautions(), /Dana Desa tidak boleh dipakai/);
    assert.ok(all.length > 0);
    await page.getByTestId('rab-prohibited').first().waitFor();
    assert.equal(await page.getByTestId('rab-prohibited').count(), 1, 'one prohibited line');
    assert.match(await page.getByTestId('rab-prohibited').textContent(), /^Dilarang dari Dana Desa pada 2026/);
    // Back to ADD: the warning goes.
    await app.setFunding(2, 'add');
    await expect(page.getByTestId('rab-prohibited')).toHaveCount(0);
    assert.deepEqual((await app.cautionsOf(2)).filter((t) => /Dana Desa/.test(t)), []);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('the oldest member of a BPU group at 70 warns about the entry age beside the card', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.setInsured(6, '10');
    await app.setOldestAge(6, '70');
    const texts = await someMatch(() => app.cautionsOf(6), /anggota tertua berusia 70 tahun/);
    assert.ok(texts.some((t) => /menolak peserta BPU baru berusia 65 tahun ke atas/.test(t)), texts.join(' | '));
    // 40 is under the limit: no warning.
    await app.setOldestAge(6, '40');
    await poll(() => app.cautionsOf(6), (t) => !t.some((x) => /anggota tertua/.test(x)));
    assert.deepEqual((await app.cautionsOf(6)).filter((t) => /anggota tertua/.test(t)), []);
    // An age out of range is refused at the field.
    await app.setOldestAge(6, '130');
    const f = await poll(() => app.fieldState('oldest-age-6'), (s) => s.ariaInvalid === 'true');
    assert.equal(f.errorLinked, true);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('a program first insured in 2025 gives no JKM scholarship before 2028', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await someMatch(() => app.cautions(), /Isi tahun mulai terdaftar untuk memeriksa/);
    await app.setInsuredSince('2025');
    const texts = await someMatch(() => app.cautions(), /baru memberi beasiswa mulai 2028/);
    assert.ok(texts.some((t) => /baru memberi beasiswa mulai 2028/.test(t)), texts.join(' | '));
    assert.ok(!texts.some((t) => /Isi tahun mulai terdaftar/.test(t)), 'the reminder gives way to the answer');
    // Insured since 2020: three years have passed, no scholarship warning at all.
    await app.setInsuredSince('2020');
    await poll(() => app.cautions(), (t) => !t.some((x) => /beasiswa/i.test(x)));
    assert.deepEqual((await app.cautions()).filter((t) => /beasiswa/i.test(t)), []);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('six months from July say "6 bulan" in the summary, the cards, the comparison, the CSV and the sheet', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    const summary = page.getByTestId('total-annual').locator('xpath=ancestor::div[1]/dt');
    assert.equal((await summary.textContent()).trim(), 'Setahun anggaran');
    await app.setPeriod(7, 6);
    // Rp112.476 x 6.
    assert.equal(await app.textEventually('total-annual', 'Rp674.856'), 'Rp674.856');
    assert.equal((await summary.textContent()).trim(), '6 bulan');
    const card = (await page.getByTestId('category-0').locator('.cat__summary').textContent()).trim();
    assert.match(card, /· Rp78\.624 6 bulan$/, card);
    const headers = await page.getByTestId('page').locator('th', { hasText: /^6 bulan$/ }).count();
    assert.equal(headers, 2, 'the category and source tables');
    assert.equal(await page.getByText('Setahun anggaran', { exact: true }).count(), 0, 'no year label left');

    await app.setCompared('current');
    await app.setCompared('preset-perangkat-jkk-jkm');
    const cols = await poll(() => app.comparison(), (c) => c.length === 2);
    assert.deepEqual(cols[0].figures['Biaya 6 bulan'], { value: 'Rp674.856', diff: null, changed: false });
    assert.equal(cols[1].figures['Biaya setahun anggaran'].value, DEFAULT_TOTALS.annual, 'a full-year preset keeps its label');

    const csv = parseCsv((await app.download('download-categories')).text);
    assert.equal(csv[0][6], 'Iuran 6 bulan (Rp)');

    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByTestId('print-sheet-content');
    await poll(() => sheet.textContent(), (t) => /6 bulan: Rp674\.856/.test(t || ''));
    const text = await sheet.textContent();
    assert.match(text, /6 bulan: Rp674\.856/);
    assert.ok(!/Setahun anggaran/.test(text), 'no year label on the sheet');
    await page.emulateMedia({ media: 'screen' });

    await app.switchLanguage();
    await expect(summary).toHaveText('6 months');
    assert.match((await page.getByTestId('category-0').locator('.cat__summary').textContent()).trim(), /for 6 months$/);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

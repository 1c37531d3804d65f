// "Berapa orang yang dapat dilindungi?": a ceiling (rupiah or % of ADD) gives the number of
// people that fit, what is left, and a button that puts them into the plan; a ceiling too
// small says why instead.

import assert from 'node:assert/strict';
import { test, expect, describeLog, poll } from './helpers.mjs';
import { CalculatorPage, DEFAULT_TOTALS } from './fixtures/calculator_page.mjs';

// The default plan's ten officials cost Rp1.349.712 a year; one pekerja rentan at the lowest
// BPU income costs Rp16.800 x 12 = Rp201.600. So Rp21.509.712 fits exactly 100 of them.
const CEILING_100 = 'Rp21.509.712';

test.describe('fit a budget ceiling', () => {
  test('a rupiah ceiling: 100 pekerja rentan fit, nothing left; applying them changes the totals', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.totalsEventually({ annual: DEFAULT_TOTALS.annual });
    assert.equal(await page.getByTestId('capacity-apply').isDisabled(), true, 'nothing to apply before a ceiling');
    assert.equal(await page.getByTestId('capacity-grow').inputValue(), 'c6', 'pekerja rentan grow by default');

    await app.askCapacity(CEILING_100);
    let c = await app.capacityEventually((c) => c.people === '100');
    assert.deepEqual(c, { people: '100', left: 'Rp0', error: null });
    // Said in words: 100 more pekerja rentan (from none), 110 people in the whole plan.
    assert.equal(await app.text('capacity-added'), 'Dapat ditambah 100 orang, menjadi 100; seluruhnya 110 orang.');
    // One rupiah less: 99 fit and Rp201.599 is left.
    await app.askCapacity('21.509.711');
    c = await app.capacityEventually((c) => c.people === '99');
    assert.deepEqual(c, { people: '99', left: 'Rp201.599', error: null });
    // The figure opens its formula.
    await page.getByTestId('capacity-left').click();
    const formula = await page.getByTestId('capacity-panel').locator('.fig__formula').first().textContent();
    // Rp1.349.712 + 99 x Rp201.600 = Rp21.308.112.
    assert.match(formula, /Rp21\.509\.711 − Rp21\.308\.112 = Rp201\.599/);

    await app.askCapacity(CEILING_100);
    await app.capacityEventually((c) => c.people === '100');
    assert.equal(await page.getByTestId('capacity-apply').isDisabled(), false);
    await app.applyCapacity();
    const totals = await app.totalsEventually({ annual: 'Rp21.509.712', people: '110' });
    assert.equal(totals.annual, 'Rp21.509.712', 'the plan now holds the 100');
    assert.equal(totals.people, '110');
    assert.equal(await app.textEventually('total-monthly', 'Rp1.792.476'), 'Rp1.792.476');
    assert.equal(await (await app.insuredInput(6)).inputValue(), '100', 'the card shows the new count');
    // Asked again on the new plan, the same ceiling gives the same answer.
    assert.equal((await app.capacityEventually((c) => c.people === '100')).people, '100');
    assert.equal(await app.textEventually('capacity-added', 'Tidak ada yang dapat ditambah: tetap 100; seluruhnya 110 orang.'), 'Tidak ada yang dapat ditambah: tetap 100; seluruhnya 110 orang.');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('a ceiling too small for one person, or below the other categories, says so', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.askCapacity('Rp1.349.812');
    let c = await app.capacityEventually((c) => c.error !== null);
    assert.equal(c.people, null, 'no head count beside the error');
    assert.match(c.error, /^Batas ini tidak cukup untuk satu orang: satu orang memerlukan Rp201\.600 untuk setahun anggaran, sisa batas hanya Rp100\.$/);
    assert.equal(await page.getByTestId('capacity-apply').isDisabled(), true, 'nothing to apply');

    await app.askCapacity('Rp1 juta');
    c = await app.capacityEventually((c) => c.error !== null && c.error.startsWith('Kategori'));
    assert.match(c.error, /sudah memerlukan Rp1\.349\.712 untuk setahun anggaran, di atas batas Rp1\.000\.000/);

    // A "%" in the rupiah mode says how to give a percentage instead.
    assert.equal(await page.getByTestId('capacity-percent-note').count(), 0);
    await app.askCapacity('5 %');
    const note = await poll(() => app.text('capacity-percent-note'), (t) => t);
    assert.match(note, /pilih "Persen dari ADD"/);
    await app.askCapacity('Rp1 juta');
    await expect(page.getByTestId('capacity-percent-note'), 'the note goes with the %').toHaveCount(0);

    // A typing mistake shows at the field and does not mark the plan's results stale.
    await app.askCapacity('dua juta');
    const field = await poll(() => app.fieldState('capacity-ceiling'), (f) => f.ariaInvalid === 'true');
    assert.equal(field.errorLinked, true, `error linked: ${JSON.stringify(field)}`);
    assert.equal(await app.staleShown(), false, 'the plan itself is fine');

    await app.switchLanguage();
    await app.askCapacity('Rp1.349.812');
    c = await app.capacityEventually((c) => c.error !== null && c.error.startsWith('This'));
    assert.equal(c.error, 'This ceiling is too small for one person: one person needs Rp201,600 for the budget year, and only Rp100 is left of the ceiling.');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('a percentage of ADD: asks for the ADD first, then 5 % of it', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.askCapacity('5 %', { mode: 'share' });
    let c = await app.capacityEventually((c) => c.error !== null);
    assert.match(c.error, /^Isi Alokasi Dana Desa \(ADD\)/);

    await app.setAdd('318.397.000');
    // 5 % of Rp318.397.000 = Rp15.919.850; less Rp1.349.712 leaves Rp14.570.138, which is
    // 72 x Rp201.600 = Rp14.515.200 with Rp54.938 left.
    c = await app.capacityEventually((c) => c.people === '72');
    assert.deepEqual(c, { people: '72', left: 'Rp54.938', error: null });

    // Every BPU category in its proportion: all four are empty, so they share equally,
    // 18 each of the same 72 (all at the lowest BPU income).
    await app.askCapacity('5', { mode: 'share', grow: 'all' });
    c = await app.capacityEventually((c) => c.people === '72');
    assert.equal(c.people, '72');
    await app.applyCapacity();
    await app.totalsEventually({ people: '82' });
    for (const i of [3, 4, 5, 6]) {
      assert.equal(await page.getByTestId(`insured-${i}`).inputValue(), '18', `card ${i}`);
    }
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

// Named scenarios on this device: save, rename, duplicate, delete and open one again.

import assert from 'node:assert/strict';
import { test, describeLog, poll } from './helpers.mjs';
import { CalculatorPage, SAVED_ACTIONS, STORAGE_KEYS, DEFAULT_TOTALS } from './fixtures/calculator_page.mjs';

// Default plan plus 100 pekerja rentan: 112.476 + 100 x 16.800 = Rp1.792.476 a month.
const WITH_100 = { monthly: 'Rp1.792.476', annual: 'Rp21.509.712', people: '110' };
const DEFAULT = { monthly: DEFAULT_TOTALS.monthly, annual: DEFAULT_TOTALS.annual, people: DEFAULT_TOTALS.people };

/** The names in local storage, in order. */
async function storedNames(app) {
  const raw = (await app.storage())[STORAGE_KEYS.saved];
  return raw === undefined ? [] : JSON.parse(raw).map(([name]) => name);
}

/** Poll the listed names until they equal `expected`. */
function namesEventually(app, expected) {
  return poll(() => app.savedNames(), (n) => JSON.stringify(n) === JSON.stringify(expected));
}

test.describe('save named scenarios', () => {
  test('save, rename, duplicate, delete, open; the list survives a reload', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    assert.equal(await app.savedCount(), 0);

    await app.setInsured(6, '100');
    assert.deepEqual(await app.totalsEventually(WITH_100), { ...WITH_100, addShare: '–' });
    await app.saveScenario('Dengan 100 rentan');
    assert.equal(await page.getByTestId('new-scenario-name').inputValue(), '', 'the name box is emptied');

    await app.setInsured(6, '0');
    assert.deepEqual(await app.totalsEventually(DEFAULT), DEFAULT_TOTALS);
    await app.saveScenario(''); // no name: the app names it after the village (none) and year
    assert.deepEqual(await namesEventually(app, ['Dengan 100 rentan', 'Skenario 2026']), ['Dengan 100 rentan', 'Skenario 2026']);
    assert.deepEqual(await storedNames(app), ['Dengan 100 rentan', 'Skenario 2026'], 'saved on this device');

    await app.renameSaved(0, 'Rentan 100 orang');
    assert.deepEqual(await poll(() => storedNames(app), (n) => n[0] === 'Rentan 100 orang'), ['Rentan 100 orang', 'Skenario 2026']);

    await app.savedAction(0, SAVED_ACTIONS.duplicate);
    const three = ['Rentan 100 orang', 'Rentan 100 orang (2)', 'Skenario 2026'];
    assert.deepEqual(await namesEventually(app, three), three, 'the copy comes right after the original');
    assert.deepEqual(await storedNames(app), three);

    // Delete the original; the copy (same plan) takes its place.
    await app.savedAction(0, SAVED_ACTIONS.delete);
    const two = ['Rentan 100 orang (2)', 'Skenario 2026'];
    assert.deepEqual(await namesEventually(app, two), two);
    assert.deepEqual(await storedNames(app), two);

    // Opening the copy brings back the plan with 100 pekerja rentan.
    assert.deepEqual(await app.totals(), DEFAULT_TOTALS, 'saving and renaming do not change the plan');
    await app.savedAction(0, SAVED_ACTIONS.open);
    assert.deepEqual(await app.totalsEventually(WITH_100), { ...WITH_100, addShare: '–' });
    assert.equal(await page.getByTestId('insured-6').inputValue(), '100', 'the form shows the opened plan');
    await app.savedAction(1, SAVED_ACTIONS.open);
    assert.deepEqual(await app.totalsEventually(DEFAULT), DEFAULT_TOTALS);
    assert.equal(await page.getByTestId('insured-6').inputValue(), '0');

    // The list is kept on this device.
    await app.open(session.url);
    assert.deepEqual(await namesEventually(app, two), two, 'after a reload');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
    assert.deepEqual(log.consoleErrors, [], describeLog(log));
  });

  // Opening a saved scenario (like a preset or an imported file) replaces the plan; every
  // form field shows the plan's value whenever it changes from outside (TextField), so the
  // form and the totals show the same plan.
  test('opening a saved scenario also shows its village name and ADD in the form', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.setVillage('Sukamaju');
    await app.setAdd('318.397.000');
    await app.saveScenario('Sukamaju');
    await app.setVillage('Lain');
    await app.setAdd('100.000.000');
    await app.savedAction(0, SAVED_ACTIONS.open);
    assert.equal((await app.totalsEventually({ addShare: '0,42 %' })).addShare, '0,42 %', 'share of the saved ADD');
    assert.equal(await page.getByTestId('village-input').inputValue(), 'Sukamaju');
    assert.equal(await page.getByTestId('add-input').inputValue(), '318.397.000');
  });

  // The comparison remembers a saved scenario by its content (its share code), not by its
  // position in the list, so deleting an earlier one leaves the ticked boxes as they were.
  test('deleting a saved scenario does not swap what is being compared', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    for (const [n, name] of [['10', 'A'], ['20', 'B'], ['30', 'C']]) {
      await app.setInsured(6, n);
      await app.saveScenario(name);
    }
    await app.setCompared('current');
    await app.setCompared('saved-1'); // B
    assert.deepEqual((await poll(() => app.comparison(), (c) => c.length === 2)).map((c) => c.title), ['Isian sekarang', 'B']);
    await app.savedAction(0, SAVED_ACTIONS.delete); // A
    await namesEventually(app, ['B', 'C']);
    const titles = (await app.comparison()).map((c) => c.title);
    assert.deepEqual(titles, ['Isian sekarang', 'B'], 'still comparing B (not C)');
  });
});

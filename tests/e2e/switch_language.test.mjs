// The language toggle switches the whole page to English and back.

import assert from 'node:assert/strict';
import { test, expect, describeLog } from './helpers.mjs';
import { CalculatorPage, HEADINGS, LABELS } from './fixtures/calculator_page.mjs';

test.describe('switch language', () => {
  test('Indonesian -> English -> Indonesian', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    assert.equal(await app.lang(), 'id');
    assert.equal(await app.heading(), HEADINGS.id);
    assert.equal(await app.textEventually('total-monthly', 'Rp112.476'), 'Rp112.476');
    assert.deepEqual(await app.buttonsNamed(LABELS.toggleWhenId), ['lang-toggle'], 'the toggle is named "English"');

    await app.switchLanguage();
    assert.equal(await app.lang(), 'en');
    await expect.poll(() => app.heading()).toBe(HEADINGS.en);
    assert.equal(await app.textEventually('total-monthly', 'Rp112,476'), 'Rp112,476');
    assert.equal(await app.text('total-annual'), 'Rp1,349,712');
    assert.deepEqual(await app.buttonsNamed(LABELS.toggleWhenEn), ['lang-toggle'], 'the toggle is named "Bahasa Indonesia"');

    await app.switchLanguage();
    assert.equal(await app.lang(), 'id');
    await expect.poll(() => app.heading()).toBe(HEADINGS.id);
    assert.equal(await app.textEventually('total-monthly', 'Rp112.476'), 'Rp112.476');
    assert.equal(await app.text('total-annual'), 'Rp1.349.712');
    assert.deepEqual(await app.buttonsNamed(LABELS.toggleWhenId), ['lang-toggle']);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
    assert.deepEqual(log.consoleErrors, [], describeLog(log));
  });

  test('English formats the ADD share as "6.76%"', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.setInsured(6, '100');
    await app.setAdd('Rp318.397.000');
    assert.equal(await app.textEventually('add-share', '6,76 %'), '6,76 %');
    await app.switchLanguage();
    assert.equal(await app.textEventually('add-share', '6.76%'), '6.76%');
    assert.equal(await app.text('total-annual'), 'Rp21,509,712');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

// Entering counts and amounts gives the premiums, ADD share and expected claims of the contract.

import assert from 'node:assert/strict';
import { test, describeLog } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

test.describe('enter counts and amounts', () => {
  test('default plan: 1 kepala desa, 1 sekdes, 8 perangkat at minimum siltap, JKK I + JKM', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    assert.equal(await app.textEventually('total-monthly', 'Rp112.476'), 'Rp112.476');
    assert.equal(await app.text('total-annual'), 'Rp1.349.712');
    assert.equal(await app.stalePresent(), false, 'no stale-notice on a valid plan');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });

  test('the insured field found by its label is card i\'s insured-{i}', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    for (const i of [0, 6]) {
      const byLabel = await app.insuredInput(i);
      assert.equal(await byLabel.getAttribute('data-testid'), `insured-${i}`);
    }
    assert.equal(await (await app.addInput()).getAttribute('data-testid'), 'add-input');
  });

  test('100 pekerja rentan, then the ADD: share, people protected and expected payout', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.textEventually('total-monthly', 'Rp112.476');

    await app.setInsured(6, '100');
    // 100 x (JKK Rp10.000 + JKM Rp6.800) = Rp1.680.000 a month on top of Rp112.476.
    assert.equal(await app.textEventually('total-monthly', 'Rp1.792.476'), 'Rp1.792.476');
    assert.equal(await app.textEventually('total-annual', 'Rp21.509.712'), 'Rp21.509.712');
    assert.equal(await app.textEventually('people-protected', '110'), '110');

    await app.setAdd('Rp318.397.000');
    // 21.509.712 / 318.397.000 = 6,7556 %.
    assert.equal(await app.textEventually('add-share', '6,76 %'), '6,76 %');
    // 110 people x 3,6 per 1.000 x Rp42.000.000.
    assert.equal(await app.textEventually('expected-payout', 'Rp16.632.000'), 'Rp16.632.000');
    // Totals are unchanged by the ADD.
    assert.equal(await app.text('total-annual'), 'Rp21.509.712');
    assert.equal(await app.stalePresent(), false);
    assert.deepEqual(log.pageErrors, [], describeLog(log));
    assert.deepEqual(log.consoleErrors, [], describeLog(log));
  });
});

// Invalid text is flagged at the field, the last valid results stay, and the page never dies.

import assert from 'node:assert/strict';
import { test, expect, withPage, describeLog, poll } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

const FIELD = 'insured-0';

/** Wait until the field's validity is `invalid`, then return its state. */
function fieldSettles(app, invalid) {
  return poll(
    () => app.fieldState(FIELD),
    (s) => (invalid ? s.ariaInvalid === 'true' && s.errorLinked && s.errorText : s.ariaInvalid !== 'true'),
  );
}

async function assertRejected(app, log, text) {
  await app.setInsured(0, text);
  const s = await fieldSettles(app, true);
  const why = `after typing ${JSON.stringify(text)}: ${JSON.stringify(s)}`;
  assert.equal(s.value, text, `the typed text is kept (${why})`);
  assert.equal(s.ariaInvalid, 'true', `aria-invalid="true" (${why})`);
  assert.ok(s.describedBy.includes(`${s.id}-error`), `aria-describedby names ${s.id}-error (${why})`);
  assert.ok(s.errorLinked, `the described error element exists (${why})`);
  assert.ok(s.errorText && s.errorText.length > 0, `the error message is not empty (${why})`);
  assert.ok(s.errorVisible, `the error message is rendered (${why})`);
  await expect.poll(() => app.staleShown(), { message: `stale-notice is shown (${why})` }).toBe(true);
  // The last valid totals stay on screen.
  assert.equal(await app.text('total-monthly'), 'Rp112.476', why);
  assert.equal(await app.text('total-annual'), 'Rp1.349.712', why);
  assert.ok(await page(app).getByTestId('total-monthly').isVisible(), `totals still visible (${why})`);
  assert.deepEqual(log.pageErrors, [], describeLog(log));
}

async function assertRecovered(app, log, text = '1') {
  await app.setInsured(0, text);
  const s = await fieldSettles(app, false);
  assert.notEqual(s.ariaInvalid, 'true', `aria-invalid cleared: ${JSON.stringify(s)}`);
  assert.ok(!s.describedBy.includes(`${s.id}-error`) || !s.errorText, `error no longer described: ${JSON.stringify(s)}`);
  await expect.poll(() => app.stalePresent(), { message: 'stale-notice gone' }).toBe(false);
  assert.deepEqual(log.pageErrors, [], describeLog(log));
}

const page = (app) => app.page;

test.describe('reject invalid input', () => {
  test('"abc" in the insured count: error linked, stale notice, old totals kept, then cleared', async ({ session }) => {
    await withPage(session, {}, async ({ page: p, log }) => {
      const app = new CalculatorPage(p);
      await app.open(session.url);
      await app.textEventually('total-monthly', 'Rp112.476');
      const start = await app.fieldState(FIELD);
      assert.notEqual(start.ariaInvalid, 'true', `valid at start: ${JSON.stringify(start)}`);
      assert.equal(await app.stalePresent(), false, 'no stale-notice at start');

      await assertRejected(app, log, 'abc');
      await assertRecovered(app, log, '1');
      assert.equal(await app.textEventually('total-monthly', 'Rp112.476'), 'Rp112.476');

      // A new valid value is taken up again: a second kepala desa adds Rp13.104 a month.
      await app.setInsured(0, '2');
      assert.equal(await app.textEventually('total-monthly', 'Rp125.580'), 'Rp125.580');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  for (const bad of ['-5', '1,5', '99999999']) {
    test(`${JSON.stringify(bad)} is rejected and the page keeps running`, async ({ session }) => {
      await withPage(session, {}, async ({ page: p, log }) => {
        const app = new CalculatorPage(p);
        await app.open(session.url);
        await app.textEventually('total-monthly', 'Rp112.476');
        await assertRejected(app, log, bad);
        await assertRecovered(app, log, '1');
        assert.equal(await app.textEventually('total-monthly', 'Rp112.476'), 'Rp112.476');
        const bodyText = (await p.locator('body').innerText()).trim();
        assert.ok(bodyText.length > 0, 'the page is not blank');
        assert.deepEqual(log.pageErrors, [], describeLog(log));
      });
    });
  }

  for (const typo of ['3l8 juta', '8,5 M']) {
    test(`an ADD typo ${JSON.stringify(typo)} typed key by key keeps the ADD the user left the field with, and says so`, async ({ session }) => {
      await withPage(session, {}, async ({ page: p, log }) => {
        const app = new CalculatorPage(p);
        await app.open(session.url);
        const add = await app.addInput();
        await add.fill('850 juta');
        await add.press('Tab');
        const share = await poll(() => app.text('add-share'), (v) => v && v !== '–');
        // Retyped key by key: the prefix ("3", "8,5") reads for a moment, then the typo does not.
        await add.click();
        await add.press('ControlOrMeta+a');
        await add.pressSequentially(typo, { delay: 20 });
        const s = await fieldSettles({ fieldState: () => app.fieldState('add-input') }, true);
        assert.equal(s.value, typo, 'the typed text stays for correction');
        assert.match(s.errorText, /850\.000\.000/, `the message names the ADD still used: ${s.errorText}`);
        assert.equal(await app.textEventually('add-share', share), share, 'the share of ADD is the committed one');
        const cautions = (await app.cautions()).join(' | ');
        assert.doesNotMatch(cautions, /melebihi ADD/, `no false alarm: ${cautions}`);
        // Corrected, the new ADD is used and the message goes.
        await add.fill('318.397.000');
        await fieldSettles({ fieldState: () => app.fieldState('add-input') }, false);
        assert.notEqual(await poll(() => app.text('add-share'), (v) => v !== share), share);
        assert.deepEqual(log.pageErrors, [], describeLog(log));
      });
    });
  }
});

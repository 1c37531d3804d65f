// "Salin tautan" copies the plan's link and says so on the button (issue 23): a kepala desa
// who taps it sees "Tautan disalin" instead of guessing whether anything happened.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, withPage, describeLog, poll, TEST_TIMEOUT } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

describe('copy the link', { timeout: TEST_TIMEOUT * 2 }, () => {
  let session;
  before(async () => {
    session = await startSession();
  });
  after(async () => {
    await session?.close();
  });

  test('tapping "Salin tautan" puts the link on the clipboard and the button says "Tautan disalin"', { timeout: TEST_TIMEOUT }, async () => {
    await withPage(session, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      const button = page.getByTestId('copy-link');
      assert.equal((await button.textContent()).trim(), 'Salin tautan');
      await button.click();
      assert.equal(await poll(async () => (await button.textContent()).trim(), (t) => t === 'Tautan disalin'), 'Tautan disalin');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await app.shareLink());
      // It goes back to its name after a few seconds, ready for the next copy.
      assert.equal(await poll(async () => (await button.textContent()).trim(), (t) => t === 'Salin tautan'), 'Salin tautan');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

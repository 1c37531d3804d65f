// "Salin tautan" copies the plan's link and says so on the button (issue 23): a kepala desa
// who taps it sees "Tautan disalin" instead of guessing whether anything happened.

import assert from 'node:assert/strict';
import { test, expect, withPage, describeLog } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

test.describe('copy the link', () => {
  test('tapping "Salin tautan" puts the link on the clipboard and the button says "Tautan disalin"', async ({ session }) => {
    await withPage(session, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      const button = page.getByTestId('copy-link');
      assert.equal((await button.textContent()).trim(), 'Salin tautan');
      await button.click();
      await expect(button).toHaveText('Tautan disalin');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await app.shareLink());
      // It goes back to its name after a few seconds, ready for the next copy.
      await expect(button).toHaveText('Salin tautan');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

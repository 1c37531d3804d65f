// If the app ever stops, the user is told so and offered a reload, in the page's language.
// A panic ends in a WebAssembly trap (the release build has no panic machinery at all:
// scripts/build-release), which reaches the page as an uncaught WebAssembly.RuntimeError;
// web/boot.js puts the notice at the top of the page, with a link to the address without its
// fragment (the plan is kept on the device, so the reload starts from it). A real trap is made
// here by a module of one `unreachable`, thrown from an event handler and from a promise (as
// from the app's tasks).

import assert from 'node:assert/strict';
import { test } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';
import { RekapPage } from './fixtures/rekap_page.mjs';

/** A wasm module exporting `trap`, whose body is `unreachable`. */
const TRAP = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: () -> ()
  0x03, 0x02, 0x01, 0x00, // function section: one function of that type
  0x07, 0x08, 0x01, 0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00, // export "trap"
  0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b, // code: no locals, unreachable, end
];

/** Make a trap the page does not catch, `from` an event handler or a promise. (Not from a
 *  timer: the tests' fixed clock wraps the page's timers.) */
async function trap(page, from) {
  await page.evaluate(([bytes, from]) => {
    const { trap } = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(bytes))).exports;
    if (from === 'event') {
      const button = document.createElement('button');
      button.addEventListener('click', trap);
      button.click();
    } else Promise.resolve().then(trap);
  }, [TRAP, from]);
}

const notice = (page) => page.getByTestId('crash-notice');

test.describe('recover from a crash', () => {
  test('a trap shows one notice in the page language, whose link reloads without the fragment', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    // Not every error is the app stopping: a script error elsewhere says nothing.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.addEventListener('click', () => { throw new Error('not the app'); });
      button.click();
    });
    await page.evaluate(() => {
      Promise.reject(new Error('not the app either'));
    });
    await page.waitForTimeout(200);
    assert.equal(await notice(page).count(), 0, 'no notice for an ordinary script error');

    await page.evaluate(() => history.replaceState(null, '', `${location.href}#plan`));
    await trap(page, 'event');
    await notice(page).waitFor();
    assert.equal(await notice(page).getAttribute('role'), 'alert');
    assert.match(await notice(page).innerText(), /kalkulator berhenti karena kesalahan yang tidak terduga/);
    const link = notice(page).locator('a');
    assert.equal(await link.innerText(), 'Muat ulang halaman');
    assert.equal(new URL(await link.evaluate((a) => a.href)).href, new URL(session.url).href, 'the address without #plan');
    // At the top of the page, before the app.
    assert.equal(await page.evaluate(() => document.body.firstElementChild.dataset.testid), 'crash-notice');
    await trap(page, 'promise');
    await page.waitForTimeout(200);
    assert.equal(await notice(page).count(), 1, 'one notice however many traps');
  });

  test('in English on the English page, from a task', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.switchLanguage();
    await trap(page, 'promise');
    await notice(page).waitFor();
    assert.match(await notice(page).innerText(), /the calculator stopped after an unexpected error/);
    assert.equal(await notice(page).locator('a').innerText(), 'Reload the page');
  });

  test('the rekap page shows it too', async ({ session, page }) => {
    const rekap = new RekapPage(page);
    await page.goto(`${session.url}rekap/`);
    await rekap.waitForApp();
    await trap(page, 'event');
    await notice(page).waitFor();
    assert.match(await notice(page).innerText(), /kesalahan yang tidak terduga/);
  });
});

// A scenario link opens the same plan on another device (a fresh browser context, so no
// local storage); a cut or altered link changes nothing (the default plan on a new device, the
// user's own work where there is some) and says so, with no crash; a reload says nothing.

import assert from 'node:assert/strict';
import { test, withPage, describeLog, poll, TEST_TIMEOUT } from './helpers.mjs';
import { CalculatorPage, NOTICES, DEFAULT_TOTALS, SAVED_ACTIONS, STORAGE_KEYS } from './fixtures/calculator_page.mjs';
import { linkCheck, splitLink, tamper } from './fixtures/share_link.mjs';

// Preset "1 Desa 100 Pekerja Rentan" (ADD Rp318.397.000) with 120 instead of 100 people:
// 120 x Rp16.800 = Rp2.016.000 a month, Rp24.192.000 a year; 24.192.000 / 318.397.000 =
// 7,598 %, shown to 2 decimals with trailing zeros trimmed: 7,6 %.
const SHARED = { monthly: 'Rp2.016.000', annual: 'Rp24.192.000', people: '120', addShare: '7,6 %' };
const VILLAGE = 'Karang Sari';
/** The name work a link replaced is kept under (both languages, then the day and time). */
const BEFORE_LINK_NAME = /^Sebelum membuka tautan \/ Before the link \d\d-\d\d-\d{4} \d\d\.\d\d$/;
/** The scenarios part's chunk (scripts/split_wasm.mjs: `split_<part>-<hash>.wasm`). */
const SCENARIOS_CHUNK = /\/split_scenarios[^/]*\.wasm$/;

/** Set up the shared scenario in its own context and return its link. */
async function makeSharedLink(session) {
  return withPage(session, {}, async ({ page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.applyPreset('1 Desa 100 Pekerja Rentan');
    assert.equal((await app.totalsEventually({ annual: 'Rp20.160.000' })).annual, 'Rp20.160.000', 'preset applied');
    await app.setInsured(0, '120');
    await app.setVillage(VILLAGE);
    assert.deepEqual(await app.totalsEventually(SHARED), SHARED, 'totals of the scenario to share');
    const link = await app.shareLink();
    const fragment = new URL(link).hash.slice(1);
    // The share box, the address bar and the stored plan agree.
    assert.equal(await app.fragment(), fragment, 'the address carries the same scenario as the share box');
    assert.equal((await app.storage())[STORAGE_KEYS.plan], fragment, 'the plan kept on this device is the link text');
    assert.ok(link.startsWith(session.url + '#v1'), `link is the page address + #v1...: ${link}`);
    assert.match(fragment, /^[A-Za-z0-9._~-]+$/, 'only URL-unreserved characters');
    const parts = splitLink(fragment);
    assert.ok(parts, `link ends in a check: ${fragment}`);
    assert.equal(linkCheck(parts.body), parts.check, 'check suffix as documented in src/calc/share.rs');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
    return link;
  });
}

test.describe('open a shared scenario link', () => {
  let link;
  test('the link opens the same totals in a fresh browser, with a notice', async ({ session }) => {
    link = await makeSharedLink(session);
    await withPage(session, {}, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(link);
      assert.deepEqual(await app.totalsEventually(SHARED), SHARED);
      const notice = await app.noticeEventually(NOTICES.linkOpened);
      assert.match(notice?.text ?? '(no notice)', NOTICES.linkOpened);
      assert.equal(notice.bad, false, 'an opened link is good news, not an error');
      // The form shows the shared plan, not the default one.
      assert.equal(await page.getByTestId('village-input').inputValue(), VILLAGE);
      assert.equal(await page.getByTestId('insured-0').inputValue(), '120');
      assert.equal(await app.categoryCount(), 1);
      assert.equal(await app.shareLink(), link, 'the opened plan encodes to the same link');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
      assert.deepEqual(log.consoleErrors, [], describeLog(log));
    });
  });

  test('a cut or altered link opens the default plan with a notice, without errors', async ({ session }) => {
    test.setTimeout(TEST_TIMEOUT * 2);
    link ??= await makeSharedLink(session);
    const url = new URL(link);
    const fragment = url.hash.slice(1);
    const base = link.slice(0, link.indexOf('#'));
    const changed = tamper(fragment);
    const broken = [
      ['last character cut', fragment.slice(0, -1)],
      ['check cut off', splitLink(fragment).body],
      ['cut in half', fragment.slice(0, Math.floor(fragment.length / 2))],
      [`character ${changed.index} changed ${changed.from}→${changed.to}`, changed.fragment],
    ];
    for (const [what, bad] of broken) {
      assert.notEqual(bad, fragment);
      await withPage(session, {}, async ({ page, log }) => {
        const app = new CalculatorPage(page);
        await app.open(`${base}#${bad}`);
        assert.deepEqual(await app.totalsEventually(DEFAULT_TOTALS), DEFAULT_TOTALS, `${what}: default totals (#${bad})`);
        const notice = await app.noticeEventually(NOTICES.linkBroken);
        assert.match(notice?.text ?? '(no notice)', NOTICES.linkBroken, `${what}: notice`);
        assert.equal(notice.bad, true, `${what}: shown as a problem`);
        assert.notEqual(await page.getByTestId('village-input').inputValue(), VILLAGE, `${what}: not the shared village`);
        assert.deepEqual(log.pageErrors, [], `${what}: ${describeLog(log)}`);
        assert.deepEqual(log.consoleErrors, [], `${what}: ${describeLog(log)}`);
      });
    }
  });

  test('reloading a page opened from a link says nothing more', async ({ session }) => {
    link ??= await makeSharedLink(session);
    await withPage(session, {}, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(link);
      assert.match((await app.noticeEventually(NOTICES.linkOpened))?.text ?? '', NOTICES.linkOpened);
      await page.reload({ waitUntil: 'load' });
      await app.waitForApp();
      assert.deepEqual(await app.totalsEventually(SHARED), SHARED, 'the same plan after the reload');
      assert.equal(await app.notice(), null, 'the address is the plan kept here: no notice');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('a broken link leaves the work on this device as it was, also on the next plain visit', async ({ session }) => {
    link ??= await makeSharedLink(session);
    const base = link.slice(0, link.indexOf('#'));
    const cut = new URL(link).hash.slice(1, -1);
    await withPage(session, {}, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setInsured(6, '40');
      // 40 pekerja rentan at Rp16.800 a month on top of the example village's Rp112.476.
      const own = { monthly: 'Rp784.476' };
      assert.equal((await app.totalsEventually(own)).monthly, own.monthly);
      // A new load, as from a chat app (not a same-document change of the fragment).
      await page.goto('about:blank');
      await app.open(`${base}#${cut}`);
      assert.equal((await app.noticeEventually(NOTICES.linkBroken))?.bad, true, 'said as a problem');
      assert.equal((await app.totalsEventually(own)).monthly, own.monthly, 'the own work is on screen');
      assert.equal(await page.getByTestId('insured-6').inputValue(), '40');
      await page.goto('about:blank');
      await app.open(base);
      assert.equal((await app.totalsEventually(own)).monthly, own.monthly, 'and still there on a plain visit');
      const saved = (await app.storage())[STORAGE_KEYS.saved];
      assert.ok(!/Sebelum membuka tautan/.test(saved ?? ''), `no copy "before the link" was needed: ${saved}`);
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
  // The link replaces what this device was working on: that is kept as a named scenario. The
  // code that files it comes with the scenarios part, after the first answer; until then the
  // work waits on this device under a key of its own, so not even a part that fails to arrive
  // loses it.
  test('a link over the work on this device files that work as a named scenario', async ({ session }) => {
    link ??= await makeSharedLink(session);
    await withPage(session, {}, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setInsured(6, '40');
      const own = { monthly: 'Rp784.476' };
      assert.equal((await app.totalsEventually(own)).monthly, own.monthly);
      const ownCode = await app.fragment();
      await page.goto('about:blank');
      await app.open(link);
      assert.deepEqual(await app.totalsEventually(SHARED), SHARED, 'the link is on screen');
      const names = await poll(() => app.savedNames(), (n) => n.length === 1);
      assert.match(names[0] ?? '', BEFORE_LINK_NAME);
      const stored = await app.storage();
      assert.deepEqual(JSON.parse(stored[STORAGE_KEYS.saved]), [[names[0], ownCode]], 'kept on this device');
      assert.equal(stored[STORAGE_KEYS.beforeLink], undefined, 'nothing left waiting');
      // A reload of the link files nothing more.
      await app.open(link);
      assert.deepEqual(await app.totalsEventually(SHARED), SHARED);
      await page.getByTestId('share-link').waitFor();
      assert.deepEqual(await app.savedNames(), names);
      await app.savedAction(0, SAVED_ACTIONS.open);
      assert.equal((await app.totalsEventually(own)).monthly, own.monthly, 'the own work opens again');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });

  test('work a link replaced waits on this device until the scenarios part is here', async ({ session }) => {
    link ??= await makeSharedLink(session);
    // No service worker: its install would fetch the chunks too, outside this page's routes.
    await withPage(session, { serviceWorkers: 'block' }, async ({ page, log }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setInsured(6, '40');
      const own = { monthly: 'Rp784.476' };
      assert.equal((await app.totalsEventually(own)).monthly, own.monthly);
      const ownCode = await app.fragment();
      await page.goto('about:blank');
      await page.route(SCENARIOS_CHUNK, (route) => route.abort('internetdisconnected'));
      await app.open(link);
      assert.deepEqual(await app.totalsEventually(SHARED), SHARED, 'the link is on screen');
      await page.getByTestId('deferred-failed').first().waitFor();
      const stored = await app.storage();
      assert.equal(stored[STORAGE_KEYS.plan], new URL(link).hash.slice(1), 'the link is the plan now');
      assert.equal(stored[STORAGE_KEYS.beforeLink], `${ownCode}\n`, 'the own work waits');
      assert.equal(stored[STORAGE_KEYS.saved], undefined, 'not filed yet');
      // The next visit with the line back files it.
      await page.unroute(SCENARIOS_CHUNK);
      await app.open(session.url);
      const names = await poll(() => app.savedNames(), (n) => n.length === 1);
      assert.match(names[0] ?? '', BEFORE_LINK_NAME);
      const after = await app.storage();
      assert.deepEqual(JSON.parse(after[STORAGE_KEYS.saved]), [[names[0], ownCode]]);
      assert.equal(after[STORAGE_KEYS.beforeLink], undefined, 'nothing left waiting');
      assert.deepEqual(log.pageErrors, [], describeLog(log));
    });
  });
});

// Work typed on this device comes back when the calculator is opened again without a link;
// unreadable stored data is set aside (not deleted), reported, and the app starts anyway.

import assert from 'node:assert/strict';
import { test, describeLog } from './helpers.mjs';
import {
  CalculatorPage,
  NOTICES,
  DEFAULT_TOTALS,
  STORAGE_KEYS,
  unreadableKeyPattern,
} from './fixtures/calculator_page.mjs';

// Default plan plus 12 RT/RW and 100 pekerja rentan (BPU, Rp16.800 each a month) and the ADD:
// 112.476 + 112 x 16.800 = Rp1.994.076 a month, Rp23.928.912 a year, 122 people,
// 23.928.912 / 318.397.000 = 7,5155 % -> 7,52 %.
const TYPED = { monthly: 'Rp1.994.076', annual: 'Rp23.928.912', people: '122', addShare: '7,52 %' };

async function typeWork(app) {
  await app.setInsured(4, '12');
  await app.setInsured(6, '100');
  await app.setAdd('318.397.000');
  assert.deepEqual(await app.totalsEventually(TYPED), TYPED, 'totals after typing');
}

/** The set-aside keys for `key` in `storage`, as [key, value] pairs. */
function setAside(storage, key) {
  const pattern = unreadableKeyPattern(key);
  return Object.entries(storage).filter(([k]) => pattern.test(k));
}

/** Minutes between the time stamp in a set-aside key and the browser's clock now. */
async function minutesOff(page, setAsideKey) {
  const [, ymd, hm] = setAsideKey.match(/unreadable-(\d{8})-(\d{4})-\d{5}$/);
  return page.evaluate(
    ([ymd, hm]) => {
      const stamp = new Date(+ymd.slice(0, 4), +ymd.slice(4, 6) - 1, +ymd.slice(6), +hm.slice(0, 2), +hm.slice(2));
      return Math.abs(Date.now() - stamp.getTime()) / 60000;
    },
    [ymd, hm],
  );
}

test.describe('restore saved work', () => {
  test('typed counts come back when the bare address is opened again', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    assert.deepEqual(await app.totalsEventually(DEFAULT_TOTALS), DEFAULT_TOTALS, 'a new device starts from the default plan');
    assert.equal(await app.notice(), null, 'no notice on a first visit');
    await typeWork(app);
    const stored = (await app.storage())[STORAGE_KEYS.plan];
    assert.equal(stored, await app.fragment(), 'the plan is stored as soon as it changes');

    // Open the address without the fragment: only local storage can bring the work back.
    const response = await app.open(session.url);
    assert.equal(new URL(response.url()).hash, '', 'loaded without a fragment');
    assert.deepEqual(await app.totalsEventually(TYPED), TYPED, 'totals restored from this device');
    assert.equal(await page.getByTestId('insured-6').inputValue(), '100', 'the form shows the restored counts');
    assert.equal(await page.getByTestId('insured-4').inputValue(), '12');
    assert.equal(await app.notice(), null, 'restoring one\'s own work needs no notice');
    assert.equal(await app.fragment(), stored, 'the address carries the restored plan again');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
    assert.deepEqual(log.consoleErrors, [], describeLog(log));
  });

  test('an unreadable stored plan is set aside, reported, and the default plan opens', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await typeWork(app);
    const garbage = 'garbage%%%';
    await app.setStorage(STORAGE_KEYS.plan, garbage);

    await app.open(session.url);
    const notice = await app.noticeEventually(NOTICES.storageCorrupt);
    assert.match(notice?.text ?? '(no notice)', NOTICES.storageCorrupt);
    assert.equal(notice.bad, true, 'shown as a problem');
    assert.deepEqual(await app.totalsEventually(DEFAULT_TOTALS), DEFAULT_TOTALS, 'default totals');

    const storage = await app.storage();
    const kept = setAside(storage, STORAGE_KEYS.plan);
    assert.equal(kept.length, 1, `one set-aside copy, in ${JSON.stringify(storage)}`);
    assert.equal(kept[0][1], garbage, 'the unreadable text is kept as it was');
    assert.ok((await minutesOff(page, kept[0][0])) < 3, `the key carries the local date and time: ${kept[0][0]}`);
    assert.notEqual(storage[STORAGE_KEYS.plan], garbage, 'the plan key holds a readable plan again');
    assert.equal(storage[STORAGE_KEYS.plan], await app.fragment());
    assert.deepEqual(log.pageErrors, [], describeLog(log));

    // The next start reads the (now default) plan without complaint.
    await app.open(session.url);
    assert.deepEqual(await app.totalsEventually(DEFAULT_TOTALS), DEFAULT_TOTALS);
    assert.equal(await app.notice(), null, 'reported once, not on every start');
    assert.equal(setAside(await app.storage(), STORAGE_KEYS.plan)[0]?.[1], garbage, 'the copy stays');
  });

  test('unreadable saved scenarios do not stop the app; the plan is still restored', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await typeWork(app);
    const garbage = '[["Skenario A", "v1_a1.xx"'; // cut off: not JSON
    await app.setStorage(STORAGE_KEYS.saved, garbage);

    await app.open(session.url);
    assert.deepEqual(await app.totalsEventually(TYPED), TYPED, 'the current plan is unaffected');
    const notice = await app.noticeEventually(NOTICES.storageCorrupt);
    assert.match(notice?.text ?? '(no notice)', NOTICES.storageCorrupt);
    assert.equal(await app.savedCount(), 0, 'no saved scenarios listed');
    const kept = setAside(await app.storage(), STORAGE_KEYS.saved);
    assert.deepEqual(kept.map(([, v]) => v), [garbage], 'the unreadable list is kept under a .unreadable- key');

    // Still usable: saving a scenario writes a fresh, readable list.
    await app.saveScenario('Baru');
    assert.deepEqual(await app.savedNames(), ['Baru']);
    const list = JSON.parse((await app.storage())[STORAGE_KEYS.saved]);
    assert.equal(list.length, 1);
    assert.equal(list[0][0], 'Baru');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
    assert.deepEqual(log.consoleErrors, [], describeLog(log));
  });
});

// axe-core finds no serious or critical accessibility violation, in Indonesian or English.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import { startSession, withPage, poll, until, ROOT, TEST_TIMEOUT } from './helpers.mjs';
import { CalculatorPage } from './fixtures/calculator_page.mjs';

const BLOCKING = new Set(['serious', 'critical']);

function summarise(violations) {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

async function audit(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const all = results.violations;
  if (all.length > 0) console.log(`axe (${label}): ${all.length} violation(s)\n${summarise(all)}`);
  const blocking = all.filter((v) => BLOCKING.has(v.impact));
  assert.deepEqual(
    blocking.map((v) => `${v.impact} ${v.id}`),
    [],
    `serious/critical axe violations (${label}):\n${summarise(blocking)}`,
  );
  return results;
}

describe('check accessibility with axe', { timeout: TEST_TIMEOUT * 4 }, () => {
  let session;
  before(async () => {
    session = await startSession();
  });
  after(async () => {
    await session?.close();
  });

  test('Indonesian page', { timeout: TEST_TIMEOUT }, async () => {
    await withPage(session, {}, async ({ page }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.textEventually('total-monthly', 'Rp112.476');
      const r = await audit(page, 'id');
      assert.ok(r.passes.length > 0, 'axe actually ran rules');
    });
  });

  test('English page', { timeout: TEST_TIMEOUT }, async () => {
    await withPage(session, {}, async ({ page }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.switchLanguage();
      assert.equal(await app.lang(), 'en');
      await app.textEventually('total-monthly', 'Rp112,476');
      await audit(page, 'en');
    });
  });

  test('rekap page with villages, in Indonesian and English', { timeout: TEST_TIMEOUT }, async () => {
    await withPage(session, {}, async ({ page }) => {
      await page.goto(`${session.url}rekap/`);
      await page.getByTestId('rekap-import').setInputFiles(path.join(ROOT, 'docs', 'rekap-template.csv'));
      await until(() => page.getByTestId('rekap-villages').innerText(), '3');
      const r = await audit(page, 'rekap, id');
      assert.ok(r.passes.length > 0, 'axe actually ran rules');
      await page.getByTestId('lang-toggle').click();
      await until(() => page.evaluate(() => document.documentElement.lang), 'en');
      await audit(page, 'rekap, en');
    });
  });

  test('Indonesian page with a field in error', { timeout: TEST_TIMEOUT }, async () => {
    await withPage(session, {}, async ({ page }) => {
      const app = new CalculatorPage(page);
      await app.open(session.url);
      await app.setInsured(0, 'abc');
      await poll(() => app.staleShown(), (v) => v);
      await audit(page, 'id, invalid field');
    });
  });
});

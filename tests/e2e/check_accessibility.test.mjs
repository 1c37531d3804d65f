// axe-core finds no serious or critical accessibility violation, in Indonesian or English.

import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import { test, expect, poll, ROOT } from './helpers.mjs';
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

test.describe('check accessibility with axe', () => {
  test('Indonesian page', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.textEventually('total-monthly', 'Rp112.476');
    const r = await audit(page, 'id');
    assert.ok(r.passes.length > 0, 'axe actually ran rules');
  });

  test('English page', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.switchLanguage();
    assert.equal(await app.lang(), 'en');
    await app.textEventually('total-monthly', 'Rp112,476');
    await audit(page, 'en');
  });

  test('rekap page with villages, in Indonesian and English', async ({ session, page }) => {
    await page.goto(`${session.url}rekap/`);
    await page.getByTestId('rekap-import').setInputFiles(path.join(ROOT, 'docs', 'rekap-template.csv'));
    await expect(page.getByTestId('rekap-villages')).toHaveText('3', { useInnerText: true });
    const r = await audit(page, 'rekap, id');
    assert.ok(r.passes.length > 0, 'axe actually ran rules');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await audit(page, 'rekap, en');
  });

  test('Indonesian page with a field in error', async ({ session, page }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.setInsured(0, 'abc');
    await expect.poll(() => app.staleShown()).toBe(true);
    await audit(page, 'id, invalid field');
  });
});

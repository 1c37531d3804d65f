// A scenario exported as a JSON file imports back to the same plan; a file with errors is
// refused as a whole, with every problem listed, and the plan is left as it was.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, describeLog } from './helpers.mjs';
import { CalculatorPage, NOTICES } from './fixtures/calculator_page.mjs';

// Default plan, village "Sukamaju", 100 pekerja rentan and the ADD:
// 112.476 + 1.680.000 = Rp1.792.476 a month, Rp21.509.712 a year, 6,76 % of Rp318.397.000.
const PLAN = { monthly: 'Rp1.792.476', annual: 'Rp21.509.712', people: '110', addShare: '6,76 %' };
// Preset "Kader posyandu": 20 x Rp16.800 = Rp336.000 a month.
const KADER = { monthly: 'Rp336.000', annual: 'Rp4.032.000', people: '20' };

test.describe('export and import a JSON scenario', () => {
  let tmp;
  test.beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kalkulator-json-'));
  });
  test.afterAll(async () => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('export, change the plan, import: the plan comes back', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.setVillage('Sukamaju');
    await app.setInsured(6, '100');
    await app.setAdd('318.397.000');
    assert.deepEqual(await app.totalsEventually(PLAN), PLAN);
    const link = await app.shareLink();

    const file = await app.download('export-json');
    assert.equal(file.filename, 'skenario-jamsostek-sukamaju-2026.json', 'named after the village');
    const json = JSON.parse(file.text); // throws when it is not JSON
    assert.equal(json.format, 'kalkulator-jamsostek-desa/scenario');
    assert.equal(json.version, 1);
    assert.equal(json.village, 'Sukamaju');
    assert.equal(json.budget_year, 2026);
    assert.equal(json.alokasi_dana_desa, 318397000);
    assert.equal(json.categories.length, 7);
    assert.deepEqual(
      json.categories.map((c) => [c.kind, c.insured]),
      [['kades', 1], ['sekdes', 1], ['perangkat', 8], ['bpd', 0], ['rtrw', 0], ['kader', 0], ['rentan', 100]],
    );
    // docs/scenario-format.md: "The app's own export always writes every field, in the order of the tables".
    assert.deepEqual(Object.keys(json), [
      'format', 'version', 'village', 'budget_year', 'first_month', 'months', 'alokasi_dana_desa',
      'total_belanja', 'bengkok', 'siltap', 'death_rate_per_mille', 'apply_pp50_2025', 'insured_since', 'categories',
    ]);
    const saved = path.join(tmp, file.filename);
    fs.writeFileSync(saved, file.bytes);

    await app.applyPreset('Kader posyandu');
    assert.deepEqual(await app.totalsEventually(KADER), { ...KADER, addShare: '–' }, 'the plan changed');

    await app.importJson(saved);
    assert.deepEqual(await app.totalsEventually(PLAN), PLAN, 'totals restored by the import');
    const notice = await app.noticeEventually(NOTICES.imported);
    assert.match(notice?.text ?? '(no notice)', NOTICES.imported);
    assert.equal(await app.categoryCount(), 7);
    assert.equal(await page.getByTestId('insured-6').inputValue(), '100');
    assert.equal(await app.shareLink(), link, 'exactly the exported plan (same link)');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
    assert.deepEqual(log.consoleErrors, [], describeLog(log));
  });

  test('a file with three errors is refused, all three are listed, the plan is unchanged', async ({ session, page, log }) => {
    const app = new CalculatorPage(page);
    await app.open(session.url);
    await app.setInsured(6, '100');
    await app.setAdd('318.397.000');
    const before = await app.totalsEventually({ annual: PLAN.annual, addShare: PLAN.addShare });
    const link = await app.shareLink();

    const bad = {
      format: 'kalkulator-jamsostek-desa/scenario',
      version: 1,
      village: 'Salah',
      budget_year: 2019, // out of range 2020-2035
      categories: [
        { kind: 'kades', insured: 1 },
        { kind: 'petani', insured: 5 }, // unknown kind
        { kind: 'rentan', insured: -3 }, // negative
      ],
    };
    await app.importJson({ name: 'salah.json', content: JSON.stringify(bad, null, 2) });
    const notice = await app.noticeEventually(NOTICES.importFailed);
    assert.match(notice?.text ?? '(no notice)', NOTICES.importFailed);
    assert.equal(notice.bad, true);
    const problems = notice.text.replace(NOTICES.importFailed, '').split('; ');
    assert.equal(problems.length, 3, `three problems: ${notice.text}`);
    assert.match(problems[0], /^budget_year: .*2020.*2035/, 'the year, with its range');
    assert.match(problems[1], /^categories\[1\]\.kind: .*kades.*rentan/, 'the kind, with the allowed words');
    assert.match(problems[2], /^categories\[2\]\.insured: .*negatif/, 'the count');

    // The notice keeps the problems, not their words: "English" rewords it where it stands.
    await app.switchLanguage();
    const english = await app.noticeEventually(NOTICES.importFailedEn);
    const problemsEn = english.text.replace(NOTICES.importFailedEn, '').split('; ');
    assert.equal(problemsEn.length, 3, `three problems: ${english.text}`);
    assert.match(problemsEn[2], /^categories\[2\]\.insured: cannot be negative/, 'the count, in English');
    await app.switchLanguage();
    assert.equal((await app.noticeEventually(NOTICES.importFailed)).text, notice.text, 'and back');

    assert.deepEqual(await app.totals(), before, 'totals unchanged');
    assert.equal(await app.shareLink(), link, 'plan unchanged');
    assert.equal(await app.categoryCount(), 7);
    assert.notEqual(await page.getByTestId('village-input').inputValue(), 'Salah');
    assert.deepEqual(log.pageErrors, [], describeLog(log));
  });
});

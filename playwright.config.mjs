// The browser tests (tests/e2e/*.test.mjs) on @playwright/test with Debian's Chromium: no
// browser is downloaded. `npm run e2e` runs them all, `npx playwright test <file>` one file.
// CHROMIUM_PATH and DIST_DIR (tests/e2e/helpers.mjs) choose another browser or build.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, TEST_TIMEOUT, STEP_TIMEOUT } from './tests/e2e/helpers.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.test.mjs',
  globalSetup: './tests/e2e/global_setup.mjs',
  // Files run side by side, the tests of a file in order (some build on the one before).
  fullyParallel: false,
  // One worker: with two, the heaviest specs (84,000 villages, axe on the rekap page) miss their
  // time limits on the 2-CPU machine; `--workers=2` runs faster where there is room.
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  outputDir: 'test-results',
  timeout: TEST_TIMEOUT,
  expect: { timeout: STEP_TIMEOUT },
  use: {
    headless: true,
    locale: 'id-ID',
    actionTimeout: STEP_TIMEOUT,
    navigationTimeout: STEP_TIMEOUT,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
});

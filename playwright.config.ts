import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { SYNC_ADMIN_TOKEN, SYNC_PORT } from './e2e/support/sync-server';
import { electronBinary, HOW_TO_RUN_ELECTRON_TESTS, WHY_ELECTRON_SKIPPED } from './e2e/support/electron-binary';

// End-to-end tests run the web target in Debian's Chromium (never `playwright install`).
// KLOK_CHROMIUM points elsewhere if needed; e2e/support/chromium.ts says clearly when it is missing.
const chromiumPath = process.env['KLOK_CHROMIUM'] ?? '/usr/bin/chromium';
// KLOK_E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env['KLOK_E2E_PORT'] ?? 4173);
// The sync server the team-sync test shares desks through: on an embedded PGlite in a fresh
// folder, on the e2e port + 10 (KLOK_E2E_SYNC_PORT to choose another).
const syncDataDir = join(tmpdir(), `klok-e2e-sync-${SYNC_PORT}-${Date.now()}`);

// Said once, by the runner (workers load this file too).
if (process.env['TEST_WORKER_INDEX'] === undefined && electronBinary() === null) console.warn(`klok e2e: ${WHY_ELECTRON_SKIPPED} ${HOW_TO_RUN_ELECTRON_TESTS}`);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env['CI'],
  // The list, then every test's annotations (a skipped test's reason and how to run it), and
  // the same in a JSON report for tools.
  reporter: [['list'], ['./e2e/support/annotations-reporter.ts'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  projects: [
    {
      name: 'web',
      testMatch: /.*\.web\.spec\.ts$/,
      use: {
        baseURL: `http://127.0.0.1:${port}`,
        // A machine zone unlike any calendar's: the app must show calendar time, not machine time.
        timezoneId: 'Pacific/Chatham',
        locale: 'en-GB',
        viewport: { width: 1400, height: 900 },
        launchOptions: {
          executablePath: chromiumPath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    { name: 'electron', testMatch: /.*\.electron\.spec\.ts$/ },
  ],
  webServer: [
    {
      command: `npx vite preview --config vite.web.config.ts --port ${port}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: 'npx tsx src-server/main.ts',
      url: `http://127.0.0.1:${SYNC_PORT}/v1/health`,
      env: { KLOK_SERVER_PORT: String(SYNC_PORT), KLOK_SERVER_HOST: '127.0.0.1', KLOK_ADMIN_TOKEN: SYNC_ADMIN_TOKEN, KLOK_DATA_DIR: syncDataDir },
      reuseExistingServer: !process.env['CI'],
      timeout: 120_000,
    },
  ],
});

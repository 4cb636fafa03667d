import { configDefaults, defineConfig } from 'vitest/config';
import { bundledHolidayData, holidayCountryModules, MOMENT_WITHOUT_ZONES } from './scripts/renderer-holiday-data.ts';

// A machine zone unlike any calendar's (UTC+12:45/+13:45, and a different weekday from Europe
// and the Americas for half of every day), so a hidden dependency on the machine's zone fails.
process.env.TZ = 'Pacific/Chatham';

// Tests of the renderer's holiday data run with the renderer's build of date-holidays: the bundled
// countries only, the others loaded on demand, moment-timezone without zone data.
const RENDERER_HOLIDAYS = 'src-renderer/features/policies/**/*.test.{ts,tsx}';

/** Every unit test (the projects below split them; vitest.mutation.config.ts takes the list whole). */
export const UNIT_TESTS = [
  'src-shared/**/*.test.ts',
  'src-main/**/*.test.ts',
  'src-renderer/**/*.test.{ts,tsx}',
  'scripts/**/*.test.ts',
  'src-server/**/*.test.ts',
];

export default defineConfig({
  // The holiday index and country chunks (virtual modules), so any test may import holiday-data.ts;
  // on Node every country is already here and nothing is loaded.
  plugins: [holidayCountryModules()],
  test: {
    environment: 'node',
    pool: 'forks',
    env: { TZ: 'Pacific/Chatham' },
    // No test is timed (speed goals live in `npm run bench`); the timeout only catches a hang. On a
    // busy two-core machine the first test of a file also pays for loading holiday data and
    // building calendar timelines, which can take seconds.
    // fake-indexeddb as browsers behave where it differs (see the file).
    setupFiles: ['src-renderer/test-support/fake-indexeddb-deleted-index.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Projects inherit this config (`extends`), and arrays such as `include` add up: each names its own.
    projects: [
      { extends: true, test: { name: 'klok', include: UNIT_TESTS, exclude: [...configDefaults.exclude, RENDERER_HOLIDAYS] } },
      {
        extends: true,
        plugins: [bundledHolidayData()],
        resolve: { alias: [MOMENT_WITHOUT_ZONES] },
        test: {
          name: 'renderer-holidays',
          include: [RENDERER_HOLIDAYS],
          // Through Vite, so the plugin and the alias apply inside date-holidays as in the build.
          server: { deps: { inline: ['date-holidays', 'date-holidays-parser', 'caldate'] } },
        },
      },
    ],
  },
});

import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation runs (Stryker): the unit tests without the one that spawns the `sla` command in a
// child process (a mutant lives in the test process's memory; a child process would not see it),
// and with property tests cut to fewer runs (KLOK_PROPERTY_RUNS, read by test-support/properties),
// since every surviving mutant re-runs every test that covers it.
// KLOK_MUTATION_TESTS=<folder>,… (scripts/mutation.mjs sets it for some folders) runs those folders' tests only.
const judges = process.env['KLOK_MUTATION_TESTS']?.split(',');

const merged = mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['**/node_modules/**', 'src-main/cli/sla.test.ts'],
      env: { KLOK_PROPERTY_RUNS: '25' },
    },
  }),
);
// mergeConfig joins arrays: the folders' tests replace the suite's own list rather than add to it.
if (judges && merged.test) merged.test.include = judges.map((folder) => `${folder}/**/*.test.ts`);

export default merged;

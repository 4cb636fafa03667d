import { defineConfig, mergeConfig } from 'vitest/config';
import base, { UNIT_TESTS } from './vitest.config';

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
      exclude: ['**/node_modules/**', 'src-main/cli/sla.test.ts', 'src-renderer/features/policies/**'],
      env: { KLOK_PROPERTY_RUNS: '25' },
    },
  }),
);
// One project, the root config itself, without the renderer's holiday-data tests (they need a
// project of their own, and cover nothing Stryker mutates).
if (merged.test) {
  delete merged.test.projects;
  // mergeConfig joins arrays: the folders' tests replace the suite's own list rather than add to it.
  merged.test.include = judges ? judges.map((folder) => `${folder}/**/*.test.ts`) : UNIT_TESTS;
}

export default merged;

import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation runs (Stryker): the unit tests without the one that spawns the `sla` command in a
// child process (a mutant lives in the test process's memory; a child process would not see it),
// and with property tests cut to fewer runs (KLOK_PROPERTY_RUNS, read by test-support/properties),
// since every surviving mutant re-runs every test that covers it.
// KLOK_MUTATION_TESTS=<folder> (scripts/mutation.mjs sets it for some folders) runs that folder's tests only.
const ownTests = process.env['KLOK_MUTATION_TESTS'];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      ...(ownTests ? { include: [`${ownTests}/**/*.test.ts`] } : {}),
      exclude: ['**/node_modules/**', 'src-main/cli/sla.test.ts'],
      env: { KLOK_PROPERTY_RUNS: '25' },
    },
  }),
);

// Mutation testing by folder (issue 14): `npm run test:mutation -- src-shared/calendar`.
// Each folder keeps its own incremental state (reports/mutation/<folder>.json, committed), so a
// run re-tests only the mutants whose code or tests changed since the last run of that folder.
// Without an argument it runs every folder of MUTATED_FOLDERS one after another.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

export const MUTATED_FOLDERS = [
  'src-shared/calendar',
  'src-shared/clock',
  'src-shared/desk',
  'src-shared/ipc',
  'src-shared/policy',
  'src-shared/sla-batch',
  'src-shared/ticket',
  'src-shared/time',
  'src-shared/validation',
  'src-shared/board',
  'src-shared/desk-log',
  'src-shared/consultancy',
  'src-shared/availability',
  'src-shared/phone',
  'src-shared/teamlead',
  'src-shared/sync',
  'src-renderer/store',
  'src-renderer/db',
];

/**
 * Folders whose mutants are judged by the tests of a few folders rather than the whole suite. Every
 * test of the project runs through the calendar and the ticket engine, so each of their mutants
 * re-ran hundreds of tests (an estimated nine hours for the calendar alone). The calendar's own
 * tests compare it minute by minute with an independent reference; the ticket engine's rules are
 * pinned by its own tests and the policy presets' tables, row by row from the documents.
 */
const JUDGED_BY = {
  'src-shared/calendar': ['src-shared/calendar'],
  // Time is pinned by its own property tests against Luxon (civil days, ISO instants, in twelve
  // zones) and reached by the calendar's minute-by-minute reference; every other folder reaches it
  // too, which made a rerun of its 366 changed mutants an estimated hour and a half (2026-11-30).
  'src-shared/time': ['src-shared/time', 'src-shared/calendar'],
  'src-shared/ticket': ['src-shared/ticket', 'src-shared/policy'],
  // The sync folder's code is reached by the sync engine's tests, which start real servers (about
  // 30 s a mutant); its own tests pin the paths, the digest, the backoff and the status.
  'src-shared/sync': ['src-shared/sync'],
  // The desk policies reach every ticket through the presets, so the whole suite's dry run took over
  // Stryker's 5 minutes on the loaded machine (2026-11-30). The folders whose tests import policy code:
  // its own, the desk (contract plans, desk file), the desk log (projection), the ticket engine, the
  // consultancy desks and the renderer's store (policy store, events); none of them starts a server.
  'src-shared/policy': ['src-shared/policy', 'src-shared/desk', 'src-shared/desk-log', 'src-shared/ticket', 'src-shared/consultancy', 'src-renderer/store'],
};

// Folders come first; everything from the first flag on goes to Stryker as written, values
// included (`src-shared/phone --concurrency 1`: the `1` belongs to the flag, it is not a folder).
const cli = process.argv.slice(2);
const firstFlag = cli.findIndex((a) => a.startsWith('-'));
const folders = firstFlag === -1 ? cli : cli.slice(0, firstFlag);
const extra = firstFlag === -1 ? [] : cli.slice(firstFlag);
const todo = folders.length > 0 ? folders : MUTATED_FOLDERS;
mkdirSync('reports/mutation', { recursive: true });
let failed = false;
for (const folder of todo) {
  const clean = folder.replace(/\/+$/, '');
  if (!existsSync(clean)) {
    console.error(`mutation: no folder ${clean}`);
    process.exit(2);
  }
  const slug = clean.replaceAll('/', '__');
  const args = [
    'stryker',
    'run',
    '--mutate',
    // Test code is not mutated: the tests, and their helpers (store-test-support.ts, consultancy-test-desk.ts, test-support/).
    `${clean}/**/*.ts,!${clean}/**/*.test.ts,!${clean}/**/*-test-support.ts,!${clean}/**/*-test-desk.ts,!${clean}/**/test-support/**`,
    '--incrementalFile',
    `reports/mutation/${slug}.incremental.json`,
    ...extra,
  ];
  console.log(`\n== mutation: ${clean}`);
  const judges = JUDGED_BY[clean];
  const env = judges ? { ...process.env, KLOK_MUTATION_TESTS: judges.join(',') } : process.env;
  const run = spawnSync('npx', args, { stdio: 'inherit', env });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

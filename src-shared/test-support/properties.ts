import type { Parameters } from 'fast-check';

// Test support runs in Node or Vitest only; src-shared's own types know no `process`.
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

/** The seed every property test starts from; KLOK_SEED replays another. fast-check prints it on failure. */
export const PROPERTY_SEED = Number(env['KLOK_SEED'] ?? 20_261_129);

/**
 * fast-check parameters for a property test: a fixed seed, and `numRuns` runs — capped by
 * KLOK_PROPERTY_RUNS, which mutation runs set so that each mutant costs seconds, not minutes.
 */
export function propertyRuns<T>(numRuns: number): Parameters<T> {
  const cap = Number(env['KLOK_PROPERTY_RUNS'] ?? Infinity);
  return { seed: PROPERTY_SEED, numRuns: Math.min(numRuns, cap), endOnFailure: true };
}

/**
 * Mutation runs (KLOK_PROPERTY_RUNS set) re-run every covering test for every mutant: exhaustive
 * sweeps then cover one year instead of several.
 */
export const SWEEP_END_ISO = env['KLOK_PROPERTY_RUNS'] === undefined ? '2029-01-02T00:00:00Z' : '2027-01-02T00:00:00Z';

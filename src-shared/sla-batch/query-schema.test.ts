import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_SEED, propertyRuns } from '../test-support/properties';
import { parseCommonDueQuery, query } from './query-schema';

const text = fc.oneof(
  fc.constantFrom(
    '2026-03-02T09:00:00+01:00',
    '2026-03-02T09:00Z',
    '2026-03-02T09:00:00.250-05:00',
    '2026-02-30T09:00:00Z',
    '2026-03-02 09:00',
    '1969-12-31T23:59:59Z',
    '2200-01-01T00:00:00Z',
  ),
  fc.string(),
);
const value = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1.5, 0.0001, 0.00001, -30, Infinity, Number.NaN), text, fc.constant(null));

describe('parseCommonDueQuery', () => {
  // Sometimes one key more, sometimes one missing.
  const inputs = fc
    .tuple(
      fc.record({
        op: fc.constantFrom('due', 'due', 'elapsed', 'Due'),
        calendar: fc.oneof(fc.constantFrom('scope4mation-office', 'scope4mation-office', ''), fc.integer()),
        start: text,
        minutes: fc.oneof(fc.integer({ min: -10_000, max: 10_000 }), value),
      }),
      fc.option(fc.oneof(fc.record({ extra: value }), fc.constantFrom('op', 'calendar', 'start', 'minutes')), { nil: undefined }),
    )
    .map(([q, change]) => {
      const input: Record<string, unknown> = typeof change === 'string' ? { ...q } : { ...q, ...change };
      if (typeof change === 'string') delete input[change];
      return input;
    });

  it('reads exactly what the schema reads, or leaves the query to the schema', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const fast = parseCommonDueQuery(input);
        const full = query.safeParse(input);
        if (fast !== null) expect(full).toEqual({ success: true, data: fast });
        // A query the fast reader leaves is either refused by the schema or not a plain due query.
        else expect(full.success && full.data.op === 'due' && typeof full.data.calendar === 'string').toBe(false);
      }),
      propertyRuns(3_000),
    );
  });

  it('is reached by those inputs, not only the schema', () => {
    // A sample of its own: mutation runs cut the property above to a few runs (KLOK_PROPERTY_RUNS).
    const sample = fc.sample(inputs, { seed: PROPERTY_SEED, numRuns: 3_000 });
    expect(sample.filter((input) => parseCommonDueQuery(input) !== null).length).toBeGreaterThan(0);
  });

  it('reads the common query, and leaves a bad start, an extra key or another op to the schema', () => {
    const due = { op: 'due', calendar: 'scope4mation-office', start: '2026-03-02T09:00:00+01:00', minutes: 90 };
    expect(parseCommonDueQuery(due)).toEqual({ op: 'due', calendar: 'scope4mation-office', start: 1_772_438_400_000, minutes: 90 });
    expect(parseCommonDueQuery({ ...due, start: '2026-03-02T09:00:00' })).toBeNull();
    expect(parseCommonDueQuery({ ...due, note: 'x' })).toBeNull();
    expect(parseCommonDueQuery({ ...due, op: 'elapsed' })).toBeNull();
    expect(parseCommonDueQuery({ ...due, minutes: 1.00001 })).toBeNull();
    expect(parseCommonDueQuery({ ...due, calendar: { zone: 'Europe/Amsterdam' } })).toBeNull();
    expect(parseCommonDueQuery(null)).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../test-support/properties';
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
  it('reads exactly what the schema reads, or leaves the query to the schema', () => {
    let read = 0;
    fc.assert(
      fc.property(
        fc.record({
          op: fc.constantFrom('due', 'due', 'elapsed', 'Due'),
          calendar: fc.oneof(fc.constantFrom('scope4mation-office', 'scope4mation-office', ''), fc.integer()),
          start: text,
          minutes: fc.oneof(fc.integer({ min: -10_000, max: 10_000 }), value),
        }),
        fc.option(fc.oneof(fc.record({ extra: value }), fc.constantFrom('op', 'calendar', 'start', 'minutes')), { nil: undefined }),
        (q, change) => {
          // Sometimes one key more, sometimes one missing.
          const input: Record<string, unknown> = typeof change === 'string' ? { ...q } : { ...q, ...change };
          if (typeof change === 'string') delete input[change];
          const fast = parseCommonDueQuery(input);
          const full = query.safeParse(input);
          if (fast !== null) {
            read += 1;
            expect(full).toEqual({ success: true, data: fast });
          }
          // A query the fast reader leaves is either refused by the schema or not a plain due query.
          else if (full.success) expect(full.data.op !== 'due' || typeof full.data.calendar !== 'string').toBe(true);
        },
      ),
      propertyRuns(3_000),
    );
    // The generator reaches the fast reader, not only the schema.
    expect(read).toBeGreaterThan(0);
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

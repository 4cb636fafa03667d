import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, calendars, HOUR } from '../test-support/instants';
import { propertyRuns } from '../test-support/properties';

const ids = ['scope4mation-office', 'connect-engage-business', 'konneqt-americas-12x5', 'konneqt-enterprise-8x5', '24x7'];
const from = at('2025-12-20T00:00:00Z');
const to = at('2027-03-01T00:00:00Z');
// Starts anywhere in the range, to the second; durations up to 40 business hours, to the second.
const start = fc.integer({ min: from, max: to }).map((t) => t - (t % 1000));
const duration = fc.integer({ min: 0, max: 40 * 3600 }).map((s) => s * 1000);
const calendarId = fc.constantFrom(...ids);

describe('the laws of business time', () => {
  it('elapsed(s, due(s, m)) = m', () => {
    fc.assert(
      fc.property(calendarId, start, duration, (id, s, m) => {
        const cal = calendars.get(id);
        expect(cal.workingTimeBetween(s, cal.addWorkingTime(s, m))).toBe(m);
      }),
      propertyRuns(400),
    );
  });

  it('due never decreases as m grows', () => {
    fc.assert(
      fc.property(calendarId, start, duration, duration, (id, s, a, b) => {
        const cal = calendars.get(id);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkingTime(s, lo)).toBeLessThanOrEqual(cal.addWorkingTime(s, hi));
      }),
      propertyRuns(400),
    );
  });

  it('due(due(s, a), b) = due(s, a + b)', () => {
    fc.assert(
      fc.property(calendarId, start, duration, duration, (id, s, a, b) => {
        const cal = calendars.get(id);
        expect(cal.addWorkingTime(cal.addWorkingTime(s, a), b)).toBe(cal.addWorkingTime(s, a + b));
      }),
      propertyRuns(400),
    );
  });

  it('going back undoes going forward from a working moment', () => {
    fc.assert(
      fc.property(calendarId, start, duration, (id, s, m) => {
        const cal = calendars.get(id);
        const origin = cal.nextWorkingMoment(s);
        const there = cal.addWorkingTime(origin, m + 1000);
        expect(cal.addWorkingTime(there, -(m + 1000))).toBe(origin);
      }),
      propertyRuns(300),
    );
  });

  it('elapsed is additive over a split point', () => {
    fc.assert(
      fc.property(calendarId, start, start, start, (id, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        const cal = calendars.get(id);
        expect(cal.workingTimeBetween(a, b) + cal.workingTimeBetween(b, c)).toBe(cal.workingTimeBetween(a, c));
      }),
      propertyRuns(300),
    );
  });

  it('never counts more than the wall-clock time', () => {
    fc.assert(
      fc.property(calendarId, start, fc.integer({ min: 0, max: 200 * HOUR }), (id, s, span) => {
        const worked = calendars.get(id).workingTimeBetween(s, s + span);
        expect(worked).toBeGreaterThanOrEqual(0);
        expect(worked).toBeLessThanOrEqual(span);
      }),
      propertyRuns(300),
    );
  });
});

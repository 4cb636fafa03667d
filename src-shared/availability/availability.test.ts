import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, HOUR, MINUTE } from '../test-support/instants';
import { propertyRuns } from '../test-support/properties';
import { availabilityOf, type Outage } from './availability';
import { periodOf } from './availability-period';
import { connectEngageAvailability, SCOPE4MATION_AVAILABILITY } from './availability-rules';

const march = periodOf('2026-03')!.interval;
const q1 = periodOf('2026-Q1')!.interval;
const outage = (from: string, to: string, scope: 'complete' | 'partial' = 'complete', trunk?: string): Outage => ({
  start: at(from),
  end: at(to),
  scope,
  ...(trunk ? { trunk } : {}),
});
const s4m = (outages: Outage[], exclusions: { start: number; end: number }[] = []) => availabilityOf(march, outages, exclusions, SCOPE4MATION_AVAILABILITY);

describe('periodOf', () => {
  it.each([
    ['2026-03', 743], // the clocks go forward on Sunday 29 March
    ['2026-10', 745], // and back on Sunday 25 October
    ['2026-02', 672],
    ['2026-Q1', 2159], // 90 days less the hour of 29 March
    ['2026-Q4', 2209], // 92 days and the extra hour of 25 October
  ])('%s lasts %i hours, from local midnight to local midnight in Amsterdam', (name, hours) => {
    const p = periodOf(name)!;
    expect((p.interval.end - p.interval.start) / HOUR).toBe(hours);
  });

  it('starts at midnight in Amsterdam', () => {
    expect(march.start).toBe(at('2026-03-01T00:00:00+01:00')); // Sunday
    expect(march.end).toBe(at('2026-04-01T00:00:00+02:00')); // Wednesday
  });

  it.each(['1970-01', '2199-12', '1970-Q1', '2199-Q4'])('takes %j, at the edges of 1970–2199', (name) => {
    expect(periodOf(name)).not.toBeNull();
  });

  it('starts 1970 and ends 2199 at midnight in Amsterdam', () => {
    expect(periodOf('1970-01')?.interval.start).toBe(at('1970-01-01T00:00:00+01:00'));
    expect(periodOf('2199-Q4')?.interval.end).toBe(at('2200-01-01T00:00:00+01:00'));
  });

  it.each(['2026-13', '2026-3', '2026-Q5', '26-03', '1969-12', '2200-01', 'March', '12026-03', '2026-031', '2026-03 ', '12026-Q1', '2026-Q12', 'x2026-Q1'])(
    'refuses %j',
    (name) => {
      expect(periodOf(name)).toBeNull();
    },
  );
});

describe('the rules, from SPEC §7', () => {
  it('measures Scope4mation per calendar month against 99.99 %, from 5 continuous minutes, exclusions not shrinking the month', () => {
    expect(SCOPE4MATION_AVAILABILITY).toEqual({ period: 'month', targetBp: 9999, minStretchMs: 300_000, isExcludedFromDenominator: false });
  });

  it.each([
    ['business_messaging', 9999],
    ['voice', 9999],
    ['service_cloud', 9990],
    ['marketing_cloud', 9990],
    ['conversational_ai_cloud', 9990],
  ] as const)('measures Connect & Engage %s per quarter against %i bp, every minute counting, excluded time out of the quarter', (category, targetBp) => {
    expect(connectEngageAvailability(category)).toEqual({ period: 'quarter', targetBp, minStretchMs: 0, isExcludedFromDenominator: true });
  });
});

describe('Scope4mation, per calendar month', () => {
  it('does not count a 4-minute outage: downtime needs 5 continuous minutes', () => {
    expect(s4m([outage('2026-03-10T10:00:00+01:00', '2026-03-10T10:04:00+01:00')])).toMatchObject({ downtimeMs: 0, met: true, availability: 100 });
  });

  it('counts a 5-minute outage whole, and misses 99.99 % (a 743-hour month allows 4 min 27.48 s)', () => {
    const r = s4m([outage('2026-03-10T10:00:00+01:00', '2026-03-10T10:05:00+01:00')]); // Tuesday
    expect(r).toMatchObject({ totalMs: 743 * HOUR, downtimeMs: 5 * MINUTE, met: false, budgetLeftMs: 267_480 - 300_000 });
    expect(r.availability).toBeCloseTo(((743 * HOUR - 5 * MINUTE) / (743 * HOUR)) * 100, 10);
  });

  it('joins two touching 3-minute outages into one 6-minute stretch', () => {
    const r = s4m([outage('2026-03-10T10:00:00+01:00', '2026-03-10T10:03:00+01:00'), outage('2026-03-10T10:03:00+01:00', '2026-03-10T10:06:00+01:00')]);
    expect(r.downtimeMs).toBe(6 * MINUTE);
  });

  it('never counts a partial outage', () => {
    expect(s4m([outage('2026-03-10T10:00:00+01:00', '2026-03-10T12:00:00+01:00', 'partial')]).downtimeMs).toBe(0);
  });

  it('takes announced maintenance out, and judges what is left on its own', () => {
    const maintenance = { start: at('2026-03-10T10:02:00+01:00'), end: at('2026-03-10T10:30:00+01:00') };
    // 10:00–10:34 down, maintenance 10:02–10:30: 2 min before and 4 min after, neither 5 min long.
    expect(s4m([outage('2026-03-10T10:00:00+01:00', '2026-03-10T10:34:00+01:00')], [maintenance])).toMatchObject({ downtimeMs: 0, met: true });
    // Exclusions do not shrink the month.
    expect(s4m([], [maintenance]).totalMs).toBe(743 * HOUR);
  });

  it('judges a stretch across the month edge whole, and counts only the part inside the month', () => {
    // 3 minutes in February, 3 in March: one 6-minute stretch; March's share is 3 minutes.
    const r = s4m([outage('2026-02-28T23:57:00+01:00', '2026-03-01T00:03:00+01:00')]);
    expect(r.downtimeMs).toBe(3 * MINUTE);
  });

  it('meets the target with exactly the budget and misses it with one millisecond more', () => {
    // A 30-day month of 720 h allows 259,200 ms; the minimum stretch does not apply to budgets.
    const april = periodOf('2026-04')!.interval;
    const rule = { ...SCOPE4MATION_AVAILABILITY, minStretchMs: 0 };
    const start = at('2026-04-10T10:00:00+02:00');
    expect(availabilityOf(april, [{ start, end: start + 259_200, scope: 'complete' }], [], rule)).toMatchObject({ met: true, budgetLeftMs: 0 });
    expect(availabilityOf(april, [{ start, end: start + 259_201, scope: 'complete' }], [], rule)).toMatchObject({ met: false, budgetLeftMs: -1 });
  });
});

describe('Connect & Engage, per quarter', () => {
  it('counts every minute of a complete outage, and takes excluded time out of the quarter', () => {
    const maintenance = { start: at('2026-02-01T02:00:00+01:00'), end: at('2026-02-01T06:00:00+01:00') };
    const r = availabilityOf(q1, [outage('2026-02-10T10:00:00+01:00', '2026-02-10T10:03:00+01:00')], [maintenance], connectEngageAvailability('service_cloud'));
    expect(r).toMatchObject({ totalMs: 2159 * HOUR, excludedMs: 4 * HOUR, downtimeMs: 3 * MINUTE, met: true });
    expect(r.budgetLeftMs).toBe(Math.floor((2155 * HOUR) / 1000) - 3 * MINUTE);
  });

  it('counts Voice as down only while every measured trunk is down', () => {
    const trunks = ['ams-1', 'ams-2'];
    const rule = connectEngageAvailability('voice');
    const oneTrunk = [outage('2026-02-10T10:00:00+01:00', '2026-02-10T11:00:00+01:00', 'complete', 'ams-1')];
    expect(availabilityOf(q1, oneTrunk, [], rule, trunks).downtimeMs).toBe(0);
    const both = [...oneTrunk, outage('2026-02-10T10:30:00+01:00', '2026-02-10T12:00:00+01:00', 'complete', 'ams-2')];
    expect(availabilityOf(q1, both, [], rule, trunks).downtimeMs).toBe(30 * MINUTE);
    // With three trunks, two of them down is not down: the third still carries calls.
    const threeTrunks = ['ams-1', 'ams-2', 'ams-3'];
    const twoOfThree = [
      outage('2026-02-10T10:00:00+01:00', '2026-02-10T11:00:00+01:00', 'complete', 'ams-1'),
      outage('2026-02-10T10:00:00+01:00', '2026-02-10T11:00:00+01:00', 'complete', 'ams-2'),
    ];
    expect(availabilityOf(q1, twoOfThree, [], rule, threeTrunks).downtimeMs).toBe(0);
    // An outage that names no trunk hits them all.
    expect(availabilityOf(q1, [outage('2026-02-10T10:00:00+01:00', '2026-02-10T10:10:00+01:00')], [], rule, trunks).downtimeMs).toBe(10 * MINUTE);
  });

  it('is 100 % when the whole quarter is excluded', () => {
    expect(availabilityOf(q1, [outage('2026-02-10T10:00:00+01:00', '2026-02-10T11:00:00+01:00')], [q1], connectEngageAvailability('voice'))).toMatchObject({
      availability: 100,
      met: true,
    });
  });
});

describe('the arithmetic', () => {
  const minute = fc.integer({ min: 0, max: 743 * 60 });
  const outages = fc.array(fc.tuple(minute, fc.integer({ min: 1, max: 30 }), fc.boolean()), { maxLength: 12 });
  const toOutages = (list: [number, number, boolean][]): Outage[] =>
    list.map(([m, len, isComplete]) => ({
      start: march.start + m * MINUTE,
      end: march.start + (m + len) * MINUTE,
      scope: isComplete ? 'complete' : 'partial',
    }));

  it('gives the same answer in any order, never more downtime than the month, and never more after an exclusion is added', () => {
    fc.assert(
      fc.property(outages, minute, fc.integer({ min: 1, max: 120 }), (list, exFrom, exLength) => {
        const o = toOutages(list);
        const r = s4m(o);
        expect(s4m([...o].reverse())).toEqual(r);
        expect(r.downtimeMs).toBeLessThanOrEqual(r.totalMs);
        expect(r.met).toBe(r.budgetLeftMs >= 0);
        const excluded = s4m(o, [{ start: march.start + exFrom * MINUTE, end: march.start + (exFrom + exLength) * MINUTE }]);
        expect(excluded.downtimeMs).toBeLessThanOrEqual(r.downtimeMs);
      }),
      propertyRuns(300),
    );
  });

  it('does not change when an outage is split in two touching halves', () => {
    fc.assert(
      fc.property(minute, fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 29 }), (m, len, cut) => {
        fc.pre(cut < len);
        const start = march.start + m * MINUTE;
        const whole = s4m([{ start, end: start + len * MINUTE, scope: 'complete' }]);
        const split = s4m([
          { start, end: start + cut * MINUTE, scope: 'complete' },
          { start: start + cut * MINUTE, end: start + len * MINUTE, scope: 'complete' },
        ]);
        expect(split).toEqual(whole);
      }),
      propertyRuns(300),
    );
  });
});

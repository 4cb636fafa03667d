import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayRulesOf } from './day-plan';
import { WorkingTimeline } from './working-timeline';

// Expected values are worked out by hand from the Gregorian calendar, not taken from the code:
// 1 January 2025 is a Wednesday, 2026 a Thursday, 2027 a Friday; each of these years has 365 days
// and so 261 weekdays (52 whole weeks and one extra weekday).
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const utc = (y: number, m = 1, d = 1, h = 0) => DateTime.utc(y, m, d, h).toMillis();
const isoUtc = (ms: number) => DateTime.fromMillis(ms, { zone: 'utc' }).toISO();
const WEEKDAYS_9_TO_5 = {
  mon: [['09:00', '17:00']],
  tue: [['09:00', '17:00']],
  wed: [['09:00', '17:00']],
  thu: [['09:00', '17:00']],
  fri: [['09:00', '17:00']],
} as const;
const ALL_DAY = ['00:00', '24:00'] as const;
const ROUND_THE_CLOCK = { mon: [ALL_DAY], tue: [ALL_DAY], wed: [ALL_DAY], thu: [ALL_DAY], fri: [ALL_DAY], sat: [ALL_DAY], sun: [ALL_DAY] };

const officeHours = () => new WorkingTimeline(dayRulesOf({ zone: 'UTC', week: WEEKDAYS_9_TO_5 }));
const allDay = () => new WorkingTimeline(dayRulesOf({ zone: 'UTC', week: ROUND_THE_CLOCK }));
/** The planned range as [first window start, last window end). */
const range = (t: WorkingTimeline) => [isoUtc(t.starts[0] as number), isoUtc(t.ends[t.count - 1] as number)];

describe('WorkingTimeline.cover', () => {
  it('plans the years of the range and no more, in the calendar zone', () => {
    const t = officeHours();
    t.cover(utc(2026, 6, 15));
    expect(range(t)).toEqual(['2026-01-01T09:00:00.000Z', '2026-12-31T17:00:00.000Z']);
    expect(t.count).toBe(261);
    expect(t.total).toBe(261 * 8 * HOUR);
    expect(t.averagePerYear).toBe(261 * 8 * HOUR);
    const u = officeHours();
    u.cover(utc(2025, 6, 1), utc(2026, 6, 1));
    expect(range(u)).toEqual(['2025-01-01T09:00:00.000Z', '2026-12-31T17:00:00.000Z']);
    expect(u.count).toBe(2 * 261);
  });

  it('reads the years in the calendar zone, not the machine zone (Chatham is already in the next year)', () => {
    const t = officeHours();
    t.cover(utc(2026, 12, 31, 12)); // 2027-01-01 01:45 in Pacific/Chatham
    expect(range(t)).toEqual(['2026-01-01T09:00:00.000Z', '2026-12-31T17:00:00.000Z']);
    const u = officeHours();
    u.cover(utc(2025, 6, 1), utc(2026, 12, 31, 12));
    expect(range(u)).toEqual(['2025-01-01T09:00:00.000Z', '2026-12-31T17:00:00.000Z']);
  });

  it('leaves the plan alone for a range already inside it, up to its very edges', () => {
    const t = officeHours();
    t.cover(utc(2026, 6, 15));
    t.cover(utc(2026, 1, 1), utc(2027, 1, 1) - 1); // from the first planned instant to the last one
    t.cover(utc(2026, 3, 1));
    expect(range(t)).toEqual(['2026-01-01T09:00:00.000Z', '2026-12-31T17:00:00.000Z']);
  });

  it('extends the plan for a range ending at the first instant after it (that instant is in 2027)', () => {
    const t = officeHours();
    t.cover(utc(2026, 6, 15));
    t.cover(utc(2026, 6, 15), utc(2027, 1, 1));
    expect(range(t)).toEqual(['2026-01-01T09:00:00.000Z', '2027-12-31T17:00:00.000Z']);
  });

  it('extends the plan for a range within three years after it', () => {
    const t = officeHours();
    t.cover(utc(2026, 6, 15)); // 2026
    t.cover(utc(2029, 6, 1)); // 2029 = 2026 + 3: near
    expect(range(t)).toEqual(['2026-01-01T09:00:00.000Z', '2029-12-31T17:00:00.000Z']);
  });

  it('replaces the plan for a range more than three years after it', () => {
    const t = officeHours();
    t.cover(utc(2026, 6, 15)); // 2026
    t.cover(utc(2030, 6, 1)); // 2030 = 2026 + 4: far
    expect(range(t)).toEqual(['2030-01-01T09:00:00.000Z', '2030-12-31T17:00:00.000Z']);
  });

  it('extends the plan for a range within three years before it', () => {
    const t = officeHours();
    t.cover(utc(2026, 6, 15)); // 2026
    t.cover(utc(2023, 6, 1)); // 2023 = 2026 - 3: near
    expect(range(t)).toEqual(['2023-01-02T09:00:00.000Z', '2026-12-31T17:00:00.000Z']); // 1 January 2023 is a Sunday
  });

  it('replaces the plan for a range more than three years before it', () => {
    const t = officeHours();
    t.cover(utc(2026, 6, 15)); // 2026
    t.cover(utc(2022, 6, 1)); // 2022 = 2026 - 4: far
    expect(range(t)).toEqual(['2022-01-03T09:00:00.000Z', '2022-12-30T17:00:00.000Z']); // 1 January and 31 December 2022 are Saturdays
  });

  it('plans just the year of a first range even in the first years of the era', () => {
    const t = allDay();
    t.cover(utc(2, 6, 1)); // June of year 2 AD
    expect(DateTime.fromMillis(t.starts[0] as number, { zone: 'utc' }).year).toBe(2);
    expect(t.total).toBe(365 * DAY);
  });
});

describe('WorkingTimeline.extendForward / extendBackward', () => {
  it('plans whole years more, at least one', () => {
    const t = officeHours();
    t.cover(utc(2026, 6, 15)); // 2026
    expect(t.extendForward(2.5)).toBe(true);
    expect(range(t)[1]).toBe('2029-12-31T17:00:00.000Z');
    expect(t.extendForward(0.1)).toBe(true);
    expect(range(t)[1]).toBe('2030-12-31T17:00:00.000Z');
    expect(t.extendBackward(2.5)).toBe(true);
    expect(range(t)[0]).toBe('2023-01-02T09:00:00.000Z'); // 1 January 2023 is a Sunday
    expect(t.extendBackward(0.1)).toBe(true);
    expect(range(t)[0]).toBe('2022-01-03T09:00:00.000Z'); // 1 and 2 January 2022 are a weekend
  });

  it('stops at year 9000 and at year 1900', () => {
    const late = allDay();
    late.cover(utc(9000, 6, 1));
    expect(late.extendForward(1)).toBe(false);
    expect(range(late)[1]).toBe(isoUtc(utc(9001, 1, 1)));
    const nearlyLate = allDay();
    nearlyLate.cover(utc(8998, 6, 1));
    expect(nearlyLate.extendForward(5)).toBe(true);
    expect(range(nearlyLate)[1]).toBe(isoUtc(utc(9001, 1, 1)));

    const early = allDay();
    early.cover(utc(1900, 6, 1));
    expect(early.extendBackward(1)).toBe(false);
    expect(range(early)[0]).toBe('1900-01-01T00:00:00.000Z');
    const nearlyEarly = allDay();
    nearlyEarly.cover(utc(1902, 6, 1));
    expect(nearlyEarly.extendBackward(5)).toBe(true);
    expect(range(nearlyEarly)[0]).toBe('1900-01-01T00:00:00.000Z');
  });
});

describe('WorkingTimeline windows', () => {
  it('has no working time and an average of 0 before anything is planned', () => {
    const t = officeHours();
    expect(t.count).toBe(0);
    expect(t.total).toBe(0);
    expect(t.averagePerYear).toBe(0);
  });

  it('joins windows that touch across midnight into one', () => {
    const t = allDay();
    t.cover(utc(2025, 6, 15), utc(2027, 6, 15));
    expect(t.count).toBe(1);
    expect(range(t)).toEqual(['2025-01-01T00:00:00.000Z', '2028-01-01T00:00:00.000Z']);
    expect(t.total).toBe(3 * 365 * DAY);
  });

  it('finds the last window starting at or before an instant, or -1', () => {
    const t = officeHours();
    t.cover(utc(2025, 6, 15));
    expect(t.indexAtOrBefore(utc(2025, 1, 1, 8))).toBe(-1);
    expect(t.indexAtOrBefore(utc(2025, 1, 1, 9))).toBe(0);
    expect(t.indexAtOrBefore(utc(2025, 1, 2, 9))).toBe(1); // Thursday 2 January, at its opening
    expect(t.indexAtOrBefore(utc(2025, 1, 2, 8))).toBe(0);
    expect(t.cumulativeAt(utc(2025, 1, 1, 8))).toBe(0);
    expect(t.cumulativeAt(utc(2025, 1, 2, 10))).toBe(9 * HOUR);
  });

  it('clips windows to a range and leaves out those that only touch it', () => {
    const t = officeHours();
    t.cover(utc(2025, 6, 15));
    // Wednesday 1 January 2025, 00:00 (before the first window) to Thursday's opening
    expect(t.windowsBetween(utc(2025, 1, 1), utc(2025, 1, 2, 9))).toEqual([{ start: utc(2025, 1, 1, 9), end: utc(2025, 1, 1, 17) }]);
    // from Wednesday's closing to Thursday noon
    expect(t.windowsBetween(utc(2025, 1, 1, 17), utc(2025, 1, 2, 12))).toEqual([{ start: utc(2025, 1, 2, 9), end: utc(2025, 1, 2, 12) }]);
  });

  it('lists the local days of the calendar zone that overlap a range', () => {
    const t = officeHours();
    t.cover(utc(2026, 3, 2));
    expect(t.daysBetween(utc(2026, 3, 2), utc(2026, 3, 3)).map((d) => d.date)).toEqual(['2026-03-02']);
    expect(t.daysBetween(utc(2026, 3, 2, 23), utc(2026, 3, 3, 1)).map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03']);
    // in Pacific/Chatham (the machine's zone) this range is already in 2027
    expect(t.daysBetween(utc(2026, 12, 31, 12), utc(2027, 1, 1)).map((d) => d.date)).toEqual(['2026-12-31']);
  });

  it('keeps the days after a date the zone skipped (Samoa went from 29 to 31 December 2011)', () => {
    const t = new WorkingTimeline(dayRulesOf({ zone: 'Pacific/Apia', week: WEEKDAYS_9_TO_5 }));
    // 2011-12-29 12:00 at UTC-10 to 2012-01-01 12:00 at UTC+14
    const days = t.daysBetween(utc(2011, 12, 29, 22), utc(2011, 12, 31, 22));
    expect(days.map((d) => d.date)).toEqual(['2011-12-29', '2011-12-31', '2012-01-01']);
  });
});

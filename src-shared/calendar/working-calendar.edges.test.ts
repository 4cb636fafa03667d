import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './working-calendar';

// Round the clock in UTC: working time is plain elapsed time, so expectations are calendar arithmetic.
const ALL_DAY = [['00:00', '24:00']] as const;
const always = () =>
  new WorkingCalendar({ zone: 'UTC', week: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY } });
const office = () => new WorkingCalendar({ zone: 'UTC', week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } });
const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();
const DAY = 86_400_000;

describe('WorkingCalendar at its edges', () => {
  it('moves an instant outside working time to the next opening', () => {
    expect(office().nextWorkingMoment(utc('2026-03-02T22:00'))).toBe(utc('2026-03-03T09:00')); // Mon night → Tue
  });

  it('has no windows and no days in an empty range', () => {
    const cal = office();
    const t = utc('2026-03-02T10:00');
    expect(cal.windowsBetween(t, t)).toEqual([]);
    expect(cal.daysBetween(t, t)).toEqual([]);
  });

  it('counts years of working time forward and backward, planning the years it needs', () => {
    // 2026–2030 has one leap day (2028): 5 × 365 days end on 31 December 2030; 2021–2025 also has one (2024)
    expect(always().addWorkingTime(utc('2026-01-01T00:00'), 5 * 365 * DAY)).toBe(utc('2030-12-31T00:00'));
    expect(always().addWorkingTime(utc('2026-01-01T00:00'), -5 * 365 * DAY)).toBe(utc('2021-01-02T00:00'));
  });

  it('counts seventy years of working time, planning them in large steps (year by year would give up after 64 steps)', () => {
    // 2000–2069 has 18 leap days (2000, 2004, …, 2068): 70 × 365 + 18 = 25,568 days.
    expect(always().addWorkingTime(utc('2000-01-01T00:00'), 25_568 * DAY)).toBe(utc('2070-01-01T00:00'));
    expect(always().addWorkingTime(utc('2070-01-01T00:00'), -25_568 * DAY)).toBe(utc('2000-01-01T00:00'));
  });

  it('counts three years of a two-day week past the years first planned, forward and backward', () => {
    // 156 weeks of Monday and Tuesday 09:00–17:00 (16 h a week) from Monday 2 March 2026 09:00
    // end on Tuesday 20 February 2029 at 17:00, the 156th Tuesday.
    const hours156Weeks = 156 * 16 * 3_600_000;
    expect(office().addWorkingTime(utc('2026-03-02T09:00'), hours156Weeks)).toBe(utc('2029-02-20T17:00'));
    expect(office().addWorkingTime(utc('2029-02-20T17:00'), -hours156Weeks)).toBe(utc('2026-03-02T09:00'));
  });

  it('refuses to count past the last year it plans (9000) or before the first (1900), naming the calendar', () => {
    const start = utc('8998-06-01T00:00');
    expect(() => always().addWorkingTime(start, 5 * 366 * DAY)).toThrow(
      new RangeError(`calendar inline has no working time left to count ${5 * 366 * DAY} ms from ${start}`),
    );
    expect(() => always().addWorkingTime(utc('1902-06-01T00:00'), -5 * 366 * DAY)).toThrow(/^calendar inline has no working time left/);
  });
});

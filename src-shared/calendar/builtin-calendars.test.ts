import { describe, expect, it } from 'vitest';
import { at, calendars, HOUR, iso } from '../test-support/instants';
import { BUILTIN_CALENDARS } from './builtin-calendars';
import type { CalendarSpec, WindowSpec } from './calendar-spec';

// The five calendars of SPEC.md §1–§5, pinned as data and through behaviour. Expected values come
// from the documents and SPEC §5 (zones, Dutch and US public holidays), never from the code.

const weekdays = (window: WindowSpec): CalendarSpec['week'] => ({ mon: [window], tue: [window], wed: [window], thu: [window], fri: [window] });
const ALL_DAY: WindowSpec = ['00:00', '24:00'];

/** The calendar's data as a desk sees it, without names and explanations. */
const dataOf = (id: string) => {
  const spec = BUILTIN_CALENDARS[id];
  return spec && { id: spec.id, zone: spec.zone, week: spec.week, holidays: spec.holidays, closures: spec.closures, businessDay: spec.businessDay };
};

/** Working time of one calendar between two ISO instants. */
const worked = (id: string, from: string, to: string): number => calendars.get(id).workingTimeBetween(at(from), at(to));

/** The working windows of one calendar between two ISO instants, in the calendar's zone. */
const windows = (id: string, from: string, to: string): string[][] => {
  const cal = calendars.get(id);
  return cal.windowsBetween(at(from), at(to)).map((w) => [iso(w.start, cal.zone), iso(w.end, cal.zone)]);
};

describe('the built-in calendars', () => {
  it('are exactly the five of SPEC.md', () => {
    expect(Object.keys(BUILTIN_CALENDARS).sort()).toEqual([
      '24x7',
      'connect-engage-business',
      'konneqt-americas-12x5',
      'konneqt-enterprise-8x5',
      'scope4mation-office',
    ]);
  });

  it.each(Object.keys(BUILTIN_CALENDARS))('file %s under its own id', (id) => {
    expect(BUILTIN_CALENDARS[id]?.id).toBe(id);
  });

  describe('scope4mation-office (Mon–Fri 08:30–16:30 Europe/Amsterdam, Dutch public holidays)', () => {
    const ID = 'scope4mation-office';
    it('holds that data', () => {
      expect(dataOf(ID)).toEqual({ id: ID, zone: 'Europe/Amsterdam', week: weekdays(['08:30', '16:30']), holidays: { country: 'NL', types: ['public'] } });
    });
    it('shows its reading of "GMT+1" as an assumption', () => {
      expect(BUILTIN_CALENDARS[ID]?.assumption).toContain('Europe/Amsterdam');
    });
    it('has an 8-hour business day', () => {
      expect(calendars.get(ID).businessDayMs).toBe(8 * HOUR);
    });
    it('counts 40 hours in an ordinary week', () => {
      expect(worked(ID, '2026-03-02T00:00:00+01:00', '2026-03-09T00:00:00+01:00')).toBe(40 * HOUR); // Mon → Mon
    });
    it('opens 08:30–16:30 in winter time', () => {
      expect(windows(ID, '2026-03-02T00:00:00+01:00', '2026-03-03T00:00:00+01:00')).toEqual([['2026-03-02T08:30:00+01:00', '2026-03-02T16:30:00+01:00']]); // Mon
    });
    it('opens 08:30–16:30 local in summer time too', () => {
      expect(windows(ID, '2026-07-06T00:00:00+02:00', '2026-07-07T00:00:00+02:00')).toEqual([['2026-07-06T08:30:00+02:00', '2026-07-06T16:30:00+02:00']]); // Mon
    });
    it('is closed at the weekend', () => {
      expect(worked(ID, '2026-03-07T00:00:00+01:00', '2026-03-09T00:00:00+01:00')).toBe(0); // Sat → Mon
    });
    it("is closed on King's Day (Mon 2026-04-27)", () => {
      expect(worked(ID, '2026-04-27T00:00:00+02:00', '2026-04-28T00:00:00+02:00')).toBe(0);
    });
    it('is closed on Christmas Day (Fri 2026-12-25)', () => {
      expect(worked(ID, '2026-12-25T00:00:00+01:00', '2026-12-26T00:00:00+01:00')).toBe(0);
    });
    it('is open on Good Friday (Fri 2026-04-03), not a Dutch public holiday', () => {
      expect(worked(ID, '2026-04-03T00:00:00+02:00', '2026-04-04T00:00:00+02:00')).toBe(8 * HOUR);
    });
    it('is open on Liberation Day (Tue 2026-05-05), not a Dutch public holiday', () => {
      expect(worked(ID, '2026-05-05T00:00:00+02:00', '2026-05-06T00:00:00+02:00')).toBe(8 * HOUR);
    });
  });

  describe('connect-engage-business (Mon–Fri 08:30–17:00 Europe/Amsterdam, Dutch holidays, business day 8 h)', () => {
    const ID = 'connect-engage-business';
    it('holds that data', () => {
      expect(dataOf(ID)).toEqual({
        id: ID,
        zone: 'Europe/Amsterdam',
        week: weekdays(['08:30', '17:00']),
        holidays: { country: 'NL', types: ['public'] },
        businessDay: '8h',
      });
    });
    it('has an 8-hour business day, though its window is 8.5 hours', () => {
      expect(calendars.get(ID).businessDayMs).toBe(8 * HOUR);
    });
    it('counts 42.5 hours in an ordinary week', () => {
      expect(worked(ID, '2026-03-02T00:00:00+01:00', '2026-03-09T00:00:00+01:00')).toBe(42.5 * HOUR); // Mon → Mon
    });
    it('opens 08:30–17:00 Central European Time', () => {
      expect(windows(ID, '2026-03-02T00:00:00+01:00', '2026-03-03T00:00:00+01:00')).toEqual([['2026-03-02T08:30:00+01:00', '2026-03-02T17:00:00+01:00']]); // Mon
    });
    it('opens 08:30–17:00 Central European Summer Time', () => {
      expect(windows(ID, '2026-07-06T00:00:00+02:00', '2026-07-07T00:00:00+02:00')).toEqual([['2026-07-06T08:30:00+02:00', '2026-07-06T17:00:00+02:00']]); // Mon
    });
    it('is closed at the weekend', () => {
      expect(worked(ID, '2026-03-07T00:00:00+01:00', '2026-03-09T00:00:00+01:00')).toBe(0); // Sat → Mon
    });
    it("is closed on King's Day (Mon 2026-04-27)", () => {
      expect(worked(ID, '2026-04-27T00:00:00+02:00', '2026-04-28T00:00:00+02:00')).toBe(0);
    });
    it('is closed on Whit Monday (2026-05-25)', () => {
      expect(worked(ID, '2026-05-25T00:00:00+02:00', '2026-05-26T00:00:00+02:00')).toBe(0);
    });
  });

  describe('konneqt-americas-12x5 (Mon–Fri 08:00–20:00 at UTC−3, US public holidays)', () => {
    const ID = 'konneqt-americas-12x5';
    it('holds that data', () => {
      expect(dataOf(ID)).toEqual({ id: ID, zone: 'UTC-3', week: weekdays(['08:00', '20:00']), holidays: { country: 'US', types: ['public'] } });
    });
    it('has a 12-hour business day', () => {
      expect(calendars.get(ID).businessDayMs).toBe(12 * HOUR);
    });
    it('counts 60 hours in an ordinary week', () => {
      expect(worked(ID, '2026-03-02T00:00:00-03:00', '2026-03-09T00:00:00-03:00')).toBe(60 * HOUR); // Mon → Mon
    });
    it('opens 08:00–20:00 at UTC−3 in March', () => {
      expect(windows(ID, '2026-03-02T00:00:00-03:00', '2026-03-03T00:00:00-03:00')).toEqual([['2026-03-02T08:00:00-03:00', '2026-03-02T20:00:00-03:00']]); // Mon
    });
    it('keeps 08:00–20:00 at UTC−3 in July (a fixed offset, no daylight saving)', () => {
      expect(windows(ID, '2026-07-06T00:00:00-03:00', '2026-07-07T00:00:00-03:00')).toEqual([['2026-07-06T08:00:00-03:00', '2026-07-06T20:00:00-03:00']]); // Mon
    });
    it('is closed at the weekend', () => {
      expect(worked(ID, '2026-03-07T00:00:00-03:00', '2026-03-09T00:00:00-03:00')).toBe(0); // Sat → Mon
    });
    it('is closed on Thanksgiving (Thu 2026-11-26)', () => {
      expect(worked(ID, '2026-11-26T00:00:00-03:00', '2026-11-27T00:00:00-03:00')).toBe(0);
    });
    it('is closed on the observed Independence Day (Fri 2026-07-03)', () => {
      expect(worked(ID, '2026-07-03T00:00:00-03:00', '2026-07-04T00:00:00-03:00')).toBe(0);
    });
    it("is open on the Dutch King's Day (Mon 2026-04-27)", () => {
      expect(worked(ID, '2026-04-27T00:00:00-03:00', '2026-04-28T00:00:00-03:00')).toBe(12 * HOUR);
    });
  });

  describe('konneqt-enterprise-8x5 (Mon–Fri 09:00–17:00 America/New_York, US public holidays)', () => {
    const ID = 'konneqt-enterprise-8x5';
    it('holds that data', () => {
      expect(dataOf(ID)).toEqual({ id: ID, zone: 'America/New_York', week: weekdays(['09:00', '17:00']), holidays: { country: 'US', types: ['public'] } });
    });
    it('shows its reading of the silent "8×5" as an assumption', () => {
      expect(BUILTIN_CALENDARS[ID]?.assumption).toContain('America/New_York');
    });
    it('has an 8-hour business day', () => {
      expect(calendars.get(ID).businessDayMs).toBe(8 * HOUR);
    });
    it('counts 40 hours in an ordinary week', () => {
      expect(worked(ID, '2026-03-02T00:00:00-05:00', '2026-03-09T00:00:00-04:00')).toBe(40 * HOUR); // Mon → Mon
    });
    it('counts 8 hours on each side of the spring change (Sun 2026-03-08)', () => {
      expect(worked(ID, '2026-03-06T00:00:00-05:00', '2026-03-10T00:00:00-04:00')).toBe(16 * HOUR); // Fri → Tue
    });
    it('opens 09:00–17:00 New York time in winter', () => {
      expect(windows(ID, '2026-03-02T00:00:00-05:00', '2026-03-03T00:00:00-05:00')).toEqual([['2026-03-02T09:00:00-05:00', '2026-03-02T17:00:00-05:00']]); // Mon
    });
    it('opens 09:00–17:00 New York time in summer', () => {
      expect(windows(ID, '2026-07-06T00:00:00-04:00', '2026-07-07T00:00:00-04:00')).toEqual([['2026-07-06T09:00:00-04:00', '2026-07-06T17:00:00-04:00']]); // Mon
    });
    it('is closed at the weekend', () => {
      expect(worked(ID, '2026-03-07T00:00:00-05:00', '2026-03-09T00:00:00-04:00')).toBe(0); // Sat → Mon
    });
    it('is closed on Juneteenth (Fri 2026-06-19)', () => {
      expect(worked(ID, '2026-06-19T00:00:00-04:00', '2026-06-20T00:00:00-04:00')).toBe(0);
    });
    it('is closed on the observed Independence Day (Fri 2026-07-03)', () => {
      expect(worked(ID, '2026-07-03T00:00:00-04:00', '2026-07-04T00:00:00-04:00')).toBe(0);
    });
    it('is open on the day after Thanksgiving (Fri 2026-11-27), not a federal holiday', () => {
      expect(worked(ID, '2026-11-27T00:00:00-05:00', '2026-11-28T00:00:00-05:00')).toBe(8 * HOUR);
    });
  });

  describe('24x7 (around the clock, no holidays)', () => {
    const ID = '24x7';
    it('holds that data', () => {
      expect(dataOf(ID)).toEqual({
        id: ID,
        zone: 'UTC',
        week: { mon: [ALL_DAY], tue: [ALL_DAY], wed: [ALL_DAY], thu: [ALL_DAY], fri: [ALL_DAY], sat: [ALL_DAY], sun: [ALL_DAY] },
        holidays: null,
        businessDay: '24h',
      });
    });
    it('has a 24-hour business day', () => {
      expect(calendars.get(ID).businessDayMs).toBe(24 * HOUR);
    });
    it('counts all 168 hours of a week', () => {
      expect(worked(ID, '2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z')).toBe(168 * HOUR); // Mon → Mon
    });
    it('counts the weekend', () => {
      expect(worked(ID, '2026-03-07T00:00:00Z', '2026-03-09T00:00:00Z')).toBe(48 * HOUR); // Sat → Mon
    });
    it('counts Christmas Day', () => {
      expect(worked(ID, '2026-12-25T00:00:00Z', '2026-12-26T00:00:00Z')).toBe(24 * HOUR); // Fri
    });
    it('counts the 23-hour Amsterdam day of the spring change as 23 hours, not as a 24-hour day', () => {
      expect(worked(ID, '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00')).toBe(23 * HOUR); // Sun, a 23-hour Amsterdam day
    });
  });
});

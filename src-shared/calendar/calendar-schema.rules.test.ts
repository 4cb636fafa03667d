import { describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../validation/issues';
import { compileCalendar } from './calendar-schema';

// The named rules calendar data must follow (STYLE.md 5: an error names the field and the rule).

const MONDAY_OFFICE = { mon: [['08:00', '16:00']] };

/** The issues a calendar is refused with; fails the test when it is accepted. */
function issuesOf(input: unknown): readonly InputIssue[] {
  try {
    compileCalendar(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
}

const issue = (field: string, reason: RegExp) => expect.objectContaining({ field, reason: expect.stringMatching(reason) });
const BAD_TIME = /^must be a time "HH:MM" between 00:00 and 24:00$/;
const END_BEFORE_START = /^the end must be after the start/;

describe('compileCalendar rules', () => {
  describe('for times of day', () => {
    describe.each(['24:30', '25:00', '08:60', '8:30', '24:01', '0830', '08:30:00', ' 08:30', ''])('given %j', (time) => {
      it('refuses it as a window start, naming only the field (no order is judged on a bad time)', () => {
        expect(issuesOf({ zone: 'UTC', week: { mon: [[time, '23:00']] } })).toEqual([issue('calendar.week.mon[0][0]', BAD_TIME)]);
      });
      it('refuses it as a window end, naming the field', () => {
        expect(issuesOf({ zone: 'UTC', week: { mon: [['01:00', time]] } })).toEqual([issue('calendar.week.mon[0][1]', BAD_TIME)]);
      });
      it('refuses it in the hours of a closure day', () => {
        expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, closures: [{ date: '2026-03-02', name: 'Short day', hours: [['01:00', time]] }] })).toEqual([
          issue('calendar.closures[0].hours[0][1]', BAD_TIME),
        ]);
      });
    });

    it('accepts 00:00 and 23:59 as a start and 24:00 as an end', () => {
      expect(() => compileCalendar({ zone: 'UTC', week: { mon: [['00:00', '24:00']], tue: [['23:59', '24:00']] } })).not.toThrow();
      expect(() =>
        compileCalendar({ zone: 'UTC', week: MONDAY_OFFICE, closures: [{ date: '2026-03-02', name: 'Late', hours: [['20:00', '24:00']] }] }),
      ).not.toThrow();
    });

    it('refuses 24:00 as a start (nothing can follow the next midnight)', () => {
      expect(issuesOf({ zone: 'UTC', week: { mon: [['24:00', '24:00']] } })).toEqual([issue('calendar.week.mon[0]', END_BEFORE_START)]);
    });

    it('refuses 00:00 as an end (a night shift is split at 24:00)', () => {
      expect(issuesOf({ zone: 'UTC', week: { fri: [['22:00', '00:00']] } })).toEqual([issue('calendar.week.fri[0]', END_BEFORE_START)]);
    });
  });

  describe('for windows', () => {
    it('refuses a window that ends before it starts, or when it starts', () => {
      expect(issuesOf({ zone: 'UTC', week: { wed: [['17:00', '09:00']] } })).toEqual([issue('calendar.week.wed[0]', END_BEFORE_START)]);
      expect(issuesOf({ zone: 'UTC', week: { wed: [['09:00', '09:00']] } })).toEqual([issue('calendar.week.wed[0]', END_BEFORE_START)]);
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, closures: [{ date: '2026-03-02', name: 'x', hours: [['12:00', '09:00']] }] })).toEqual([
        issue('calendar.closures[0].hours[0]', END_BEFORE_START),
      ]);
    });

    it('refuses windows of one day that overlap, in any order', () => {
      const overlaps = /^overlaps another window of the same day$/;
      expect(
        issuesOf({
          zone: 'UTC',
          week: {
            thu: [
              ['08:00', '12:00'],
              ['11:59', '13:00'],
            ],
          },
        }),
      ).toEqual([issue('calendar.week.thu[1]', overlaps)]);
      expect(
        issuesOf({
          zone: 'UTC',
          week: {
            thu: [
              ['13:00', '17:00'],
              ['08:00', '13:01'],
            ],
          },
        }),
      ).toEqual([issue('calendar.week.thu[0]', overlaps)]);
      expect(
        issuesOf({
          zone: 'UTC',
          week: {
            thu: [
              ['08:00', '12:00'],
              ['08:00', '12:00'],
            ],
          },
        }),
      ).toEqual([issue('calendar.week.thu[1]', overlaps)]);
      expect(
        issuesOf({
          zone: 'UTC',
          week: {
            thu: [
              ['08:00', '18:00'],
              ['09:00', '10:00'],
            ],
          },
        }),
      ).toEqual([issue('calendar.week.thu[1]', overlaps)]);
    });

    it('names every window that overlaps an earlier-starting one, not only the first', () => {
      const overlaps = /^overlaps another window of the same day$/;
      expect(
        issuesOf({
          zone: 'UTC',
          week: {
            thu: [
              ['08:00', '18:00'],
              ['09:00', '10:00'],
              ['11:00', '12:00'],
            ],
          },
        }),
      ).toEqual([issue('calendar.week.thu[1]', overlaps), issue('calendar.week.thu[2]', overlaps)]);
      expect(
        issuesOf({
          zone: 'UTC',
          week: {
            fri: [
              ['11:00', '12:00'],
              ['08:00', '18:00'],
              ['09:00', '10:00'],
            ],
          },
        }),
      ).toEqual([issue('calendar.week.fri[2]', overlaps), issue('calendar.week.fri[0]', overlaps)]);
      expect(
        issuesOf({
          zone: 'UTC',
          week: MONDAY_OFFICE,
          closures: [
            {
              date: '2026-03-02',
              name: 'x',
              hours: [
                ['08:00', '18:00'],
                ['09:00', '10:00'],
                ['11:00', '12:00'],
              ],
            },
          ],
        }),
      ).toEqual([issue('calendar.closures[0].hours[1]', overlaps), issue('calendar.closures[0].hours[2]', overlaps)]);
    });

    it('judges no overlap on a window that ends before it starts or has a bad time', () => {
      expect(
        issuesOf({
          zone: 'UTC',
          week: {
            thu: [
              ['08:00', '12:00'],
              ['17:00', '09:00'],
            ],
          },
        }),
      ).toEqual([issue('calendar.week.thu[1]', END_BEFORE_START)]);
      expect(
        issuesOf({
          zone: 'UTC',
          week: {
            thu: [
              ['08:00', '12:00'],
              ['09:00', '24:30'],
            ],
          },
        }),
      ).toEqual([issue('calendar.week.thu[1][1]', BAD_TIME)]);
    });

    it('accepts windows that only touch (half-open), and the same window on different days', () => {
      expect(() =>
        compileCalendar({
          zone: 'UTC',
          week: {
            thu: [
              ['08:00', '12:00'],
              ['12:00', '16:00'],
            ],
            fri: [['08:00', '12:00']],
          },
        }),
      ).not.toThrow();
    });

    it('refuses a window that is not a pair of times', () => {
      expect(issuesOf({ zone: 'UTC', week: { mon: [['08:00', '09:00', '10:00']] } })).toContainEqual(
        expect.objectContaining({ field: 'calendar.week.mon[0]' }),
      );
      expect(issuesOf({ zone: 'UTC', week: { mon: [['08:00']] } })).toContainEqual(expect.objectContaining({ field: 'calendar.week.mon[0]' }));
    });

    it('accepts a week written in code with a day left undefined', () => {
      expect(() => compileCalendar({ zone: 'UTC', week: { mon: [['08:00', '16:00']], sat: undefined } })).not.toThrow();
      expect(issuesOf({ zone: 'UTC', week: { mon: [], sat: undefined } })).toEqual([issue('calendar.week', /^must have at least one working window$/)]);
    });

    it('refuses a week without any working window, and an unknown weekday', () => {
      expect(issuesOf({ zone: 'UTC', week: { mon: [], sat: [] } })).toEqual([issue('calendar.week', /^must have at least one working window$/)]);
      expect(issuesOf({ zone: 'UTC', week: { monday: [['08:00', '09:00']], tue: [['08:00', '09:00']] } })).toEqual([
        issue('calendar.week.monday', /^unknown field$/),
      ]);
    });
  });

  describe('for zones', () => {
    it.each(['Mars/Olympus', 'GMT+1', '', 'America/New_York ', 'Z'])('refuses %j, naming the zone', (zone) => {
      expect(issuesOf({ zone, week: MONDAY_OFFICE })).toEqual([
        issue('calendar.zone', /^must be an IANA time zone such as "Europe\/Amsterdam" or a fixed offset such as "UTC-3"$/),
      ]);
    });

    it('refuses a calendar without a zone', () => {
      expect(issuesOf({ week: MONDAY_OFFICE })).toEqual([expect.objectContaining({ field: 'calendar.zone' })]);
    });

    it.each(['system', 'local', 'default', 'System', 'LOCAL'])("refuses %j, the machine's own zone, naming the zone", (zone) => {
      expect(issuesOf({ zone, week: MONDAY_OFFICE })).toEqual([
        issue(
          'calendar.zone',
          new RegExp(
            `^must be an IANA time zone such as "Europe/Amsterdam" or a fixed offset such as "UTC-3", not "${zone}" \\(the zone of whichever machine runs Klok\\)$`,
          ),
        ),
      ]);
    });

    it.each(['+01:00', '-03', '+0530'])('refuses the bare offset %j (Intl on Node 22 takes it for a zone)', (zone) => {
      expect(issuesOf({ zone, week: MONDAY_OFFICE })).toEqual([issue('calendar.zone', /^must be an IANA time zone .*, not the bare offset "[-+0-9:]+"$/)]);
    });

    it.each(['UTC+99', 'UTC+25', 'UTC+15', 'UTC+14:01', 'UTC+14:30', 'UTC-13', 'UTC-12:30', 'UTC+1:75', 'UTC+05:60', 'utc-99'])(
      'refuses the fixed offset %j, out of range',
      (zone) => {
        expect(issuesOf({ zone, week: MONDAY_OFFICE })).toEqual([
          issue(
            'calendar.zone',
            new RegExp(`^"${zone.replace('+', '\\+')}" is out of range: a fixed offset must lie between UTC-12:00 and UTC\\+14:00, with minutes 00 to 59$`),
          ),
        ]);
      },
    );

    it.each([
      'Europe/Amsterdam',
      'America/New_York',
      'Pacific/Kiritimati',
      'UTC',
      'UTC-3',
      'UTC+5:30',
      'UTC+05:30',
      'UTC+14',
      'UTC+14:00',
      'UTC-12',
      'UTC-12:00',
      'UTC-0:30',
      'UTC+13:45',
    ])('accepts %j', (zone) => {
      expect(compileCalendar({ zone, week: MONDAY_OFFICE }).zone).toBe(zone);
    });
  });

  describe('for holidays', () => {
    const KNOWN = /^date-holidays does not know this country, state or region$/;
    it.each(['QQ', 'ZZ'])('refuses the unknown country %j', (country) => {
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, holidays: { country } })).toEqual([issue('calendar.holidays.country', KNOWN)]);
    });

    it('refuses a country that is not a two-letter upper-case code', () => {
      for (const country of ['nl', 'NLD', '']) {
        expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, holidays: { country } })).toContainEqual(
          issue('calendar.holidays.country', /^must be a two-letter ISO country code/),
        );
      }
    });

    it('refuses an unknown state of a known country, naming the country field', () => {
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, holidays: { country: 'NL', state: 'XX' } })).toEqual([issue('calendar.holidays.country', KNOWN)]);
    });

    it('refuses an unknown holiday type and an unknown field', () => {
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, holidays: { country: 'NL', types: ['bogus'] } })).toEqual([
        issue('calendar.holidays.types[0]', /^must be one of public, bank, school, optional, observance$/),
      ]);
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, holidays: { country: 'NL', kinds: ['public'] } })).toEqual([
        issue('calendar.holidays.kinds', /^unknown field$/),
      ]);
    });

    it('accepts a known country, with a known state, and no holidays at all', () => {
      expect(() => compileCalendar({ zone: 'UTC', week: MONDAY_OFFICE, holidays: { country: 'US', state: 'NY', types: ['public', 'bank'] } })).not.toThrow();
      expect(() => compileCalendar({ zone: 'UTC', week: MONDAY_OFFICE, holidays: null })).not.toThrow();
    });
  });

  describe('for closure days', () => {
    const closureOn = (date: string) => ({ zone: 'UTC', week: MONDAY_OFFICE, closures: [{ date, name: 'Team day' }] });

    it.each([
      '2026-02-30', // no 30 February
      '2026-02-29', // 2026 is not a leap year
      '2026-04-31', // April has 30 days
      '2026-13-01',
      '2026-00-10',
      '2026-2-3',
      '20260301',
      '2026-03-01T00:00',
      ' 2026-03-01',
      '+012026-03-01', // Luxon reads the year 12026
      '',
    ])('refuses the date %j, naming it', (date) => {
      expect(issuesOf(closureOn(date))).toEqual([issue('calendar.closures[0].date', /^must be a date "YYYY-MM-DD"$/)]);
    });

    it('accepts 29 February of a leap year', () => {
      expect(() => compileCalendar(closureOn('2028-02-29'))).not.toThrow(); // Tue
    });

    it.each([
      ['0000-01-01', 'before 1970'],
      ['1969-12-31', 'the day before the range'],
      ['2200-01-01', 'the day after the range'],
      ['9999-12-31', 'after 2199'],
    ])("refuses the date %j (%s), outside the engine's range", (date) => {
      expect(issuesOf(closureOn(date))).toEqual([issue('calendar.closures[0].date', new RegExp(`^"${date}" must lie between 1970-01-01 and 2199-12-31$`))]);
    });

    it('accepts the first and last dates of the range', () => {
      expect(() => compileCalendar(closureOn('1970-01-01'))).not.toThrow(); // Thu
      expect(() => compileCalendar(closureOn('2199-12-31'))).not.toThrow(); // Tue
    });

    it('refuses a date listed again, naming each later entry and the first', () => {
      const closures = [
        { date: '2026-12-24', name: 'Christmas Eve' },
        { date: '2026-12-31', name: "New Year's Eve" },
        { date: '2026-12-24', name: 'Christmas Eve (afternoon)', hours: [['08:30', '12:00']] },
        { date: '2026-12-24', name: 'again' },
      ];
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, closures })).toEqual([
        issue('calendar.closures[2].date', /^"2026-12-24" is also closures\[0\]; list each date once$/),
        issue('calendar.closures[3].date', /^"2026-12-24" is also closures\[0\]; list each date once$/),
      ]);
    });

    it('names a bad date once, not also as a repeat', () => {
      const closures = [
        { date: '2026-02-30', name: 'x' },
        { date: '2026-02-30', name: 'y' },
      ];
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, closures })).toEqual([
        issue('calendar.closures[0].date', /^must be a date "YYYY-MM-DD"$/),
        issue('calendar.closures[1].date', /^must be a date "YYYY-MM-DD"$/),
      ]);
    });

    it('refuses a closure without a name', () => {
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, closures: [{ date: '2026-03-02', name: '' }] })).toEqual([
        issue('calendar.closures[0].name', /^must not be empty$/),
      ]);
    });
  });

  describe('for the business day', () => {
    const RULE = /^must be a positive duration such as "15m".*, in minutes or hours$/;
    it.each(['0h', '0m', '1bd', '1bw', 'eight hours', '-8h', '0.00000001m', '0.00001h'])('refuses %j', (businessDay) => {
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, businessDay })).toEqual([issue('calendar.businessDay', RULE)]);
    });

    it.each(['25h', '24.5h', '24.0001h', '1000h', '1441m', '100000m'])('refuses %j, longer than a day', (businessDay) => {
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, businessDay })).toEqual([
        issue('calendar.businessDay', new RegExp(`^"${businessDay}" is longer than a day: a business day must be more than 0 and at most 24 h$`)),
      ]);
    });

    it.each(['0.5m', '8.3333h', '480.25m'])('refuses %j, not a whole number of minutes', (businessDay) => {
      expect(issuesOf({ zone: 'UTC', week: MONDAY_OFFICE, businessDay })).toEqual([
        issue('calendar.businessDay', new RegExp(`^"${businessDay}" must be a whole number of minutes, as working windows are$`)),
      ]);
    });

    it.each([
      ['8h', 8 * 3_600_000],
      ['8.5h', 8.5 * 3_600_000],
      ['480m', 8 * 3_600_000],
      ['1440m', 24 * 3_600_000],
      ['24h', 24 * 3_600_000],
      ['1m', 60_000],
      ['7.75h', 7.75 * 3_600_000],
    ])('accepts %j as %d ms', (businessDay, ms) => {
      expect(compileCalendar({ zone: 'UTC', week: MONDAY_OFFICE, businessDay }).businessDayMs).toBe(ms);
    });
  });
});

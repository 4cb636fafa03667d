import { describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../validation/issues';
import { BUILTIN_CALENDARS } from './builtin-calendars';
import { compileCalendar } from './calendar-schema';

function issuesOf(input: unknown): readonly InputIssue[] {
  try {
    compileCalendar(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues;
  }
  throw new Error('expected the calendar to be rejected');
}

function errorOf(input: unknown): string {
  try {
    compileCalendar(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the calendar to be rejected');
}

describe('compileCalendar', () => {
  it('accepts every built-in calendar', () => {
    for (const spec of Object.values(BUILTIN_CALENDARS)) expect(() => compileCalendar(spec)).not.toThrow();
  });
  it('names an unknown zone', () => {
    expect(errorOf({ zone: 'Mars/Olympus', week: { mon: [['08:00', '16:00']] } })).toMatch(/^calendar\.zone: must be an IANA time zone/);
  });
  it('names a window that ends before it starts', () => {
    expect(errorOf({ zone: 'UTC', week: { tue: [['17:00', '09:00']] } })).toMatch(/calendar\.week\.tue\[0\]: the end must be after the start/);
  });
  it('names a malformed time', () => {
    expect(errorOf({ zone: 'UTC', week: { mon: [['8:30', '16:30']] } })).toMatch(/calendar\.week\.mon\[0\]\[0\]: must be a time "HH:MM"/);
  });
  it('names overlapping windows', () => {
    expect(
      errorOf({
        zone: 'UTC',
        week: {
          mon: [
            ['08:00', '12:00'],
            ['11:00', '13:00'],
          ],
        },
      }),
    ).toMatch(/calendar\.week\.mon\[1\]: overlaps/);
  });
  it('rejects a week without working time', () => {
    expect(errorOf({ zone: 'UTC', week: {} })).toMatch(/calendar\.week: must have at least one working window/);
  });
  it('names an unknown holiday country and an unknown field', () => {
    expect(errorOf({ zone: 'UTC', week: { mon: [['08:00', '16:00']] }, holidays: { country: 'QQ' } })).toMatch(
      /calendar\.holidays\.country: date-holidays does not know/,
    );
    expect(errorOf({ zone: 'UTC', week: { mon: [['08:00', '16:00']] }, hollidays: null })).toMatch(/^calendar\.hollidays: unknown field$/);
  });
  it('names a bad closure date', () => {
    expect(errorOf({ zone: 'UTC', week: { mon: [['08:00', '16:00']] }, closures: [{ date: '2026-02-30', name: 'x' }] })).toMatch(
      /calendar\.closures\[0\]\.date: must be a date/,
    );
  });
});

describe('compileCalendar refusals as codes (the screens say them in their own language)', () => {
  const week = { mon: [['08:00', '16:00']] };
  it('codes an unknown zone, with the zone', () => {
    expect(issuesOf({ zone: 'Mars/Olympus', week })).toMatchObject([{ field: 'calendar.zone', code: 'calendar.zone', params: { zone: 'Mars/Olympus' } }]);
  });
  it('codes a window that ends before it starts, and overlapping windows', () => {
    expect(issuesOf({ zone: 'UTC', week: { tue: [['17:00', '09:00']] } })).toMatchObject([{ field: 'calendar.week.tue[0]', code: 'calendar.window_order' }]);
    const overlapping = {
      mon: [
        ['08:00', '12:00'],
        ['11:00', '13:00'],
      ],
    };
    expect(issuesOf({ zone: 'UTC', week: overlapping })).toMatchObject([{ field: 'calendar.week.mon[1]', code: 'calendar.window_overlap' }]);
  });
  it('codes a closure that is no date, one outside 1970–2199 (with the range), and a date listed twice (with the date)', () => {
    expect(issuesOf({ zone: 'UTC', week, closures: [{ date: '2026-02-30', name: 'x' }] })).toMatchObject([
      { field: 'calendar.closures[0].date', code: 'calendar.date' },
    ]);
    expect(issuesOf({ zone: 'UTC', week, closures: [{ date: '2300-01-01', name: 'x' }] })).toMatchObject([
      { field: 'calendar.closures[0].date', code: 'calendar.date_range', params: { from: '1970-01-01', to: '2199-12-31' } },
    ]);
    const twice = [
      { date: '2026-12-24', name: 'Christmas Eve' },
      { date: '2026-12-24', name: 'again' },
    ];
    expect(issuesOf({ zone: 'UTC', week, closures: twice })).toMatchObject([
      { field: 'calendar.closures[1].date', code: 'calendar.closure_twice', params: { date: '2026-12-24' } },
    ]);
  });
});

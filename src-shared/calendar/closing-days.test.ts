import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDARS } from './builtin-calendars';
import { closingDaysOfYear } from './closing-days';

const office = BUILTIN_CALENDARS['scope4mation-office']!;

describe('closingDaysOfYear', () => {
  it('lists the Dutch holidays that close a weekday in 2026, named in the asked language', () => {
    const days = closingDaysOfYear(office, 2026, 'en');
    expect(days.map((d) => d.date)).toContain('2026-04-27'); // Monday: King's Day
    expect(days.find((d) => d.date === '2026-04-27')).toEqual({ date: '2026-04-27', name: "King's Day", kind: 'holiday', hours: null });
    expect(closingDaysOfYear(office, 2026, 'nl').find((d) => d.date === '2026-04-27')?.name).toBe('Koningsdag');
    const dates = days.map((d) => d.date);
    expect(dates).toEqual(dates.toSorted());
  });

  it('leaves out a holiday on a weekend: it closes nothing', () => {
    // Christmas 2027 is a Saturday, Boxing Day a Sunday.
    const dates = closingDaysOfYear(office, 2027, 'en').map((d) => d.date);
    expect(dates).not.toContain('2027-12-25');
    expect(dates).not.toContain('2027-12-26');
  });

  it('puts a desk closure before a holiday on the same date, with its hours when partial', () => {
    const spec = {
      ...office,
      closures: [
        { date: '2026-04-27', name: 'Move', hours: [['09:00', '12:00']] as const },
        { date: '2026-12-31', name: 'Year end' },
      ],
    };
    const days = closingDaysOfYear(spec, 2026, 'en');
    expect(days.find((d) => d.date === '2026-04-27')).toEqual({ date: '2026-04-27', name: 'Move', kind: 'closure', hours: [['09:00', '12:00']] });
    expect(days.at(-1)).toEqual({ date: '2026-12-31', name: 'Year end', kind: 'closure', hours: null });
    expect(closingDaysOfYear(spec, 2027, 'en').some((d) => d.kind === 'closure')).toBe(false);
  });

  it('lists only the desk closures of a calendar without holidays', () => {
    const spec = { week: office.week, holidays: null, closures: [{ date: '2026-04-27', name: 'Move' }] };
    expect(closingDaysOfYear(spec, 2026, 'en')).toEqual([{ date: '2026-04-27', name: 'Move', kind: 'closure', hours: null }]);
    expect(closingDaysOfYear({ week: office.week }, 2026, 'en')).toEqual([]);
  });
});

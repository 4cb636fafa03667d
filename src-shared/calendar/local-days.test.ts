import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { union } from '../time/interval';
import { dayRulesOf, planDay } from './day-plan';
import { civilOfDays, daysOfCivil } from '../time/civil-days';
import { daysOfYear, instantOnDay, nextLocalDay, zoneNamed } from './local-days';

/**
 * The day planner resolves wall-clock times without Luxon's DateTime; Luxon is the reference it
 * must agree with, day by day and window by window, in zones with every kind of transition:
 * ordinary daylight saving (Amsterdam, New York), changes at midnight (São Paulo 2018, Santiago,
 * Havana, Beirut), a skipped date (Apia, 30 December 2011), half hours (Lord Howe), fixed offsets.
 */
const ZONES: readonly [string, number][] = [
  ['Europe/Amsterdam', 2026],
  ['America/New_York', 2027],
  ['America/Chicago', 2028],
  ['America/Sao_Paulo', 2018],
  ['America/Santiago', 2022],
  ['America/Havana', 2024],
  ['Asia/Beirut', 2023],
  ['Pacific/Apia', 2011],
  ['Australia/Lord_Howe', 2026],
  ['UTC-3', 2026],
  ['UTC+5:30', 2026],
  ['UTC', 2026],
];

function luxonDays(zone: string, year: number): DateTime[] {
  const out: DateTime[] = [];
  let day = DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).startOf('day');
  while (day.year === year) {
    out.push(day);
    day = day.plus({ days: 1 }).startOf('day');
  }
  return out;
}

const QUARTER_HOURS = Array.from({ length: 97 }, (_, i) => i * 15);
const FEW_MINUTES = [0, 1, 510, 1035, 1439, 1440];

describe('local days agree with Luxon', () => {
  for (const [zone, year] of ZONES) {
    it(`${zone} ${year}: every date, its start, its weekday, every quarter hour of its change days`, () => {
      const ours = daysOfYear(zone, year);
      const theirs = luxonDays(zone, year);
      expect(ours.map((d) => d.date)).toEqual(theirs.map((d) => d.toISODate()));
      expect(ours.map((d) => d.start)).toEqual(theirs.map((d) => d.toMillis()));
      expect(ours.map((d) => d.weekday)).toEqual(theirs.map((d) => d.weekday));
      expect(ours.map((d) => d.offset)).toEqual(theirs.map((d) => d.offset));
      const z = zoneNamed(zone);
      ours.forEach((day, i) => {
        const luxon = theirs[i] as DateTime;
        // Every quarter hour of a day whose offset changes (or that has no midnight); a few minutes of the others.
        const next = theirs[i + 1] ?? luxon.plus({ days: 1 }).startOf('day');
        const isChangeDay = next.offset !== luxon.offset || luxon.hour !== 0;
        for (const minutes of isChangeDay ? QUARTER_HOURS : FEW_MINUTES) {
          const expected =
            minutes === 1440
              ? luxon.plus({ days: 1 }).startOf('day').toMillis()
              : luxon.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 }).toMillis();
          if (instantOnDay(z, day, minutes) !== expected) {
            throw new Error(`${zone} ${day.date} minute ${minutes}: ${instantOnDay(z, day, minutes)} ≠ Luxon's ${expected}`);
          }
        }
      });
    });
  }

  it('a date the zone skipped is not planned (Apia went from 29 to 31 December 2011)', () => {
    const dates = daysOfYear('Pacific/Apia', 2011).map((d) => d.date);
    expect(dates).toContain('2011-12-29');
    expect(dates).not.toContain('2011-12-30');
    expect(dates.at(-1)).toBe('2011-12-31');
  });

  it('a year starts at its local midnight and has 365 or 366 dates', () => {
    const days = daysOfYear('Europe/Amsterdam', 2028);
    expect(days).toHaveLength(366);
    expect(days[0]?.start).toBe(DateTime.fromISO('2027-12-31T23:00:00Z').toMillis());
    expect(daysOfYear('America/New_York', 2027)).toHaveLength(365);
  });
});

describe('day plans agree with Luxon in every zone', () => {
  const windows: [string, string][] = [
    ['00:00', '00:45'],
    ['01:15', '02:30'],
    ['03:00', '12:00'],
    ['23:15', '24:00'],
  ];
  const rules = (zone: string) =>
    dayRulesOf({ zone, week: { mon: windows, tue: windows, wed: windows, thu: windows, fri: windows, sat: windows, sun: windows } });
  const at = (day: DateTime, text: string) => {
    const [h, m] = text.split(':').map(Number) as [number, number];
    return h === 24 ? day.plus({ days: 1 }).startOf('day').toMillis() : day.set({ hour: h, minute: m, second: 0, millisecond: 0 }).toMillis();
  };
  for (const [zone, year] of ZONES) {
    it(`${zone} ${year}: each window's instants`, () => {
      expect.hasAssertions();
      const days = daysOfYear(zone, year);
      const theirs = luxonDays(zone, year);
      days.forEach((day, i) => {
        const plan = planDay(rules(zone), day, (days[i + 1] ?? nextLocalDay(zoneNamed(zone), day)).start);
        const luxon = theirs[i] as DateTime;
        const expected = union(windows.map(([s, e]) => ({ start: at(luxon, s), end: at(luxon, e) })));
        if (JSON.stringify(plan.windows) !== JSON.stringify(expected)) {
          throw new Error(`${zone} ${day.date}: ${JSON.stringify(plan.windows)} ≠ Luxon's ${JSON.stringify(expected)}`);
        }
      });
      expect(days.length).toBe(theirs.length);
    });
  }
});

describe('civil dates', () => {
  it('agree with Luxon for every day from 1899 to 2101 and for far dates both ways', () => {
    const from = daysOfCivil(1899, 1, 1);
    const to = daysOfCivil(2101, 12, 31);
    expect(from).toBe(DateTime.fromISO('1899-01-01T00:00:00Z').toMillis() / 86_400_000);
    for (let d = from; d <= to; d++) {
      const luxon = DateTime.fromMillis(d * 86_400_000, { zone: 'UTC' });
      const ours = civilOfDays(d);
      if (ours.year !== luxon.year || ours.month !== luxon.month || ours.day !== luxon.day)
        throw new Error(`day ${d}: ${JSON.stringify(ours)} ≠ ${luxon.toISODate()}`);
      if (daysOfCivil(ours.year, ours.month, ours.day) !== d) throw new Error(`day ${d} does not round-trip`);
    }
    expect(civilOfDays(daysOfCivil(9000, 2, 29))).toEqual({ year: 9000, month: 3, day: 1 });
  });
});

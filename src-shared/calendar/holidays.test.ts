import { DateTime } from 'luxon';
import moment from 'moment-timezone';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holidayName, holidaysOfYear } from './holidays';

const NL = { country: 'NL', types: ['public'] };
const US = { country: 'US', types: ['public'] };

describe('holidays', () => {
  afterEach(() => vi.restoreAllMocks());

  describe('holidayName', () => {
    it("names King's Day in English and in Dutch", () => {
      expect(holidayName(NL, '2026-04-27', 'en')).toBe("King's Day"); // Mon
      expect(holidayName(NL, '2026-04-27', 'nl')).toBe('Koningsdag');
    });
    it('takes the Dutch name of a US holiday where date-holidays has one, the English one where not', () => {
      expect(holidayName(US, '2026-12-25', 'nl')).toBe('Kerstmis'); // Fri
      expect(holidayName(US, '2026-01-19', 'nl')).toBe('Martin Luther King Jr. Day'); // Mon
    });
    it('names no holiday on an ordinary day', () => {
      expect(holidayName(NL, '2026-04-28', 'nl')).toBeUndefined(); // Tue
    });
  });

  describe('holidaysOfYear', () => {
    // The renderer ships moment-timezone without zone data: a holiday asked for in a zone logs
    // "Moment Timezone has no data for Europe/Amsterdam" there. Klok asks for local dates only.
    it('asks moment-timezone for no zone and logs nothing', () => {
      const tz = vi.spyOn(moment, 'tz');
      const warn = vi.spyOn(console, 'warn');
      const error = vi.spyOn(console, 'error');
      const dates = [...holidaysOfYear({ country: 'BE', types: ['public'] }, 2031).keys()];
      expect(dates).toContain('2031-07-21'); // Mon, Belgian National Day
      expect(tz).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    });
  });
});

describe('every holiday right, 2020–2040', () => {
  const day = (y: number, m: number, d: number) => DateTime.utc(y, m, d);
  const text = (d: DateTime) => d.toISODate() as string;
  const nth = (y: number, m: number, weekday: number, n: number) => {
    const first = day(y, m, 1);
    return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
  };
  const lastMonday = (y: number, m: number) => {
    const last = day(y, m, 1).endOf('month').startOf('day');
    return last.minus({ days: (last.weekday - 1 + 7) % 7 });
  };
  /** 5 U.S.C. 6103(b): a holiday on a Saturday is observed the Friday before, on a Sunday the Monday after. */
  const observed = (d: DateTime) => (d.weekday === 6 ? d.minus({ days: 1 }) : d.weekday === 7 ? d.plus({ days: 1 }) : d);
  function federal(y: number): DateTime[] {
    const fixed = [day(y, 1, 1), ...(y >= 2021 ? [day(y, 6, 19)] : []), day(y, 7, 4), day(y, 11, 11), day(y, 12, 25)];
    const floating = [nth(y, 1, 1, 3), nth(y, 2, 1, 3), lastMonday(y, 5), nth(y, 9, 1, 1), nth(y, 10, 1, 2), nth(y, 11, 4, 4)];
    return [...fixed, ...fixed.map(observed), ...floating];
  }
  /** Easter Sunday (the Anonymous Gregorian algorithm). */
  function easter(y: number): DateTime {
    const a = y % 19;
    const b = Math.floor(y / 100);
    const c = y % 100;
    const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
    const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    return day(y, month, ((h + l - 7 * m + 114) % 31) + 1);
  }
  /** SPEC §5: New Year, Easter Monday, King's Day (the 26th when the 27th is a Sunday), Ascension, Whit Monday, Christmas, Boxing Day. */
  function dutch(y: number): DateTime[] {
    const e = easter(y);
    const kings = day(y, 4, 27).weekday === 7 ? day(y, 4, 26) : day(y, 4, 27);
    return [day(y, 1, 1), e.plus({ days: 1 }), kings, e.plus({ days: 39 }), e.plus({ days: 50 }), day(y, 12, 25), day(y, 12, 26)];
  }
  /** Closing dates from 2020 to 2040 on weekdays (a Sunday holiday closes nothing an office keeps open). */
  const closing = (dates: Iterable<string>) =>
    [...new Set(dates)].filter((d) => d >= '2020-01-01' && d <= '2040-12-31' && DateTime.fromISO(d).weekday <= 6).sort();
  const years = Array.from({ length: 23 }, (_, i) => 2019 + i);

  it('closes every US federal holiday and its observed day (Veterans Day 2028 on Friday the 10th, 2029 on Monday the 12th)', () => {
    const engine = closing(years.flatMap((y) => [...holidaysOfYear({ country: 'US' }, y).keys()]));
    expect(engine).toEqual(closing(years.flatMap((y) => federal(y).map(text))));
    expect(engine).toEqual(expect.arrayContaining(['2028-11-10', '2029-11-12', '2021-12-31', '2022-12-26']));
  });

  it('closes every Dutch public holiday of the SPEC, King’s Day on Saturday the 26th when the 27th is a Sunday', () => {
    const engine = closing(years.flatMap((y) => [...holidaysOfYear({ country: 'NL' }, y).keys()]));
    expect(engine).toEqual(closing(years.flatMap((y) => dutch(y).map(text))));
    expect(engine).toContain('2025-04-26');
    expect(engine).not.toContain('2025-04-27');
  });
});

import { describe, expect, it } from 'vitest';
import { holidayName, holidaysOfYear, isKnownHolidaySource } from './holidays';

// Expected days are Germany's and Bavaria's public holidays by law (Epiphany, Corpus Christi and All
// Saints' Day in Bavaria; the Augsburg Peace Festival, 8 August, in Augsburg only), the abolition of
// Slovakia's Constitution Day (1 September) as a day off from 2024, and date-holidays' own data.
const dates = (m: ReadonlyMap<string, string>) => [...m.keys()];

describe('holiday sources with a state and a region', () => {
  it('keeps the country, each state and each region apart, asked in any order', () => {
    const germany = holidaysOfYear({ country: 'DE' }, 2026);
    const bavaria = holidaysOfYear({ country: 'DE', state: 'BY' }, 2026);
    const augsburg = holidaysOfYear({ country: 'DE', state: 'BY', region: 'A' }, 2026);
    expect(dates(germany)).not.toContain('2026-01-06');
    expect(dates(bavaria)).toEqual(expect.arrayContaining(['2026-01-06', '2026-06-04', '2026-11-01']));
    expect(dates(bavaria)).not.toContain('2026-08-08');
    expect(augsburg.get('2026-08-08')).toBe('Augsburg Peace Festival');
    expect(holidaysOfYear({ country: 'DE' }, 2026).has('2026-01-06')).toBe(false);
  });

  it('refuses an unknown region of a known state', () => {
    expect(isKnownHolidaySource({ country: 'DE', state: 'BY', region: 'A' })).toBe(true);
    expect(isKnownHolidaySource({ country: 'DE', state: 'BY', region: 'XX' })).toBe(false);
  });
});

describe('holiday types', () => {
  it('counts public holidays when no types or an empty list is given, and only the types given otherwise', () => {
    expect(holidaysOfYear({ country: 'NL', types: [] }, 2026).get('2026-04-27')).toBe("King's Day");
    expect(holidaysOfYear({ country: 'NL', types: ['observance'] }, 2026).has('2026-04-27')).toBe(false);
    expect(holidaysOfYear({ country: 'NL' }, 2026).get('2026-04-27')).toBe("King's Day");
  });

  it('does not count a day of another type for sharing its name with a counted holiday of the year before', () => {
    // Slovakia's Constitution Day was a public holiday until 2023; from 2024 it is a day of observance only.
    expect(holidaysOfYear({ country: 'SK' }, 2023).has('2023-09-01')).toBe(true);
    expect(holidaysOfYear({ country: 'SK' }, 2024).has('2024-09-01')).toBe(false);
  });

  it('does not count the observed day of a holiday whose type is not counted', () => {
    // Antigua and Barbuda: Christmas Day 2022 (a Sunday) is observed on Tuesday the 27th, both public
    const observances = holidaysOfYear({ country: 'AG', types: ['observance'] }, 2022);
    expect(observances.has('2022-12-27')).toBe(false);
    expect(holidaysOfYear({ country: 'AG' }, 2022).has('2022-12-27')).toBe(true);
  });

  it('reads a country that has no states (Andorra: Meritxell Day, 8 September)', () => {
    expect(holidaysOfYear({ country: 'AD' }, 2026).has('2026-09-08')).toBe(true);
  });

  it('names both holidays of a date that has two', () => {
    expect(holidaysOfYear({ country: 'AI' }, 2025).get('2025-06-09')).toBe('Whit Monday / Celebration of the Birthday of Her Majesty the Queen');
  });

  it('names a holiday that date-holidays has no Dutch name for in English, not in the country’s own language', () => {
    expect(holidayName({ country: 'FR' }, '2026-07-14', 'nl')).toBe('Bastille Day'); // Tue
  });

  it('names a German holiday in Dutch and in English', () => {
    expect(holidayName({ country: 'DE' }, '2026-10-03', 'nl')).toBe('Nationale feestdag');
    expect(holidayName({ country: 'DE' }, '2026-10-03', 'en')).toBe('National Holiday');
  });
});

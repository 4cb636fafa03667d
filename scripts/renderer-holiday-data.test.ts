import Holidays, { type HolidaysTypes } from 'date-holidays';
import { data as allHolidays } from 'date-holidays/data';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDARS } from '../src-shared/calendar/builtin-calendars';
import {
  ALL_HOLIDAY_COUNTRIES,
  BUNDLED_HOLIDAY_COUNTRIES,
  countryChunkModule,
  countryData,
  equinoxZones,
  holidayCountryIndex,
  holidayDataModule,
  holidayIndexModule,
  packedZones,
  requiredCountries,
} from './renderer-holiday-data';

/** The JSON a generated module exports as `name`. */
function exported(text: string, name: string): unknown {
  const match = new RegExp(`export const ${name} = (\\{.*\\});`, 's').exec(text);
  if (!match?.[1]) throw new Error(`no ${name} in the module`);
  return JSON.parse(match[1]);
}

type Data = typeof allHolidays;

/** date-holidays' data as the renderer has it after registering `codes` (holidays.ts: registerHolidayCountries). */
function dataOf(codes: readonly string[]): Data {
  const pieces = codes.map(countryData);
  return {
    version: allHolidays.version,
    license: allHolidays.license,
    names: Object.assign({ substitutes: allHolidays.names['substitutes'] }, ...pieces.map((p) => p.names)) as Data['names'],
    holidays: Object.fromEntries(pieces.map((p) => [p.code, p.rules])),
  };
}

/** A country, each of its states and each of their regions. */
function sourcesOf(code: string): [string, string, string][] {
  const hd = new Holidays();
  const states = Object.keys(hd.getStates(code) ?? {});
  return [
    [code, '', ''],
    ...states.flatMap((s) => [
      [code, s, ''] as [string, string, string],
      ...Object.keys(hd.getRegions(code, s) ?? {}).map((r): [string, string, string] => [code, s, r]),
    ]),
  ];
}

function holidaysWith(data: Data | undefined, [country, state, region]: [string, string, string], year: number) {
  const opts = { languages: ['en'], ...(data ? { data } : {}) } as HolidaysTypes.Options;
  const hd = new Holidays(country, state, region, opts);
  hd.setTimezone(undefined as unknown as string); // local dates, as Klok asks (holidays.ts)
  return hd.getHolidays(year, 'en').map((h) => [h.date, h.name, h.type, h.substitute ?? false, h.rule]);
}

describe('the renderer holiday data', () => {
  describe('the first load', () => {
    it('bundles the built-in calendars’ countries and nothing else', () => {
      const countries = new Set(Object.values(BUILTIN_CALENDARS).flatMap((c) => (c.holidays ? [c.holidays.country] : [])));
      expect(BUNDLED_HOLIDAY_COUNTRIES).toEqual([...countries].sort());
      expect(BUNDLED_HOLIDAY_COUNTRIES).toEqual(['NL', 'US']);
      expect(BUNDLED_HOLIDAY_COUNTRIES.flatMap(requiredCountries).filter((c) => !BUNDLED_HOLIDAY_COUNTRIES.includes(c))).toEqual([]);
    });
    it('replaces date-holidays’ data with those countries, the names they use and the substitute day’s, and needs no zone', () => {
      const text = holidayDataModule(BUNDLED_HOLIDAY_COUNTRIES);
      const data = exported(text, 'data') as Data;
      expect(Object.keys(data.holidays).sort()).toEqual(['NL', 'US']);
      expect(data.names['substitutes']).toEqual(allHolidays.names['substitutes']);
      expect(data.names['easter 1']).toEqual(allHolidays.names['easter 1']);
      expect(Object.keys(data.names).length).toBeLessThan(Object.keys(allHolidays.names).length);
      expect(text).not.toContain('moment');
    });
  });

  describe('the index', () => {
    it('lists every country date-holidays knows and loads each one not bundled from its own chunk', () => {
      expect(Object.keys(holidayCountryIndex())).toEqual(ALL_HOLIDAY_COUNTRIES);
      expect(ALL_HOLIDAY_COUNTRIES.length).toBeGreaterThan(200);
      const text = holidayIndexModule(BUNDLED_HOLIDAY_COUNTRIES);
      const loaded = [...text.matchAll(/"(\w+)": \(\) => import\("virtual:klok\/holiday-country\/(\w+)"\)/g)].map((m) => {
        expect(m[1]).toBe(m[2]);
        return m[1];
      });
      expect(loaded).toEqual(ALL_HOLIDAY_COUNTRIES.filter((c) => !BUNDLED_HOLIDAY_COUNTRIES.includes(c)));
    });
    it('names each country in English, and in Dutch where date-holidays does', () => {
      const index = holidayCountryIndex();
      expect(index['JP']?.names).toEqual({ en: 'Japan' });
      expect(index['BE']?.names).toEqual({ en: 'Belgium', nl: 'België' });
    });
    it('says which countries come with one whose rules take their days', () => {
      expect(holidayCountryIndex()['GU']?.requires).toEqual(['US']);
      expect(requiredCountries('ES')).toEqual(['IC']);
      expect(requiredCountries('FR')).toEqual(['BL', 'GF', 'GP', 'MF', 'MQ', 'RE', 'YT']);
      expect(requiredCountries('JP')).toEqual([]);
    });
  });

  describe('a country’s chunk', () => {
    it.each(['JP', 'BR', 'FR'])('holds %s’s rules and the names they use, nothing of another country', (code) => {
      const chunk = exported(countryChunkModule(code), 'country') as ReturnType<typeof countryData>;
      expect(Object.keys(chunk)).toEqual(['code', 'rules', 'names']);
      expect(chunk.code).toBe(code);
      expect(chunk.rules).toEqual(allHolidays.holidays[code]);
      const used = new Set([...JSON.stringify(chunk.rules).matchAll(/"_name":"([^"]+)"/g)].map((m) => m[1]));
      expect(Object.keys(chunk.names).every((name) => used.has(name))).toBe(true);
    });

    // Every country, state and region, with nothing but its chunk and those of the countries it
    // requires: the same holidays as with date-holidays' whole data.
    it.each(ALL_HOLIDAY_COUNTRIES)('is enough for %s and its states and regions', (code) => {
      const data = dataOf([code, ...requiredCountries(code)]);
      for (const source of sourcesOf(code))
        for (const year of [2025, 2026]) {
          const alone = holidaysWith(data, source, year);
          expect(alone.length).toBeGreaterThan(0);
          expect(alone).toEqual(holidaysWith(undefined, source, year));
        }
    });
  });

  describe('equinox and solstice rules', () => {
    it('are all read as date-holidays-parser reads them', () => {
      const keys = JSON.stringify(allHolidays.holidays).match(/"[^"]*(?:equinox|solstice)[^"]*":/gi) ?? [];
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(key).toMatch(/(?:march|june|september|december) (?:equinox|solstice)/i);
    });
    it('ask for a zone in Chile and Taiwan only; Japan’s are at an offset', () => {
      const withZones = ALL_HOLIDAY_COUNTRIES.filter((c) => equinoxZones(c).length > 0);
      expect(Object.fromEntries(withZones.map((c) => [c, equinoxZones(c)]))).toEqual({ CL: ['America/Santiago'], TW: ['GMT'] });
      expect(JSON.stringify(allHolidays.holidays['JP'])).toContain('march equinox in +09:00');
    });
    it('bring their zones in their chunks, and only there', () => {
      expect(countryChunkModule('TW')).toMatch(
        /^import moment from 'moment-timezone';\nmoment\.tz\.add\(\["Etc\/GMT-0\|GMT\|0\|0\|\|"\]\);\nmoment\.tz\.link\(\["Etc\/GMT-0\|GMT"\]\);/,
      );
      expect(countryChunkModule('CL')).toContain('moment.tz.add(["America/Santiago|');
      expect(countryChunkModule('JP')).not.toContain('moment');
    });
    it('take a zone or a link from moment-timezone’s data', () => {
      expect(packedZones(['America/Santiago']).links).toEqual([]);
      expect(packedZones(['GMT'])).toMatchObject({ zones: ['Etc/GMT-0|GMT|0|0||'], links: ['Etc/GMT-0|GMT'] });
      expect(() => packedZones(['Mars/Olympus'])).toThrow(/no zone "Mars\/Olympus"/);
    });
  });
});

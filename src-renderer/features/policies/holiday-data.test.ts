import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import moment from 'moment-timezone';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileCalendar } from '../../../src-shared/calendar/calendar-schema';
import type { HolidaySource } from '../../../src-shared/calendar/calendar-spec';
import { hasHolidayCountry, holidayName, holidaysOfYear, isKnownHolidaySource } from '../../../src-shared/calendar/holidays';
import { ensureHolidayCountry, holidayCountryOptions, holidayRegionOptions, holidayStateOptions, isHolidayCountryLoaded } from './holiday-data';

// This file runs in the `renderer-holidays` project (vitest.config.ts): date-holidays as the
// renderer's build has it (the built-in calendars' countries only, the others loaded on demand)
// and moment-timezone without zone data. What it computes is compared with the engine on Node,
// run in a child process with every country and every zone.

const root = resolve(import.meta.dirname, '../../..');
/** Every country date-holidays knows (its data file read as plain data: nothing here runs date-holidays with it). */
const ALL_COUNTRIES = Object.keys((createRequire(import.meta.url)('date-holidays/data') as { data: { holidays: object } }).data.holidays).sort();

type Listed = [date: string, english: string, dutch: string | undefined][];

/** What the engine on Node computes: each source's holidays per year, with the English and Dutch names. */
function nodeEngine(sources: readonly HolidaySource[], years: readonly number[]): Map<string, Listed> {
  const script = `
    import { holidayName, holidaysOfYear } from ${JSON.stringify(resolve(root, 'src-shared/calendar/holidays.ts'))};
    const [sources, years] = ${JSON.stringify([sources, years])};
    const out = [];
    for (const s of sources) for (const y of years) out.push([JSON.stringify([s, y]), [...holidaysOfYear(s, y)].map(([d, en]) => [d, en, holidayName(s, d, 'nl')])]);
    process.stdout.write(JSON.stringify(out));`;
  const text = execFileSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), '--eval', script], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return new Map(JSON.parse(text) as [string, Listed][]);
}

function inRenderer(sources: readonly HolidaySource[], years: readonly number[]): Map<string, Listed> {
  const out = new Map<string, Listed>();
  for (const s of sources)
    for (const y of years)
      out.set(
        JSON.stringify([s, y]),
        [...holidaysOfYear(s, y)].map(([d, en]) => [d, en, holidayName(s, d, 'nl')]),
      );
  return out;
}

const calendar = (holidays: HolidaySource) => ({ zone: 'UTC', week: { mon: [['09:00', '17:00']] }, holidays });

describe('holidays in the renderer', () => {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');

  describe('before a country is loaded', () => {
    it('has the built-in calendars’ countries only, and moment-timezone without zones', () => {
      expect(ALL_COUNTRIES.filter(hasHolidayCountry)).toEqual(['NL', 'US']);
      expect(moment.tz.names()).toEqual([]);
    });
    it('lists every country, with nothing loaded', () => {
      expect(
        holidayCountryOptions('en')
          .map((o) => o.value)
          .sort(),
      ).toEqual(ALL_COUNTRIES);
      expect(
        holidayCountryOptions('nl')
          .map((o) => o.value)
          .sort(),
      ).toEqual(ALL_COUNTRIES);
      expect(isHolidayCountryLoaded('JP')).toBe(false);
    });
    it('refuses a calendar with the country', () => {
      expect(isKnownHolidaySource({ country: 'JP' })).toBe(false);
      expect(() => compileCalendar(calendar({ country: 'JP' }))).toThrow(/date-holidays does not know/);
    });
  });

  describe('ensureHolidayCountry', () => {
    it('loads a country once, after which the engine takes it', async () => {
      const first = ensureHolidayCountry('JP');
      expect(ensureHolidayCountry('JP')).toBe(first);
      await first;
      await ensureHolidayCountry('JP');
      expect(isHolidayCountryLoaded('JP')).toBe(true);
      expect(compileCalendar(calendar({ country: 'JP' })).spec.holidays).toEqual({ country: 'JP' });
      expect(holidayName({ country: 'JP' }, '2027-03-21', 'en')).toBe('Spring Equinox Day'); // Sun, March equinox in +09:00
      expect(holidayName({ country: 'JP' }, '2027-03-22', 'en')).toBe('Spring Equinox Day (substitute day)'); // Mon
    });

    it('loads with a country those whose days its rules take (France’s overseas departments take France’s)', async () => {
      await ensureHolidayCountry('GF');
      expect(['FR', 'GF', 'GP', 'MQ', 'RE', 'YT', 'BL', 'MF'].every(isHolidayCountryLoaded)).toBe(true);
      expect(isKnownHolidaySource({ country: 'FR', state: 'YT' })).toBe(true);
      expect(holidayName({ country: 'FR', state: 'YT' }, '2026-04-27', 'en')).toBe('Abolition of Slavery'); // Mon, Mayotte
    });

    it('resolves at once for a bundled country and for a code date-holidays does not know', async () => {
      await expect(ensureHolidayCountry('NL')).resolves.toBeUndefined();
      await expect(ensureHolidayCountry('XX')).resolves.toBeUndefined();
      await expect(ensureHolidayCountry('toString')).resolves.toBeUndefined();
      expect(isKnownHolidaySource({ country: 'XX' })).toBe(false);
    });
  });

  describe('equinox and solstice rules', () => {
    it('bring exactly the zones they ask moment-timezone for, with the country that needs them', async () => {
      await ensureHolidayCountry('JP'); // "march equinox in +09:00": an offset, no zone
      expect(moment.tz.names()).toEqual([]);
      await ensureHolidayCountry('TW'); // "december solstice": GMT
      await ensureHolidayCountry('CL'); // "june solstice in America/Santiago since 2022"
      expect(moment.tz.names().sort()).toEqual(['America/Santiago', 'Etc/GMT-0', 'GMT']);
    });
  });

  describe('after loading, the same holidays as the engine on Node', () => {
    const YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030];
    const SOURCES: HolidaySource[] = [
      { country: 'JP' },
      { country: 'BR' },
      { country: 'BR', state: 'SP' },
      { country: 'NL' },
      { country: 'US' },
      { country: 'US', state: 'LA', region: 'NO', types: ['public', 'bank'] },
      { country: 'CL' },
      { country: 'TW', types: ['public', 'observance'] }, // Dongzhi: the December solstice, in GMT
      { country: 'FR', state: 'YT' },
      { country: 'DE', state: 'BY', region: 'A' },
      { country: 'GB', state: 'SCT', types: ['public', 'bank'] },
      { country: 'IL' },
      { country: 'CN' },
    ];
    let expected: Map<string, Listed>;
    beforeAll(async () => {
      expected = nodeEngine(SOURCES, YEARS);
      await Promise.all(SOURCES.map((s) => ensureHolidayCountry(s.country)));
    });

    it.each(SOURCES.map((s) => [JSON.stringify(s), s] as const))('%s, 2024–2030, in English and Dutch', (_, source) => {
      const got = inRenderer([source], YEARS);
      for (const [key, list] of got) {
        expect(list.length).toBeGreaterThan(0);
        expect(list).toEqual(expected.get(key));
      }
    });

    it('finds the solstice days', () => {
      expect([...holidaysOfYear({ country: 'TW', types: ['observance'] }, 2026).values()]).toContain('Dongzhi Festival');
      expect(holidayName({ country: 'CL' }, '2026-06-21', 'en')).toBe("Indigenous People's Day"); // Sun
    });

    it('names a holiday in Dutch where date-holidays has it', () => {
      expect(holidayName({ country: 'BR' }, '2026-12-25', 'nl')).toBe('Kerstmis'); // Fri
      expect(holidayName({ country: 'JP' }, '2026-12-25', 'nl')).toBeUndefined();
    });
  });

  describe('every country date-holidays knows', () => {
    it('loads through its chunk and then closes the same days, with the same names, as on Node (2026)', async () => {
      const sources = ALL_COUNTRIES.map((country) => ({ country }));
      const expected = nodeEngine(sources, [2026]);
      for (const code of ALL_COUNTRIES) await ensureHolidayCountry(code);
      expect(ALL_COUNTRIES.filter((code) => !isKnownHolidaySource({ country: code }))).toEqual([]);
      expect(inRenderer(sources, [2026])).toEqual(expected);
    });
  });

  // Last, after every country has loaded: moment-timezone says "has no data for …" with console.error.
  it('logs no error or warning meanwhile', () => {
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the option lists', () => {
  it('name the countries in the screen’s language, sorted by name', () => {
    const en = holidayCountryOptions('en');
    const nl = holidayCountryOptions('nl');
    const label = (options: typeof en, code: string) => options.find((o) => o.value === code)?.label;
    expect(label(en, 'DE')).toBe('Germany');
    expect(label(nl, 'BE')).toBe('België'); // date-holidays' own Dutch name
    expect(label(nl, 'DE')).toBe('Duitsland'); // none in date-holidays: the platform's (CLDR)
    expect(label(nl, 'JP')).toBe('Japan'); // not date-holidays' fallback, "日本"
    const collator = new Intl.Collator('nl');
    expect(nl.map((o) => o.label)).toEqual(nl.map((o) => o.label).sort((a, b) => collator.compare(a, b)));
    expect(holidayCountryOptions('nl')).toBe(nl);
  });

  it('list the states and regions of a country, loading it first', async () => {
    const states = await holidayStateOptions('AT', 'nl');
    expect(isHolidayCountryLoaded('AT')).toBe(true);
    expect(states.map((o) => o.value)).toContain('9');
    expect(states.find((o) => o.value === '9')?.label).toBe('Wien');
    expect(await holidayRegionOptions('US', 'LA', 'en')).toEqual([{ value: 'NO', label: 'New Orleans' }]);
    expect(await holidayStateOptions('JP', 'en')).toEqual([]);
    expect(await holidayRegionOptions('US', 'NY', 'en')).toEqual([]);
  });
});

import { data as allHolidays } from 'date-holidays/data';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { BUILTIN_CALENDARS } from '../src-shared/calendar/builtin-calendars.ts';
import type { HolidayCountryData } from '../src-shared/calendar/holidays';

/**
 * The renderer's holiday data. date-holidays carries ~200 countries (≈ 800 KB); the renderer's
 * first load holds only the countries of the built-in calendars, and every other country is a
 * chunk of its own that src-renderer/features/policies/holiday-data.ts imports on demand and
 * registers with the engine. The engine on Node (the `sla` command, tests) keeps every country.
 */

/** The countries of the built-in calendars and those their rules take days from: in the first load. */
export const BUNDLED_HOLIDAY_COUNTRIES: readonly string[] = withRequired(
  Object.values(BUILTIN_CALENDARS).flatMap((calendar) => (calendar.holidays ? [calendar.holidays.country] : [])),
);

/** Every country date-holidays knows. */
export const ALL_HOLIDAY_COUNTRIES: readonly string[] = Object.keys(allHolidays.holidays).sort();

/** The module that lists every country and imports each one's chunk on demand. */
export const HOLIDAY_INDEX_ID = 'virtual:klok/holiday-countries';
/** One country's chunk: `virtual:klok/holiday-country/JP`. */
export const HOLIDAY_COUNTRY_ID = 'virtual:klok/holiday-country/';

/** What the index tells about a country before its chunk is loaded. */
export interface HolidayCountryEntry {
  /** date-holidays' names of the country in the screens' languages (Dutch for a few only). */
  readonly names: { readonly en: string; readonly nl?: string };
  /** Countries whose days its rules take (`_days`), to be registered with it. */
  readonly requires: readonly string[];
}

function rulesOf(code: string): object {
  const rules = allHolidays.holidays[code];
  if (!rules) throw new Error(`date-holidays does not know the country "${code}"`);
  return rules;
}

/** Every key and value under `node`, depth first. */
function* entriesUnder(node: unknown): Generator<[string, unknown]> {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    yield [key, value];
    yield* entriesUnder(value);
  }
}

/** The countries a country's rules take days from (`_days: "FR"` or `["IC", "regions", "EH"]`), directly. */
function referencedCountries(code: string): string[] {
  const out = new Set<string>();
  for (const [key, value] of entriesUnder(rulesOf(code))) {
    if (key !== '_days') continue;
    const ref: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof ref === 'string' && ref !== code) out.add(ref);
  }
  return [...out];
}

/** `codes` and every country their rules take days from, transitively, sorted. */
function withRequired(codes: readonly string[]): string[] {
  const out = new Set<string>();
  const visit = (code: string) => {
    if (out.has(code)) return;
    out.add(code);
    referencedCountries(code).forEach(visit);
  };
  codes.forEach(visit);
  return [...out].sort();
}

/** The countries that must be registered together with `code` (without it). */
export function requiredCountries(code: string): string[] {
  return withRequired([code]).filter((c) => c !== code);
}

/** The shared holiday names (date-holidays' `names`) a country's rules refer to with `_name`. */
function namesOf(code: string): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [key, value] of entriesUnder(rulesOf(code))) {
    const names = typeof value === 'string' && key === '_name' ? allHolidays.names[value] : undefined;
    if (names && typeof value === 'string') out[value] = names;
  }
  return out;
}

/** One country's piece of date-holidays' data: its rules and the names they use, nothing else. */
export function countryData(code: string): HolidayCountryData {
  return { code, rules: rulesOf(code), names: namesOf(code) };
}

// date-holidays-parser's grammar for equinox rules (Parser.js): "march equinox in +09:00",
// "june solstice in America/Santiago", "december solstice" (GMT). Equinox.js moves the instant to
// that zone with moment-timezone: an offset needs no zone data, a named zone does.
const EQUINOX_RULE = /\b(?:march|june|september|december) (?:equinox|solstice)(?: in ([^\s]*|[+-]\d{2}:\d{2}))?/i;
const OFFSET = /^[+-]\d{2}:\d{2}?$/;

/** The named zones a country's equinox and solstice rules ask moment-timezone for. */
export function equinoxZones(code: string): string[] {
  const zones = new Set<string>();
  for (const [key] of entriesUnder(rulesOf(code))) {
    const match = EQUINOX_RULE.exec(key);
    if (!match) continue;
    const zone = match[1] ?? 'GMT';
    if (!OFFSET.test(zone)) zones.add(zone);
  }
  return [...zones].sort();
}

interface PackedZones {
  readonly version: string;
  readonly zones: readonly string[];
  readonly links: readonly string[];
}

const requireHere = createRequire(import.meta.url);
const latestZones = JSON.parse(readFileSync(requireHere.resolve('moment-timezone/data/packed/latest.json'), 'utf8')) as PackedZones;

/** moment-timezone's packed data for `names` only: each zone, or the link that names it and the zone it links to. */
export function packedZones(names: readonly string[]): PackedZones {
  const zoneNamed = (name: string) => latestZones.zones.find((z) => z.split('|')[0] === name);
  const zones = new Set<string>();
  const links = new Set<string>();
  for (const name of names) {
    const zone = zoneNamed(name);
    if (zone) {
      zones.add(zone);
      continue;
    }
    const link = latestZones.links.find((l) => l.split('|')[1] === name);
    const target = link ? zoneNamed(link.split('|')[0] ?? '') : undefined;
    if (!link || !target) throw new Error(`moment-timezone has no zone "${name}"`);
    zones.add(target);
    links.add(link);
  }
  return { version: latestZones.version, zones: [...zones], links: [...links] };
}

/** Statements that give moment-timezone (the renderer's, without data) the zones `names`. */
function zoneStatements(names: readonly string[]): string {
  if (names.length === 0) return '';
  const { zones, links } = packedZones(names);
  return `import moment from 'moment-timezone';\nmoment.tz.add(${JSON.stringify(zones)});\nmoment.tz.link(${JSON.stringify(links)});\n`;
}

/** A country's chunk: its data, after giving moment-timezone the zones its rules need. */
export function countryChunkModule(code: string): string {
  return `${zoneStatements(equinoxZones(code))}export const country = ${JSON.stringify(countryData(code))};`;
}

/** What the index says of each country. */
export function holidayCountryIndex(): Record<string, HolidayCountryEntry> {
  return Object.fromEntries(
    ALL_HOLIDAY_COUNTRIES.map((code) => {
      const names = (rulesOf(code) as { names?: Record<string, string> }).names ?? {};
      const en = names['en'] ?? Object.values(names)[0] ?? code;
      const entry: HolidayCountryEntry = { names: names['nl'] ? { en, nl: names['nl'] } : { en }, requires: requiredCountries(code) };
      return [code, entry];
    }),
  );
}

/** The index: every country, and for each not bundled a function that imports its chunk. */
export function holidayIndexModule(bundled: readonly string[]): string {
  const loaders = ALL_HOLIDAY_COUNTRIES.filter((code) => !bundled.includes(code)).map(
    (code) => `  ${JSON.stringify(code)}: () => import(${JSON.stringify(HOLIDAY_COUNTRY_ID + code)}),`,
  );
  return [
    `export const HOLIDAY_COUNTRIES = ${JSON.stringify(holidayCountryIndex())};`,
    `export const HOLIDAY_COUNTRY_LOADERS = {\n${loaders.join('\n')}\n};`,
  ].join('\n');
}

/**
 * The data module date-holidays would load, cut down to `countries` (with the names they use and
 * the "substitute day" names every country shares).
 */
export function holidayDataModule(countries: readonly string[]): string {
  const pieces = countries.map(countryData);
  const names = Object.assign({ substitutes: allHolidays.names['substitutes'] }, ...pieces.map((p) => p.names)) as Record<string, object>;
  const holidays = Object.fromEntries(pieces.map((p) => [p.code, p.rules]));
  const zones = [...new Set(countries.flatMap(equinoxZones))];
  return `${zoneStatements(zones)}export const data = ${JSON.stringify({ version: allHolidays.version, license: allHolidays.license, names, holidays })};`;
}

/** Vite plugin: the index and the countries' chunks as virtual modules (harmless where every country is bundled). */
export function holidayCountryModules(): Plugin {
  return {
    name: 'klok:holiday-country-modules',
    resolveId: (id) => (id === HOLIDAY_INDEX_ID || id.startsWith(HOLIDAY_COUNTRY_ID) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${HOLIDAY_INDEX_ID}`) return holidayIndexModule(BUNDLED_HOLIDAY_COUNTRIES);
      if (id.startsWith(`\0${HOLIDAY_COUNTRY_ID}`)) return countryChunkModule(id.slice(HOLIDAY_COUNTRY_ID.length + 1));
      return null;
    },
  };
}

/** Vite plugin: date-holidays' data module cut down to the bundled countries. */
export function bundledHolidayData(): Plugin {
  return {
    name: 'klok:bundled-holiday-data',
    enforce: 'pre',
    load: (id) => (/date-holidays[\\/]src[\\/]data\.js$/.test(id) ? holidayDataModule(BUNDLED_HOLIDAY_COUNTRIES) : null),
  };
}

/**
 * moment-timezone without its zone data (≈ 700 KB). Klok asks date-holidays for local dates only
 * (src-shared/calendar/holidays.ts), so moment-timezone needs a zone only for equinox and solstice
 * rules in a named zone (Chile's June solstice in America/Santiago, Taiwan's December solstice in
 * GMT): the chunks of those countries bring exactly those zones.
 */
export const MOMENT_WITHOUT_ZONES = { find: /^moment-timezone$/, replacement: 'moment-timezone/moment-timezone.js' };

/** Vite plugins and alias for the renderer: the bundled countries, the others' index and chunks, moment-timezone without zones. */
export function rendererHolidayData(): { plugins: Plugin[]; alias: { find: RegExp; replacement: string }[] } {
  return { plugins: [bundledHolidayData(), holidayCountryModules()], alias: [MOMENT_WITHOUT_ZONES] };
}

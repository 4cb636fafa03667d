import Holidays from 'date-holidays';
import { data as holidayData } from 'date-holidays/data';
import type { HolidaySource } from './calendar-spec';

/** Local date ("2026-04-27") → holiday name, for one source and year. */
export type HolidayMap = ReadonlyMap<string, string>;

/** Languages Klok names holidays in: English for the engine and the CLI, Dutch for a Dutch screen. */
export type HolidayLanguage = 'en' | 'nl';

export const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'] as const;

const instances = new Map<string, Holidays>();
const years = new Map<string, HolidayMap>();
const englishLists = new Map<string, ReturnType<Holidays['getHolidays']>>();

function sourceKey(source: HolidaySource): string {
  return [source.country, source.state ?? '', source.region ?? ''].join('|');
}

function instanceFor(source: HolidaySource): Holidays {
  const key = sourceKey(source);
  let hd = instances.get(key);
  if (!hd) {
    hd = new Holidays(source.country, source.state ?? '', source.region ?? '', { languages: ['en'] });
    // Dates only: without a zone date-holidays never asks moment-timezone (whose zone data the
    // renderer does not ship) for a holiday's start and end instants. Klok reads the local `date`
    // and resolves it to instants with Luxon in the calendar's own zone (day-plan.ts).
    hd.setTimezone(undefined as unknown as string); // typed as string upstream; undefined is the documented "local dates"
    instances.set(key, hd);
  }
  return hd;
}

/** Whether date-holidays knows the country (and state and region, when given). */
export function isKnownHolidaySource(source: HolidaySource): boolean {
  if (!hasHolidayCountry(source.country)) return false;
  if (!source.state) return true;
  if (!Object.hasOwn(holidayStates(source.country, 'en'), source.state)) return false;
  return !source.region || Object.hasOwn(holidayRegions(source.country, source.state, 'en'), source.region);
}

/**
 * Whether the country's holiday rules are at hand. On Node (the `sla` command, tests) every
 * country date-holidays knows is; the renderer ships a few and registers the others when asked
 * (src-renderer/features/policies/holiday-data.ts).
 */
export function hasHolidayCountry(country: string): boolean {
  return Object.hasOwn(holidayData.holidays, country);
}

/** The states (or provinces) of a country, code → name in `language` where date-holidays has it; empty when it has none. */
export function holidayStates(country: string, language: HolidayLanguage): Readonly<Record<string, string>> {
  return hasHolidayCountry(country) ? (new Holidays().getStates(country, language) ?? {}) : {};
}

/** The regions of a state, code → name in `language` where date-holidays has it; empty when it has none. */
export function holidayRegions(country: string, state: string, language: HolidayLanguage): Readonly<Record<string, string>> {
  return hasHolidayCountry(country) ? (new Holidays().getRegions(country, state, language) ?? {}) : {};
}

/**
 * One country's holiday data as date-holidays stores it: its rules and the shared holiday names
 * they refer to (`_name`). The renderer's build cuts date-holidays' data into one such piece per
 * country (scripts/renderer-holiday-data.ts).
 */
export interface HolidayCountryData {
  readonly code: string;
  readonly rules: object;
  readonly names: Readonly<Record<string, object>>;
}

/**
 * Adds countries' holiday rules to date-holidays' data, all at once (a country's rules may refer
 * to another's days: French Guiana takes France's). Registering a country again changes nothing.
 */
export function registerHolidayCountries(countries: readonly HolidayCountryData[]): void {
  for (const country of countries) Object.assign(holidayData.names, country.names);
  for (const country of countries) holidayData.holidays[country.code] = country.rules;
  // A country asked for before its rules were here has empty entries, and a state's rules may take
  // another country's days: start afresh rather than work out which entries are stale.
  instances.clear();
  years.clear();
  englishLists.clear();
}

/**
 * The holidays of one year that close the desk, named in English. A holiday closes its whole local
 * date in the calendar's own zone (date-holidays' `date` field), whatever zone the calendar runs
 * in. Observed ("substitute") days are included: date-holidays lists them as separate entries,
 * and an observed day counts whenever its holiday does, whatever type date-holidays gives it.
 */
export function holidaysOfYear(source: HolidaySource, year: number): HolidayMap {
  return namedHolidaysOfYear(source, year, 'en');
}

/**
 * The name of the holiday on a local date in `language`, where date-holidays has one, else in
 * English; undefined when the date is no holiday.
 */
export function holidayName(source: HolidaySource, date: string, language: HolidayLanguage): string | undefined {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) ? namedHolidaysOfYear(source, year, language).get(date) : undefined;
}

function namedHolidaysOfYear(source: HolidaySource, year: number, language: HolidayLanguage): HolidayMap {
  const types = source.types && source.types.length > 0 ? source.types : ['public'];
  const key = `${sourceKey(source)}|${types.join(',')}|${year}|${language}`;
  const cached = years.get(key);
  if (cached) return cached;
  // Which days close is decided on the English list (stable names); the names come from the list
  // in the screen's language, entry for entry.
  const english = englishHolidays(source, year);
  const named = language === 'en' ? english : instanceFor(source).getHolidays(year, language);
  const counted = countedHolidayNames(source, year, types);
  const map = new Map<string, string>();
  english.forEach((holiday, i) => {
    if (!types.includes(holiday.type) && !(holiday.substitute && counted.has(substitutedName(holiday.name)))) return;
    const date = holiday.date.slice(0, 10);
    const name = (named.length === english.length ? named[i]?.name : undefined) ?? holiday.name;
    const known = map.get(date);
    map.set(date, known ? `${known} / ${name}` : name);
  });
  years.set(key, map);
  return map;
}

function englishHolidays(source: HolidaySource, year: number): ReturnType<Holidays['getHolidays']> {
  const key = `${sourceKey(source)}|${year}`;
  let list = englishLists.get(key);
  if (!list) englishLists.set(key, (list = instanceFor(source).getHolidays(year, 'en')));
  return list;
}

/**
 * The English names of the holidays of the counted types around `year` (a substitute day may fall
 * in the year before its holiday: New Year's Day 2022 was observed on 31 December 2021).
 */
function countedHolidayNames(source: HolidaySource, year: number, types: readonly string[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const y of [year - 1, year, year + 1]) {
    for (const h of englishHolidays(source, y)) if (types.includes(h.type) && !h.substitute) names.add(h.name);
  }
  return names;
}

/**
 * The holiday a substitute day stands in for: date-holidays names it "<holiday> (substitute day)",
 * and sometimes types it differently (the observed Veterans Day is "bank", the holiday "public").
 * An observed day of a holiday that closes the desk closes it too (5 U.S.C. 6103(b)).
 */
function substitutedName(name: string): string {
  return name.replace(/\s*\(substitute day\)$/, '');
}

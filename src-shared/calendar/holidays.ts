import Holidays from 'date-holidays';
import type { HolidaySource } from './calendar-spec';

/** Local date ("2026-04-27") → holiday name, for one source and year. */
export type HolidayMap = ReadonlyMap<string, string>;

/** Languages Klok names holidays in: English for the engine and the CLI, Dutch for a Dutch screen. */
export type HolidayLanguage = 'en' | 'nl';

export const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'] as const;

const instances = new Map<string, Holidays>();
const years = new Map<string, HolidayMap>();

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
  const hd = new Holidays();
  const countries = (hd.getCountries('en') ?? {}) as Record<string, string>;
  if (!(source.country in countries)) return false;
  if (!source.state) return true;
  const states = (hd.getStates(source.country, 'en') ?? {}) as Record<string, string>;
  if (!(source.state in states)) return false;
  if (!source.region) return true;
  const regions = (hd.getRegions(source.country, source.state, 'en') ?? {}) as Record<string, string>;
  return source.region in regions;
}

/**
 * The holidays of one year that close the desk, named in English. A holiday closes its whole local
 * date in the calendar's own zone (date-holidays' `date` field), whatever zone the calendar runs
 * in. Observed ("substitute") days are included: date-holidays lists them as separate entries.
 */
export function holidaysOfYear(source: HolidaySource, year: number): HolidayMap {
  return namedHolidaysOfYear(source, year, 'en');
}

/**
 * The name of the holiday on a local date in `language`, where date-holidays has one (it falls
 * back to the country's own language, then English); undefined when the date is no holiday.
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
  const map = new Map<string, string>();
  for (const holiday of instanceFor(source).getHolidays(year, language)) {
    if (!types.includes(holiday.type)) continue;
    const date = holiday.date.slice(0, 10);
    const known = map.get(date);
    map.set(date, known ? `${known} / ${holiday.name}` : holiday.name);
  }
  years.set(key, map);
  return map;
}

import Holidays from 'date-holidays';
import type { HolidaySource } from './calendar-spec';

/** Local date ("2026-04-27") → holiday name, for one source and year. */
export type HolidayMap = ReadonlyMap<string, string>;

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
    // Klok reads only each holiday's local date. Without a zone, date-holidays skips converting
    // every holiday's start and end through moment-timezone (which the renderer ships without
    // zone data, so each conversion logged an error): planning a year cost seconds in the browser.
    hd.setTimezone(undefined as unknown as string);
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
 * The holidays of one year that close the desk. A holiday closes its whole local date in the
 * calendar's own zone (date-holidays' `date` field), whatever zone the calendar runs in.
 * Observed ("substitute") days are included: date-holidays lists them as separate entries.
 */
export function holidaysOfYear(source: HolidaySource, year: number): HolidayMap {
  const types = source.types && source.types.length > 0 ? source.types : ['public'];
  const key = `${sourceKey(source)}|${types.join(',')}|${year}`;
  const cached = years.get(key);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const holiday of instanceFor(source).getHolidays(year, 'en')) {
    if (!types.includes(holiday.type)) continue;
    const date = holiday.date.slice(0, 10);
    const known = map.get(date);
    map.set(date, known ? `${known} / ${holiday.name}` : holiday.name);
  }
  years.set(key, map);
  return map;
}

import { civilOfDays, daysOfCivil } from '../time/civil-days';
import { DateTime, type Zone } from 'luxon';
import { calendarZone } from '../time/cached-zone';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * One local date of a calendar's zone. `wall` is the date's midnight on the wall clock, counted
 * as if the zone were UTC; `start` is the instant the day begins and `offset` the zone's offset
 * then (minutes east of UTC).
 */
export interface LocalDay {
  readonly date: string;
  readonly year: number;
  /** 1 = Monday … 7 = Sunday (ISO, as Luxon counts). */
  readonly weekday: number;
  readonly wall: number;
  readonly start: number;
  readonly offset: number;
}

const zones = new Map<string, Zone>();

/** The Luxon zone of a calendar's zone name (IANA zones with cached offsets; fixed offsets as Luxon reads them). */
export function zoneNamed(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    zone = DateTime.fromMillis(0, { zone: calendarZone(name) }).zone;
    zones.set(name, zone);
  }
  return zone;
}

/**
 * The instant a wall-clock time stands for in `zone`, resolved exactly as Luxon resolves it when it
 * sets or adds to a DateTime whose offset is `guess`: a time the spring change skips moves forward,
 * an autumn time that occurs twice takes the offset guessed when both fit. Returns the instant and
 * the offset it has. Planning a year this way costs a few offset lookups a day instead of several
 * Luxon DateTimes, which made the first board of a desk wait a second.
 */
export function resolveWallTime(zone: Zone, wall: number, guess: number): { readonly at: number; readonly offset: number } {
  let at = wall - guess * MINUTE_MS;
  const o2 = zone.offset(at);
  if (o2 === guess) return { at, offset: guess };
  at -= (o2 - guess) * MINUTE_MS;
  const o3 = zone.offset(at);
  if (o2 === o3) return { at, offset: o2 };
  return { at: wall - Math.min(o2, o3) * MINUTE_MS, offset: Math.max(o2, o3) };
}

function localDay(wall: number, start: { at: number; offset: number }): LocalDay {
  const days = Math.floor(wall / DAY_MS);
  const { year, month, day } = civilOfDays(days);
  return {
    date: `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`,
    year,
    weekday: ((((days + 3) % 7) + 7) % 7) + 1, // 1 January 1970 was a Thursday
    wall,
    start: start.at,
    offset: start.offset,
  };
}

/** The wall-clock date (its midnight, counted as if UTC) of an instant resolved with its offset. */
function wallDateOf(resolved: { at: number; offset: number }): number {
  return Math.floor((resolved.at + resolved.offset * MINUTE_MS) / DAY_MS) * DAY_MS;
}

/** Luxon's `startOf('day')` of a DateTime at `resolved`: midnight of its date, from its offset. */
function startOfDay(zone: Zone, resolved: { at: number; offset: number }): LocalDay {
  const wall = wallDateOf(resolved);
  return localDay(wall, resolveWallTime(zone, wall, resolved.offset));
}

/**
 * The day after `day`, as Luxon's `plus({ days: 1 }).startOf('day')` finds it: plus() keeps the
 * wall time the day's start has (midnight, unless midnight was skipped), startOf('day') goes back
 * to midnight of the date that gave. A date a zone skipped altogether (Apia, 30 December 2011)
 * is passed over.
 */
export function nextLocalDay(zone: Zone, day: LocalDay): LocalDay {
  const timeOfDay = day.start + day.offset * MINUTE_MS - day.wall;
  return startOfDay(zone, resolveWallTime(zone, day.wall + DAY_MS + timeOfDay, day.offset));
}

/** Every local date of `year` in the zone named, in order. */
export function daysOfYear(zoneName: string, year: number): LocalDay[] {
  const zone = zoneNamed(zoneName);
  const wall = daysOfCivil(year, 1, 1) * DAY_MS;
  let day = startOfDay(zone, resolveWallTime(zone, wall, zone.offset(wall)));
  const days: LocalDay[] = [];
  while (day.year === year) {
    days.push(day);
    day = nextLocalDay(zone, day);
  }
  return days;
}

/** The instant of minute `minutes` of a local day (1440 is the next day's start), as Luxon's `set` finds it. */
export function instantOnDay(zone: Zone, day: LocalDay, minutes: number): number {
  if (minutes >= 1440) return nextLocalDay(zone, day).start;
  return resolveWallTime(zone, day.wall + minutes * MINUTE_MS, day.offset).at;
}

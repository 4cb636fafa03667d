import { DateTime } from 'luxon';
import { CalendarRegistry } from '../calendar/calendar-registry';

/** Epoch ms of an ISO instant with offset (tests only). */
export function at(iso: string): number {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid || !/(Z|[+-]\d\d:\d\d)$/.test(iso)) throw new Error(`bad test instant ${iso}`);
  return dt.toMillis();
}

/** ISO in a zone without milliseconds, for readable assertions. */
export function iso(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) as string;
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export const calendars = new CalendarRegistry();

/**
 * ISO-8601 instants read and written with integer arithmetic, for the common, well-formed case:
 * the `sla` command answers hundreds of thousands of queries, and Luxon's general parser and
 * formatter cost most of its time. Anything out of the ordinary returns null here and is left to
 * Luxon (instant.ts), so the answers are Luxon's, character for character (tests compare them).
 */

import { civilOfDays, daysOfCivil } from './civil-days';

const DAY_MS = 86_400_000;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DDTHH:MM[:SS[.fff]]` then `Z` or `±HH:MM`: the shape the fast reader takes. */
const COMMON = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * Epoch milliseconds of a common ISO instant, or null when the text is not in the common shape or
 * any field is out of its range (then the full parser decides, and says why).
 */
export function parseCommonIso(text: string): number | null {
  const m = COMMON.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const monthDays = month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] as number);
  if (day > monthDays) return null;
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetMins > 59) return null;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  return daysOfCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + fraction;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/**
 * `ms` written at a UTC offset of `offsetMinutes`, as Luxon's `toISO({ suppressMilliseconds })`
 * writes a non-UTC zone: `2026-03-02T09:00:00+01:00`, milliseconds only when not zero (always
 * when `suppressMilliseconds` is false). Years 0000–9999, whole minutes of offset and whole
 * milliseconds only (null otherwise).
 */
export function formatIsoAtOffset(ms: number, offsetMinutes: number, suppressMilliseconds: boolean): string | null {
  if (!Number.isInteger(offsetMinutes) || !Number.isInteger(ms)) return null;
  const local = ms + offsetMinutes * 60_000;
  const days = Math.floor(local / DAY_MS);
  const { year, month, day } = civilOfDays(days);
  if (year < 0 || year > 9999) return null;
  let rest = local - days * DAY_MS;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const fraction = suppressMilliseconds && millis === 0 ? '' : `.${three(millis)}`;
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${fraction}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

import { DateTime } from 'luxon';

/** "2 h 05 m 09 s" for business time; negative durations are formatted by their size. */
export function formatDuration(ms: number, withSeconds = true): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  if (!withSeconds) return h > 0 ? `${h} h ${mm} m` : `${m} m`;
  return h > 0 ? `${h} h ${mm} m ${ss} s` : `${m} m ${ss} s`;
}

/** An instant in a calendar's zone and the user's locale, with the zone's abbreviation. */
export function formatInstant(ms: number, zone: string, locale: string): string {
  return DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
}

export function formatTime(ms: number, zone: string, locale: string): string {
  return DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat('ccc d LLL HH:mm ZZZZ');
}

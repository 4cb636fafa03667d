import { DateTime, IANAZone, Settings } from 'luxon';

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
  return `${DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat('ccc d LLL yyyy, HH:mm')} ${zoneName(ms, zone, locale)}`;
}

/** Like formatInstant, without the year. */
export function formatTime(ms: number, zone: string, locale: string): string {
  return `${DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat('ccc d LLL HH:mm')} ${zoneName(ms, zone, locale)}`;
}

/** An instant in the agent's own zone (the machine's), without a zone name: the whole board shares it. */
export function formatLocalTime(ms: number, locale: string): string {
  const key = `${locale}|${agentZoneName()}|${ms}`;
  let text = localTimes.get(key);
  if (text === undefined) {
    // Rows mount and unmount as the queue scrolls: each due time is formatted once, not per mount.
    if (localTimes.size >= MAX_LOCAL_TIMES) localTimes.clear();
    text = DateTime.fromMillis(ms).setLocale(locale).toFormat('ccc d LLL HH:mm');
    localTimes.set(key, text);
  }
  return text;
}

const localTimes = new Map<string, string>();
const MAX_LOCAL_TIMES = 20_000;

let agentZone = { name: '', askedAt: Number.NEGATIVE_INFINITY };

/**
 * The zone local times are shown in (the machine's), asked of Intl at most once a second: Luxon
 * asks on every call (a new Intl.DateTimeFormat each time), which cost every row of the board on
 * each change. A zone changed in the system settings shows within a second.
 */
function agentZoneName(): string {
  const t = performance.now();
  if (t - agentZone.askedAt >= 1000) agentZone = { name: Settings.defaultZone.name, askedAt: t };
  return agentZone.name;
}

/**
 * The zone's short name at `ms` ("CET", "GMT-6"), as Luxon's `ZZZZ` gives it, from one
 * Intl.DateTimeFormat per locale and zone (Luxon makes a new one on every call, which the board's
 * one-second tick paid for on every row).
 */
function zoneName(ms: number, zone: string, locale: string): string {
  const key = `${locale}|${zone}`;
  let format = zoneNameFormats.get(key);
  if (format === undefined) {
    // A fixed offset ("UTC-3") is its own name; Intl does not take it for a zone.
    format = IANAZone.isValidZone(zone) ? new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }) : null;
    zoneNameFormats.set(key, format);
  }
  if (!format) return DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat('ZZZZ');
  return format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** Per locale and zone: the formatter, or null for a zone Intl does not know (a fixed offset). */
const zoneNameFormats = new Map<string, Intl.DateTimeFormat | null>();

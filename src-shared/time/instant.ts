import { DateTime } from 'luxon';

/**
 * The edge between the outside world (ISO-8601 text) and the engine (epoch milliseconds).
 * An instant must carry its offset (`Z` or `±hh:mm`): "09:00" alone is ambiguous.
 */
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/** The instants Klok works with: 1970-01-01T00:00Z up to (not including) 2200-01-01T00:00Z. */
export const MIN_INSTANT = 0;
export const MAX_INSTANT = 7_258_118_400_000;
export const INSTANT_RANGE_TEXT = 'must lie between 1970-01-01 and 2199-12-31';

export type InstantResult = { ok: true; ms: number } | { ok: false; reason: string };

export function parseInstant(text: unknown): InstantResult {
  if (typeof text !== 'string') return { ok: false, reason: 'must be an ISO-8601 instant string' };
  if (!text.includes('T') || !HAS_OFFSET.test(text)) {
    return { ok: false, reason: `"${text}" must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T09:00:00+01:00` };
  }
  const dt = DateTime.fromISO(text, { setZone: true });
  if (!dt.isValid) return { ok: false, reason: `"${text}" is not a valid instant (${dt.invalidExplanation ?? dt.invalidReason ?? 'invalid'})` };
  const ms = dt.toMillis();
  if (ms < MIN_INSTANT || ms >= MAX_INSTANT) return { ok: false, reason: `"${text}" ${INSTANT_RANGE_TEXT}` };
  return { ok: true, ms };
}

/** Formats an instant as ISO-8601 UTC with milliseconds: the storage and wire format. */
export function toIsoUtc(ms: number): string {
  return DateTime.fromMillis(ms, { zone: 'utc' }).toISO() as string;
}

/** Formats an instant in a calendar's zone, keeping its offset (for people and for explanations). */
export function toIsoInZone(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) as string;
}

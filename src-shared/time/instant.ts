import { DateTime } from 'luxon';
import { calendarZone } from './cached-zone';
import { formatIsoAtOffset, parseCommonIso } from './iso-arithmetic';

/**
 * The edge between the outside world (ISO-8601 text) and the engine (epoch milliseconds).
 * An instant must carry its offset (`Z`, `±hh:mm`, `±hhmm` or `±hh`): "09:00" alone is ambiguous.
 */
const OFFSET = /(?:[zZ]|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** The offsets in use on Earth, in minutes: −12:00 … +14:00 (Luxon alone reads up to ±99:99). */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

/** The instants Klok works with: 1970-01-01T00:00Z up to (not including) 2200-01-01T00:00Z. */
export const MIN_INSTANT = 0;
export const MAX_INSTANT = 7_258_118_400_000;
/** The first and last dates of that range, "YYYY-MM-DD". */
export const MIN_DATE = '1970-01-01';
export const MAX_DATE = '2199-12-31';
export const INSTANT_RANGE_TEXT = `must lie between ${MIN_DATE} and ${MAX_DATE}`;

/** Why a text is not an instant: in English (`reason`) and as a code with parameters (`instant.*`, see InputIssue). */
export type InstantResult = { ok: true; ms: number } | { ok: false; reason: string; code: string; params: Readonly<Record<string, string>> };

function refused(reason: string, code: string, params: Readonly<Record<string, string>> = {}): InstantResult {
  return { ok: false, reason, code: `instant.${code}`, params };
}

export function parseInstant(text: unknown): InstantResult {
  if (typeof text !== 'string') return refused('must be an ISO-8601 instant string', 'not_text');
  const offset = OFFSET.exec(text);
  if (!text.includes('T') || !offset) {
    return refused(`"${text}" must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T09:00:00+01:00`, 'format', { text });
  }
  const [, sign, hours, minutes = '00'] = offset;
  if (sign !== undefined && hours !== undefined) {
    const signed = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
    if (Number(minutes) > 59 || signed < MIN_OFFSET || signed > MAX_OFFSET) {
      return refused(`"${text}" must have an offset between -12:00 and +14:00, with minutes 00 to 59`, 'offset', { text });
    }
  }
  // The common shape is read with arithmetic; anything else by Luxon, which says what is wrong.
  const common = parseCommonIso(text);
  if (common !== null) return inRange(common, text);
  const dt = DateTime.fromISO(text, { setZone: true });
  if (!dt.isValid) return refused(`"${text}" is not a valid instant (${dt.invalidExplanation ?? dt.invalidReason ?? 'invalid'})`, 'invalid', { text });
  return inRange(dt.toMillis(), text);
}

function inRange(ms: number, text: string): InstantResult {
  if (ms < MIN_INSTANT || ms >= MAX_INSTANT) return refused(`"${text}" ${INSTANT_RANGE_TEXT}`, 'range', { text, from: MIN_DATE, to: MAX_DATE });
  return { ok: true, ms };
}

/** Formats an instant as ISO-8601 UTC with milliseconds: the storage and wire format. */
export function toIsoUtc(ms: number): string {
  return isoText(DateTime.fromMillis(ms, { zone: 'utc' }), ms, 'utc');
}

/**
 * Formats an instant in a calendar's zone, keeping its offset (for people and for explanations).
 * The zone comes from a validated calendar; an unknown zone, the machine's own zone or an instant
 * Luxon cannot represent is a programming error and throws.
 */
export function toIsoInZone(ms: number, zone: string): string {
  // An IANA zone's offset from the cached zone and the text by arithmetic: what Luxon writes, at a
  // fraction of the cost. "utc"/"gmt" are Luxon's fixed UTC (written `Z`); other names go to Luxon.
  const lowered = zone.toLowerCase();
  if (lowered !== 'utc' && lowered !== 'gmt') {
    const cached = calendarZone(zone);
    const text = typeof cached === 'string' ? null : formatIsoAtOffset(ms, cached.offset(ms), true);
    if (text !== null) return text;
  }
  const dt = DateTime.fromMillis(ms, { zone });
  if (dt.isValid && dt.zone.type === 'system') throw new Error(`toIsoInZone: "${zone}" is the machine's own zone, not a calendar zone`);
  return isoText(dt, ms, zone, { suppressMilliseconds: true });
}

function isoText(dt: DateTime, ms: number, zone: string, options?: { suppressMilliseconds: boolean }): string {
  const text = dt.isValid ? dt.toISO(options) : null;
  if (text === null) throw new Error(`cannot write the instant ${ms} in the zone "${zone}": ${dt.invalidExplanation ?? dt.invalidReason ?? 'invalid'}`);
  return text;
}

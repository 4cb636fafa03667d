import { DateTime } from 'luxon';

/** "08:30" → minutes after midnight; "24:00" → 1440. Input is validated beforehand. */
export function minutesOfDay(text: string): number {
  const [h, m] = text.split(':');
  return Number(h) * 60 + Number(m);
}

export const ZONE_RULE = 'must be an IANA time zone such as "Europe/Amsterdam" or a fixed offset such as "UTC-3"';

/** Luxon's names for the zone of the machine it runs on, which differs between workstations. */
const MACHINE_ZONES: readonly string[] = ['system', 'local', 'default'];
/** Luxon's fixed offsets, read as Luxon reads them (any case; minutes optional). */
const FIXED_OFFSET = /^utc(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/i;
/** A bare ISO offset, which Intl (Node 22 and later) takes for a zone but Klok does not. */
const BARE_OFFSET = /^[+-]\d/;
/** The offsets in use on Earth, in minutes: −12:00 … +14:00. */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

/**
 * Why `zone` cannot be a calendar's zone, or null when it can: an IANA zone ("Europe/Amsterdam")
 * or a fixed offset "UTC±h[h][:mm]" between UTC-12:00 and UTC+14:00.
 */
export function zoneProblem(zone: string): string | null {
  if (MACHINE_ZONES.includes(zone.toLowerCase())) {
    return `${ZONE_RULE}, not "${zone}" (the zone of whichever machine runs Klok)`;
  }
  if (BARE_OFFSET.test(zone)) return `${ZONE_RULE}, not the bare offset "${zone}"`;
  const fixed = FIXED_OFFSET.exec(zone);
  if (fixed) {
    const [, sign, hours = '0', minutes = '0'] = fixed;
    const offset = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
    if (Number(minutes) > 59 || offset < MIN_OFFSET || offset > MAX_OFFSET) {
      return `"${zone}" is out of range: a fixed offset must lie between UTC-12:00 and UTC+14:00, with minutes 00 to 59`;
    }
    return null;
  }
  return DateTime.fromMillis(0, { zone }).isValid ? null : ZONE_RULE;
}

export function isValidZone(zone: string): boolean {
  return zoneProblem(zone) === null;
}

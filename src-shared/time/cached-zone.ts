import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';

/**
 * Offsets are remembered per quarter hour. Most changes of offset since 1970 fall on one, not all:
 * St. John's, Goose Bay and Moncton changed at 00:01 local time until 2011; Gaza, Casey, Guam and
 * Kiritimati a few times off the quarter hour, Monrovia at 00:44:30 UTC in 1972 (tz database). A
 * quarter hour with a change inside it is asked of the zone every time.
 */
const BUCKET_MS = 15 * 60_000;

/**
 * An IANA zone that remembers its offsets per quarter hour. Luxon asks Intl for the offset on
 * every operation in an IANA zone (a formatToParts call each), and planning a calendar year makes
 * thousands of them: the first board of a day paid over a second for that in the browser.
 */
class CachedZone extends Zone {
  /** Per quarter hour: its one offset, or null when the offset changes inside it. */
  private readonly offsets = new Map<number, number | null>();

  constructor(private readonly inner: IANAZone) {
    super();
  }

  override get type(): string {
    return this.inner.type;
  }

  override get name(): string {
    return this.inner.name;
  }

  /** Luxon's IANAZone has it (and prints it in extended ISO texts); the base class does not declare it. */
  get ianaName(): string {
    return this.inner.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return this.inner.isValid;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string | null {
    return this.inner.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.inner.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    const bucket = Math.floor(ts / BUCKET_MS);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      // Its first and last millisecond agree when no change falls inside it (a zone's changes are days apart).
      const start = bucket * BUCKET_MS;
      const first = this.inner.offset(start);
      offset = first === this.inner.offset(start + BUCKET_MS - 1) ? first : null;
      this.offsets.set(bucket, offset);
    }
    return offset ?? this.inner.offset(ts);
  }

  override equals(other: Zone): boolean {
    return other.type === this.type && other.name === this.name;
  }
}

const zones = new Map<string, Zone | string>();

/** The zone to hand Luxon for a calendar's zone name: cached offsets for IANA zones, the name otherwise. */
export function calendarZone(name: string): Zone | string {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = IANAZone.isValidZone(name) ? new CachedZone(IANAZone.create(name)) : name;
    zones.set(name, zone);
  }
  return zone;
}

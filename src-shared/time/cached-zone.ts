import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';

/** Offsets are looked up per quarter hour: every zone's transitions since 1970 fall on one. */
const BUCKET_MS = 15 * 60_000;

/**
 * An IANA zone that remembers its offsets per quarter hour. Luxon asks Intl for the offset on
 * every operation in an IANA zone (a formatToParts call each), and planning a calendar year makes
 * thousands of them: the first board of a day paid over a second for that in the browser.
 */
class CachedZone extends Zone {
  private readonly offsets = new Map<number, number>();

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
      offset = this.inner.offset(ts);
      this.offsets.set(bucket, offset);
    }
    return offset;
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

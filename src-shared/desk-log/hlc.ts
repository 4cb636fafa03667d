/**
 * A hybrid logical clock: wall time in epoch milliseconds plus a counter, so that every event a
 * workstation writes sorts after every event it has written or seen, whatever its own clock says.
 * The workstation is not part of the stamp: events order by (hlc, workstation, id).
 *
 * Encoded as fixed-width text that sorts like the clock itself: 13 decimal digits of wall time
 * (enough to the year 2286) and 4 hex digits of counter, e.g. `1772442000000-0003`.
 * Time is always an argument; nothing here reads the machine's clock.
 */
export interface Hlc {
  readonly wall: number;
  readonly counter: number;
}

export const HLC_ZERO: Hlc = Object.freeze({ wall: 0, counter: 0 });

const MAX_COUNTER = 0xffff;
const HLC_TEXT = /^(\d{13})-([0-9a-f]{4})$/;

/** How far ahead of the local clock a received stamp may be before the desk warns about it. */
export const MAX_DRIFT_MS = 5 * 60_000;

/** The stamp for an event written now: after the last stamp, and at least the local wall time. */
export function tick(last: Hlc, now: number): Hlc {
  const wall = Math.max(last.wall, Math.floor(now));
  return wall === last.wall ? bump(last) : { wall, counter: 0 };
}

/**
 * The clock after seeing a stamp from another workstation: after both. A stamp far ahead of the
 * local clock is still taken (a write is never refused for clock skew); `aheadMs` says by how much
 * it was ahead, so the desk can warn when that exceeds MAX_DRIFT_MS.
 */
export function receive(local: Hlc, remote: Hlc, now: number): { readonly clock: Hlc; readonly aheadMs: number } {
  const wall = Math.max(local.wall, remote.wall, Math.floor(now));
  let clock: Hlc;
  if (wall === local.wall && wall === remote.wall) clock = bump({ wall, counter: Math.max(local.counter, remote.counter) });
  else if (wall === local.wall) clock = bump(local);
  else if (wall === remote.wall) clock = bump(remote);
  else clock = { wall, counter: 0 };
  return { clock, aheadMs: Math.max(0, remote.wall - Math.floor(now)) };
}

/** The next stamp after `h`. A full counter moves on to the next millisecond rather than refuse. */
function bump(h: Hlc): Hlc {
  return h.counter < MAX_COUNTER ? { wall: h.wall, counter: h.counter + 1 } : { wall: h.wall + 1, counter: 0 };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a.wall - b.wall || a.counter - b.counter;
}

export function formatHlc(h: Hlc): string {
  return `${String(h.wall).padStart(13, '0')}-${h.counter.toString(16).padStart(4, '0')}`;
}

/** The stamp in `text`, or null when it is not a well-formed stamp. */
export function parseHlc(text: string): Hlc | null {
  const m = HLC_TEXT.exec(text);
  if (!m) return null;
  return { wall: Number(m[1]), counter: Number.parseInt(m[2] as string, 16) };
}

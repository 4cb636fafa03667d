import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { toIsoUtc } from '../time/instant';
import type { DigestResponse } from './sync-protocol';

/** What the digest needs of an event: its id and the wall time of its clock stamp. */
export interface DigestEntry {
  readonly id: string;
  readonly hlc: string;
}

const DAY_MS = 86_400_000;

/** The UTC day (`YYYY-MM-DD`) of a clock stamp's wall time. */
export function digestDay(hlc: string): string {
  const days = Math.floor(Number(hlc.slice(0, 13)) / DAY_MS);
  let text = dayTexts.get(days);
  if (text === undefined) dayTexts.set(days, (text = toIsoUtc(days * DAY_MS).slice(0, 10)));
  return text;
}

/** Day texts already made (a desk spans a few thousand days at most; a million events, one each). */
const dayTexts = new Map<number, string>();

function hexHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * A desk's digest: per UTC day of the events' clock stamps, the number of events and a SHA-256 over
 * their ids in code-unit order; then one SHA-256 over those day lines. It depends only on which
 * events a machine holds, never on the order they arrived in, so two workstations (and the server)
 * that hold the same events show the same digest, and the day lines show where two differ.
 */
export function deskDigest(entries: Iterable<DigestEntry>): DigestResponse {
  const byDay = new Map<string, string[]>();
  let count = 0;
  for (const e of entries) {
    const day = digestDay(e.hlc);
    const ids = byDay.get(day);
    if (ids) ids.push(e.id);
    else byDay.set(day, [e.id]);
    count += 1;
  }
  const days = [...byDay.keys()].sort().map((day) => {
    const ids = (byDay.get(day) as string[]).sort();
    return { day, count: ids.length, hash: hexHash(ids.join('\n')) };
  });
  const digest = hexHash(days.map((d) => `${d.day} ${d.count} ${d.hash}`).join('\n'));
  return { days, digest, count };
}

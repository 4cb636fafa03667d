import { compareDeskEvents, orderKey, type DeskEvent } from '../../src-shared/desk-log/desk-event';
import type { KlokDB } from './klok-db';

/**
 * How the desk log is kept (decision 24): in blocks of events, one record per block, not one per
 * event. IndexedDB's cost is the number of records it writes, not their bytes; a 10,000-ticket
 * import is 17,525 events but, in blocks, under a hundred records. This module is the only code
 * that knows the shape: everything else asks it for a stream, the whole log, or to append.
 *
 * A block's `streams` and `refs` are multi-entry indexes: a stream's events are read through the
 * blocks that hold any of them, and a contract's tickets through the blocks whose created events
 * name it. `oldest` and `newest` are the block's first and last order keys (apply order), so the
 * log's first and last events are one index step away. Blocks are in no order among themselves;
 * readers sort (compareDeskEvents).
 */
export interface LogBlock {
  /** The block's key, given by the store in the order blocks were written. */
  readonly seq?: number;
  readonly streams: readonly string[];
  /** The contracts the block's `created` events name. */
  readonly refs: readonly string[];
  readonly oldest: string;
  readonly newest: string;
  readonly count: number;
  /** The events, as JSON (one string clones and stores faster than thousands of objects). */
  readonly events: string;
}

/** The most events one block holds: small enough that reading one stream parses little. */
export const BLOCK_EVENTS = 200;

/**
 * The blocks that hold `events`: grouped by stream (a stream imported at once is then in one
 * block), at most BLOCK_EVENTS each. Pure.
 */
export function blocksOf(events: readonly DeskEvent[]): LogBlock[] {
  const byStream = [...events].sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : compareDeskEvents(a, b)));
  const blocks: LogBlock[] = [];
  for (let i = 0; i < byStream.length; i += BLOCK_EVENTS) blocks.push(blockOf(byStream.slice(i, i + BLOCK_EVENTS)));
  return blocks;
}

function blockOf(events: readonly DeskEvent[]): LogBlock {
  const orders = events.map(orderKey).sort();
  const refs = events.flatMap((e) => (e.kind === 'created' && typeof e.payload['contractId'] === 'string' ? [e.payload['contractId']] : []));
  return {
    streams: [...new Set(events.map((e) => e.stream))],
    refs: [...new Set(refs)],
    oldest: orders[0] ?? '',
    newest: orders.at(-1) ?? '',
    count: events.length,
    events: JSON.stringify(events),
  };
}

export function eventsOfBlock(block: LogBlock): DeskEvent[] {
  return JSON.parse(block.events) as DeskEvent[];
}

/** Appends events to the log (the caller's transaction; appendEvents is the only writer). */
export async function writeToLog(db: KlokDB, events: readonly DeskEvent[]): Promise<void> {
  if (events.length > 0) await db.logBlocks.bulkAdd(blocksOf(events));
}

/** Whether the log holds no event, without reading it. */
export async function isLogEmpty(db: KlokDB): Promise<boolean> {
  return (await db.logBlocks.limit(1).primaryKeys()).length === 0;
}

/** The events of each of `streams`, in apply order (a stream with none maps to an empty list). */
export async function readStreams(db: KlokDB, streams: Iterable<string>): Promise<Map<string, DeskEvent[]>> {
  const wanted = new Map<string, DeskEvent[]>([...streams].map((s) => [s, []]));
  if (wanted.size === 0) return wanted;
  // One key lookup per stream (each a single getAll; `anyOf` would walk a cursor), then each block once.
  const found = await Promise.all([...wanted.keys()].map((s) => db.logBlocks.where('streams').equals(s).toArray()));
  const blocks = new Map(found.flat().map((block) => [block.seq, block]));
  for (const block of blocks.values()) {
    for (const e of eventsOfBlock(block)) wanted.get(e.stream)?.push(e);
  }
  for (const list of wanted.values()) list.sort(compareDeskEvents);
  return wanted;
}

/** Every event of one stream, in apply order. */
export async function readStream(db: KlokDB, stream: string): Promise<DeskEvent[]> {
  return (await readStreams(db, [stream])).get(stream) ?? [];
}

/** The tickets whose created event names `contractId`. */
export async function ticketsOfContract(db: KlokDB, contractId: string): Promise<string[]> {
  const streams = new Set<string>();
  for (const block of await db.logBlocks.where('refs').equals(contractId).toArray()) {
    for (const e of eventsOfBlock(block)) if (e.kind === 'created' && e.payload['contractId'] === contractId) streams.add(e.stream);
  }
  return [...streams];
}

/** Calls `fn` with every event of the log, in no particular order (a digest, the outbox on joining). */
export async function eachLogEvent(db: KlokDB, fn: (event: DeskEvent) => void): Promise<void> {
  await db.logBlocks.each((block) => {
    for (const e of eventsOfBlock(block)) fn(e);
  });
}

/** The whole log in apply order (export, backups, tests). */
export async function readLog(db: KlokDB): Promise<DeskEvent[]> {
  const events: DeskEvent[] = [];
  await eachLogEvent(db, (e) => void events.push(e));
  return events.sort(compareDeskEvents);
}

/** How many events the log holds. */
export async function countLog(db: KlokDB): Promise<number> {
  let count = 0;
  await db.logBlocks.each((block) => void (count += block.count));
  return count;
}

/** The log's first event in apply order, or undefined when it is empty. */
export async function firstInLog(db: KlokDB): Promise<DeskEvent | undefined> {
  const block = await db.logBlocks.orderBy('oldest').first();
  return block ? eventsOfBlock(block).sort(compareDeskEvents)[0] : undefined;
}

/** The log's last event in apply order, or undefined when it is empty. */
export async function lastInLog(db: KlokDB): Promise<DeskEvent | undefined> {
  const block = await db.logBlocks.orderBy('newest').last();
  return block ? eventsOfBlock(block).sort(compareDeskEvents).at(-1) : undefined;
}

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { compareDeskEvents, orderKey, type DeskEvent } from '../../src-shared/desk-log/desk-event';
import { formatHlc } from '../../src-shared/desk-log/hlc';
import { deleteFreshDbs, freshDb } from '../store/store-test-support';
import {
  BLOCK_EVENTS,
  blocksOf,
  countLog,
  eventsOfBlock,
  firstInLog,
  isLogEmpty,
  lastInLog,
  readLog,
  readStream,
  readStreams,
  ticketsOfContract,
  writeToLog,
} from './log-blocks';

afterEach(deleteFreshDbs);

/** An event of `stream` at `wall` (ms), with the given kind and payload. */
function event(id: string, stream: string, wall: number, kind = 'note_added', payload: Record<string, unknown> = { at: wall }): DeskEvent {
  return { id, deskId: 'desk', workstation: 'ws-a', by: 'Anna', hlc: formatHlc({ wall, counter: 0 }), kind, v: 1, stream, payload };
}

describe('blocksOf', () => {
  it('groups events by stream, at most BLOCK_EVENTS a block, with the streams, contracts and first and last order keys they hold', () => {
    const long = Array.from({ length: BLOCK_EVENTS + 3 }, (_, i) => event(`b-${String(i).padStart(4, '0')}`, 'tk-b', 2_000_000 - i));
    const others = [event('a-1', 'tk-a', 5, 'created', { at: 5, contractId: 'con-1' }), event('c-1', 'tk-c', 1, 'created', { at: 1, contractId: 'con-2' })];
    const blocks = blocksOf([...long, ...others]);
    expect(blocks.map((b) => b.count)).toEqual([BLOCK_EVENTS, 5]);
    // tk-a sorts first, then tk-b's events, oldest first; tk-c last.
    expect(blocks[0]!.streams).toEqual(['tk-a', 'tk-b']);
    expect(blocks[1]!.streams).toEqual(['tk-b', 'tk-c']);
    expect(blocks.map((b) => b.refs)).toEqual([['con-1'], ['con-2']]);
    const first = eventsOfBlock(blocks[0]!);
    expect(first[0]!.id).toBe('a-1');
    expect(first.slice(1).every((e, i, list) => i === 0 || compareDeskEvents(list[i - 1]!, e) < 0)).toBe(true);
    const orders = (b: (typeof blocks)[number]) => eventsOfBlock(b).map(orderKey).sort();
    for (const b of blocks) expect([b.oldest, b.newest]).toEqual([orders(b)[0], orders(b).at(-1)]);
    expect(
      blocks
        .flatMap(eventsOfBlock)
        .map((e) => e.id)
        .sort(),
    ).toEqual([...long, ...others].map((e) => e.id).sort());
  });

  it('makes no block of no events', () => {
    expect(blocksOf([])).toEqual([]);
  });
});

describe('the log in blocks', () => {
  it('reads streams across blocks in apply order, the whole log, its count and its first and last events', async () => {
    const db = freshDb();
    expect(await isLogEmpty(db)).toBe(true);
    expect([await firstInLog(db), await lastInLog(db), await countLog(db)]).toEqual([undefined, undefined, 0]);
    const early = [
      event('t1-created', 'tk-1', 1_000, 'created', { at: 1_000, contractId: 'con-1' }),
      event('t2-created', 'tk-2', 2_000, 'created', { at: 2_000, contractId: 'con-1' }),
    ];
    const later = [event('t1-note', 'tk-1', 3_000), event('t3-created', 'tk-3', 500, 'created', { at: 500, contractId: 'con-2' })];
    await db.transaction('rw', db.logBlocks, async () => {
      await writeToLog(db, early);
      await writeToLog(db, later);
      await writeToLog(db, []);
    });
    expect(await isLogEmpty(db)).toBe(false);
    expect(await db.logBlocks.count()).toBe(2);
    expect((await readStream(db, 'tk-1')).map((e) => e.id)).toEqual(['t1-created', 't1-note']);
    const streams = await readStreams(db, ['tk-2', 'tk-none']);
    expect([...streams.keys()]).toEqual(['tk-2', 'tk-none']);
    expect(streams.get('tk-2')!.map((e) => e.id)).toEqual(['t2-created']);
    expect(streams.get('tk-none')).toEqual([]);
    expect(await readStreams(db, [])).toEqual(new Map());
    expect((await readLog(db)).map((e) => e.id)).toEqual(['t3-created', 't1-created', 't2-created', 't1-note']);
    expect(await countLog(db)).toBe(4);
    expect((await firstInLog(db))?.id).toBe('t3-created');
    expect((await lastInLog(db))?.id).toBe('t1-note');
    expect((await ticketsOfContract(db, 'con-1')).sort()).toEqual(['tk-1', 'tk-2']);
    expect(await ticketsOfContract(db, 'con-2')).toEqual(['tk-3']);
    expect(await ticketsOfContract(db, 'con-3')).toEqual([]);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteFreshDbs, freshDb } from '../store/store-test-support';
import type { KlokDB } from './klok-db';
import {
  allTicketRecords,
  clearTicketPages,
  closedTicketRecords,
  countTicketRecords,
  firstOpenTicketRecords,
  hasTicketRecords,
  openTicketRecords,
  PAGE_CHARACTERS,
  pagesOf,
  pageSplits,
  pageWith,
  ticketRecord,
  ticketRecords,
  TICKETS_PER_PAGE,
  writeTicketRecords,
} from './ticket-pages';
import type { TicketRecord } from './ticket-records';

afterEach(deleteFreshDbs);

/** An open ticket at `queueKey`, or (without one) a closed ticket last changed at `closedKey`. */
function record(n: number, place: { queueKey: number } | { closedKey: number }): TicketRecord {
  const base = { id: `tk-${String(n).padStart(4, '0')}`, number: `T-${1000 + n}`, title: `Ticket ${n}`, customerId: 'cus-1', contractId: 'con-1' };
  return ('queueKey' in place
    ? { ...base, isOpen: 1, queueKey: place.queueKey, numberKey: `n${String(n).padStart(6, '0')}`, log: '[]' }
    : { ...base, isOpen: 0, closedKey: place.closedKey }) as unknown as TicketRecord;
}

async function write(db: KlokDB, records: readonly (TicketRecord | [string, null])[]): Promise<void> {
  const changes = new Map(records.map((r) => (Array.isArray(r) ? r : ([r.id, r] as const))));
  await db.transaction('rw', db.ticketPages, () => writeTicketRecords(db, changes));
}

describe('a page of tickets', () => {
  it('indexes each open ticket by its place in the queue and each closed one by its last change', () => {
    const page = pagesOf(7, [record(1, { queueKey: 50 }), record(2, { closedKey: 9 }), record(3, { queueKey: 10 })])[0]!;
    expect(page.ids).toEqual(['tk-0001', 'tk-0002', 'tk-0003']);
    expect(page.queue).toEqual([
      [50, 'n000001', 'tk-0001'],
      [10, 'n000003', 'tk-0003'],
    ]);
    expect(page.closed).toEqual([[9, 'tk-0002']]);
    expect(page.hasOpen).toBe(1);
    expect(JSON.parse(page.texts[1]!)).toEqual(record(2, { closedKey: 9 }));
    expect(pagesOf(8, [record(4, { closedKey: 1 })])[0]!.hasOpen).toBeUndefined();
  });

  it('takes a change in place, keeps the other tickets’ texts as they were, and drops a ticket taken off', () => {
    const page = pagesOf(1, [record(1, { queueKey: 50 }), record(2, { queueKey: 60 }), record(3, { queueKey: 70 })])[0]!;
    const closed = record(1, { closedKey: 99 });
    const changed = pageWith(
      page,
      new Map<string, TicketRecord | null>([
        [closed.id, closed],
        ['tk-0003', null],
      ]),
      [record(4, { queueKey: 5 })],
    );
    expect(changed.ids).toEqual(['tk-0001', 'tk-0002', 'tk-0004']);
    expect(changed.texts[1]).toBe(page.texts[1]);
    expect(changed.queue).toEqual([
      [60, 'n000002', 'tk-0002'],
      [5, 'n000004', 'tk-0004'],
    ]);
    expect(changed.closed).toEqual([[99, 'tk-0001']]);
    // The last open ticket closes: the page leaves the board's list.
    const allClosed = pageWith(
      changed,
      new Map([
        ['tk-0002', record(2, { closedKey: 1 })],
        ['tk-0004', record(4, { closedKey: 2 })],
      ]),
    );
    expect(allClosed.queue).toEqual([]);
    expect(allClosed.hasOpen).toBeUndefined();
  });
});

describe('pageSplits', () => {
  const text = (n: number) => 'x'.repeat(n);
  it('fills the page after which tickets come, then new pages, by count and by characters', () => {
    // A page with 24 tickets takes one more; new pages take 25 small tickets each.
    expect(
      pageSplits(
        24,
        100,
        Array.from({ length: 52 }, () => text(10)),
      ),
    ).toEqual([1, 25, 25, 1]);
    // By characters: two tickets of 40 % of a page each fit, a third does not.
    const big = text(PAGE_CHARACTERS * 0.4);
    expect(pageSplits(0, 0, [big, big, big, big, big])).toEqual([2, 2, 1]);
    expect(pageSplits(1, PAGE_CHARACTERS * 0.7, [big, big])).toEqual([0, 2]);
    // An empty page takes a ticket larger than a page; a full one takes nothing.
    expect(pageSplits(0, 0, [text(PAGE_CHARACTERS * 2), text(1)])).toEqual([1, 1]);
    expect(pageSplits(TICKETS_PER_PAGE, 0, [text(1)])).toEqual([0, 1]);
    expect(pageSplits(TICKETS_PER_PAGE, 0, [])).toEqual([0]);
  });
});

describe('writeTicketRecords', () => {
  it('starts a new page where a ticket would bring the newest past PAGE_CHARACTERS of text', async () => {
    const db = freshDb();
    const long = (n: number) => ({ ...record(n, { queueKey: n }), title: 'y'.repeat(PAGE_CHARACTERS * 0.3) }) as TicketRecord;
    await write(db, [long(1), long(2), long(3)]);
    await write(db, [long(4), record(5, { queueKey: 5 })]);
    expect((await db.ticketPages.toArray()).map((p) => p.ids)).toEqual([
      ['tk-0001', 'tk-0002', 'tk-0003'],
      ['tk-0004', 'tk-0005'],
    ]);
  });

  it('puts new tickets on the newest page while it has room, then on new pages; a ticket never moves', async () => {
    const db = freshDb();
    expect(await hasTicketRecords(db)).toBe(false);
    const first = Array.from({ length: TICKETS_PER_PAGE + 3 }, (_, i) => record(i + 1, { queueKey: 1000 - i }));
    await write(db, first);
    expect((await db.ticketPages.toArray()).map((p) => [p.id, p.ids.length])).toEqual([
      [1, TICKETS_PER_PAGE],
      [2, 3],
    ]);
    // Two more fill page 2; a change to a ticket on page 1 stays there.
    const changed = { ...record(1, { closedKey: 5 }), title: 'Closed now' } as TicketRecord;
    await write(db, [record(100, { queueKey: 1 }), changed, record(101, { queueKey: 2 })]);
    const pages = await db.ticketPages.toArray();
    expect(pages.map((p) => [p.id, p.ids.length])).toEqual([
      [1, TICKETS_PER_PAGE],
      [2, 5],
    ]);
    expect(pages[0]!.ids[0]).toBe('tk-0001');
    expect(await ticketRecord(db, 'tk-0001')).toEqual(changed);
    expect(await countTicketRecords(db)).toBe(TICKETS_PER_PAGE + 5);
    expect(await hasTicketRecords(db)).toBe(true);
  });

  it('deletes a page once its last ticket is taken off, and numbers the next page after the newest', async () => {
    const db = freshDb();
    await write(db, [record(1, { queueKey: 1 }), record(2, { queueKey: 2 })]);
    await write(db, [
      ['tk-0001', null],
      ['tk-0002', null],
    ]);
    expect(await db.ticketPages.count()).toBe(0);
    expect(await ticketRecord(db, 'tk-0001')).toBeUndefined();
    await write(db, [record(3, { queueKey: 3 })]);
    expect(await db.ticketPages.toCollection().primaryKeys()).toEqual([1]);
  });

  it('writes nothing, and leaves every page as it was, when the transaction fails', async () => {
    const db = freshDb();
    await write(db, [record(1, { queueKey: 1 })]);
    const before = await db.ticketPages.toArray();
    await expect(
      db.transaction('rw', db.ticketPages, async () => {
        await writeTicketRecords(db, new Map([['tk-0001', record(1, { closedKey: 3 })]]));
        throw new Error('refused later in the same write');
      }),
    ).rejects.toThrow('refused later');
    expect(await db.ticketPages.toArray()).toEqual(before);
  });
});

describe('one read-write transaction', () => {
  it('reads back what it wrote, a ticket taken off included, without reading its page again', async () => {
    const db = freshDb();
    await write(db, [record(1, { queueKey: 1 }), record(2, { queueKey: 2 })]);
    const reads: number[] = [];
    await db.transaction('rw', db.ticketPages, async () => {
      expect((await ticketRecord(db, 'tk-0001'))?.queueKey).toBe(1);
      db.ticketPages.hook('reading', (page) => (reads.push(page.id), page));
      await writeTicketRecords(
        db,
        new Map([
          ['tk-0001', record(1, { closedKey: 7 })],
          ['tk-0002', null],
        ]),
      );
      expect(await ticketRecord(db, 'tk-0001')).toEqual(record(1, { closedKey: 7 }));
      expect(await ticketRecord(db, 'tk-0002')).toBeUndefined();
      expect((await ticketRecords(db, ['tk-0002', 'tk-0001'])).map((r) => r?.id)).toEqual([undefined, 'tk-0001']);
    });
    // The page was read to decide, then taken from what the transaction had seen.
    expect(reads).toEqual([]);
    expect(await allTicketRecords(db)).toEqual([record(1, { closedKey: 7 })]);
  });

  it('forgets what it saw when the desk is emptied, so a ticket written after goes on a new page', async () => {
    const db = freshDb();
    await write(db, [record(1, { queueKey: 1 })]);
    await db.transaction('rw', db.ticketPages, async () => {
      expect(await ticketRecord(db, 'tk-0001')).toBeDefined();
      await clearTicketPages(db);
      expect(await ticketRecord(db, 'tk-0001')).toBeUndefined();
      await writeTicketRecords(db, new Map([['tk-0002', record(2, { queueKey: 2 })]]));
    });
    expect((await db.ticketPages.toArray()).map((p) => [p.id, p.ids])).toEqual([[1, ['tk-0002']]]);
  });
});

describe('reading ticket records', () => {
  /** 60 open tickets (queue keys in reverse of their numbers) and 450 closed ones, on 21 pages. */
  async function desk(): Promise<KlokDB> {
    const db = freshDb();
    const open = Array.from({ length: 60 }, (_, i) => record(i + 1, { queueKey: 600 - i * 10 }));
    const closed = Array.from({ length: 450 }, (_, i) => record(100 + i, { closedKey: 1 + i }));
    // Interleaved, so open and closed tickets share pages.
    await write(
      db,
      closed.flatMap((c, i) => (open[i] ? [open[i], c] : [c])),
    );
    return db;
  }

  it('reads one ticket, and several in the order asked, by id', async () => {
    const db = await desk();
    expect((await ticketRecord(db, 'tk-0120'))?.number).toBe('T-1120');
    expect((await ticketRecords(db, ['tk-0130', 'tk-gone', 'tk-0002', 'tk-0130'])).map((r) => r?.number)).toEqual(['T-1130', undefined, 'T-1002', 'T-1130']);
    expect(await ticketRecords(db, [])).toEqual([]);
    // Many ids at once are found in one walk of the index, in the order asked all the same.
    const many = Array.from({ length: 40 }, (_, i) => `tk-${String(500 - i * 7).padStart(4, '0')}`);
    expect((await ticketRecords(db, many)).map((r) => r?.number)).toEqual(many.map((id) => `T-${1000 + Number(id.slice(3))}`));
    expect(await countTicketRecords(db)).toBe(510);
    const ids = (await allTicketRecords(db)).map((r) => r.id);
    expect(ids).toHaveLength(510);
    expect(ids).toEqual(ids.toSorted());
  });

  it('reads the open tickets in queue order, the first few by the queue index, never a closed one', async () => {
    const db = await desk();
    const expected = Array.from({ length: 60 }, (_, i) => `T-${1060 - i}`);
    expect((await openTicketRecords(db)).map((r) => r.number)).toEqual(expected);
    expect((await firstOpenTicketRecords(db, 7)).map((r) => r.number)).toEqual(expected.slice(0, 7));
    expect((await firstOpenTicketRecords(db, 100)).map((r) => r.number)).toEqual(expected);
  });

  it('reads closed tickets newest first, a search past the first step of the index too, from an offset', async () => {
    const db = await desk();
    const all = (r: TicketRecord) => r.isOpen === 0;
    expect((await closedTicketRecords(db, all, 0, 3)).map((r) => r.number)).toEqual(['T-1549', 'T-1548', 'T-1547']);
    expect((await closedTicketRecords(db, all, 448, 5)).map((r) => r.number)).toEqual(['T-1101', 'T-1100']);
    expect(await closedTicketRecords(db, all, 0, 0)).toEqual([]);
    // Numbers ending in 7: the walk goes through every step of 200 to find the 45 of them.
    const sevens = (r: TicketRecord) => r.number.endsWith('7');
    const found = await closedTicketRecords(db, sevens, 40, 10);
    expect(found.map((r) => r.number)).toEqual(['T-1147', 'T-1137', 'T-1127', 'T-1117', 'T-1107']);
  });
});

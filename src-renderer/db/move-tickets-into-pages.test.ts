import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openUpgradingWith, storeAtVersion } from '../store/store-test-support';
import { moveTicketsIntoPages } from './move-tickets-into-pages';
import { allTicketRecords, firstOpenTicketRecords, TICKETS_PER_PAGE } from './ticket-pages';
import type { TicketRecord } from './ticket-records';

const NAME = 'klok-schema-23-test';
afterEach(() => Dexie.delete(NAME));

function record(n: number): TicketRecord {
  const base = { id: `tk-${String(n).padStart(3, '0')}`, number: `T-${1000 + n}`, title: `Ticket ${n}`, customerId: 'cus-1', contractId: 'con-1' };
  return (n % 3 === 0
    ? { ...base, isOpen: 0, closedKey: n }
    : { ...base, isOpen: 1, queueKey: 100 - n, numberKey: `n${n}`, log: '[]' }) as unknown as TicketRecord;
}

describe('schema version 23', () => {
  it('moves every ticket record onto pages, a step at a time, unchanged, and drops the tickets table', async () => {
    const records = Array.from({ length: TICKETS_PER_PAGE + 5 }, (_, i) => record(i + 1));
    const v22 = storeAtVersion(NAME, 22);
    await v22.table('tickets').bulkAdd(records);
    v22.close();

    // Steps of 20 records: 30 tickets take two, the last one short.
    const { db, steps } = await openUpgradingWith(NAME, 23, (tx) => moveTicketsIntoPages(tx, 20));
    expect(steps).toEqual([
      { what: 'tickets', done: 20, total: 30 },
      { what: 'tickets', done: 30, total: 30 },
    ]);
    expect(db.tables.map((t) => t.name)).not.toContain('tickets');
    expect(await allTicketRecords(db)).toEqual(records);
    // In the order of their ids; each step's records go on pages of their own (a step of 10,000 fills them all).
    expect((await db.ticketPages.toArray()).map((p) => [p.id, p.ids.length])).toEqual([
      [1, 20],
      [2, 10],
    ]);
    // The queue index finds the open tickets in queue order across the pages.
    const open = records.filter((r) => r.isOpen === 1).sort((a, b) => a.queueKey! - b.queueKey!);
    expect((await firstOpenTicketRecords(db, 5)).map((r) => r.id)).toEqual(open.slice(0, 5).map((r) => r.id));
    db.close();
  });
});

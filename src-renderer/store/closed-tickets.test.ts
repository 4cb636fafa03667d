import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketRow } from '../db/entities';
import { ticketRecordOf } from '../db/ticket-records';
import { writeTicketRecords } from '../db/ticket-pages';
import { loadClosedTickets } from './closed-tickets';
import { deleteFreshDbs, freshDb } from './store-test-support';

afterEach(deleteFreshDbs);

function row(n: number, isOpen: 0 | 1, customerId = 'cus-1'): TicketRow {
  return {
    id: `tk-${n}`,
    number: `T-${1000 + n}`,
    title: n % 10 === 0 ? `Printer ${n} on fire` : `Login fails ${n}`,
    description: '',
    customerId,
    contractId: 'con-1',
    type: 'bug',
    environment: 'production',
    channel: 'portal',
    status: isOpen ? 'in_progress' : 'closed',
    priority: 'normal',
    line: 'first',
    assignee: null,
    isResponded: true,
    isResolved: !isOpen,
    createdAt: n,
    updatedAt: 1_000_000 + n,
    eventCount: 3,
    isOpen,
  };
}

/** 120 closed tickets (T-1001…T-1120, the last changed most recently) and 5 open ones. */
async function desk() {
  const db = freshDb();
  await db.open();
  const closed = Array.from({ length: 120 }, (_, i) => row(i + 1, 0, i + 1 === 7 ? 'cus-2' : 'cus-1'));
  const open = Array.from({ length: 5 }, (_, i) => row(200 + i, 1));
  await db.transaction('rw', db.ticketPages, () => writeTicketRecords(db, new Map([...closed, ...open].map((t) => [t.id, ticketRecordOf(t)]))));
  return db;
}
const none = { text: '', customerIds: new Set<string>() };

describe('loadClosedTickets', () => {
  it('reads a page of closed tickets, most recently changed first, and says where the next starts', async () => {
    const db = await desk();
    const first = await loadClosedTickets(db, none);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]?.number).toBe('T-1120');
    expect(first.rows.every((r) => r.isOpen === 0)).toBe(true);
    expect(first.nextOffset).toBe(50);
    const last = await loadClosedTickets(db, none, 100);
    expect(last.rows.map((r) => r.number).at(-1)).toBe('T-1001');
    expect([last.rows.length, last.nextOffset]).toEqual([20, null]);
  });
  it('finds tickets by number or title, without regard to case, and by customer', async () => {
    const db = await desk();
    expect((await loadClosedTickets(db, { ...none, text: 't-1105' })).rows.map((r) => r.number)).toEqual(['T-1105']);
    const printers = await loadClosedTickets(db, { ...none, text: 'PRINTER' });
    expect(printers.rows.map((r) => r.number)).toEqual([
      'T-1120',
      'T-1110',
      'T-1100',
      'T-1090',
      'T-1080',
      'T-1070',
      'T-1060',
      'T-1050',
      'T-1040',
      'T-1030',
      'T-1020',
      'T-1010',
    ]);
    expect((await loadClosedTickets(db, { text: 'waterschap', customerIds: new Set(['cus-2']) })).rows.map((r) => r.number)).toEqual(['T-1007']);
  });
  it('pages through search results too', async () => {
    const db = await desk();
    const page = await loadClosedTickets(db, { ...none, text: 'printer' }, 0, 5);
    expect([page.rows.length, page.nextOffset]).toEqual([5, 5]);
    const next = await loadClosedTickets(db, { ...none, text: 'printer' }, 5, 5);
    expect(next.rows[0]?.number).toBe('T-1070');
  });
  it('never lists an open ticket', async () => {
    const db = await desk();
    expect((await loadClosedTickets(db, { ...none, text: 'T-12' })).rows).toEqual([]);
  });
});

describe('loadClosedTickets at the edges', () => {
  it('says there is no next page when the last page is exactly full', async () => {
    const db = await desk();
    const printers = { ...none, text: 'printer' };
    expect((await loadClosedTickets(db, printers, 6, 6)).nextOffset).toBeNull();
    expect((await loadClosedTickets(db, none, 70)).nextOffset).toBeNull();
  });

  it('matches the text without the spaces typed around it', async () => {
    const db = await desk();
    expect((await loadClosedTickets(db, { ...none, text: '  t-1105  ' })).rows.map((r) => r.number)).toEqual(['T-1105']);
  });
});

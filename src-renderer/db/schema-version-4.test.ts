import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { storeAtVersion } from '../store/store-test-support';
import type { TicketRow } from './entities';
import { KlokDB } from './klok-db';
import { countTicketRecords } from './ticket-pages';
import { loadClosedTickets } from '../store/closed-tickets';

const NAME = 'klok-schema-4-test';
afterEach(() => Dexie.delete(NAME));

describe('schema version 4', () => {
  it('keeps the tickets of a version 3 store, and today’s version lists its closed ones newest first', async () => {
    const v3 = storeAtVersion(NAME, 3);
    const base = { title: 'Login fails', customerId: 'cus-1', contractId: 'con-1', status: 'closed', isOpen: 0 } as const;
    await v3
      .table('tickets')
      .bulkAdd([
        { ...base, id: 'tk-1', number: 'T-1001', updatedAt: 1 } as unknown as TicketRow,
        { ...base, id: 'tk-2', number: 'T-1002', updatedAt: 2 } as unknown as TicketRow,
        { ...base, id: 'tk-3', number: 'T-1003', updatedAt: 3, status: 'new', isOpen: 1 } as unknown as TicketRow,
      ]);
    v3.close();
    const v4 = new KlokDB(NAME);
    const closed = await loadClosedTickets(v4, { text: '', customerIds: new Set() });
    expect(closed.rows.map((t) => t.number)).toEqual(['T-1002', 'T-1001']);
    expect(await countTicketRecords(v4)).toBe(3);
    v4.close();
  });
});

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { storeAtVersion } from '../store/store-test-support';
import type { TicketRow } from './entities';

const NAME = 'klok-schema-added-tables-test';
afterEach(() => Dexie.delete(NAME));

/** The versions that only add projection tables: each keeps what the version before held and adds its tables empty, with these indexes. */
const ADDED: readonly { version: number; tables: Readonly<Record<string, readonly string[]>> }[] = [
  { version: 6, tables: { calls: ['customerId', 'isOpen', 'startedAt', 'ticketId'] } },
  { version: 7, tables: { engagements: ['customerId', 'ticketId'], billingRuns: ['period'] } },
  { version: 8, tables: { outages: ['customerId', 'startedAt', 'ticketId'] } },
  { version: 9, tables: { exclusions: ['contractId', 'startsAt'] } },
  { version: 11, tables: { outbox: ['order'] } },
];

describe.each(ADDED)('schema version $version', ({ version, tables }) => {
  it(`keeps the desk of a version ${version - 1} store and adds ${Object.keys(tables).join(' and ')}, empty and indexed`, async () => {
    const before = storeAtVersion(NAME, version - 1);
    await before.customers.add({ id: 'cus-1', name: 'Gemeente Houten', createdAt: 1 });
    await before.table('tickets').add({ id: 'tk-1', number: 'T-1001', isOpen: 1, updatedAt: 1 } as unknown as TicketRow);
    for (const name of Object.keys(tables)) expect(before.tables.map((t) => t.name)).not.toContain(name);
    before.close();
    const after = storeAtVersion(NAME, version);
    await after.open();
    expect(after.verno).toBe(version);
    expect([await after.customers.count(), await after.table('tickets').count()]).toEqual([1, 1]);
    for (const [name, indexes] of Object.entries(tables)) {
      const table = after.table(name);
      expect(await table.count()).toBe(0);
      expect(table.schema.indexes.map((i) => i.name).sort()).toEqual([...indexes].sort());
    }
    after.close();
  });
});

describe('schema version 10', () => {
  it('keeps every ticket and reads the open ones through [isOpen+updatedAt], with the unused indexes gone', async () => {
    const v9 = storeAtVersion(NAME, 9);
    await v9.table('tickets').bulkAdd([
      { id: 'tk-1', number: 'T-1001', isOpen: 1, updatedAt: 1, customerId: 'cus-1' },
      { id: 'tk-2', number: 'T-1002', isOpen: 0, updatedAt: 2, customerId: 'cus-1' },
    ] as unknown as TicketRow[]);
    v9.close();
    const v10 = storeAtVersion(NAME, 10);
    await v10.open();
    expect(v10.verno).toBe(10);
    expect(
      v10
        .table('tickets')
        .schema.indexes.map((i) => i.name)
        .sort(),
    ).toEqual(['[isOpen+updatedAt]', 'customerId', 'number']);
    const open = await v10.table('tickets').where('[isOpen+updatedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).primaryKeys();
    expect(open).toEqual(['tk-1']);
    v10.close();
  });
});

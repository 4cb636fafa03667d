import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketRow } from './entities';
import { KlokDB } from './klok-db';
import { SCHEMA_VERSIONS } from './schema-versions';

const NAME = 'klok-schema-6-test';
afterEach(() => Dexie.delete(NAME));

describe('schema version 6', () => {
  it('keeps the tickets of a version 5 store and adds an empty calls table, indexed for the phone log', async () => {
    const v5 = new KlokDB(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 5),
    );
    await v5.tickets.add({ id: 'tk-1', number: 'T-1001', isOpen: 1, updatedAt: 1 } as unknown as TicketRow);
    expect(v5.tables.map((t) => t.name)).not.toContain('calls');
    v5.close();
    const v6 = new KlokDB(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 6),
    );
    await v6.open();
    expect(v6.verno).toBe(6);
    expect(await v6.tickets.count()).toBe(1);
    expect(await v6.calls.count()).toBe(0);
    expect(v6.calls.schema.indexes.map((i) => i.name).sort()).toEqual(['customerId', 'isOpen', 'startedAt', 'ticketId']);
    v6.close();
  });
});

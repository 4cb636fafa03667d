import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KlokDB } from './klok-db';
import { SCHEMA_VERSIONS } from './schema-versions';

const NAME = 'klok-schema-8-test';
afterEach(() => Dexie.delete(NAME));

describe('schema version 8', () => {
  it('keeps the desk of a version 7 store and adds an empty outage table', async () => {
    const v7 = new KlokDB(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 7),
    );
    await v7.customers.add({ id: 'cus-1', name: 'Gemeente Houten', createdAt: 1 });
    expect(v7.tables.map((t) => t.name)).not.toContain('outages');
    v7.close();
    const v8 = new KlokDB(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 8),
    );
    await v8.open();
    expect(v8.verno).toBe(8);
    expect(await v8.customers.count()).toBe(1);
    expect(await v8.outages.count()).toBe(0);
    expect(v8.outages.schema.indexes.map((i) => i.name).sort()).toEqual(['customerId', 'startedAt', 'ticketId']);
    v8.close();
  });
});

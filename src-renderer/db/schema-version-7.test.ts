import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KlokDB } from './klok-db';
import { SCHEMA_VERSIONS } from './schema-versions';

const NAME = 'klok-schema-7-test';
afterEach(() => Dexie.delete(NAME));

describe('schema version 7', () => {
  it('keeps the desk of a version 6 store and adds empty engagement and billing-run tables', async () => {
    const v6 = new KlokDB(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 6),
    );
    await v6.customers.add({ id: 'cus-1', name: 'Gemeente Houten', createdAt: 1 });
    expect(v6.tables.map((t) => t.name)).not.toContain('engagements');
    v6.close();
    const v7 = new KlokDB(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 7),
    );
    await v7.open();
    expect(v7.verno).toBe(7);
    expect(await v7.customers.count()).toBe(1);
    expect(await v7.engagements.count()).toBe(0);
    expect(await v7.billingRuns.count()).toBe(0);
    expect(v7.engagements.schema.indexes.map((i) => i.name).sort()).toEqual(['customerId', 'ticketId']);
    expect(v7.billingRuns.schema.indexes.map((i) => i.name)).toEqual(['period']);
    v7.close();
  });
});

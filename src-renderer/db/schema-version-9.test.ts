import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KlokDB } from './klok-db';
import { SCHEMA_VERSIONS } from './schema-versions';

const NAME = 'klok-schema-9-test';
afterEach(() => Dexie.delete(NAME));

describe('schema version 9', () => {
  it('keeps the desk of a version 8 store and adds an empty exclusion table', async () => {
    const v8 = new KlokDB(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 8),
    );
    await v8.customers.add({ id: 'cus-1', name: 'Gemeente Houten', createdAt: 1 });
    expect(v8.tables.map((t) => t.name)).not.toContain('exclusions');
    v8.close();
    const v9 = new KlokDB(NAME);
    await v9.open();
    expect(v9.verno).toBe(9);
    expect(await v9.customers.count()).toBe(1);
    expect(await v9.exclusions.count()).toBe(0);
    expect(v9.exclusions.schema.indexes.map((i) => i.name).sort()).toEqual(['contractId', 'startsAt']);
    v9.close();
  });
});

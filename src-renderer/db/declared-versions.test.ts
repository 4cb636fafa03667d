import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { declaredVersions, SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';
import { KlokDB } from './klok-db';

const NAMES = ['klok-declared-all', 'klok-declared-folded', 'klok-declared-upgraded'];
afterEach(() => Promise.all(NAMES.map((name) => Dexie.delete(name))));

/** Every table of an open store with its primary key and indexes, as Dexie reads them from IndexedDB. */
function tablesOf(db: Dexie): [string, string, string[]][] {
  return db.tables
    .map((t): [string, string, string[]] => [t.name, t.schema.primKey.src, t.schema.indexes.map((i) => i.src).sort()])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** A plain Dexie told of every version in `versions`, one by one, as KlokDB did before decision 26. */
function everyVersion(name: string, versions: readonly SchemaVersion[]): Dexie {
  const db = new Dexie(name);
  for (const v of versions) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}

describe('declaredVersions', () => {
  it('declares the versions with an upgrade and the last, each with the changes of the versions folded into it', () => {
    const upgrade = () => Promise.resolve();
    const folded = declaredVersions([
      { version: 1, stores: { a: 'id', b: 'id, x' } },
      { version: 2, stores: { b: 'id, y' }, upgrade },
      { version: 3, stores: { c: 'id' } },
      { version: 4, stores: { a: null, c: 'id, z' } },
      { version: 5, stores: { d: 'id' }, upgrade },
      { version: 6, stores: { e: 'id' } },
    ]);
    expect(folded).toEqual([
      { version: 2, stores: { a: 'id', b: 'id, y' }, upgrade },
      { version: 5, stores: { a: null, c: 'id, z', d: 'id' }, upgrade },
      { version: 6, stores: { e: 'id' } },
    ]);
  });

  it('declares the shipped versions with an upgrade and the last: under half of them', () => {
    expect(declaredVersions(SCHEMA_VERSIONS).map((v) => v.version)).toEqual([2, 5, 12, 14, 15, 16, 18, 20, 21, 23]);
  });

  it('makes the same new store as declaring every version', async () => {
    const all = everyVersion(NAMES[0] as string, SCHEMA_VERSIONS);
    const folded = new KlokDB(NAMES[1]);
    await Promise.all([all.open(), folded.open()]);
    expect(folded.verno).toBe(all.verno);
    expect(tablesOf(folded)).toEqual(tablesOf(all));
    expect(tablesOf(folded).map(([name]) => name)).not.toContain('log');
    all.close();
    folded.close();
  });

  it.each([1, 3, 4, 10, 13, 17, 19, 20, 22])(
    'upgrades a store left at version %i, which it no longer declares, to the same tables and indexes',
    async (version) => {
      const name = NAMES[2] as string;
      const old = everyVersion(name, SCHEMA_VERSIONS.slice(0, version));
      await old.open();
      expect(old.verno).toBe(version);
      old.close();
      const upgraded = new KlokDB(name);
      await upgraded.open();
      const fresh = everyVersion(NAMES[0] as string, SCHEMA_VERSIONS);
      await fresh.open();
      expect(upgraded.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
      expect(tablesOf(upgraded)).toEqual(tablesOf(fresh));
      upgraded.close();
      fresh.close();
    },
  );
});

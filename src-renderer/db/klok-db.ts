import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Agent, Contract, Customer, Setting, StoredEvent, TicketRow } from './entities';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';

/**
 * Klok's IndexedDB database. One instance per window (`openKlokDb`). Transactions use strict
 * durability: a write is on disk before it is reported done, so a crash never loses an
 * acknowledged change. Inside a transaction, await nothing but Dexie.
 */
export class KlokDB extends Dexie {
  customers!: EntityTable<Customer, 'id'>;
  contracts!: EntityTable<Contract, 'id'>;
  tickets!: EntityTable<TicketRow, 'id'>;
  events!: Table<StoredEvent, string>;
  agents!: EntityTable<Agent, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'klok', versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

let instance: KlokDB | null = null;

export function openKlokDb(name = 'klok'): KlokDB {
  instance ??= new KlokDB(name);
  return instance;
}

import { Dexie, type EntityTable, type Table } from 'dexie';
import type { OutageRow } from '../../src-shared/availability/outage-projection';
import type { ExclusionRow } from '../../src-shared/availability/exclusion-projection';
import type { CallRow } from '../../src-shared/phone/call-types';
import type { OutcomeRow } from '../../src-shared/teamlead/outcome-projection';
import type { DeskPolicy } from '../../src-shared/policy/desk-policy';
import type { OutcomePeriod } from '../../src-shared/teamlead/outcome-periods';
import type { Agent, BillingRun, Contract, Customer, DeskSetting, Engagement, OutboxEntry, Setting, Workstation } from './entities';
import type { LogBlock } from './log-blocks';
import type { TicketPage } from './ticket-pages';
import { declaredVersions, SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';

/**
 * Klok's IndexedDB database. One instance per window (`openKlokDb`). Transactions use strict
 * durability: a write is on disk before it is reported done, so a crash never loses an
 * acknowledged change. Inside a transaction, await nothing but Dexie.
 *
 * `logBlocks` is the desk log, the truth; every other desk table is a projection of it, written only by
 * `appendEvents` (store/append-events.ts). `settings` holds what belongs to this workstation alone.
 */
export class KlokDB extends Dexie {
  /** The desk log, in blocks of events (decision 24): read and written through log-blocks.ts only. */
  logBlocks!: Table<LogBlock, number>;
  workstations!: EntityTable<Workstation, 'id'>;
  deskSettings!: EntityTable<DeskSetting, 'key'>;
  customers!: EntityTable<Customer, 'id'>;
  contracts!: EntityTable<Contract, 'id'>;
  /**
   * The tickets, up to 25 a record (decision 29): each its row, and an open ticket's log (as text)
   * and place in the queue beside it (decisions 23, 25). Read and written through ticket-pages.ts only.
   */
  ticketPages!: Table<TicketPage, number>;
  agents!: EntityTable<Agent, 'id'>;
  calls!: EntityTable<CallRow, 'id'>;
  engagements!: EntityTable<Engagement, 'id'>;
  billingRuns!: EntityTable<BillingRun, 'id'>;
  outages!: EntityTable<OutageRow, 'id'>;
  exclusions!: EntityTable<ExclusionRow, 'id'>;
  /** Closed tickets' decided targets, by period (the team lead's attainment). */
  outcomes!: EntityTable<OutcomeRow, 'id'>;
  /** The outcome rows again, one record per period and contract, column by column: what a dashboard period reads. */
  outcomePeriods!: EntityTable<OutcomePeriod, 'id'>;
  /** The desk's own policies and their adopted versions (decision 20). */
  policies!: EntityTable<DeskPolicy, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  /** Events to push to the sync server (team sync); empty when the desk is not shared. */
  outbox!: EntityTable<OutboxEntry, 'id'>;

  constructor(name = 'klok', versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of declaredVersions(versions)) {
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

import { ContractPlans } from '../../src-shared/desk/contract-plans';
import type { Agent, Contract, Customer, Setting, StoredEvent, TicketRow } from '../db/entities';
import { KlokDB } from '../db/klok-db';
import type { Actor } from './actor';

/** Test support for store tests (Vitest over fake-indexeddb): fresh databases and whole-store dumps. */
export const plans = new ContractPlans();
export const actor: Actor = { by: 'Ann', workstation: 'ws-test' };

const opened: KlokDB[] = [];
let counter = 0;

/** A new, empty database with a name no other test in this file uses. */
export function freshDb(): KlokDB {
  const db = new KlokDB(`klok-store-test-${++counter}`);
  opened.push(db);
  return db;
}

/** Deletes every database freshDb opened (call in afterEach). */
export async function deleteFreshDbs(): Promise<void> {
  for (const db of opened.splice(0)) await db.delete();
}

export interface DeskDump {
  readonly customers: Customer[];
  readonly contracts: Contract[];
  readonly agents: Agent[];
  readonly tickets: TicketRow[];
  readonly events: StoredEvent[];
  readonly settings: Setting[];
}

/** Everything the store holds, read in one transaction: to show that a failed write left no trace. */
export async function dumpDesk(db: KlokDB): Promise<DeskDump> {
  return db.transaction('r', [db.customers, db.contracts, db.agents, db.tickets, db.events, db.settings], async () => ({
    customers: await db.customers.toArray(),
    contracts: await db.contracts.toArray(),
    agents: await db.agents.toArray(),
    tickets: await db.tickets.toArray(),
    events: await db.events.toArray(),
    settings: await db.settings.toArray(),
  }));
}

/** A hook body standing in for a write the disk refuses. */
export function diskFull(): never {
  throw new Error('disk full (test)');
}

import { addCustomer } from './desk-store';
import type { DeskPolicy } from '../../src-shared/policy/desk-policy';
import type { StoredTicket } from '../../src-shared/desk-log/projections/open-ticket-log';
import type { OutcomeRow } from '../../src-shared/teamlead/outcome-projection';
import type { OutcomePeriod } from '../../src-shared/teamlead/outcome-periods';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import type { DeskEvent } from '../../src-shared/desk-log/desk-event';
import { deskTables } from './append-events';
import type { OutageRow } from '../../src-shared/availability/outage-projection';
import type { ExclusionRow } from '../../src-shared/availability/exclusion-projection';
import type { CallRow } from '../../src-shared/phone/call-types';
import type { Agent, BillingRun, Contract, Customer, DeskSetting, Engagement, OutboxEntry, Setting, StoredDeskEvent, Workstation } from '../db/entities';
import { KlokDB } from '../db/klok-db';
import { SCHEMA_VERSIONS } from '../db/schema-versions';
import { onUpgradeProgress, type UpgradeProgress } from '../db/upgrade-progress';
import type { Transaction } from 'dexie';
import { readLog, readStream, type LogBlock } from '../db/log-blocks';
import { toStored } from '../db/stored-event';
import { allTicketRecords } from '../db/ticket-pages';
import { storedTicketOfRecord } from '../db/ticket-records';
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
  readonly logBlocks: LogBlock[];
  /** The log's events in apply order, as the blocks hold them. */
  readonly log: StoredDeskEvent[];
  readonly workstations: Workstation[];
  readonly deskSettings: DeskSetting[];
  readonly customers: Customer[];
  readonly contracts: Contract[];
  readonly agents: Agent[];
  readonly tickets: StoredTicket[];
  readonly calls: CallRow[];
  readonly engagements: Engagement[];
  readonly billingRuns: BillingRun[];
  readonly outages: OutageRow[];
  readonly exclusions: ExclusionRow[];
  readonly outcomes: OutcomeRow[];
  readonly outcomePeriods: OutcomePeriod[];
  readonly policies: DeskPolicy[];
  readonly settings: Setting[];
  readonly outbox: OutboxEntry[];
}

/**
 * Everything the store holds, read in one transaction: to show that a failed write left no trace.
 * Refuses a database with a table the dump does not read, so a new table cannot slip past it.
 */
export async function dumpDesk(db: KlokDB): Promise<DeskDump> {
  const dump = await db.transaction('r', deskTables(db), async () => ({
    logBlocks: await db.logBlocks.toArray(),
    log: (await readLog(db)).map(toStored),
    workstations: await db.workstations.toArray(),
    deskSettings: await db.deskSettings.toArray(),
    customers: await db.customers.toArray(),
    contracts: await db.contracts.toArray(),
    agents: await db.agents.toArray(),
    tickets: (await allTicketRecords(db)).map(storedTicketOfRecord),
    calls: await db.calls.toArray(),
    engagements: await db.engagements.toArray(),
    billingRuns: await db.billingRuns.toArray(),
    outages: await db.outages.toArray(),
    exclusions: await db.exclusions.toArray(),
    outcomes: await db.outcomes.toArray(),
    outcomePeriods: await db.outcomePeriods.toArray(),
    policies: await db.policies.toArray(),
    settings: await db.settings.toArray(),
    outbox: await db.outbox.toArray(),
  }));
  // The ticket pages are read as the tickets on them (`tickets`).
  const unread = db.tables.map((t) => t.name).filter((name) => !Object.hasOwn(dump, name === 'ticketPages' ? 'tickets' : name));
  if (unread.length > 0) throw new Error(`dumpDesk does not read table(s) ${unread.join(', ')}`);
  return dump;
}

/** One stream's events as stored, in apply order. */
export async function storedStream(db: KlokDB, stream: string): Promise<StoredDeskEvent[]> {
  return (await readStream(db, stream)).map(toStored);
}

/** The whole log as stored, in apply order. */
export async function storedLog(db: KlokDB): Promise<StoredDeskEvent[]> {
  return (await readLog(db)).map(toStored);
}

/** A stored event as a desk event: its envelope and payload, without what the store adds for its indexes. */
export function eventOf({ id, deskId, workstation, by, hlc, kind, v, stream, payload }: StoredDeskEvent): DeskEvent {
  return { id, deskId, workstation, by, hlc, kind, v, stream, payload };
}

/** A hook body standing in for a write the disk refuses. */
export function diskFull(): never {
  throw new Error('disk full (test)');
}

/** A fresh store with one customer, Gemeente Houten, on a Scope4mation Support contract added Sunday 1 March 2026, 10:00 CET. */
export async function houtenDesk(): Promise<{ db: KlokDB; contract: Contract }> {
  const db = freshDb();
  await addCustomer(
    db,
    plans,
    { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' },
    actor,
    Date.parse('2026-03-01T10:00:00+01:00'),
  );
  return { db, contract: (await db.contracts.toArray())[0] as Contract };
}

/**
 * The store `name` opened up to schema `version`, whose upgrade to it is `upgrade` (the shipped one
 * with smaller pages, say), with the progress that upgrade reported while the store opened.
 */
export async function openUpgradingWith(
  name: string,
  version: number,
  upgrade: (tx: Transaction) => Promise<void>,
): Promise<{ db: KlokDB; steps: UpgradeProgress[] }> {
  const shipped = SCHEMA_VERSIONS.find((v) => v.version === version);
  if (!shipped) throw new Error(`no schema version ${version}`);
  const db = new KlokDB(name, [...SCHEMA_VERSIONS.filter((v) => v.version < version), { ...shipped, upgrade }]);
  const steps: UpgradeProgress[] = [];
  const stop = onUpgradeProgress((p) => steps.push(p));
  try {
    await db.open();
  } finally {
    stop();
  }
  return { db, steps };
}

/** The store `name` as Klok with schema `version` opened it: for the tests of the upgrades after it. */
export function storeAtVersion(name: string, version: number): KlokDB {
  return new KlokDB(
    name,
    SCHEMA_VERSIONS.filter((v) => v.version <= version),
  );
}

import type { Transaction } from 'dexie';
import { buildOpenTicketLogs } from './open-ticket-logs';
import { addQueueKeys } from './queue-keys';
import { moveOpenLogsIntoTickets } from './move-open-logs';
import { moveLogIntoBlocks } from './move-log-into-blocks';
import { upgradeTicketRecords } from './upgrade-ticket-records';
import { countersFromNumbers } from './counters-from-numbers';
import { moveTicketsIntoPages } from './move-tickets-into-pages';
import { buildOutcomePeriods, buildOutcomes } from './build-outcomes';
import { upgradeToDeskLog } from './upgrade-to-desk-log';

/**
 * Every schema version Klok has shipped, oldest first. A shipped version is never edited:
 * a change adds the next version, with an `upgrade` when data must move, and a test for it.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Record<string, string | null>;
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      customers: 'id, name',
      contracts: 'id, customerId',
      tickets: 'id, &number, isOpen, customerId, contractId, status, updatedAt',
      events: 'id, ticketId, [ticketId+seq]',
      agents: 'id, &name',
      settings: 'key',
    },
  },
  {
    // The desk log (decision 6): every change is an event; the other tables are its projections.
    // Projections must accept whatever the merged log says, so no unique index on them.
    version: 2,
    stores: {
      log: 'id, [stream+order], order, ref',
      workstations: 'id, code',
      deskSettings: 'key',
      tickets: 'id, number, isOpen, customerId, contractId, status, updatedAt',
      agents: 'id, name',
    },
    upgrade: upgradeToDeskLog,
  },
  {
    version: 3,
    stores: { events: null },
  },
  {
    // Closed tickets are listed a page at a time, most recently changed first, from their rows
    // alone (a desk may hold 100,000 of them): an index to walk in that order.
    version: 4,
    stores: { tickets: 'id, number, isOpen, customerId, contractId, status, updatedAt, [isOpen+updatedAt]' },
  },
  {
    // Open tickets' logs beside their rows, so opening the desk reads them in one request.
    version: 5,
    stores: { openTicketLogs: 'id' },
    upgrade: buildOpenTicketLogs,
  },
  {
    // The phone log (issue 8): the call projection, folded from each call's `call.*` events. A
    // store of version 5 holds no call events, so the table starts empty.
    version: 6,
    stores: { calls: 'id, isOpen, ticketId, customerId, startedAt' },
  },
  {
    // Consultancy (issue 9): engagements with their time entries, and billing runs; projections
    // of the desk log like the others. Empty until the first engagement event.
    version: 7,
    stores: { engagements: 'id, customerId, ticketId', billingRuns: 'id, period' },
  },
  {
    // Outages (issues 8 and 10): reported by phone or by the team lead, ended later; the team
    // lead's availability figures fold them. Empty until the first outage event.
    version: 8,
    stores: { outages: 'id, customerId, ticketId, startedAt' },
  },
  {
    // Exclusion windows (issue 10): maintenance and other time that does not count against
    // availability. Empty until the first exclusion event.
    version: 9,
    stores: { exclusions: 'id, contractId, startsAt' },
  },
  {
    // Fewer ticket indexes (issue 7: every ticket write and an import of 10,000 tickets paid for
    // all of them): the open tickets are read through [isOpen+updatedAt], nothing reads tickets by
    // contract, status or change time alone. What stays: number (free numbers), customerId (a
    // customer's tickets), [isOpen+updatedAt] (open tickets; closed ones newest first).
    version: 10,
    stores: { tickets: 'id, number, customerId, [isOpen+updatedAt]' },
  },
  {
    // Team sync (issue 13): the ids of events this workstation made (or held before it joined a
    // shared desk) that the server has not acknowledged yet, in apply order. Survives restarts.
    version: 11,
    stores: { outbox: 'id, order' },
  },
  {
    // The team lead's attainment (issue 10, decision 13): one row per closed ticket and decided
    // target, indexed by its week, month and quarter (in the contract's zone) so a period is one
    // index range, and by ticket so a ticket's rows are replaced when its stream is rebuilt.
    version: 12,
    stores: { outcomes: 'id, ticketId, week, month, quarter' },
    upgrade: buildOutcomes,
  },
  {
    // Policies the desk owns (issue 11, decision 19): one row per policy with its adopted
    // versions. No upgrade: no log before this version holds a policy event.
    version: 13,
    stores: { policies: 'id' },
  },
  {
    // The team lead's periods (issue 10): the outcome rows of one contract and period in one
    // record, column by column, so drawing a period reads a few records instead of tens of
    // thousands. Built from the outcome rows.
    version: 14,
    stores: { outcomePeriods: 'id, [kind+period]' },
    upgrade: buildOutcomePeriods,
  },
  {
    // The board's first screen (issue 7, decision 21): open tickets by their place in the queue,
    // so the tickets that breach first are read without reading every open ticket.
    version: 15,
    stores: { openTicketLogs: 'id, [queueKey+numberKey]' },
    upgrade: addQueueKeys,
  },
  {
    // One record per ticket (issue 7, decision 23): an open ticket's log and place in the queue
    // move into its row, so a ticket is written (registered, changed, imported) as one record and
    // the board reads rows and logs in one request. The open logs are moved here, and their table
    // goes in the next version (the upgrade still reads it).
    version: 16,
    stores: { tickets: 'id, number, customerId, [isOpen+updatedAt], [queueKey+numberKey]' },
    upgrade: moveOpenLogsIntoTickets,
  },
  {
    version: 17,
    stores: { openTicketLogs: null },
  },
  {
    // The log in blocks of events (issue 7, decision 24): a record holds up to 200 events, indexed
    // by the streams and contracts they name and by their first and last place in the apply
    // order. An import writes a few dozen records for its events instead of one per event. The
    // events move here; their table goes in the next version (the upgrade still reads it).
    version: 18,
    stores: { logBlocks: '++seq, *streams, *refs, oldest, newest' },
    upgrade: (tx) => moveLogIntoBlocks(tx),
  },
  {
    version: 19,
    stores: { log: null },
  },
  {
    // Ticket records cheaper to write (issue 7, decision 25): an open ticket's log as JSON text
    // (IndexedDB copies a string in one piece, where it walked every field of every event), and one
    // index fewer: open tickets are read by the queue index, closed ones by `closedKey`, which only
    // closed tickets' records have, in place of `[isOpen+updatedAt]`.
    version: 20,
    stores: { tickets: 'id, number, customerId, [queueKey+numberKey], closedKey' },
    upgrade: upgradeTicketRecords,
  },
  {
    // Ticket records cheaper still (issue 7, decision 28): registering no longer looks its number up
    // (this workstation's counters are kept past every number the desk holds, and are moved there
    // from the `number` index here), and a customer's open tickets are read from the queue index.
    // The next version drops both indexes (this upgrade still reads `number`).
    version: 21,
    stores: {},
    upgrade: countersFromNumbers,
  },
  {
    version: 22,
    stores: { tickets: 'id, [queueKey+numberKey], closedKey' },
  },
  {
    // Tickets a page at a time (issue 7, decision 29): up to 25 ticket records in one IndexedDB
    // record, each as JSON text. Chromium's IndexedDB spent most of an import on each ticket record
    // it was handed. The pages' indexes have an entry per ticket: its id, an open ticket's place in
    // the queue, a closed ticket's last change; `hasOpen` marks the pages the board's list reads.
    // The records move here; `tickets` is dropped once they have (the upgrade still reads it).
    version: 23,
    stores: { ticketPages: 'id, *ids, *queue, *closed, hasOpen', tickets: null },
    upgrade: moveTicketsIntoPages,
  },
];

/**
 * The versions to declare to Dexie: each version with an upgrade, and the last. A version without
 * an upgrade only adds, changes or drops tables and indexes, which Dexie works out by comparing the
 * store as it finds it with the next version declared; its changes are folded into that version's.
 * Each declared version makes Dexie parse every version declared before it again: the twenty
 * shipped versions cost every start about 10 ms before anything was read (decision 26).
 */
export function declaredVersions(versions: readonly SchemaVersion[]): SchemaVersion[] {
  const declared: SchemaVersion[] = [];
  let stores: Record<string, string | null> = {};
  versions.forEach((v, i) => {
    stores = { ...stores, ...v.stores };
    if (!v.upgrade && i < versions.length - 1) return;
    declared.push(v.upgrade ? { version: v.version, stores, upgrade: v.upgrade } : { version: v.version, stores });
    stores = {};
  });
  return declared;
}

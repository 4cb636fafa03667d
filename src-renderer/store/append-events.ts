import { billingRunFromLog, engagementFromLog } from '../../src-shared/consultancy/engagement-projection';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { compareDeskEvents, orderKey, type DeskEvent } from '../../src-shared/desk-log/desk-event';
import { checkDeskEvents } from '../../src-shared/desk-log/desk-event-schema';
import { kindDef, type ProjectionName } from '../../src-shared/desk-log/event-kinds';
import { formatHlc, HLC_ZERO, MAX_DRIFT_MS, parseHlc, receive, type Hlc } from '../../src-shared/desk-log/hlc';
import {
  agentFromLog,
  contractFromLog,
  customerFromLog,
  deskSettingsFromLog,
  workstationFromLog,
} from '../../src-shared/desk-log/projections/directory-projections';
import { createdOf, ticketEventsOf, ticketFromLog, ticketTerms } from '../../src-shared/desk-log/projections/ticket-projection';
import { outageFromLog } from '../../src-shared/availability/outage-projection';
import { exclusionFromLog } from '../../src-shared/availability/exclusion-projection';
import { callFromLog } from '../../src-shared/phone/call-projection';
import { outcomesFromLog, type OutcomeRow } from '../../src-shared/teamlead/outcome-projection';
import { periodIdsOf, replaceTicketOutcomes } from '../../src-shared/teamlead/outcome-periods';
import { policyFromLog } from '../../src-shared/policy/policy-projection';
import { projectDesk, type DeskProjections } from '../../src-shared/desk-log/project-desk';
import { openTicketLogOf, storedTicketOf } from '../../src-shared/desk-log/projections/open-ticket-log';
import type { KlokDB } from '../db/klok-db';
import { isLogEmpty, readStream, readStreams, ticketsOfContract, writeToLog } from '../db/log-blocks';
import { writeTicketRecords } from '../db/ticket-pages';
import { ticketRecordOf, type TicketRecord } from '../db/ticket-records';
import { SYNC_LINK_KEY } from './sync-keys';
import { moveCountersPast } from './ticket-numbering';

/** The tables one append touches: the log and every projection. */
export function deskTables(db: KlokDB) {
  return [
    db.logBlocks,
    db.workstations,
    db.deskSettings,
    db.customers,
    db.contracts,
    db.agents,
    db.ticketPages,
    db.calls,
    db.engagements,
    db.billingRuns,
    db.outages,
    db.exclusions,
    db.outcomes,
    db.outcomePeriods,
    db.policies,
    db.settings,
    db.outbox,
  ];
}

export interface AppendOptions {
  /**
   * Into an empty log: called with every projection once their rows are handed to IndexedDB, while
   * it writes them (an import evaluates the board's entries then, instead of waiting).
   */
  readonly whileWriting?: (projections: DeskProjections) => void;
  /**
   * The events came from the sync server: they are not queued to be pushed back. Every other
   * append (a command, an import, the demo desk) queues its new events while the desk is shared.
   */
  readonly isPulled?: boolean;
}

export interface AppendResult {
  /** The events that were new to this store (a retry or a second delivery appends nothing). */
  readonly appended: readonly DeskEvent[];
  /** Streams whose projection row was rebuilt, by projection. */
  readonly touched: ReadonlyMap<ProjectionName, ReadonlySet<string>>;
  /** How far the newest event was ahead of this workstation's clock, when more than MAX_DRIFT_MS. */
  readonly aheadMs: number | null;
}

export const DESK_STREAM = 'desk';
const CLOCK_KEY = 'hlc';
/** Local setting: the last time this workstation saw events far ahead of its own clock. */
export const CLOCK_WARNING_KEY = 'clockWarning';

export interface ClockWarning {
  /** How far ahead of this machine's clock the newest event was. */
  readonly aheadMs: number;
  readonly seenAt: number;
}

/**
 * The one write path of the desk log. Validates the events, writes those the store does not hold
 * yet, advances this workstation's clock and ticket counters past them, and rebuilds every
 * projection row they touch from its stream's events in (hlc, workstation, id) order: all in one
 * transaction, or nothing.
 * Events may arrive in any order and more than once; the result is the same.
 */
export async function appendEvents(
  db: KlokDB,
  plans: ContractPlans,
  events: readonly DeskEvent[],
  now: number,
  options: AppendOptions = {},
): Promise<AppendResult> {
  const checked = checkDeskEvents(events);
  return db.transaction('rw', deskTables(db), async () => {
    const unique = [...new Map(checked.map((e) => [e.id, e])).values()];
    // Whether the log is empty, and whether the desk is shared (new events then wait in the
    // outbox to be pushed). Asked together.
    const [isFirstFill, syncLink] = await Promise.all([isLogEmpty(db), options.isPulled ? undefined : db.settings.get(SYNC_LINK_KEY)]);
    // An event belongs to one stream: it is known when its stream holds its id. The streams read
    // here are the ones the rebuild below needs, so they are read once.
    const held = isFirstFill ? new Map<string, DeskEvent[]>() : await readStreams(db, new Set(unique.map((e) => e.stream)));
    const known = new Set([...held.values()].flatMap((list) => list.map((e) => e.id)));
    const fresh = unique.filter((e) => !known.has(e.id));
    if (fresh.length === 0) return { appended: [], touched: new Map(), aheadMs: null };
    // Into an empty log (an import, the demo desk) every stream is in the batch: it is folded in
    // memory while IndexedDB writes the log (the fold starts once the writes are handed over).
    const [, projected] = await Promise.all([writeToLog(db, fresh), isFirstFill ? Promise.resolve().then(() => projectDesk(fresh, plans)) : null]);
    if (syncLink) await db.outbox.bulkPut(fresh.map((event) => ({ id: event.id, order: orderKey(event), event })));
    const [aheadMs] = await Promise.all([advanceClock(db, fresh, now), moveCountersPast(db, fresh)]);
    const touched = touchedStreams(fresh);
    if (!projected) {
      await rebuildStreams(db, plans, touched, withFresh(held, fresh));
      return { appended: fresh, touched, aheadMs };
    }
    const writing = putProjections(db, projected);
    try {
      options.whileWriting?.(projected);
    } catch {
      // Work done ahead of time only (the board evaluates its entries itself): it never undoes the write.
    }
    await writing;
    return { appended: fresh, touched, aheadMs };
  });
}

/** The streams as read before the append, with the fresh events in their apply order. */
function withFresh(held: ReadonlyMap<string, DeskEvent[]>, fresh: readonly DeskEvent[]): Map<string, DeskEvent[]> {
  const streams = new Map([...held].map(([id, list]) => [id, [...list]]));
  for (const e of fresh) streams.get(e.stream)?.push(e);
  for (const list of streams.values()) list.sort(compareDeskEvents);
  return streams;
}

function touchedStreams(events: readonly DeskEvent[]): Map<ProjectionName, Set<string>> {
  const touched = new Map<ProjectionName, Set<string>>();
  for (const e of events) {
    const projection = kindDef(e.kind)?.projection;
    if (!projection) continue;
    let set = touched.get(projection);
    if (!set) touched.set(projection, (set = new Set()));
    set.add(e.stream);
  }
  return touched;
}

async function readClock(db: KlokDB): Promise<Hlc> {
  const text = (await db.settings.get(CLOCK_KEY))?.value;
  return (typeof text === 'string' && parseHlc(text)) || HLC_ZERO;
}

/** The workstation's clock, read and kept inside the caller's transaction. */
export const workstationClock = {
  read: readClock,
  write: (db: KlokDB, clock: Hlc) => db.settings.put({ key: CLOCK_KEY, value: formatHlc(clock) }),
};

async function advanceClock(db: KlokDB, events: readonly DeskEvent[], now: number): Promise<number | null> {
  let clock = await readClock(db);
  let ahead = 0;
  for (const e of events) {
    const stamp = parseHlc(e.hlc);
    if (!stamp) continue;
    const next = receive(clock, stamp, now);
    clock = next.clock;
    ahead = Math.max(ahead, next.aheadMs);
  }
  await workstationClock.write(db, clock);
  if (ahead <= MAX_DRIFT_MS) return null;
  const warning: ClockWarning = { aheadMs: ahead, seenAt: now };
  await db.settings.put({ key: CLOCK_WARNING_KEY, value: warning });
  return ahead;
}

/**
 * Rebuilds the projection rows of the given streams from their events. Policies and directory
 * projections go first: a ticket's row needs its contract's plan in the version it runs on.
 */
export async function rebuildStreams(
  db: KlokDB,
  plans: ContractPlans,
  touchedByEvents: ReadonlyMap<ProjectionName, ReadonlySet<string>>,
  read: ReadonlyMap<string, DeskEvent[]> = new Map(),
): Promise<void> {
  let touched = touchedByEvents;
  const each = async (name: ProjectionName, fn: (stream: string, events: DeskEvent[]) => Promise<unknown>) => {
    for (const stream of touched.get(name) ?? []) await fn(stream, read.get(stream) ?? (await readStream(db, stream)));
  };
  await each('policy', async (id, events) => {
    const row = policyFromLog(id, events);
    if (row) plans.learn([row]);
    await putOrDelete(db.policies, id, row);
  });
  await each('workstation', (id, events) => putOrDelete(db.workstations, id, workstationFromLog(id, events)));
  await each('desk', async (_id, events) => {
    await db.deskSettings.clear();
    await db.deskSettings.bulkPut(deskSettingsFromLog(events));
  });
  await each('customer', (id, events) => putOrDelete(db.customers, id, customerFromLog(id, events)));
  await each('contract', (id, events) => putOrDelete(db.contracts, id, contractFromLog(id, events)));
  await each('agent', (id, events) => putOrDelete(db.agents, id, agentFromLog(id, events)));
  await each('engagement', (id, events) => putOrDelete(db.engagements, id, engagementFromLog(id, events)));
  await each('billing_run', (id, events) => putOrDelete(db.billingRuns, id, billingRunFromLog(id, events)));
  // A ticket whose events arrived before its contract's gets its row once the contract is there.
  const tickets = new Set(touched.get('ticket'));
  for (const contractId of touched.get('contract') ?? []) {
    for (const ticketId of await ticketsOfContract(db, contractId)) tickets.add(ticketId);
  }
  touched = new Map([...touched, ['ticket', tickets]]);
  // Ticket records are written together at the end: several tickets share a page (decision 29).
  const ticketRecords = new Map<string, TicketRecord | null>();
  await each('ticket', async (id, events) => {
    const contractId = createdOf(events)?.payload['contractId'];
    const contract = typeof contractId === 'string' ? await db.contracts.get(contractId) : undefined;
    const log = ticketEventsOf(events);
    const plan = contract ? plans.planFor(ticketTerms(contract, log)) : null;
    const row = plan ? ticketFromLog(id, events, plan) : null;
    ticketRecords.set(id, row && plan ? ticketRecordOf(storedTicketOf(row, openTicketLogOf(row, log, plan))) : null);
    // The outcomes of a closed ticket; a reopened one loses them until it closes again.
    const before = await db.outcomes.where('ticketId').equals(id).toArray();
    if (before.length > 0) await db.outcomes.bulkDelete(before.map((o) => o.id));
    const outcomes = plan ? outcomesFromLog(row, events, plan) : [];
    if (outcomes.length > 0) await db.outcomes.bulkPut(outcomes);
    if (before.length > 0 || outcomes.length > 0) await updateOutcomePeriods(db, id, before, outcomes);
  });
  await writeTicketRecords(db, ticketRecords);
  await each('call', (id, events) => putOrDelete(db.calls, id, callFromLog(id, events)));
  await each('outage', (id, events) => putOrDelete(db.outages, id, outageFromLog(id, events)));
  await each('exclusion', (id, events) => putOrDelete(db.exclusions, id, exclusionFromLog(id, events)));
}

async function putProjections(db: KlokDB, rows: DeskProjections): Promise<void> {
  await Promise.all([
    db.workstations.bulkPut(rows.workstations),
    db.deskSettings.bulkPut(rows.deskSettings),
    db.customers.bulkPut(rows.customers),
    db.contracts.bulkPut(rows.contracts),
    db.agents.bulkPut(rows.agents),
    writeTicketRecords(db, new Map(rows.tickets.map((t) => [t.id, ticketRecordOf(t)]))),
    db.calls.bulkPut(rows.calls),
    db.engagements.bulkPut(rows.engagements),
    db.billingRuns.bulkPut(rows.billingRuns),
    db.outages.bulkPut(rows.outages),
    db.exclusions.bulkPut(rows.exclusions),
    db.outcomes.bulkPut(rows.outcomes),
    db.outcomePeriods.bulkPut(rows.outcomePeriods),
    db.policies.bulkPut(rows.policies),
  ]);
}

/** A ticket's outcome rows changed: the period records they were and are in take the change. */
async function updateOutcomePeriods(db: KlokDB, ticketId: string, before: readonly OutcomeRow[], after: readonly OutcomeRow[]): Promise<void> {
  const ids = [...new Set([...before, ...after].flatMap(periodIdsOf))];
  const known = new Map((await db.outcomePeriods.bulkGet(ids)).flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const changed = replaceTicketOutcomes(known, ticketId, before, after);
  const gone = [...changed].flatMap(([id, p]) => (p ? [] : [id]));
  const kept = [...changed.values()].flatMap((p) => (p ? [p] : []));
  if (gone.length > 0) await db.outcomePeriods.bulkDelete(gone);
  if (kept.length > 0) await db.outcomePeriods.bulkPut(kept);
}

async function putOrDelete<T>(table: { put(row: T): Promise<unknown>; delete(key: string): Promise<unknown> }, id: string, row: T | null): Promise<void> {
  await (row ? table.put(row) : table.delete(id));
}

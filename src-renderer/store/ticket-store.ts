import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { termsWithVersion, ticketEventDraft, ticketEventsOf, type LoggedTicketEvent } from '../../src-shared/desk-log/projections/ticket-projection';
import { decideOnLog, type TicketCommand } from '../../src-shared/ticket/ticket-commands';
import { createdEventFor, type Registration } from '../../src-shared/ticket/registration';
import { InputError, issue } from '../../src-shared/validation/issues';
import type { Contract, TicketRow } from '../db/entities';
import type { StoredTicket } from '../../src-shared/desk-log/projections/open-ticket-log';
import type { KlokDB } from '../db/klok-db';
import { newId, type Actor } from './actor';
import { readStream } from '../db/log-blocks';
import { firstOpenTicketRecords, openTicketRecords, ticketRecord } from '../db/ticket-pages';
import { openLogOf, rowOfRecord, UNPLACED } from '../db/ticket-records';
import { nextTicketNumber } from './ticket-numbering';
import { isContractRunning } from '../../src-shared/desk/contract-status';
import { writeEvents } from './write-events';
import { currentVersionId } from './policy-store';

export interface TicketWithLog {
  readonly row: TicketRow;
  /** The ticket's events as the engine reads them, in log order. */
  readonly events: readonly LoggedTicketEvent[];
  readonly contract: Contract;
}

/**
 * Every open ticket with its log and contract: what the board derives its clocks from. Reads the
 * open tickets' records, each its row with its log beside it (decision 23), from the ticket pages
 * that hold an open ticket (decision 29): one request for all of them, never the closed tickets.
 */
export async function loadOpenTickets(db: KlokDB): Promise<TicketWithLog[]> {
  return db.transaction('r', db.ticketPages, db.contracts, async () => {
    const [records, contractList] = await Promise.all([openTicketRecords(db), db.contracts.toArray()]);
    const contracts = new Map(contractList.map((c) => [c.id, c]));
    return records.flatMap((record) => withLog(rowOfRecord(record), openLogOf(record), contracts.get(record.contractId)));
  });
}

/**
 * What loadOpenTickets reads from a store that holds `records` and `contracts`, worked out from
 * them in memory (an import hands the board the tickets it has just written): open tickets in
 * their index's order, by place in the queue and number.
 */
export function openTicketsOf(records: readonly StoredTicket[], contractList: readonly Contract[]): TicketWithLog[] {
  const contracts = new Map(contractList.map((c) => [c.id, c]));
  const byPlace = (a: StoredTicket, b: StoredTicket) =>
    (a.queueKey ?? 0) - (b.queueKey ?? 0) || ((a.numberKey ?? '') < (b.numberKey ?? '') ? -1 : (a.numberKey ?? '') > (b.numberKey ?? '') ? 1 : 0);
  return records
    .filter((r) => r.isOpen === 1)
    .sort(byPlace)
    .flatMap(({ events, queueKey: _queueKey, numberKey: _numberKey, ...row }) => withLog(row, events, contracts.get(row.contractId)));
}

/** An open ticket as the board reads it; nothing when it has no log or no contract. */
function withLog(row: TicketRow, events: readonly LoggedTicketEvent[] | undefined, contract: Contract | undefined): TicketWithLog[] {
  return contract && events ? [{ row, events, contract }] : [];
}

/** The first tickets of the queue, and how many tickets are open. */
export interface BoardHead {
  /** The `size` open tickets that breach first (by the queue key their last change wrote). */
  readonly tickets: TicketWithLog[];
  /** Whether these are every open ticket (the desk has no more than `size`). */
  readonly isWhole: boolean;
}

/**
 * The board's first screen: the open tickets first in the queue, read by their stored place in it
 * (the ticket pages' `queue` index, which holds open tickets only), not every open
 * ticket. Null when some open ticket has no stored place yet (UNPLACED, which sorts first: a store
 * upgraded with a calendar it could not make): then only the whole list can order the queue.
 *
 * It does not count the open tickets: Chromium counts an index range by walking it entry by entry,
 * which kept the first screen of 10,000 open tickets waiting about 60 ms (decision 26). One record more than the screen shows says whether there are more.
 */
export async function loadBoardHead(db: KlokDB, size: number): Promise<BoardHead | null> {
  return db.transaction('r', db.ticketPages, db.contracts, async () => {
    const [records, contractList] = await Promise.all([firstOpenTicketRecords(db, size + 1), db.contracts.toArray()]);
    if (records[0]?.queueKey === UNPLACED) return null;
    const contracts = new Map(contractList.map((c) => [c.id, c]));
    const shown = records.slice(0, size);
    return {
      tickets: shown.flatMap((record) => withLog(rowOfRecord(record), openLogOf(record), contracts.get(record.contractId))),
      isWhole: records.length <= size,
    };
  });
}

export async function loadTicket(db: KlokDB, ticketId: string): Promise<TicketWithLog | null> {
  return db.transaction('r', db.ticketPages, db.logBlocks, db.contracts, async () => {
    const record = await ticketRecord(db, ticketId);
    if (!record) return null;
    const contract = await db.contracts.get(record.contractId);
    if (!contract) return null;
    return { row: rowOfRecord(record), events: ticketEventsOf(await readStream(db, ticketId)), contract };
  });
}

/** Registers a ticket: one transaction gives it a number and writes its created event (and so its row). */
export async function registerTicket(db: KlokDB, plans: ContractPlans, input: Registration, actor: Actor, now: number): Promise<TicketRow> {
  const ticketId = newId();
  return writeEvents(db, plans, actor, now, async () => {
    const contract = await db.contracts.get(input.contractId);
    if (!contract) throw new InputError([issue('contractId', 'choose a customer and contract', 'contract_required')]);
    if (!isContractRunning(contract, now)) throw new InputError([issue('contractId', 'this contract has ended: it takes no new tickets', 'contract.ended')]);
    // The ticket keeps the policy version in force now (decision 19).
    const policyVersion = await currentVersionId(db, contract.policyId);
    const plan = plans.planFor(termsWithVersion(contract, policyVersion));
    // Checked before a number is taken: a refused registration uses up no number.
    createdEventFor(input, plan, { id: '', at: now, number: '', customerId: contract.customerId, ...actor });
    const number = await nextTicketNumber(db, actor.workstation);
    const created = createdEventFor(input, plan, { id: newId(), at: now, number, customerId: contract.customerId, ...actor });
    return {
      drafts: [ticketEventDraft(ticketId, policyVersion === undefined ? created : { ...created, policyVersion })],
      result: () => ticketRow(db, ticketId),
    };
  });
}

/** Runs an agent's command: the events it decides and the new row are written together, or nothing is. */
export async function runTicketCommand(
  db: KlokDB,
  plans: ContractPlans,
  ticketId: string,
  command: TicketCommand,
  actor: Actor,
  now: number,
): Promise<TicketRow> {
  return writeEvents(db, plans, actor, now, async () => {
    const row = await ticketRecord(db, ticketId);
    if (!row) throw new InputError([issue('ticket', 'no longer exists', 'ticket_gone')]);
    const contract = await db.contracts.get(row.contractId);
    if (!contract) throw new InputError([issue('contract', `contract ${row.contractId} is missing`, 'contract_missing', { contract: row.contractId })]);
    const plan = plans.planFor(termsWithVersion(contract, row.policyVersion));
    const decided = decideOnLog(plan, ticketEventsOf(await readStream(db, ticketId)), command, { ...actor, newId }, now);
    return { drafts: decided.map((e) => ticketEventDraft(ticketId, e)), result: () => ticketRow(db, ticketId) };
  });
}

async function ticketRow(db: KlokDB, ticketId: string): Promise<TicketRow> {
  const record = await ticketRecord(db, ticketId);
  if (!record) throw new Error(`ticket ${ticketId} has no row after its events were written`);
  return rowOfRecord(record);
}

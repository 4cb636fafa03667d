import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import type { CompiledPlan } from '../../src-shared/policy/compiled-policy';
import { decideCommand, type TicketCommand } from '../../src-shared/ticket/ticket-commands';
import { ticketClocks } from '../../src-shared/ticket/ticket-clocks';
import type { TicketEvent } from '../../src-shared/ticket/ticket-event';
import { createdEventFor, type Registration } from '../../src-shared/ticket/registration';
import { summarizeTicket } from '../../src-shared/ticket/ticket-summary';
import { InputError } from '../../src-shared/validation/issues';
import type { Contract, StoredEvent, TicketRow } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { newId, type Actor } from './actor';

export interface TicketWithLog {
  readonly row: TicketRow;
  readonly events: readonly StoredEvent[];
  readonly contract: Contract;
}

/** The projection row of a ticket, folded from its log. */
export function rowFromLog(ticketId: string, events: readonly TicketEvent[], plan: CompiledPlan): TicketRow {
  const summary = summarizeTicket(events, plan);
  return { ...summary, id: ticketId, isOpen: summary.status === 'closed' ? 0 : 1 };
}

const byLogOrder = (a: StoredEvent, b: StoredEvent) => a.seq - b.seq;

/** Every open ticket with its log and contract: what the board derives its clocks from. */
export async function loadOpenTickets(db: KlokDB): Promise<TicketWithLog[]> {
  return db.transaction('r', db.tickets, db.events, db.contracts, async () => {
    const rows = await db.tickets.where('isOpen').equals(1).toArray();
    const ids = new Set(rows.map((r) => r.id));
    const contracts = new Map((await db.contracts.toArray()).map((c) => [c.id, c]));
    const byTicket = new Map<string, StoredEvent[]>();
    await db.events.each((e) => {
      if (!ids.has(e.ticketId)) return;
      const list = byTicket.get(e.ticketId);
      if (list) list.push(e);
      else byTicket.set(e.ticketId, [e]);
    });
    return rows.flatMap((row) => {
      const contract = contracts.get(row.contractId);
      return contract ? [{ row, events: (byTicket.get(row.id) ?? []).sort(byLogOrder), contract }] : [];
    });
  });
}

export async function loadTicket(db: KlokDB, ticketId: string): Promise<TicketWithLog | null> {
  return db.transaction('r', db.tickets, db.events, db.contracts, async () => {
    const row = await db.tickets.get(ticketId);
    if (!row) return null;
    const contract = await db.contracts.get(row.contractId);
    if (!contract) return null;
    const events = await db.events.where('[ticketId+seq]').between([ticketId, 0], [ticketId, Infinity]).toArray();
    return { row, events, contract };
  });
}

/** Registers a ticket: one transaction gives it a number, writes its created event and its row. */
export async function registerTicket(db: KlokDB, plans: ContractPlans, input: Registration, actor: Actor, now: number): Promise<TicketRow> {
  return db.transaction('rw', [db.contracts, db.tickets, db.events, db.settings], async () => {
    const contract = await db.contracts.get(input.contractId);
    if (!contract) throw new InputError([{ field: 'contractId', reason: 'choose a customer and contract' }]);
    const plan = plans.planFor(contract);
    const counter = ((await db.settings.get('ticketCounter'))?.value as number | undefined) ?? 1000;
    const ticketId = newId();
    const created = createdEventFor(input, plan, { id: newId(), at: now, number: `T-${counter + 1}`, customerId: contract.customerId, ...actor });
    const stored: StoredEvent = { ...created, ticketId, seq: 1 };
    const row = rowFromLog(ticketId, [created], plan);
    await db.settings.put({ key: 'ticketCounter', value: counter + 1 });
    await db.events.add(stored);
    await db.tickets.add(row);
    return row;
  });
}

/** Runs an agent's command: the events it decides and the new row are written together, or nothing is. */
export async function runTicketCommand(db: KlokDB, plans: ContractPlans, ticketId: string, command: TicketCommand, actor: Actor, now: number): Promise<TicketRow> {
  return db.transaction('rw', [db.contracts, db.tickets, db.events], async () => {
    const row = await db.tickets.get(ticketId);
    if (!row) throw new InputError([{ field: 'ticket', reason: 'no longer exists' }]);
    const contract = await db.contracts.get(row.contractId);
    if (!contract) throw new InputError([{ field: 'contract', reason: `contract ${row.contractId} is missing` }]);
    const plan = plans.planFor(contract);
    const log = await db.events.where('[ticketId+seq]').between([ticketId, 0], [ticketId, Infinity]).toArray();
    const at = Math.max(now, ...log.map((e) => e.at));
    const decided = decideCommand(command, { plan, summary: rowFromLog(ticketId, log, plan), clocks: ticketClocks(plan, log, at), now: at, ...actor, newId });
    const stored = decided.map((e, i): StoredEvent => ({ ...e, id: e.id ?? newId(), ticketId, seq: log.length + i + 1 }));
    const next = rowFromLog(ticketId, [...log, ...stored], plan);
    await db.events.bulkAdd(stored);
    await db.tickets.put(next);
    return next;
  });
}

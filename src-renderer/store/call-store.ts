import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { termsWithVersion, ticketEventDraft, ticketEventsOf } from '../../src-shared/desk-log/projections/ticket-projection';
import { checkCallSave, type CallSave } from '../../src-shared/phone/call-input';
import { decideCallOutcome, outcomeCommands } from '../../src-shared/phone/call-outcome';
import type { CallDirection, CallRow } from '../../src-shared/phone/call-types';
import { parsePhone } from '../../src-shared/phone/phone-number';
import { InputError, issue } from '../../src-shared/validation/issues';
import type { KlokDB } from '../db/klok-db';
import { newId, type Actor } from './actor';
import { readStream } from '../db/log-blocks';
import { ticketRecord } from '../db/ticket-pages';
import { writeEvents } from './write-events';

/** Every call of the desk (the log view filters and totals them). */
export async function loadCalls(db: KlokDB): Promise<CallRow[]> {
  return db.calls.orderBy('startedAt').reverse().toArray();
}

/** The call in progress (running, or ended and not saved yet), the latest started first; null when none. */
export async function loadOpenCall(db: KlokDB): Promise<CallRow | null> {
  const open = await db.calls.where('isOpen').equals(1).toArray();
  return open.sort((a, b) => b.startedAt - a.startedAt)[0] ?? null;
}

export interface CallStart {
  readonly direction: CallDirection;
  readonly phone?: string;
  readonly caller?: string;
  readonly ticketId?: string;
}

/** Starts a call: its start is an event, so the running timer survives a reload or a restart. */
export async function startCall(db: KlokDB, plans: ContractPlans, input: CallStart, actor: Actor, now: number): Promise<CallRow> {
  let phone: string | undefined;
  if (input.phone?.trim()) {
    const parsed = parsePhone(input.phone);
    if (!parsed.ok) throw new InputError([parsed.issue]);
    phone = parsed.e164;
  }
  const callId = newId();
  const payload = {
    at: now,
    direction: input.direction,
    ...(phone ? { phone } : {}),
    ...(input.caller?.trim() ? { caller: input.caller.trim() } : {}),
    ...(input.ticketId ? { ticketId: input.ticketId } : {}),
  };
  return writeEvents(db, plans, actor, now, async () => ({
    drafts: [{ kind: 'call.started', stream: callId, payload }],
    result: () => callRow(db, callId),
  }));
}

async function openCall(db: KlokDB, callId: string): Promise<CallRow> {
  const row = await db.calls.get(callId);
  if (!row || row.isOpen !== 1) throw new InputError([issue('call', 'this call is no longer in progress', 'phone.call_gone')]);
  return row;
}

/** Stops a running call's timer; the details are saved after. */
export async function endCall(db: KlokDB, plans: ContractPlans, callId: string, actor: Actor, now: number): Promise<CallRow> {
  return writeEvents(db, plans, actor, now, async () => {
    const row = await openCall(db, callId);
    const at = Math.max(now, row.startedAt);
    return { drafts: row.endedAt === null ? [{ kind: 'call.ended', stream: callId, payload: { at } }] : [], result: () => callRow(db, callId) };
  });
}

/** Drops a call started by mistake: it stays in the log, marked discarded, and acts on no ticket. */
export async function discardCall(db: KlokDB, plans: ContractPlans, callId: string, actor: Actor, now: number): Promise<CallRow> {
  return writeEvents(db, plans, actor, now, async () => {
    await openCall(db, callId);
    return { drafts: [{ kind: 'call.discarded', stream: callId, payload: { at: now } }], result: () => callRow(db, callId) };
  });
}

/**
 * Saves a call: checks it (a ticket that exists, a reason, a note, a valid number, a callback in the
 * future), and writes its end (if it was still running), its record and what its outcome does to
 * the ticket (through the ticket's own commands) and, for a report of unavailability, the outage
 * it records, in one transaction, or nothing at all.
 */
export async function saveCall(db: KlokDB, plans: ContractPlans, callId: string, input: CallSave, actor: Actor, now: number): Promise<CallRow> {
  return writeEvents(db, plans, actor, now, async () => {
    const call = await openCall(db, callId);
    const endedAt = call.endedAt ?? Math.max(now, call.startedAt);
    const payload = checkCallSave(input, { startedAt: call.startedAt, endedAt, now });
    const ticket = await ticketRecord(db, payload.ticketId);
    if (!ticket) throw new InputError([issue('ticketId', 'a call must concern an existing ticket', 'phone.ticket_unknown')]);
    const contract = await db.contracts.get(ticket.contractId);
    if (!contract) throw new InputError([issue('contract', `contract ${ticket.contractId} is missing`, 'contract_missing', { contract: ticket.contractId })]);
    const log = ticketEventsOf(await readStream(db, ticket.id));
    const commands = outcomeCommands({ callId, ...input, reason: payload.reason as NonNullable<CallRow['reason']> });
    const decided = decideCallOutcome(plans.planFor(termsWithVersion(contract, ticket.policyVersion)), log, commands, { now, ...actor, newId });
    return {
      drafts: [
        ...(call.endedAt === null ? [{ kind: 'call.ended', stream: callId, payload: { at: endedAt } }] : []),
        { kind: 'call.logged', stream: callId, payload: { ...payload, at: now, customerId: ticket.customerId } },
        ...decided.map((e) => ticketEventDraft(ticket.id, e)),
        ...(payload.reason === 'outage_report'
          ? [
              {
                kind: 'outage.reported',
                stream: newId(),
                payload: {
                  at: now,
                  startedAt: input.outageStartedAt,
                  scope: input.outageScope,
                  customerId: ticket.customerId,
                  contractId: ticket.contractId,
                  ticketId: ticket.id,
                  callId,
                  note: payload['note'],
                },
              },
            ]
          : []),
      ],
      result: () => callRow(db, callId),
    };
  });
}

async function callRow(db: KlokDB, callId: string): Promise<CallRow> {
  const row = await db.calls.get(callId);
  if (!row) throw new Error(`call ${callId} has no row after its events were written`);
  return row;
}

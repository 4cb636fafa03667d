import type { ContractTerms } from '../../desk/contract-plans';
import type { CompiledPlan } from '../../policy/compiled-policy';
import { policyVersionOf, type TicketEvent } from '../../ticket/ticket-event';
import { summarizeTicket } from '../../ticket/ticket-summary';
import type { DeskEvent } from '../desk-event';
import { kindDef } from '../event-kinds';
import type { Contract, TicketRow } from './entities';

/** A ticket event of the log as the engine reads it (`at` and friends in epoch ms). */
export type LoggedTicketEvent = TicketEvent & { readonly id: string };

export function isTicketEvent(e: Pick<DeskEvent, 'kind'>): boolean {
  return kindDef(e.kind)?.projection === 'ticket';
}

/** The engine's view of a logged ticket event: the payload with the envelope's who and where. */
export function toTicketEvent(e: DeskEvent): LoggedTicketEvent {
  return { ...e.payload, kind: e.kind, id: e.id, by: e.by, workstation: e.workstation } as unknown as LoggedTicketEvent;
}

/** The ticket's engine events in log order, without kinds this Klok does not know. */
export function ticketEventsOf(events: readonly DeskEvent[]): LoggedTicketEvent[] {
  return events.filter(isTicketEvent).map(toTicketEvent);
}

/** The created event of a ticket's log, if it has one. */
export function createdOf(events: readonly DeskEvent[]): DeskEvent | undefined {
  return events.find((e) => e.kind === 'created');
}

/** The board's row of a ticket, folded from its log; null until the log holds its created event. */
export function ticketFromLog(id: string, events: readonly DeskEvent[], plan: CompiledPlan): TicketRow | null {
  return ticketRowOf(id, ticketEventsOf(events), plan);
}

/** The board's row of a ticket from its engine events (a log held in memory); null without a created event. */
export function ticketRowOf(id: string, log: readonly TicketEvent[], plan: CompiledPlan): TicketRow | null {
  if (!log.some((e) => e.kind === 'created')) return null;
  const summary = summarizeTicket(log, plan);
  const policyVersion = policyVersionOf(log);
  return { ...summary, id, isOpen: summary.status === 'closed' ? 0 : 1, ...(policyVersion !== undefined ? { policyVersion } : {}) };
}

/** The terms a ticket's clocks run on: its contract's, with the policy version the ticket runs on. */
export function ticketTerms(contract: Pick<Contract, 'policyId' | 'planId' | 'zone'>, events: readonly TicketEvent[]): ContractTerms {
  return termsWithVersion(contract, policyVersionOf(events));
}

/** A contract's terms with a ticket's policy version (`TicketRow.policyVersion`). */
export function termsWithVersion(contract: Pick<Contract, 'policyId' | 'planId' | 'zone'>, policyVersion: string | undefined): ContractTerms {
  return { policyId: contract.policyId, planId: contract.planId, zone: contract.zone, policyVersion };
}

/** The log draft of an engine event a command decided (the inverse of toTicketEvent). */
export function ticketEventDraft(ticketId: string, event: TicketEvent): { kind: string; stream: string; id?: string; payload: Record<string, unknown> } {
  const { kind, id, by: _by, workstation: _ws, ...payload } = event;
  return { kind, stream: ticketId, ...(id ? { id } : {}), payload: stripUndefined(payload) };
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

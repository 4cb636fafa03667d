import type { CompiledPlan } from '../policy/compiled-policy';
import type { Environment, Status } from '../policy/policy-types';
import { byTimeCreatedFirst, type Channel, type TicketEvent } from './ticket-event';

/** What a ticket is now, folded from its events: the projection the store keeps for queries. */
export interface TicketSummary {
  readonly number: string;
  readonly title: string;
  readonly description: string;
  readonly customerId: string;
  readonly contractId: string;
  readonly type: string;
  readonly environment: Environment;
  readonly channel: Channel;
  readonly status: Status;
  readonly priority: string | null;
  readonly line: string | null;
  readonly assignee: string | null;
  readonly isResponded: boolean;
  readonly isResolved: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly eventCount: number;
}

/** Folds a ticket's log (any order; applied by time, then log order) into its summary. */
export function summarizeTicket(events: readonly TicketEvent[], plan: CompiledPlan): TicketSummary {
  const sorted = [...events].sort(byTimeCreatedFirst);
  const created = sorted[0];
  if (!created || created.kind !== 'created') throw new Error('a ticket log starts with a created event');
  let s: TicketSummary = {
    number: created.number ?? '',
    title: created.title ?? '',
    description: created.description ?? '',
    customerId: created.customerId ?? '',
    contractId: created.contractId ?? '',
    type: created.type,
    environment: created.environment ?? 'production',
    channel: created.channel ?? 'portal',
    status: 'new',
    priority: created.priority ?? plan.defaultPriority(created.type, created.environment ?? 'production'),
    line: plan.policy.lines[0]?.id ?? null,
    assignee: null,
    isResponded: false,
    isResolved: false,
    createdAt: created.at,
    updatedAt: created.at,
    eventCount: 0,
  };
  for (const e of sorted) s = applyToSummary(s, e);
  return s;
}

function applyToSummary(s: TicketSummary, e: TicketEvent): TicketSummary {
  const next = { ...s, updatedAt: Math.max(s.updatedAt, e.at), eventCount: s.eventCount + 1 };
  switch (e.kind) {
    case 'status_changed':
      return { ...next, status: e.status, isResolved: s.status === 'closed' && e.status !== 'closed' ? false : s.isResolved };
    case 'priority_changed':
      return { ...next, priority: e.priority };
    case 'responded':
    case 'acknowledged':
      return { ...next, isResponded: true };
    case 'resolved':
      return { ...next, isResolved: true };
    case 'reopened':
      return { ...next, status: 'in_progress', isResolved: false };
    case 'assigned':
      return { ...next, assignee: e.assignee };
    case 'escalated':
      return { ...next, line: e.line };
    default:
      return next;
  }
}

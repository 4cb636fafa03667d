import type { CompiledPlan } from '../policy/compiled-policy';
import type { Environment, Status } from '../policy/policy-types';
import { byTimeCreatedFirst, type Channel, type TicketEvent } from './ticket-event';
import { applyEvent, initialTicketState } from './ticket-state';

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

/** Folds a ticket's log (any order; applied by time, then log order) into its summary; what each event does is `applyEvent`'s. */
export function summarizeTicket(events: readonly TicketEvent[], plan: CompiledPlan): TicketSummary {
  const sorted = [...events].sort(byTimeCreatedFirst);
  const created = sorted[0];
  if (!created || created.kind !== 'created') throw new Error('a ticket log starts with a created event');
  let state = initialTicketState(created, { priority: (type, env) => plan.defaultPriority(type, env), firstLine: plan.policy.lines[0]?.id ?? null });
  let updatedAt = created.at;
  for (const e of sorted) {
    state = applyEvent(state, e);
    updatedAt = Math.max(updatedAt, e.at);
  }
  return {
    number: created.number ?? '',
    title: created.title ?? '',
    description: created.description ?? '',
    customerId: created.customerId ?? '',
    contractId: created.contractId ?? '',
    type: created.type,
    environment: created.environment ?? 'production',
    channel: created.channel ?? 'portal',
    status: state.status,
    priority: state.priority,
    line: state.line,
    assignee: state.assignee,
    isResponded: state.isResponded,
    isResolved: state.isResolved,
    createdAt: created.at,
    updatedAt,
    eventCount: sorted.length,
  };
}

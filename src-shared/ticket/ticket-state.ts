import type { Environment, Status } from '../policy/policy-types';
import type { CreatedEvent, TicketEvent } from './ticket-event';

/**
 * What a ticket is at one moment of its life: the one place that decides what each event does to
 * it. The summary (the board's row) and the clock segments both fold events through `applyEvent`.
 */
export interface TicketState {
  readonly status: Status;
  readonly priority: string | null;
  readonly line: string | null;
  readonly assignee: string | null;
  /** A first response or acknowledgement has been given. */
  readonly isResponded: boolean;
  readonly isWorkedAround: boolean;
  /** Resolved and not reopened since. */
  readonly isResolved: boolean;
  /** A resolution reached the customer at some point (resolved or closed), even if reopened later. */
  readonly hasEverResolved: boolean;
  /** The ticket has been in Waiting for Customer at some point. */
  readonly hasEverWaited: boolean;
}

/** The state a `created` event opens with; the priority and first line the plan gives when the event names none. */
export function initialTicketState(
  created: CreatedEvent,
  defaults: { readonly priority: (type: string, env: Environment) => string | null; readonly firstLine: string | null },
): TicketState {
  return {
    status: 'new',
    priority: created.priority ?? defaults.priority(created.type, created.environment ?? 'production'),
    line: defaults.firstLine,
    assignee: null,
    isResponded: false,
    isWorkedAround: false,
    isResolved: false,
    hasEverResolved: false,
    hasEverWaited: false,
  };
}

/**
 * What one event does to a ticket. Pure; an event that changes nothing (a call, a note, an update
 * sent) returns the same state, so folding a log allocates only for changes.
 */
export function applyEvent(s: TicketState, e: TicketEvent): TicketState {
  const { status, priority, line, assignee, isResponded, isWorkedAround, isResolved, hasEverResolved, hasEverWaited } = s;
  // Each change is one literal of every field: one shape, and no spread on the board's hot path.
  switch (e.kind) {
    case 'responded':
    case 'acknowledged':
      if (isResponded) return s;
      return { status, priority, line, assignee, isResponded: true, isWorkedAround, isResolved, hasEverResolved, hasEverWaited };
    case 'status_changed':
      return {
        status: e.status,
        priority,
        line,
        assignee,
        isResponded,
        isWorkedAround,
        // Leaving Closed undoes the resolution; entering it is one.
        isResolved: status === 'closed' && e.status !== 'closed' ? false : isResolved,
        hasEverResolved: hasEverResolved || e.status === 'closed',
        hasEverWaited: hasEverWaited || e.status === 'waiting_for_customer',
      };
    case 'priority_changed':
      return { status, priority: e.priority, line, assignee, isResponded, isWorkedAround, isResolved, hasEverResolved, hasEverWaited };
    case 'workaround_given':
      if (isWorkedAround) return s;
      return { status, priority, line, assignee, isResponded, isWorkedAround: true, isResolved, hasEverResolved, hasEverWaited };
    case 'resolved':
      return { status, priority, line, assignee, isResponded, isWorkedAround, isResolved: true, hasEverResolved: true, hasEverWaited };
    case 'reopened':
      return { status: 'in_progress', priority, line, assignee, isResponded, isWorkedAround, isResolved: false, hasEverResolved, hasEverWaited };
    case 'assigned':
      return { status, priority, line, assignee: e.assignee, isResponded, isWorkedAround, isResolved, hasEverResolved, hasEverWaited };
    case 'escalated':
      return { status, priority, line: e.line, assignee, isResponded, isWorkedAround, isResolved, hasEverResolved, hasEverWaited };
    case 'created':
    case 'update_sent':
    case 'call_logged':
    case 'note_added':
    case 'war_team_convened':
    case 'policy_applied':
      return s;
  }
}

/** Whether an update reached the customer (an update sent, or the first response): the update cadence restarts. */
export function givesUpdate(e: TicketEvent): boolean {
  return e.kind === 'responded' || e.kind === 'acknowledged' || e.kind === 'update_sent';
}

/** Whether the event moves the ticket into Waiting for Customer from another status: the reply term restarts. */
export function entersWaiting(s: TicketState, e: TicketEvent): boolean {
  return e.kind === 'status_changed' && e.status === 'waiting_for_customer' && s.status !== 'waiting_for_customer';
}

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

/** What an event did at its instant, beside the state it left: facts that restart a timer. */
export interface EventEffect {
  readonly state: TicketState;
  /** An update reached the customer (an update sent, or the first response): the update cadence restarts. */
  readonly isUpdateGiven: boolean;
  /** The ticket entered Waiting for Customer (from another status): the reply term restarts. */
  readonly isWaitingEntered: boolean;
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

/** What one event does to a ticket. Pure; events that change nothing return the state unchanged. */
export function applyEvent(s: TicketState, e: TicketEvent): EventEffect {
  const same = (state: TicketState, isUpdateGiven = false): EventEffect => ({ state, isUpdateGiven, isWaitingEntered: false });
  switch (e.kind) {
    case 'responded':
    case 'acknowledged':
      return same({ ...s, isResponded: true }, true);
    case 'update_sent':
      return same(s, true);
    case 'status_changed': {
      const isWaiting = e.status === 'waiting_for_customer';
      return {
        state: {
          ...s,
          status: e.status,
          // Leaving Closed undoes the resolution; entering it is one.
          isResolved: s.status === 'closed' && e.status !== 'closed' ? false : s.isResolved,
          hasEverResolved: s.hasEverResolved || e.status === 'closed',
          hasEverWaited: s.hasEverWaited || isWaiting,
        },
        isUpdateGiven: false,
        isWaitingEntered: isWaiting && s.status !== 'waiting_for_customer',
      };
    }
    case 'priority_changed':
      return same({ ...s, priority: e.priority });
    case 'workaround_given':
      return same({ ...s, isWorkedAround: true });
    case 'resolved':
      return same({ ...s, isResolved: true, hasEverResolved: true });
    case 'reopened':
      return same({ ...s, status: 'in_progress', isResolved: false });
    case 'assigned':
      return same({ ...s, assignee: e.assignee });
    case 'escalated':
      return same({ ...s, line: e.line });
    case 'created':
    case 'call_logged':
    case 'note_added':
      return same(s);
  }
}

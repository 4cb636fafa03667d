import type { Environment, Status } from '../policy/policy-types';
import { byTimeCreatedFirst, type TicketEvent } from './ticket-event';

/** The ticket's clock-relevant state during one stretch of time between two events. */
export interface TicketSegment {
  readonly start: number;
  /** Exclusive; Infinity for the stretch that is still going on. */
  readonly end: number;
  readonly status: Status;
  readonly priority: string | null;
  /** A first response or acknowledgement has been given. */
  readonly isResponded: boolean;
  readonly isWorkedAround: boolean;
  /** Resolved and not reopened since. */
  readonly isResolved: boolean;
  /** A resolution reached the customer at some point (resolved or closed), even if reopened later. */
  readonly hasEverResolved: boolean;
  /** An update to the customer (or the first response) was given at `start`: the update cadence restarts. */
  readonly isUpdateGiven: boolean;
  /** The ticket entered Waiting for Customer at `start`: the reply term restarts. */
  readonly isWaitingEntered: boolean;
  /** The ticket has been in Waiting for Customer at some point up to now. */
  readonly hasEverWaited: boolean;
}

export interface TicketHistory {
  readonly type: string;
  readonly environment: Environment;
  readonly createdAt: number;
  /** When the response clock starts (registration, or the earlier report or awareness). */
  readonly responseStart: number;
  readonly segments: readonly TicketSegment[];
}

/**
 * Folds a ticket's events into stretches of unchanging state. Events at the same instant are
 * applied in log order. The log must start with exactly one `created` event (the edge checks).
 */
export function foldTicket(
  events: readonly TicketEvent[],
  initialPriority: (type: string, env: Environment) => string | null,
  responseFromReport: boolean,
): TicketHistory {
  const sorted = [...events].sort(byTimeCreatedFirst);
  const created = sorted[0];
  if (!created || created.kind !== 'created') throw new Error('a ticket log starts with a created event');
  const environment = created.environment ?? 'production';
  const earliest = responseFromReport ? Math.min(created.at, created.reportedAt ?? Infinity, created.awareAt ?? Infinity) : created.at;
  const state: State = {
    status: 'new',
    priority: created.priority ?? initialPriority(created.type, environment),
    isResponded: false,
    isWorkedAround: false,
    isResolved: false,
    hasEverResolved: false,
    isUpdateGiven: false,
    isWaitingEntered: false,
    hasEverWaited: false,
  };
  const segments: TicketSegment[] = [];
  let start = earliest;
  const flush = (until: number): void => {
    if (until > start) segments.push({ ...state, start, end: until });
    start = Math.max(start, until);
  };
  for (let i = 0; i < sorted.length; i++) {
    const event = sorted[i] as TicketEvent;
    if (event.at > start) {
      flush(event.at);
      state.isUpdateGiven = false;
      state.isWaitingEntered = false;
    }
    apply(state, event);
  }
  segments.push({ ...state, start, end: Infinity });
  return { type: created.type, environment, createdAt: created.at, responseStart: earliest, segments };
}

/** The state being folded; each stretch gets a frozen copy. */
type State = { -readonly [K in Exclude<keyof TicketSegment, 'start' | 'end'>]: TicketSegment[K] };

function apply(s: State, event: TicketEvent): void {
  switch (event.kind) {
    case 'responded':
    case 'acknowledged':
      s.isResponded = true;
      s.isUpdateGiven = true;
      break;
    case 'update_sent':
      s.isUpdateGiven = true;
      break;
    case 'status_changed': {
      if (s.status === 'closed' && event.status !== 'closed') s.isResolved = false;
      if (event.status === 'closed') s.hasEverResolved = true;
      if (event.status === 'waiting_for_customer') {
        if (s.status !== 'waiting_for_customer') s.isWaitingEntered = true;
        s.hasEverWaited = true;
      }
      s.status = event.status;
      break;
    }
    case 'priority_changed':
      s.priority = event.priority;
      break;
    case 'workaround_given':
      s.isWorkedAround = true;
      break;
    case 'resolved':
      s.isResolved = true;
      s.hasEverResolved = true;
      break;
    case 'reopened':
      s.isResolved = false;
      s.status = 'in_progress';
      break;
    case 'created':
    case 'call_logged':
    case 'note_added':
    case 'assigned':
    case 'escalated':
      break;
  }
}

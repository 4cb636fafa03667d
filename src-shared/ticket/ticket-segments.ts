import type { Environment, Status } from '../policy/policy-types';
import type { TicketEvent } from './ticket-event';

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
  /** Why this stretch began, for explanations. */
  readonly cause: TicketEvent['kind'] | 'reported';
}

export interface TicketHistory {
  readonly type: string;
  readonly environment: Environment;
  readonly createdAt: number;
  /** When the response clock starts (registration, or the earlier report or awareness). */
  readonly responseStart: number;
  readonly segments: readonly TicketSegment[];
}

const byTime = (a: TicketEvent, b: TicketEvent): number => a.at - b.at;

/**
 * Folds a ticket's events into stretches of unchanging state. Events at the same instant are
 * applied in log order. The log must start with exactly one `created` event (the edge checks).
 */
export function foldTicket(events: readonly TicketEvent[], initialPriority: (type: string, env: Environment) => string | null, responseFromReport: boolean): TicketHistory {
  const sorted = [...events].sort(byTime);
  const created = sorted[0];
  if (!created || created.kind !== 'created') throw new Error('a ticket log starts with a created event');
  const environment = created.environment ?? 'production';
  const earliest = responseFromReport ? Math.min(created.at, created.reportedAt ?? Infinity, created.awareAt ?? Infinity) : created.at;
  let state: Omit<TicketSegment, 'start' | 'end'> = {
    status: 'new',
    priority: created.priority ?? initialPriority(created.type, environment),
    isResponded: false,
    isWorkedAround: false,
    isResolved: false,
    hasEverResolved: false,
    isUpdateGiven: false,
    isWaitingEntered: false,
    hasEverWaited: false,
    cause: earliest < created.at ? 'reported' : 'created',
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
      state = { ...state, isUpdateGiven: false, isWaitingEntered: false };
    }
    state = apply(state, event);
  }
  segments.push({ ...state, start, end: Infinity });
  return { type: created.type, environment, createdAt: created.at, responseStart: earliest, segments };
}

type State = Omit<TicketSegment, 'start' | 'end'>;

function apply(state: State, event: TicketEvent): State {
  switch (event.kind) {
    case 'responded':
    case 'acknowledged':
      return { ...state, isResponded: true, isUpdateGiven: true, cause: event.kind };
    case 'update_sent':
      return { ...state, isUpdateGiven: true, cause: event.kind };
    case 'status_changed': {
      const reopening = state.status === 'closed' && event.status !== 'closed';
      return {
        ...state,
        status: event.status,
        isResolved: reopening ? false : state.isResolved,
        hasEverResolved: state.hasEverResolved || event.status === 'closed',
        isWaitingEntered: event.status === 'waiting_for_customer' && state.status !== 'waiting_for_customer' ? true : state.isWaitingEntered,
        hasEverWaited: state.hasEverWaited || event.status === 'waiting_for_customer',
        cause: event.kind,
      };
    }
    case 'priority_changed':
      return { ...state, priority: event.priority, cause: event.kind };
    case 'workaround_given':
      return { ...state, isWorkedAround: true, cause: event.kind };
    case 'resolved':
      return { ...state, isResolved: true, hasEverResolved: true, cause: event.kind };
    case 'reopened':
      return { ...state, isResolved: false, status: 'in_progress', cause: event.kind };
    case 'created':
      return { ...state, cause: event.kind };
    case 'call_logged':
    case 'note_added':
    case 'assigned':
    case 'escalated':
      return state;
  }
}

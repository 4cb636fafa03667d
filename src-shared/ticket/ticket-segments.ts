import type { Environment } from '../policy/policy-types';
import { byTimeCreatedFirst, type TicketEvent } from './ticket-event';
import { applyEvent, entersWaiting, givesUpdate, initialTicketState, type TicketState } from './ticket-state';

/**
 * The ticket's state during one stretch of time between two events (what each event does is
 * `applyEvent`'s), with the restarts that happened at the stretch's start.
 */
export interface TicketSegment extends TicketState {
  readonly start: number;
  /** Exclusive; Infinity for the stretch that is still going on. */
  readonly end: number;
  /** An update to the customer (or the first response) was given at `start`: the update cadence restarts. */
  readonly isUpdateGiven: boolean;
  /** The ticket entered Waiting for Customer at `start`: the reply term restarts. */
  readonly isWaitingEntered: boolean;
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
  let state = initialTicketState(created, { priority: initialPriority, firstLine: null });
  let isUpdateGiven = false;
  let isWaitingEntered = false;
  const segments: TicketSegment[] = [];
  let start = earliest;
  const flush = (until: number): void => {
    if (until > start) segments.push(segment(state, isUpdateGiven, isWaitingEntered, start, until));
    start = Math.max(start, until);
  };
  for (let i = 0; i < sorted.length; i++) {
    const event = sorted[i] as TicketEvent;
    if (event.at > start) {
      flush(event.at);
      isUpdateGiven = false;
      isWaitingEntered = false;
    }
    // Restarts at one instant add up: every event at `start` may restart a timer.
    isUpdateGiven ||= givesUpdate(event);
    isWaitingEntered ||= entersWaiting(state, event);
    state = applyEvent(state, event);
  }
  segments.push(segment(state, isUpdateGiven, isWaitingEntered, start, Infinity));
  return { type: created.type, environment, createdAt: created.at, responseStart: earliest, segments };
}

/** One stretch, built as one literal (one shape for the hot loops that read it). */
function segment(s: TicketState, isUpdateGiven: boolean, isWaitingEntered: boolean, start: number, end: number): TicketSegment {
  return {
    start,
    end,
    status: s.status,
    priority: s.priority,
    line: s.line,
    assignee: s.assignee,
    isResponded: s.isResponded,
    isWorkedAround: s.isWorkedAround,
    isResolved: s.isResolved,
    hasEverResolved: s.hasEverResolved,
    hasEverWaited: s.hasEverWaited,
    isUpdateGiven,
    isWaitingEntered,
  };
}

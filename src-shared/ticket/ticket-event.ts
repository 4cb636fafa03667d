import type { Environment, Status } from '../policy/policy-types';

/**
 * The events a ticket's clocks are derived from. `at` is epoch milliseconds here; on the wire
 * and in the store it is an ISO-8601 instant. Events that do not move a clock (calls, notes,
 * assignments, escalations) are part of the log too, so the timeline tells the whole story.
 */
interface EventBase {
  readonly id?: string;
  readonly at: number;
  readonly by?: string;
}

export interface CreatedEvent extends EventBase {
  readonly kind: 'created';
  readonly type: string;
  readonly priority?: string;
  readonly environment?: Environment;
  /** When the customer reported it, if before registration (Konneqt response time). */
  readonly reportedAt?: number;
  /** When the provider became aware, e.g. through monitoring (Konneqt response time). */
  readonly awareAt?: number;
}

export interface StatusChangedEvent extends EventBase {
  readonly kind: 'status_changed';
  readonly status: Status;
}

export interface PriorityChangedEvent extends EventBase {
  readonly kind: 'priority_changed';
  readonly priority: string;
  readonly reason?: string;
  readonly callId?: string;
}

export interface PlainEvent extends EventBase {
  readonly kind:
    | 'responded'
    | 'acknowledged'
    | 'workaround_given'
    | 'resolved'
    | 'reopened'
    | 'update_sent'
    | 'call_logged'
    | 'note_added'
    | 'assigned'
    | 'escalated';
}

export type TicketEvent = CreatedEvent | StatusChangedEvent | PriorityChangedEvent | PlainEvent;
export type TicketEventKind = TicketEvent['kind'];

export const EVENT_KINDS: readonly TicketEventKind[] = [
  'created',
  'responded',
  'acknowledged',
  'status_changed',
  'priority_changed',
  'workaround_given',
  'resolved',
  'reopened',
  'update_sent',
  'call_logged',
  'note_added',
  'assigned',
  'escalated',
];

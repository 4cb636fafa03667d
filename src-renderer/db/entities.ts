import type { TicketEvent } from '../../src-shared/ticket/ticket-event';
import type { TicketSummary } from '../../src-shared/ticket/ticket-summary';

/**
 * What the store keeps. Instants inside IndexedDB are epoch milliseconds (numbers: compact,
 * indexable, no parsing on the board's hot path); files, IPC and the CLI carry ISO-8601.
 */
export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
}

/** Which preset and plan a customer is served under, with the desk's overrides. */
export interface Contract {
  readonly id: string;
  readonly customerId: string;
  readonly name: string;
  readonly policyId: string;
  readonly planId: string;
  /** Overrides the plan calendar's zone (Konneqt Enterprise: the customer's zone). */
  readonly zone?: string;
  /** Consultancy rate card entry (integer cents per hour live in the policy). */
  readonly rateId?: string;
  readonly createdAt: number;
}

/** One event of a ticket's append-only log, with its place in that log. */
export type StoredEvent = TicketEvent & {
  readonly id: string;
  readonly ticketId: string;
  /** Position in the ticket's log, from 1; events at the same instant apply in this order. */
  readonly seq: number;
};

/** The projection of a ticket's log the board queries; rebuilt from the log at will. */
export interface TicketRow extends TicketSummary {
  readonly id: string;
  readonly isOpen: 0 | 1;
}

export interface Agent {
  readonly id: string;
  readonly name: string;
}

export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

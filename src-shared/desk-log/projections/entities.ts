import type { TicketSummary } from '../../ticket/ticket-summary';

/**
 * The rows the desk log's projections produce: what the store keeps for queries, rebuilt from
 * the log at will. Instants are epoch milliseconds.
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
  /** When the contract ends (the last `contract.ended` wins); absent while it runs. */
  readonly endedAt?: number;
}

export interface Agent {
  readonly id: string;
  readonly name: string;
}

/** A workstation of the desk and the code its ticket numbers carry (T-1001, A-1001). */
export interface Workstation {
  readonly id: string;
  readonly code: string;
  readonly joinedAt: number;
}

/** A setting every workstation of the desk shares. */
export interface DeskSetting {
  readonly key: string;
  readonly value: number | string | boolean | null;
  readonly changedAt: number;
}

/** The projection of a ticket's log the board queries. */
export interface TicketRow extends TicketSummary {
  readonly id: string;
  readonly isOpen: 0 | 1;
  /** The policy version its clocks run on (decision 19); absent: the preset's. */
  readonly policyVersion?: string;
}

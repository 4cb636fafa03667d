import type { ApprovalMethod } from './consultancy-events';
import type { RateType } from './rate-card';
import type { PeriodBill } from './block-billing';

/**
 * The rows the consultancy projections produce (SPEC §6), rebuilt from the desk log at will.
 * Instants are epoch milliseconds, minutes whole minutes, money integer cents.
 */
export interface Approval {
  /** Who at the customer approved. */
  readonly approvedBy: string;
  /** When they approved (the business instant, not when it was recorded). */
  readonly approvedAt: number;
  readonly method: ApprovalMethod;
  readonly approvedMinutes: number;
  /** An e-mail's subject, a quote's number… */
  readonly reference?: string;
  /** The call of the phone log it was given in. */
  readonly callId?: string;
  readonly recordedAt: number;
}

export interface RunningTimer {
  readonly consultant: string;
  readonly startedAt: number;
}

export interface TimeEntry {
  readonly id: string;
  readonly consultant: string;
  /** When the work was done (a timer's start). */
  readonly workedAt: number;
  /** Whole minutes; negative only in a correction of a billed entry. */
  readonly minutes: number;
  readonly description: string;
  /** Regular support: kept, never charged. */
  readonly isRegularSupport: boolean;
  /** Konneqt query support spent on a product unusable at a basic level: not counted toward the limit. */
  readonly isProductUnusable?: boolean;
  readonly correctionOf?: string;
  /** The billing run that billed it: a billed entry is locked. */
  readonly billedBy?: string;
}

/** What one billing run billed of an engagement. */
export interface EngagementBilling extends PeriodBill {
  readonly runId: string;
  readonly period: string;
  readonly committedAt: number;
  readonly workedBeforeMinutes: number;
  readonly centsPerHour: number;
}

/** Billable consultancy (blocks, approval, invoices), or Konneqt query support (hours toward the subscription's limit, never billed). */
export type EngagementPurpose = 'consultancy' | 'query_support';

export interface Engagement {
  readonly id: string;
  readonly purpose: EngagementPurpose;
  readonly customerId: string;
  readonly contractId: string;
  readonly ticketId?: string;
  readonly title: string;
  /** null for query support, which is not billed (its rate and block are then 0). */
  readonly rateType: RateType | null;
  readonly centsPerHour: number;
  /** The rate type's minimum and block size, from the contract's rate card when it was created. */
  readonly blockMinutes: number;
  readonly createdAt: number;
  readonly approval: Approval | null;
  readonly timers: readonly RunningTimer[];
  readonly entries: readonly TimeEntry[];
  readonly billings: readonly EngagementBilling[];
}

export interface BillingRun {
  readonly id: string;
  /** The month billed, `2026-03`. */
  readonly period: string;
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly vatPercent: number;
  readonly committedAt: number;
  readonly committedBy: string;
  readonly engagementIds: readonly string[];
}

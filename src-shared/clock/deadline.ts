/** An instant that matters for an open ticket: main sleeps until the earliest and raises a notification. */
export const DEADLINE_KINDS = ['at_risk', 'breach', 'update_soon', 'update_due', 'reply_over', 'callback_due'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  readonly ticketId: string;
  readonly ticketNumber: string;
  readonly title: string;
  readonly timer: string;
  readonly kind: DeadlineKind;
  /** Epoch milliseconds. */
  readonly at: number;
  /** The notification text, already in the user's language ("T-1042 breaches its response target in 15 min"). */
  readonly message: string;
  /** Notifies also outside the agent's notification hours (P0/P1, SaaS unavailability). */
  readonly isUrgent?: boolean;
}

/**
 * How long before a status update falls due main warns (`update_soon`): 5 minutes of the update
 * timer's own calendar, so a C&E P1 (every 15 minutes, 24/7) is warned 10 minutes after the last
 * update, and a business-hours cadence due at 08:35 warns at 08:30, not the evening before.
 */
export const UPDATE_SOON_MS = 5 * 60 * 1000;

/** The `timer` of a callback's deadline: callbacks are no SLA timer, they come from the call record. */
export const CALLBACK_TIMER = 'callback';

/** Stable identity of a deadline, so the same one is never announced twice. */
export function deadlineKey(d: Deadline): string {
  return `${d.ticketId}|${d.timer}|${d.kind}|${d.at}`;
}

/** An instant that matters for an open ticket: main sleeps until the earliest and raises a notification. */
export const DEADLINE_KINDS = ['at_risk', 'breach', 'update_due', 'reply_over'] as const;
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
}

/** Stable identity of a deadline, so the same one is never announced twice. */
export function deadlineKey(d: Deadline): string {
  return `${d.ticketId}|${d.timer}|${d.kind}|${d.at}`;
}

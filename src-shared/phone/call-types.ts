/** Who rang whom: the customer rang the desk (`in`), or the desk rang the customer (`out`). */
export const CALL_DIRECTIONS = ['in', 'out'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/** Why the call was made. The phone only clarifies or expedites an existing ticket (Scope4mation). */
export const CALL_REASONS = [
  'expedite',
  'clarification',
  'priority_dispute',
  'high_priority_notice',
  'outage_report',
  'status_update_given',
  'callback',
] as const;
export type CallReason = (typeof CALL_REASONS)[number];

/**
 * What the call did to its ticket, each through the ticket's own commands: nothing beyond the call
 * itself, a priority change (the call is its reason), an escalation to another line, a status
 * update given (restarts the update cadence), a callback scheduled.
 */
export const CALL_OUTCOMES = ['logged_only', 'priority_changed', 'escalated', 'status_update_given', 'callback_scheduled'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Where a call stands: running (timer on), ended (timer off, not saved yet), logged, discarded. */
export type CallState = 'running' | 'ended' | 'logged' | 'discarded';

/** The call projection's row: one call, folded from its `call.*` events. Instants in epoch ms. */
export interface CallRow {
  readonly id: string;
  readonly state: CallState;
  /** 1 while the call is running or ended but not saved yet: what the phone panel resumes. */
  readonly isOpen: 0 | 1;
  readonly direction: CallDirection;
  /** The agent who took or made the call. */
  readonly agent: string;
  readonly startedAt: number;
  readonly endedAt: number | null;
  /** Talk time in milliseconds (0 until the call has ended). */
  readonly talkMs: number;
  readonly ticketId: string | null;
  readonly customerId: string | null;
  readonly caller: string;
  /** E.164 (`+31302001234`), or null when no number was given. */
  readonly phone: string | null;
  readonly reason: CallReason | null;
  readonly outcome: CallOutcome | null;
  readonly note: string;
  /** The priority or line the outcome moved the ticket to. */
  readonly priority: string | null;
  readonly line: string | null;
  readonly callbackAt: number | null;
  readonly loggedAt: number | null;
}

import { remainingAt } from '../board/board-model';
import type { CompiledPlan } from '../policy/compiled-policy';
import type { TimerResult } from '../ticket/evaluate-timer';
import type { TicketClocks } from '../ticket/ticket-clocks';
import type { TicketEvent } from '../ticket/ticket-event';
import { ladderOf } from './escalation-ladders';

/**
 * Whether a ticket's priority asks for a phone contact: one the policy says must be phoned in
 * (Scope4mation High), or one the preset's ladder lists (P0/P1, Connect & Engage High).
 */
export function needsPhoneContact(plan: CompiledPlan, priority: string | null): boolean {
  if (priority === null) return false;
  return plan.priority(priority)?.mustPhone === true || (ladderOf(plan.policy).phoneContact ?? []).includes(priority);
}

/** Whether the ticket's log holds a phone contact: registered by phone, or a call logged on it. */
export function hasPhoneContact(events: readonly TicketEvent[]): boolean {
  return events.some((e) => e.kind === 'call_logged' || (e.kind === 'created' && e.channel === 'phone'));
}

/** The board's flag: an open ticket of such a priority without any phone contact logged. */
export function lacksPhoneContact(plan: CompiledPlan, priority: string | null, events: readonly TicketEvent[]): boolean {
  return needsPhoneContact(plan, priority) && !hasPhoneContact(events);
}

/** When the next status update is due: its time left at `now` (negative once overdue). */
export interface UpdateDue {
  readonly timer: TimerResult;
  readonly remainingMs: number;
  readonly isOverdue: boolean;
}

/**
 * The ticket's next status update, from its `update` timer (the preset's cadence: Connect &
 * Engage 15/30/120 min for P1/P2/P3, Konneqt 4 h), while that timer runs; null otherwise.
 */
export function updateDue(clocks: TicketClocks, now: number): UpdateDue | null {
  const timer = clocks.timers.update;
  if (!timer?.isRunning) return null;
  const remainingMs = remainingAt(timer, clocks.evaluatedAt, now);
  return { timer, remainingMs, isOverdue: remainingMs < 0 };
}

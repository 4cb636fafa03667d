import type { TimerKind } from '../policy/policy-types';
import type { TimerResult } from '../ticket/evaluate-timer';
import type { TicketClocks } from '../ticket/ticket-clocks';

/** How a timer or a ticket stands at a given instant, as the board colours it. */
export type Health = 'breached' | 'at_risk' | 'on_track' | 'paused' | 'pending' | 'met' | 'none';

const SEVERITY: Record<Health, number> = { breached: 6, at_risk: 5, on_track: 4, paused: 3, pending: 2, met: 1, none: 0 };

/** SLA timers the board ranks by; the customer's reply term is shown but is not a breach of ours. */
export const SLA_TIMERS: readonly TimerKind[] = ['response', 'workaround', 'resolution', 'update'];

/**
 * Business time left on a timer at `now`, from its evaluation at `evaluatedAt`: a running timer
 * loses only working time, so the countdown stands still at night and over weekends.
 */
export function remainingAt(timer: TimerResult, evaluatedAt: number, now: number): number {
  if (!timer.isRunning || now <= evaluatedAt) return timer.remainingMs;
  return timer.remainingMs - timer.calendar.workingTimeBetween(evaluatedAt, now);
}

export function timerHealth(timer: TimerResult, evaluatedAt: number, now: number, atRiskFraction: number): Health {
  const remaining = remainingAt(timer, evaluatedAt, now);
  if (remaining < 0) return 'breached';
  if (!timer.isRunning) return timer.state === 'paused' ? 'paused' : timer.state === 'pending' ? 'pending' : 'met';
  return (timer.targetMs - remaining) / timer.targetMs >= atRiskFraction ? 'at_risk' : 'on_track';
}

/**
 * The timer that decides a ticket's place in the queue: the running SLA timer due first; when
 * none runs, the first paused or not-yet-started one; else the first there is.
 */
export function nextTimer(clocks: TicketClocks): TimerResult | null {
  const timers = SLA_TIMERS.map((k) => clocks.timers[k]).filter((t): t is TimerResult => t !== undefined);
  let best: TimerResult | null = null;
  for (const t of timers) {
    if (t.isRunning && t.due !== null && (best?.due == null || t.due < best.due)) best = t;
  }
  return best ?? timers.find((t) => t.state === 'paused' || t.state === 'pending') ?? timers[0] ?? null;
}

/** Queue order: running timers by due instant (breached first, as their due lies in the past), then the rest. */
export function queueKey(clocks: TicketClocks): number {
  return queueKeyOf(nextTimer(clocks));
}

/** Orders ticket numbers naturally (T-999 before T-1000) with a plain string comparison. */
export function numberSortKey(number: string): string {
  return number.replace(/\d+/g, (digits) => `${String(digits.length).padStart(2, '0')}${digits}`);
}

/** The queue key of a ticket whose next timer is already known. */
export function queueKeyOf(next: TimerResult | null): number {
  return next?.isRunning && next.due !== null ? next.due : Number.MAX_SAFE_INTEGER;
}

export function ticketHealth(clocks: TicketClocks, evaluatedAt: number, now: number, atRiskFraction: number): Health {
  let worst: Health = 'none';
  for (const kind of SLA_TIMERS) {
    const t = clocks.timers[kind];
    if (!t) continue;
    const h = timerHealth(t, evaluatedAt, now, atRiskFraction);
    if (SEVERITY[h] > SEVERITY[worst]) worst = h;
  }
  return worst;
}

import { amountCents, blocks, type BlockRule } from './block-billing';
import type { Engagement, RunningTimer, TimeEntry } from './engagement';

/** A timer running this long is probably forgotten: the screen says so (it never stops on its own). */
export const LONG_TIMER_MS = 10 * 3_600_000;

export function ruleOf(e: Pick<Engagement, 'blockMinutes' | 'centsPerHour'>): BlockRule {
  return { blockMinutes: e.blockMinutes, centsPerHour: e.centsPerHour };
}

/** Entries that count toward the blocks: everything but regular support (never charged). */
export function chargeable(entries: readonly TimeEntry[]): TimeEntry[] {
  return entries.filter((t) => !t.isRegularSupport);
}

export const sumMinutes = (entries: readonly Pick<TimeEntry, 'minutes'>[]): number => entries.reduce((sum, t) => sum + t.minutes, 0);

/** What the screen shows per engagement (SPEC §6). */
export interface EngagementTotals {
  /** Chargeable time, all of it (billed or not). */
  readonly workedMinutes: number;
  readonly regularSupportMinutes: number;
  /** Minutes billed by every run so far, and what they cost. */
  readonly billedMinutes: number;
  readonly billedCents: number;
  /** What still fits in the blocks the time so far fills ("2 h 50 min left in this block"). */
  readonly blockLeftMinutes: number;
  /** Billed plus what the unbilled time will bill once approved: the blocks of all the time so far. */
  readonly amountSoFarCents: number;
  readonly isApproved: boolean;
  /** Chargeable time beyond the approved hours (0 when within them or not approved). */
  readonly beyondApprovalMinutes: number;
}

export function engagementTotals(e: Engagement): EngagementTotals {
  const worked = sumMinutes(chargeable(e.entries));
  if (e.purpose === 'query_support') {
    // Never billed: its time counts toward the subscription's Query Support Limit (query-hours.ts).
    const regular = sumMinutes(e.entries.filter((t) => t.isRegularSupport));
    return {
      workedMinutes: worked,
      regularSupportMinutes: regular,
      billedMinutes: 0,
      billedCents: 0,
      blockLeftMinutes: 0,
      amountSoFarCents: 0,
      isApproved: true,
      beyondApprovalMinutes: 0,
    };
  }
  const billedMinutes = e.billings.reduce((sum, b) => sum + b.billedMinutes, 0);
  const billedCents = e.billings.reduce((sum, b) => sum + b.amountCents, 0);
  const upToNow = blocks(worked, ruleOf(e));
  return {
    workedMinutes: worked,
    regularSupportMinutes: sumMinutes(e.entries.filter((t) => t.isRegularSupport)),
    billedMinutes,
    billedCents,
    blockLeftMinutes: Math.max(0, upToNow - worked),
    amountSoFarCents: billedCents + amountCents(upToNow - billedMinutes, ruleOf(e)),
    isApproved: e.approval !== null,
    beyondApprovalMinutes: e.approval ? Math.max(0, worked - e.approval.approvedMinutes) : 0,
  };
}

/**
 * What logging `minutes` more would mean against the approval, said before it is logged: the
 * engagement is not approved (the time waits), it stays within the approved hours, or it goes
 * `beyondMinutes` past them.
 */
export type ApprovalCheck = { readonly kind: 'unapproved' } | { readonly kind: 'within' } | { readonly kind: 'beyond'; readonly beyondMinutes: number };

export function checkAgainstApproval(e: Engagement, minutes: number): ApprovalCheck {
  if (e.purpose === 'query_support') return { kind: 'within' };
  if (!e.approval) return { kind: 'unapproved' };
  const beyond = sumMinutes(chargeable(e.entries)) + minutes - e.approval.approvedMinutes;
  return beyond > 0 ? { kind: 'beyond', beyondMinutes: beyond } : { kind: 'within' };
}

/** Whole minutes a timer has run at `now` (rounded to the nearest minute). */
export function timerMinutes(timer: RunningTimer, now: number): number {
  return Math.max(0, Math.round((now - timer.startedAt) / 60_000));
}

/** The running timer of a consultant, on whichever engagement it runs. */
export function runningTimerOf(engagements: readonly Engagement[], consultant: string): { engagement: Engagement; timer: RunningTimer } | null {
  for (const engagement of engagements) {
    const timer = engagement.timers.find((t) => t.consultant === consultant);
    if (timer) return { engagement, timer };
  }
  return null;
}

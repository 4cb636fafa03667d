import { NO_SLA, type CompiledPlan, type ResolvedTarget, type ResolvedTargets } from '../policy/compiled-policy';
import type { Status, TargetKind, TimerKind } from '../policy/policy-types';
import type { TicketSegment } from './ticket-segments';

export type TimerPhase = 'pending' | 'counting' | 'paused' | 'stopped';

/** What a timer waits for before it starts, or what stopped it. */
export const WAIT_AND_STOP_REASONS = [
  'awaiting_acknowledgement',
  'not_waiting_for_customer',
  'responded',
  'workaround_given',
  'resolved',
  'closed',
  'customer_replied',
  'stopped',
] as const;

/**
 * Why a timer is in its phase, as a code a screen translates: the status it counts or is paused
 * in, what it waits for before it starts, or what stopped it.
 */
export type TimerReason = Status | (typeof WAIT_AND_STOP_REASONS)[number];

/** A reason in English, as explanations and the `sla` command give it (a status stays its id). */
export function timerReasonText(reason: TimerReason): string {
  return REASON_TEXT[reason as keyof typeof REASON_TEXT] ?? reason;
}

const REASON_TEXT = {
  awaiting_acknowledgement: 'awaiting acknowledgement',
  not_waiting_for_customer: 'not waiting for the customer',
  workaround_given: 'workaround given',
  customer_replied: 'customer replied',
} as const;

/** What a timer does during each stretch of a ticket's history, and which target applies. */
export interface TimerRule {
  readonly kind: TimerKind;
  phaseOf(segment: TicketSegment): TimerPhase;
  /**
   * Why the timer is in that phase, for explanations: the status it is paused in, what stopped it.
   * A stopped timer is asked once, at the stretch where it stopped; later stopped stretches keep that reason.
   */
  reasonOf(segment: TicketSegment, phase: TimerPhase): TimerReason;
  /** Whether the timer starts over (elapsed back to zero) at the start of this stretch. */
  restartsAt(segment: TicketSegment): boolean;
  /** This timer's target among the targets in force during a stretch. */
  targetOf(targets: ResolvedTargets): ResolvedTarget | undefined;
}

function stopReason(s: TicketSegment, kind: TimerKind): TimerReason {
  if (kind === 'reply') return 'customer_replied';
  if (s.status === 'closed') return 'closed';
  if (s.isResolved || (kind === 'response' && s.hasEverResolved)) return 'resolved';
  if (kind === 'response') return 'responded';
  if (kind === 'workaround') return 'workaround_given';
  return 'stopped';
}

const cache = new WeakMap<CompiledPlan, readonly TimerRule[]>();

/** The timer rules of a plan (built once per plan): what each timer does in each ticket state. */
export function timerRules(plan: CompiledPlan): readonly TimerRule[] {
  let rules = cache.get(plan);
  if (!rules) {
    rules = buildRules(plan);
    cache.set(plan, rules);
  }
  return rules;
}

function buildRules(plan: CompiledPlan): TimerRule[] {
  const clock = plan.policy.clock;
  const fromAck = clock.timersFrom === 'acknowledged';
  const rules: TimerRule[] = [];

  const slaRule = (kind: TargetKind, isStopped: (s: TicketSegment) => boolean): TimerRule => ({
    kind,
    phaseOf(s) {
      if (isStopped(s)) return 'stopped';
      if (kind !== 'response' && fromAck && !s.isResponded) return 'pending';
      return clock.pausedIn[kind].includes(s.status) ? 'paused' : 'counting';
    },
    reasonOf(s, phase) {
      if (phase === 'stopped') return stopReason(s, kind);
      if (phase === 'pending') return 'awaiting_acknowledgement';
      return s.status;
    },
    restartsAt: kind === 'update' ? (s) => s.isUpdateGiven : () => false,
    targetOf: (t) => t[kind],
  });

  rules.push(slaRule('response', (s) => s.isResponded || s.hasEverResolved || s.status === 'closed'));
  rules.push(slaRule('workaround', (s) => s.isWorkedAround || s.isResolved || s.status === 'closed'));
  rules.push(slaRule('resolution', (s) => s.isResolved || s.status === 'closed'));
  rules.push(slaRule('update', (s) => s.isResolved || s.status === 'closed'));

  const reply = plan.replyTerm;
  if (reply) {
    rules.push({
      kind: 'reply',
      phaseOf(s) {
        if (s.status === 'waiting_for_customer') return 'counting';
        return s.hasEverWaited ? 'stopped' : 'pending';
      },
      reasonOf: (s, phase) => (phase === 'stopped' ? stopReason(s, 'reply') : phase === 'pending' ? 'not_waiting_for_customer' : s.status),
      restartsAt: (s) => s.isWaitingEntered,
      targetOf: (t) => (t === NO_SLA ? undefined : reply),
    });
  }
  return rules;
}

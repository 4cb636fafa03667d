import type { WorkingCalendar } from '../calendar/working-calendar';
import type { ResolvedTargets } from '../policy/compiled-policy';
import type { TimerKind } from '../policy/policy-types';
import type { TicketSegment } from './ticket-segments';
import type { TimerPhase, TimerReason, TimerRule } from './timer-rules';

export type TimerState = 'pending' | 'running' | 'paused' | 'met' | 'breached';

/** One stretch of a timer's life since it last (re)started, for explanations. */
export interface TimerTraceEntry {
  readonly start: number;
  readonly end: number;
  readonly phase: TimerPhase;
  readonly reason: TimerReason;
  readonly calendar: WorkingCalendar;
}

export interface TimerResult {
  readonly kind: TimerKind;
  readonly state: TimerState;
  /** Still counting now (a breached timer may still be running). */
  readonly isRunning: boolean;
  readonly elapsedMs: number;
  readonly targetMs: number;
  readonly targetText: string;
  /** target − elapsed: negative once breached. */
  readonly remainingMs: number;
  readonly fraction: number;
  /** When elapsed reaches the target: past (breach moment) or projected; null while paused or pending. */
  readonly due: number | null;
  /** When elapsed reaches the at-risk fraction of the target; null when not known. */
  readonly atRiskAt: number | null;
  readonly startedAt: number | null;
  readonly stoppedAt: number | null;
  /** The calendar the timer counts on now. */
  readonly calendar: WorkingCalendar;
  readonly trace: readonly TimerTraceEntry[] | null;
}

/**
 * Runs one timer over a ticket's history up to `now`. Elapsed time is the working time of the
 * counting stretches, each measured on the calendar of the priority in force then. While the
 * timer is not stopped, the target is the one in force now (a priority change keeps elapsed time
 * and switches targets); once stopped, it is the one it stopped under (see `judgedAt`).
 * Returns null when the ticket carries no target for this timer then.
 */
export function evaluateTimer(
  rule: TimerRule,
  segments: readonly TicketSegment[],
  targets: readonly ResolvedTargets[],
  now: number,
  fallback: WorkingCalendar,
  atRiskFraction: number,
  withTrace: boolean,
): TimerResult | null {
  let last = -1;
  while (last + 1 < segments.length && (segments[last + 1] as TicketSegment).start <= now) last++;
  const current = segments[last];
  if (!current) return null;
  const target = rule.targetOf(targets[judgedAt(rule, segments, last)] as ResolvedTargets);
  if (!target) return null;
  const riskMs = Math.ceil(target.ms * atRiskFraction);
  let elapsed = 0;
  let due: number | null = null;
  let atRiskAt: number | null = null;
  let startedAt: number | null = null;
  let stoppedAt: number | null = null;
  /** What stopped the timer, kept for every stopped stretch until it counts, pauses or restarts. */
  let stopReason: TimerReason = 'stopped';
  let trace: TimerTraceEntry[] | null = withTrace ? [] : null;
  for (let i = 0; i <= last; i++) {
    const s = segments[i] as TicketSegment;
    if (rule.restartsAt(s)) {
      elapsed = 0;
      due = atRiskAt = startedAt = stoppedAt = null;
      if (trace) trace = [];
    }
    const end = s.end < now ? s.end : now;
    const phase = rule.phaseOf(s);
    const calendar = rule.targetOf(targets[i] as ResolvedTargets)?.calendar ?? fallback;
    if (phase === 'counting') {
      startedAt ??= s.start;
      const worked = calendar.workingTimeBetween(s.start, end);
      if (due === null && elapsed + worked >= target.ms) due = calendar.addWorkingTime(s.start, target.ms - elapsed);
      if (atRiskAt === null && elapsed + worked >= riskMs) atRiskAt = calendar.addWorkingTime(s.start, riskMs - elapsed);
      elapsed += worked;
    }
    if (phase !== 'stopped') {
      stoppedAt = null;
    } else if (stoppedAt === null) {
      stoppedAt = s.start;
      stopReason = rule.reasonOf(s, phase);
    }
    if (trace && end > s.start) trace.push({ start: s.start, end, phase, reason: phase === 'stopped' ? stopReason : rule.reasonOf(s, phase), calendar });
  }
  const phase = rule.phaseOf(current);
  const calendar = target.calendar;
  if (phase === 'counting') {
    due ??= calendar.addWorkingTime(now, target.ms - elapsed);
    atRiskAt ??= calendar.addWorkingTime(now, riskMs - elapsed);
  }
  const isBreached = elapsed > target.ms;
  const state: TimerState = isBreached
    ? 'breached'
    : phase === 'counting'
      ? 'running'
      : phase === 'paused'
        ? 'paused'
        : phase === 'stopped'
          ? 'met'
          : 'pending';
  return {
    kind: rule.kind,
    state,
    isRunning: phase === 'counting',
    elapsedMs: elapsed,
    targetMs: target.ms,
    targetText: target.text,
    remainingMs: target.ms - elapsed,
    fraction: elapsed / target.ms,
    due: phase === 'counting' || isBreached ? due : null,
    atRiskAt: phase === 'counting' || elapsed >= riskMs ? atRiskAt : null,
    startedAt,
    stoppedAt: phase === 'stopped' ? stoppedAt : null,
    calendar,
    trace,
  };
}

/**
 * The stretch whose targets judge the timer at the stretch `last`: that stretch while the timer
 * is not stopped there; once stopped, the last stretch before the stop (the target it ran under
 * up to the stop, so a priority change at the stop or later does not reach it), or the first
 * stopped stretch when the timer was stopped from the start.
 */
function judgedAt(rule: TimerRule, segments: readonly TicketSegment[], last: number): number {
  let i = last;
  while (i >= 0 && rule.phaseOf(segments[i] as TicketSegment) === 'stopped') i--;
  return i === last ? last : Math.max(i, 0);
}

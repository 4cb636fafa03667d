import { explainWorkingTime, joinAlike, type ExplainedSpan, type SpanReason } from '../calendar/explain-working-time';
import { timerReasonText, type TimerPhase, type TimerReason } from './timer-rules';
import type { TimerResult } from './evaluate-timer';

const PHASE_REASON: Record<TimerPhase, SpanReason> = { counting: 'working', paused: 'paused', pending: 'pending', stopped: 'stopped' };

/** A span of a timer's explanation; a pause, wait or stop carries its reason as a code too. */
export interface TimerSpan extends ExplainedSpan {
  readonly detailCode?: TimerReason;
}

/**
 * Why a timer stands where it does: the stretches since it (re)started that counted, and the
 * ones that did not with their reason (night, weekend, holiday by name, paused in a status,
 * not started, stopped by what stopped it). The counted stretches add up to the timer's elapsed
 * time; touching stretches with the same reason are one span. The timer must have been evaluated
 * with `withTrace`.
 *
 * Given `projectFrom` (the instant the timer was evaluated at), the stretches still to come up to
 * a running timer's due moment follow, marked `isProjected`: the hours that will count and the
 * nights, weekends and holidays that will not.
 */
export function explainTimer(timer: TimerResult, projectFrom?: number): TimerSpan[] {
  const spans: TimerSpan[] = [];
  for (const entry of timer.trace ?? []) {
    if (entry.phase === 'counting') {
      spans.push(...explainWorkingTime(entry.calendar, entry.start, entry.end));
    } else {
      const reason = PHASE_REASON[entry.phase];
      spans.push({ start: entry.start, end: entry.end, isCounted: false, reason, detail: timerReasonText(entry.reason), detailCode: entry.reason });
    }
  }
  if (projectFrom !== undefined) spans.push(...projectTimer(timer, projectFrom));
  return joinAlike(spans);
}

/** A running timer's stretches from `from` up to its due moment, marked projected; none when it is not running or already due. */
export function projectTimer(timer: TimerResult, from: number): TimerSpan[] {
  if (!timer.isRunning || timer.due === null || timer.due <= from) return [];
  return explainWorkingTime(timer.calendar, from, timer.due).map((s) => ({ ...s, isProjected: true }));
}

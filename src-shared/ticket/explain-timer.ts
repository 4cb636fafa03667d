import { explainWorkingTime, joinAlike, type ExplainedSpan, type SpanReason } from '../calendar/explain-working-time';
import type { TimerPhase } from './timer-rules';
import type { TimerResult } from './evaluate-timer';

const PHASE_REASON: Record<TimerPhase, SpanReason> = { counting: 'working', paused: 'paused', pending: 'pending', stopped: 'stopped' };

/**
 * Why a timer stands where it does: the stretches since it (re)started that counted, and the
 * ones that did not with their reason (night, weekend, holiday by name, paused in a status,
 * not started, stopped by what stopped it). The counted stretches add up to the timer's elapsed
 * time; touching stretches with the same reason are one span. The timer must have been evaluated
 * with `withTrace`.
 */
export function explainTimer(timer: TimerResult): ExplainedSpan[] {
  const spans: ExplainedSpan[] = [];
  for (const entry of timer.trace ?? []) {
    if (entry.phase === 'counting') {
      spans.push(...explainWorkingTime(entry.calendar, entry.start, entry.end));
    } else {
      spans.push({ start: entry.start, end: entry.end, isCounted: false, reason: PHASE_REASON[entry.phase], detail: entry.reason });
    }
  }
  return joinAlike(spans);
}

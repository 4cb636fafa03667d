import { gapsWithin, intersect, type Interval } from '../time/interval';
import type { WorkingCalendar } from './working-calendar';

/** Why a stretch of time did or did not count. */
export type SpanReason = 'working' | 'night' | 'weekend' | 'holiday' | 'closure' | 'paused' | 'pending' | 'stopped';

export interface ExplainedSpan {
  readonly start: number;
  readonly end: number;
  readonly isCounted: boolean;
  readonly reason: SpanReason;
  /**
   * In English, as the `sla` command gives it: a holiday's or closure's name; for a timer, the
   * status it was paused in, what it waits for, or what stopped it.
   */
  readonly detail?: string;
  /** A holiday's local date, so a screen can name the holiday in its own language. */
  readonly holidayDate?: string;
  /** The span lies ahead: time still to come up to a running timer's due moment. */
  readonly isProjected?: boolean;
}

/**
 * Splits [from, to) into the stretches a calendar counts and the ones it skips, each with its
 * reason: outside office hours ("night"), a day without hours ("weekend"), a holiday or a desk's
 * closure day (by name). Neighbouring stretches with the same reason are joined.
 */
export function explainWorkingTime(calendar: WorkingCalendar, from: number, to: number): ExplainedSpan[] {
  if (to <= from) return [];
  const windows = calendar.windowsBetween(from, to);
  const spans: ExplainedSpan[] = windows.map((w) => ({ start: w.start, end: w.end, isCounted: true, reason: 'working' }));
  const gaps = gapsWithin({ start: from, end: to }, windows);
  if (gaps.length > 0) {
    for (const day of calendar.daysBetween(from, to)) {
      const reason: SpanReason = day.exception ? day.exception.kind : day.isDayOff ? 'weekend' : 'night';
      const detail = day.exception?.name;
      const named = detail === undefined ? {} : reason === 'holiday' ? { detail, holidayDate: day.date } : { detail };
      for (const piece of intersect(gaps, [{ start: day.start, end: day.end } as Interval])) {
        spans.push({ ...piece, isCounted: false, reason, ...named });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return joinAlike(spans);
}

/** Joins touching spans with the same reason and detail, both past or both projected. */
export function joinAlike<T extends ExplainedSpan>(spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (
      last &&
      last.end === span.start &&
      last.reason === span.reason &&
      last.detail === span.detail &&
      last.isCounted === span.isCounted &&
      last.isProjected === span.isProjected
    ) {
      out[out.length - 1] = { ...last, end: span.end };
    } else {
      out.push(span);
    }
  }
  return out;
}

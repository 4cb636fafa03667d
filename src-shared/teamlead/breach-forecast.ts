import { remainingAt, SLA_TIMERS } from '../board/board-model';
import type { TimerKind } from '../policy/policy-types';
import type { TicketClocks } from '../ticket/ticket-clocks';
import type { TimerResult } from '../ticket/evaluate-timer';

const HOUR_MS = 3_600_000;
/** How far ahead the next business day is looked for (a desk closed longer than this has none). */
const MAX_DAYS_AHEAD = 30;

/**
 * Where a running SLA timer stands for the team lead's forecast, each in the business time of the
 * ticket's own calendar: breached already; breaching within the next hour of business time; later
 * today (before the end of the calendar's local date); on the next business day; later.
 */
export const FORECAST_BUCKETS = ['breached', 'next_hour', 'today', 'next_business_day', 'later'] as const;
export type ForecastBucket = (typeof FORECAST_BUCKETS)[number];

/** One timer's place in the forecast. */
export interface ForecastItem {
  readonly timer: TimerKind;
  readonly bucket: ForecastBucket;
  /** When the target is (or was) reached. */
  readonly due: number;
  /** For a breached timer: business time past its target, and wall time since its due moment. */
  readonly overdueMs: number;
  readonly overdueWallMs: number;
}

/**
 * The bucket of one timer at `now`, from its evaluation at `evaluatedAt`. Only running SLA timers
 * with a due moment take part (a paused or met timer breaches nothing until it runs again); a
 * paused timer that is already past its target counts as breached.
 */
export function forecastTimer(timer: TimerResult, evaluatedAt: number, now: number): ForecastItem | null {
  const remaining = remainingAt(timer, evaluatedAt, now);
  const due = timer.due;
  if (remaining < 0) {
    const since = due ?? now;
    return { timer: timer.kind, bucket: 'breached', due: since, overdueMs: -remaining, overdueWallMs: Math.max(0, now - since) };
  }
  if (!timer.isRunning || due === null) return null;
  return { timer: timer.kind, bucket: upcomingBucket(timer, now, remaining, due), due, overdueMs: 0, overdueWallMs: 0 };
}

function upcomingBucket(timer: TimerResult, now: number, remaining: number, due: number): ForecastBucket {
  if (remaining <= HOUR_MS) return 'next_hour';
  const calendar = timer.calendar;
  const [today] = calendar.daysBetween(now, now + 1);
  if (!today || due <= today.end) return 'today';
  const next = calendar.daysBetween(today.end, today.end + MAX_DAYS_AHEAD * 86_400_000).find((d) => d.windows.length > 0);
  return next && due <= next.end ? 'next_business_day' : 'later';
}

/** The forecast of a ticket: its timers that breached or will, most urgent first. */
export function forecastTicket(clocks: TicketClocks, now: number): ForecastItem[] {
  const items: ForecastItem[] = [];
  for (const kind of SLA_TIMERS) {
    const timer = clocks.timers[kind];
    const item = timer ? forecastTimer(timer, clocks.evaluatedAt, now) : null;
    if (item) items.push(item);
  }
  return items.sort((a, b) => FORECAST_BUCKETS.indexOf(a.bucket) - FORECAST_BUCKETS.indexOf(b.bucket) || a.due - b.due);
}

/** How many tickets fall in each bucket (a ticket counts once, in its most urgent bucket). */
export type BucketCounts = Record<ForecastBucket, number>;

export function emptyCounts(): BucketCounts {
  return { breached: 0, next_hour: 0, today: 0, next_business_day: 0, later: 0 };
}

/**
 * Tickets per bucket, grouped by a key (agent, line, customer, priority: whatever `keyOf` gives;
 * null leaves the ticket out of the grouping, e.g. an unassigned ticket grouped by agent).
 */
export function groupForecast<T>(
  tickets: readonly T[],
  forecastOf: (t: T) => readonly ForecastItem[],
  keyOf: (t: T) => string | null,
): Map<string, BucketCounts> {
  const groups = new Map<string, BucketCounts>();
  for (const t of tickets) {
    const first = forecastOf(t)[0];
    const key = keyOf(t);
    if (!first || key === null) continue;
    let counts = groups.get(key);
    if (!counts) groups.set(key, (counts = emptyCounts()));
    counts[first.bucket]++;
  }
  return groups;
}

import { deadlineKey, type Deadline } from './deadline';

/** Longest single sleep: timers are re-armed at least this often, which also absorbs clock drift. */
export const MAX_SLEEP_MS = 60 * 60 * 1000;

/**
 * The pure core of the deadline clock: given the deadlines, the ones already announced and the
 * time, which deadlines are due now and how long to sleep until the next one.
 */
export interface ScheduleStep {
  readonly due: readonly Deadline[];
  readonly sleepMs: number | null;
}

export function scheduleStep(deadlines: readonly Deadline[], announced: ReadonlySet<string>, now: number): ScheduleStep {
  const due: Deadline[] = [];
  let next = Infinity;
  const isAnyAnnounced = announced.size > 0;
  for (const d of deadlines) {
    if (isAnyAnnounced && announced.has(deadlineKey(d))) continue;
    if (d.at <= now) due.push(d);
    else if (d.at < next) next = d.at;
  }
  due.sort((a, b) => a.at - b.at);
  return { due, sleepMs: next === Infinity ? null : Math.min(next - now, MAX_SLEEP_MS) };
}

/** Drops announcements of deadlines that no longer exist, so memory does not grow. */
export function pruneAnnounced(deadlines: readonly Deadline[], announced: ReadonlySet<string>): Set<string> {
  if (announced.size === 0) return new Set();
  const live = new Set(deadlines.map(deadlineKey));
  return new Set([...announced].filter((k) => live.has(k)));
}

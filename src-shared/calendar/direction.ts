import type { WorkingTimeline } from './working-timeline';

/**
 * Forward and backward as a pair of strategies over a timeline's running total. Both find the
 * instant at which the running total equals `target`; they differ in which edge of a closed
 * stretch they keep: forward stops at a window's end (16:30 stays 16:30), backward at a
 * window's start (08:30 stays 08:30).
 */
export interface Direction {
  /** Whether `target` lies beyond the planned range in this direction. */
  isBeyond(timeline: WorkingTimeline, target: number): boolean;
  /** Plans more of the calendar in this direction; false when no more can be planned. */
  extend(timeline: WorkingTimeline, missingMs: number): boolean;
  locate(timeline: WorkingTimeline, target: number): number;
}

function yearsFor(timeline: WorkingTimeline, missingMs: number): number {
  const perYear = timeline.averagePerYear;
  return perYear > 0 ? Math.min(timeline.maxExtensionYears, missingMs / perYear + 1) : 1;
}

export const forward: Direction = {
  isBeyond: (timeline, target) => target > timeline.total,
  extend: (timeline, missingMs) => timeline.extendForward(yearsFor(timeline, missingMs)),
  locate(timeline, target) {
    // smallest i with cum[i + 1] >= target
    const cum = timeline.cum;
    let lo = 0;
    let hi = timeline.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cum[mid + 1] as number) >= target) hi = mid;
      else lo = mid + 1;
    }
    return (timeline.starts[lo] as number) + target - (cum[lo] as number);
  },
};

export const backward: Direction = {
  isBeyond: (_timeline, target) => target < 0,
  extend: (timeline, missingMs) => timeline.extendBackward(yearsFor(timeline, missingMs)),
  locate(timeline, target) {
    // largest i with cum[i] <= target
    const cum = timeline.cum;
    let lo = 0;
    let hi = timeline.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((cum[mid] as number) <= target) lo = mid;
      else hi = mid - 1;
    }
    return (timeline.starts[lo] as number) + target - (cum[lo] as number);
  },
};

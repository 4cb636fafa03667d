import { durationToMs, parseDurationText } from '../time/duration-text';
import type { Interval } from '../time/interval';
import type { CalendarSpec } from './calendar-spec';
import { dayRulesOf, type DayPlan } from './day-plan';
import { backward, forward, type Direction } from './direction';
import { WorkingTimeline } from './working-timeline';

/**
 * A validated calendar that answers questions in business time. Build one with
 * `compileCalendar` (which validates); after that nothing here throws on ordinary input.
 * All instants are epoch milliseconds; all durations are working milliseconds.
 */
export class WorkingCalendar {
  readonly id: string;
  readonly zone: string;
  readonly businessDayMs: number;
  private readonly timeline: WorkingTimeline;

  constructor(readonly spec: CalendarSpec) {
    this.id = spec.id ?? 'inline';
    this.zone = spec.zone;
    const rules = dayRulesOf(spec);
    this.timeline = new WorkingTimeline(rules);
    const stated = spec.businessDay ? parseDurationText(spec.businessDay) : null;
    this.businessDayMs = stated ? durationToMs(stated, 0) : longestDayMs(rules.week);
  }

  /** Working time in [from, to); negative when `to` is before `from`. */
  workingTimeBetween(from: number, to: number): number {
    if (to < from) return -this.workingTimeBetween(to, from);
    const timeline = this.timeline;
    timeline.cover(from, to);
    return timeline.cumulativeAt(to) - timeline.cumulativeAt(from);
  }

  /**
   * The instant `ms` of working time after `start` (before it, for negative `ms`).
   * Zero returns `start` itself; a start outside working time counts from the next working moment.
   */
  addWorkingTime(start: number, ms: number): number {
    if (ms === 0) return start;
    return ms > 0 ? this.move(forward, start, ms) : this.move(backward, start, ms);
  }

  /** `start` when it is working time, else the start of the next window. */
  nextWorkingMoment(t: number): number {
    const timeline = this.timeline;
    timeline.cover(t);
    const i = timeline.indexAtOrBefore(t);
    if (i >= 0 && t < (timeline.ends[i] as number)) return t;
    return this.move(forward, t, 1) - 1;
  }

  /** The working windows overlapping [from, to), clipped to it. */
  windowsBetween(from: number, to: number): Interval[] {
    if (to <= from) return [];
    this.timeline.cover(from, to - 1);
    return this.timeline.windowsBetween(from, to);
  }

  /** The local days overlapping [from, to), with their windows and exceptions. */
  daysBetween(from: number, to: number): DayPlan[] {
    return to <= from ? [] : this.timeline.daysBetween(from, to);
  }

  private move(direction: Direction, start: number, ms: number): number {
    const timeline = this.timeline;
    timeline.cover(start);
    for (let guard = 0; ; guard++) {
      const target = timeline.cumulativeAt(start) + ms;
      if (!direction.isBeyond(timeline, target)) return direction.locate(timeline, target);
      const missing = ms > 0 ? target - timeline.total : -target;
      if (guard > 64 || !direction.extend(timeline, missing)) {
        throw new RangeError(`calendar ${this.id} has no working time left to count ${Math.abs(ms)} ms from ${start}`);
      }
    }
  }
}

function longestDayMs(week: readonly (readonly (readonly [number, number])[])[]): number {
  let longest = 0;
  for (const day of week) {
    let minutes = 0;
    for (const [s, e] of day) minutes += e - s;
    longest = Math.max(longest, minutes);
  }
  return longest * 60_000;
}

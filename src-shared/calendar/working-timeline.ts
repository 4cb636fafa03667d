import { DateTime } from 'luxon';
import type { Interval } from '../time/interval';
import { calendarZone } from '../time/cached-zone';
import { planDay, type DayPlan, type DayRules } from './day-plan';
import { daysOfYear, nextLocalDay, zoneNamed } from './local-days';

/** How far a search may run past the last window before a calendar counts as having no time. */
const MAX_EXTENSION_YEARS = 400;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 9000;
/** A range within this many years of the planned one extends it instead of replacing it. */
const NEAR_YEARS = 3;

/**
 * A calendar's working windows over a range of whole local years, as flat epoch-millisecond
 * arrays with a running total, so "working time before instant t" is one binary search.
 * The range grows on demand; Luxon is only used when a year is planned.
 */
export class WorkingTimeline {
  private readonly years = new Map<number, DayPlan[]>();
  private firstYear = 0;
  private lastYear = -1;
  private coverStart = 0;
  private coverEnd = 0;
  /** Window i is [starts[i], ends[i]); cum[i] = working ms before window i; cum[n] = total. */
  starts = new Float64Array(0);
  ends = new Float64Array(0);
  cum = new Float64Array(1);
  count = 0;

  constructor(private readonly rules: DayRules) {}

  /**
   * Makes sure [from, to] lies within the planned years. A range far from the planned one
   * replaces it (planned years stay cached), so a stray query in 1999 does not make every
   * later query carry 27 years of windows.
   */
  cover(from: number, to: number = from): void {
    if (from >= this.coverStart && to < this.coverEnd) return;
    const first = DateTime.fromMillis(from, { zone: calendarZone(this.rules.zone) }).year;
    const last = to === from ? first : DateTime.fromMillis(to, { zone: calendarZone(this.rules.zone) }).year;
    const isEmpty = this.lastYear < this.firstYear;
    const isFar = first > this.lastYear + NEAR_YEARS || last < this.firstYear - NEAR_YEARS;
    if (isEmpty || isFar) this.rebuild(first, last);
    else this.rebuild(Math.min(first, this.firstYear), Math.max(last, this.lastYear));
  }

  /** Plans more years after the last one, about `years` of them; false once the limit is reached. */
  extendForward(years: number): boolean {
    if (this.lastYear >= LATEST_YEAR) return false;
    this.rebuild(this.firstYear, Math.min(LATEST_YEAR, this.lastYear + Math.max(1, Math.ceil(years))));
    return true;
  }

  extendBackward(years: number): boolean {
    if (this.firstYear <= EARLIEST_YEAR) return false;
    this.rebuild(Math.max(EARLIEST_YEAR, this.firstYear - Math.max(1, Math.ceil(years))), this.lastYear);
    return true;
  }

  get maxExtensionYears(): number {
    return MAX_EXTENSION_YEARS;
  }

  get total(): number {
    return this.cum[this.count] as number;
  }

  /** Working ms per planned year, for estimating how far to extend. */
  get averagePerYear(): number {
    const span = this.lastYear - this.firstYear + 1;
    return span > 0 ? this.total / span : 0;
  }

  /** Index of the last window starting at or before t, or -1. */
  indexAtOrBefore(t: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) <= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Working ms in [start of the planned range, t); t must be covered. */
  cumulativeAt(t: number): number {
    const i = this.indexAtOrBefore(t);
    if (i < 0) return 0;
    const end = this.ends[i] as number;
    return (this.cum[i] as number) + (t < end ? t : end) - (this.starts[i] as number);
  }

  /** The day plans of the local dates that overlap [from, to). */
  daysBetween(from: number, to: number): DayPlan[] {
    const out: DayPlan[] = [];
    // Walks the planned days rather than Luxon's ordinals: a zone can skip a date (Samoa skipped
    // 30 December 2011), and then the ordinals after it no longer index the year's plans.
    for (let year = DateTime.fromMillis(from, { zone: calendarZone(this.rules.zone) }).year; ; year++) {
      for (const plan of this.planYear(year)) {
        if (plan.start >= to) return out;
        if (plan.end > from) out.push(plan);
      }
    }
  }

  /** The windows that overlap [from, to), clipped to it; both must be covered. */
  windowsBetween(from: number, to: number): Interval[] {
    const out: Interval[] = [];
    for (let i = Math.max(0, this.indexAtOrBefore(from)); i < this.count; i++) {
      const s = this.starts[i] as number;
      const e = this.ends[i] as number;
      if (s >= to) break;
      if (e <= from) continue;
      out.push({ start: Math.max(s, from), end: Math.min(e, to) });
    }
    return out;
  }

  private planYear(year: number): DayPlan[] {
    let plans = this.years.get(year);
    if (plans) return plans;
    const days = daysOfYear(this.rules.zone, year);
    const zone = zoneNamed(this.rules.zone);
    plans = days.map((day, i) => planDay(this.rules, day, (days[i + 1] ?? nextLocalDay(zone, day)).start));
    this.years.set(year, plans);
    return plans;
  }

  private rebuild(firstYear: number, lastYear: number): void {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let y = firstYear; y <= lastYear; y++) {
      for (const day of this.planYear(y)) {
        for (const w of day.windows) {
          const last = ends.length - 1;
          if (last >= 0 && w.start <= (ends[last] as number)) {
            if (w.end > (ends[last] as number)) ends[last] = w.end; // touching across midnight: one window
          } else {
            starts.push(w.start);
            ends.push(w.end);
          }
        }
      }
    }
    this.count = starts.length;
    this.starts = Float64Array.from(starts);
    this.ends = Float64Array.from(ends);
    this.cum = new Float64Array(this.count + 1);
    for (let i = 0; i < this.count; i++) {
      this.cum[i + 1] = (this.cum[i] as number) + (ends[i] as number) - (starts[i] as number);
    }
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.coverStart = this.planYear(firstYear)[0]?.start ?? 0;
    this.coverEnd = this.planYear(lastYear).at(-1)?.end ?? 0;
  }
}

import type { Interval } from '../time/interval';
import { union } from '../time/interval';
import { WEEKDAYS, type ClosureSpec, type HolidaySource, type WindowSpec } from './calendar-spec';
import { holidaysOfYear } from './holidays';
import { instantOnDay, zoneNamed, type LocalDay } from './local-days';
import { minutesOfDay } from './local-time';

/** Why a local day has fewer hours than its weekday: a public holiday or a desk's closure day. */
export type DayException = { readonly kind: 'holiday' | 'closure'; readonly name: string };

/** What one local date looks like: its working windows as instants, and why it is shorter. */
export interface DayPlan {
  readonly date: string;
  /** The local day as instants: [start, end), 23 or 25 hours long on daylight-saving days. */
  readonly start: number;
  readonly end: number;
  readonly windows: readonly Interval[];
  readonly exception: DayException | null;
  /** True when the weekday itself has no working windows (a weekend, in most calendars). */
  readonly isDayOff: boolean;
}

type Minutes = readonly (readonly [number, number])[];

/** The parts of a calendar spec a day plan needs, already validated, times as minutes. */
export interface DayRules {
  readonly zone: string;
  readonly week: readonly Minutes[]; // index 0 = Monday
  readonly holidays: HolidaySource | null;
  readonly closures: ReadonlyMap<string, { name: string; hours: Minutes | null }>;
}

export function toMinutes(windows: readonly WindowSpec[] | undefined): Minutes {
  return (windows ?? []).map(([s, e]) => [minutesOfDay(s), minutesOfDay(e)] as const);
}

export function dayRulesOf(spec: {
  zone: string;
  week: Partial<Record<(typeof WEEKDAYS)[number], readonly WindowSpec[]>>;
  holidays?: HolidaySource | null | undefined;
  closures?: readonly ClosureSpec[] | undefined;
}): DayRules {
  const closures = new Map<string, { name: string; hours: Minutes | null }>();
  for (const c of spec.closures ?? []) closures.set(c.date, { name: c.name, hours: c.hours ? toMinutes(c.hours) : null });
  return {
    zone: spec.zone,
    week: WEEKDAYS.map((d) => toMinutes(spec.week[d])),
    holidays: spec.holidays ?? null,
    closures,
  };
}

/** Plans one local date of the calendar's zone; `end` is the instant the next date starts. */
export function planDay(rules: DayRules, day: LocalDay, end: number): DayPlan {
  const { date } = day;
  const weekly = rules.week[day.weekday - 1] ?? [];
  const closure = rules.closures.get(date);
  const holidayName = rules.holidays ? holidaysOfYear(rules.holidays, day.year).get(date) : undefined;
  let minutes: Minutes = weekly;
  let exception: DayException | null = null;
  if (closure) {
    minutes = closure.hours ?? [];
    exception = { kind: 'closure', name: closure.name };
  } else if (holidayName !== undefined && weekly.length > 0) {
    minutes = [];
    exception = { kind: 'holiday', name: holidayName };
  }
  const windows = union(minutes.map(([s, e]) => ({ start: instantOf(rules, day, end, s), end: instantOf(rules, day, end, e) })));
  return { date, start: day.start, end, windows, exception, isDayOff: weekly.length === 0 };
}

/**
 * Minute `minutes` of a local day as an instant. A day that starts at midnight and ends at the
 * offset it started with has no change inside it (no zone changes its offset and back within one
 * day), so its times need no lookup; a day with a change is resolved as Luxon resolves it.
 */
function instantOf(rules: DayRules, day: LocalDay, end: number, minutes: number): number {
  if (minutes >= 1440) return end;
  const zone = zoneNamed(rules.zone);
  const startsAtMidnight = day.start === day.wall - day.offset * 60_000;
  if (startsAtMidnight && zone.offset(end) === day.offset) return day.wall + (minutes - day.offset) * 60_000;
  return instantOnDay(zone, day, minutes);
}

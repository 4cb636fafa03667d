import type { DateTime } from 'luxon';
import type { Interval } from '../time/interval';
import { union } from '../time/interval';
import { WEEKDAYS, type ClosureSpec, type HolidaySource, type WindowSpec } from './calendar-spec';
import { holidaysOfYear } from './holidays';
import { minutesOfDay, wallClockInstant } from './local-time';

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

/** Plans one local date (`day` is that date's start in the calendar's zone). */
export function planDay(rules: DayRules, day: DateTime): DayPlan {
  const date = day.toISODate() as string;
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
  const windows = union(minutes.map(([s, e]) => ({ start: wallClockInstant(day, s), end: wallClockInstant(day, e) })));
  return { date, start: day.toMillis(), end: day.plus({ days: 1 }).startOf('day').toMillis(), windows, exception, isDayOff: weekly.length === 0 };
}

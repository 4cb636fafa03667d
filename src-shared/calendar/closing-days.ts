import { daysOfCivil } from '../time/civil-days';
import type { CalendarSpec, WindowSpec } from './calendar-spec';
import { WEEKDAYS } from './calendar-spec';
import { holidayName, holidaysOfYear, type HolidayLanguage } from './holidays';

/** A date on which a calendar works less than its weekday says, and why. */
export interface ClosingDay {
  /** The local date, "2026-04-27". */
  readonly date: string;
  /** The holiday's name (in the asked language where date-holidays has it) or the closure's. */
  readonly name: string;
  readonly kind: 'holiday' | 'closure';
  /** A partial closure's remaining hours; null when the whole day is closed. */
  readonly hours: readonly WindowSpec[] | null;
}

/** The weekday of a local date, as a key of the calendar's week. */
function weekdayOf(date: string): (typeof WEEKDAYS)[number] {
  const days = daysOfCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  // 1970-01-01 was a Thursday (index 3 of Monday-first WEEKDAYS).
  return WEEKDAYS[(((days + 3) % 7) + 7) % 7] as (typeof WEEKDAYS)[number];
}

/**
 * The days of `year` that a calendar closes, as its day plans decide them (day-plan.ts): the desk's
 * own closures, then the holidays that fall on a working weekday (a holiday on a weekend changes
 * nothing). In date order. What a person checks a calendar by, and what the CLI's explanations name.
 */
export function closingDaysOfYear(spec: Pick<CalendarSpec, 'week' | 'holidays' | 'closures'>, year: number, language: HolidayLanguage): ClosingDay[] {
  const out = new Map<string, ClosingDay>();
  for (const c of spec.closures ?? []) {
    if (c.date.startsWith(`${year}-`)) out.set(c.date, { date: c.date, name: c.name, kind: 'closure', hours: c.hours ?? null });
  }
  const source = spec.holidays;
  if (source) {
    for (const date of holidaysOfYear(source, year).keys()) {
      if (out.has(date) || (spec.week[weekdayOf(date)] ?? []).length === 0) continue;
      out.set(date, { date, name: holidayName(source, date, language) ?? date, kind: 'holiday', hours: null });
    }
  }
  return [...out.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

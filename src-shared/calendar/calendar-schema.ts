import { DateTime } from 'luxon';
import { z } from 'zod';
import { DURATION_TEXT_RULE, durationToMs, parseDurationText } from '../time/duration-text';
import { INSTANT_RANGE_TEXT, MAX_DATE, MIN_DATE } from '../time/instant';
import { parseOrThrow } from '../validation/issues';
import { WEEKDAYS, type CalendarSpec } from './calendar-spec';
import { HOLIDAY_TYPES, isKnownHolidaySource } from './holidays';
import { minutesOfDay, zoneProblem } from './local-time';
import { WorkingCalendar } from './working-calendar';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const timeText = z.string().refine((t) => TIME.test(t), { message: 'must be a time "HH:MM" between 00:00 and 24:00', params: { code: 'calendar.time' } });

const windowList = z.array(z.tuple([timeText, timeText])).superRefine((windows, ctx) => {
  // Windows with a bad time are named by `timeText` alone: no order or overlap is judged on them.
  const ordered = windows
    .map(([s, e], index) => ({ s, e, index }))
    .filter((w) => TIME.test(w.s) && TIME.test(w.e))
    .map((w) => ({ s: minutesOfDay(w.s), e: minutesOfDay(w.e), index: w.index }))
    .filter((w) => {
      const isOrdered = w.e > w.s;
      if (!isOrdered)
        ctx.addIssue({
          code: 'custom',
          path: [w.index],
          message: 'the end must be after the start (a window ends on the day it starts; split a night shift at 24:00)',
          params: { code: 'calendar.window_order' },
        });
      return isOrdered;
    });
  // Every window that starts before an earlier-starting one has ended overlaps it (ties: list order).
  ordered.sort((a, b) => a.s - b.s);
  let latestEnd = -1;
  for (const w of ordered) {
    if (w.s < latestEnd)
      ctx.addIssue({ code: 'custom', path: [w.index], message: 'overlaps another window of the same day', params: { code: 'calendar.window_overlap' } });
    latestEnd = Math.max(latestEnd, w.e);
  }
});

const isDateText = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && DateTime.fromISO(d).isValid;

/** A local date in the engine's range (1970–2199, as instants are). */
const isoDate = z.string().superRefine((d, ctx) => {
  if (!isDateText(d)) ctx.addIssue({ code: 'custom', message: 'must be a date "YYYY-MM-DD"', params: { code: 'calendar.date' } });
  else if (d < MIN_DATE || d > MAX_DATE)
    ctx.addIssue({ code: 'custom', message: `"${d}" ${INSTANT_RANGE_TEXT}`, params: { code: 'calendar.date_range', from: MIN_DATE, to: MAX_DATE } });
});

const closure = z.object({ date: isoDate, name: z.string().min(1, 'must not be empty'), hours: windowList.optional() }).strict();

/** Each date closes once: a date listed again is named with the entry that listed it first. */
const closureList = z.array(closure).superRefine((closures, ctx) => {
  const first = new Map<string, number>();
  closures.forEach(({ date }, i) => {
    const j = first.get(date);
    if (!isDateText(date)) return;
    if (j === undefined) first.set(date, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [i, 'date'],
        message: `"${date}" is also closures[${j}]; list each date once`,
        params: { code: 'calendar.closure_twice', date },
      });
  });
});

const MAX_BUSINESS_DAY_MS = 24 * 3_600_000;
const MINUTE_MS = 60_000;

/** "8h", "480m": minutes or hours, a whole number of minutes, more than 0 and at most 24 h. */
const businessDay = z.string().superRefine((text, ctx) => {
  const d = parseDurationText(text);
  if (d === null || (d.unit !== 'h' && d.unit !== 'm')) {
    ctx.addIssue({ code: 'custom', message: `${DURATION_TEXT_RULE}, in minutes or hours` });
    return;
  }
  const ms = durationToMs(d, 0);
  if (ms > MAX_BUSINESS_DAY_MS)
    ctx.addIssue({ code: 'custom', message: `"${text}" is longer than a day: a business day must be more than 0 and at most 24 h` });
  else if (ms % MINUTE_MS !== 0) ctx.addIssue({ code: 'custom', message: `"${text}" must be a whole number of minutes, as working windows are` });
});

const holidaySource = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as "NL" or "US"'),
    state: z.string().min(1).optional(),
    region: z.string().min(1).optional(),
    types: z.array(z.enum(HOLIDAY_TYPES, { message: `must be one of ${HOLIDAY_TYPES.join(', ')}` })).optional(),
  })
  .strict()
  .refine(isKnownHolidaySource, {
    message: 'date-holidays does not know this country, state or region',
    path: ['country'],
    params: { code: 'calendar.holidays_unknown' },
  });

const week = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, windowList.optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<typeof windowList>>)
  .strict()
  .refine((w) => Object.values(w).some((list) => (list?.length ?? 0) > 0), {
    message: 'must have at least one working window',
    params: { code: 'calendar.no_hours' },
  });

export const calendarSpecSchema: z.ZodType<CalendarSpec> = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
      .optional(),
    name: z.string().min(1).optional(),
    zone: z.string().superRefine((zone, ctx) => {
      const problem = zoneProblem(zone);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, params: { code: 'calendar.zone', zone } });
    }),
    week,
    holidays: holidaySource.nullable().optional(),
    closures: closureList.optional(),
    businessDay: businessDay.optional(),
    assumption: z.string().optional(),
  })
  .strict();

/** Validates calendar data and compiles it; throws an InputError naming each bad field. */
export function compileCalendar(input: unknown, field = 'calendar'): WorkingCalendar {
  const spec = parseOrThrow(calendarSpecSchema, input, field);
  return new WorkingCalendar(spec);
}

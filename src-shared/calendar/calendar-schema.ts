import { DateTime } from 'luxon';
import { z } from 'zod';
import { DURATION_TEXT_RULE, parseDurationText } from '../time/duration-text';
import { parseOrThrow } from '../validation/issues';
import { WEEKDAYS, type CalendarSpec } from './calendar-spec';
import { HOLIDAY_TYPES, isKnownHolidaySource } from './holidays';
import { isValidZone, minutesOfDay } from './local-time';
import { WorkingCalendar } from './working-calendar';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const timeText = z.string().regex(TIME, 'must be a time "HH:MM" between 00:00 and 24:00');

const windowList = z
  .array(z.tuple([timeText, timeText]))
  .superRefine((windows, ctx) => {
    const sorted = windows.map(([s, e], index) => ({ s: minutesOfDay(s), e: minutesOfDay(e), index }));
    for (const w of sorted) {
      if (w.e <= w.s) ctx.addIssue({ code: 'custom', path: [w.index], message: 'the end must be after the start (a window ends on the day it starts; split a night shift at 24:00)' });
    }
    sorted.sort((a, b) => a.s - b.s);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && cur.s < prev.e) ctx.addIssue({ code: 'custom', path: [cur.index], message: 'overlaps another window of the same day' });
    }
  });

const isoDate = z.string().refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && DateTime.fromISO(d).isValid, 'must be a date "YYYY-MM-DD"');

const holidaySource = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as "NL" or "US"'),
    state: z.string().min(1).optional(),
    region: z.string().min(1).optional(),
    types: z.array(z.enum(HOLIDAY_TYPES, { message: `must be one of ${HOLIDAY_TYPES.join(', ')}` })).optional(),
  })
  .strict()
  .refine(isKnownHolidaySource, { message: 'date-holidays does not know this country, state or region', path: ['country'] });

const week = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, windowList.optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<typeof windowList>>)
  .strict()
  .refine((w) => Object.values(w).some((list) => (list?.length ?? 0) > 0), 'must have at least one working window');

export const calendarSpecSchema: z.ZodType<CalendarSpec> = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes').optional(),
    name: z.string().min(1).optional(),
    zone: z.string().refine(isValidZone, 'must be an IANA time zone such as "Europe/Amsterdam" or a fixed offset such as "UTC-3"'),
    week,
    holidays: holidaySource.nullable().optional(),
    closures: z
      .array(z.object({ date: isoDate, name: z.string().min(1, 'must not be empty'), hours: windowList.optional() }).strict())
      .optional(),
    businessDay: z
      .string()
      .refine((t) => {
        const d = parseDurationText(t);
        return d !== null && (d.unit === 'h' || d.unit === 'm') && d.amount <= 24 * 60;
      }, `${DURATION_TEXT_RULE}, in minutes or hours`)
      .optional(),
    assumption: z.string().optional(),
  })
  .strict();

/** Validates calendar data and compiles it; throws an InputError naming each bad field. */
export function compileCalendar(input: unknown, field = 'calendar'): WorkingCalendar {
  const spec = parseOrThrow(calendarSpecSchema, input, field);
  return new WorkingCalendar(spec);
}


import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, calendars, HOUR, iso, MINUTE } from '../test-support/instants';
import { propertyRuns, SWEEP_END_ISO } from '../test-support/properties';
import { compileCalendar } from './calendar-schema';
import type { WorkingCalendar } from './working-calendar';

// The engine checked against a deliberately simple reference written here, from SPEC.md §1–§5 and
// the README's clock semantics: walk minute by minute; a minute is working time when its local wall
// time (read with Intl.DateTimeFormat, not Luxon) falls on an open weekday, inside a window, on a
// date that is not a holiday. The holidays are computed here from their rules, not by date-holidays.

const DAY_MINUTES = 24 * 60;

// ---------------------------------------------------------------------------------------------
// Civil dates, by plain arithmetic (no Date, no Luxon).

interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const civil = (year: number, month: number, day: number): CivilDate => ({ year, month, day });
const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `n` days later (earlier for negative `n`), one day at a time. */
function plusDays(date: CivilDate, n: number): CivilDate {
  let { year, month, day } = date;
  for (let i = 0; i < n; i++) {
    if (day < daysInMonth(year, month)) day++;
    else if (month < 12) [month, day] = [month + 1, 1];
    else [year, month, day] = [year + 1, 1, 1];
  }
  for (let i = 0; i > n; i--) {
    if (day > 1) day--;
    else if (month > 1) [month, day] = [month - 1, daysInMonth(year, month - 1)];
    else [year, month, day] = [year - 1, 12, 31];
  }
  return civil(year, month, day);
}

/** 0 = Sunday … 6 = Saturday (Sakamoto's method). */
function dayOfWeek({ year, month, day }: CivilDate): number {
  const monthOffsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (monthOffsets[month - 1] ?? 0) + day) % 7;
}

const dateText = ({ year, month, day }: CivilDate): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return civil(year, Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1);
}

/** The `n`-th given weekday of a month (n = 1 is the first). */
function nthWeekdayOf(year: number, month: number, weekday: number, n: number): CivilDate {
  const first = dayOfWeek(civil(year, month, 1));
  return civil(year, month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
}

function lastWeekdayOf(year: number, month: number, weekday: number): CivilDate {
  const last = daysInMonth(year, month);
  return civil(year, month, last - ((dayOfWeek(civil(year, month, last)) - weekday + 7) % 7));
}

/** US federal rule: a holiday on a Saturday is observed on Friday, on a Sunday on Monday. */
function observedDay(date: CivilDate): CivilDate {
  const weekday = dayOfWeek(date);
  if (weekday === SATURDAY) return plusDays(date, -1);
  if (weekday === SUNDAY) return plusDays(date, 1);
  return date;
}

/** SPEC §5: New Year, Easter Monday, King's Day, Ascension, Whit Monday, Christmas, Boxing Day. */
function dutchPublicHolidays(year: number): CivilDate[] {
  const easter = easterSunday(year);
  const april27 = civil(year, 4, 27);
  const kingsDay = dayOfWeek(april27) === SUNDAY ? civil(year, 4, 26) : april27;
  return [civil(year, 1, 1), plusDays(easter, 1), kingsDay, plusDays(easter, 39), plusDays(easter, 50), civil(year, 12, 25), civil(year, 12, 26)];
}

/** SPEC §5: US federal holidays, observed days included (both the date and its observed weekday close). */
function usFederalHolidays(year: number): CivilDate[] {
  const juneteenth = year >= 2021 ? [civil(year, 6, 19)] : []; // a federal holiday since 2021
  const fixed = [civil(year, 1, 1), ...juneteenth, civil(year, 7, 4), civil(year, 11, 11), civil(year, 12, 25)];
  const floating = [
    nthWeekdayOf(year, 1, MONDAY, 3), // Martin Luther King Jr. Day
    nthWeekdayOf(year, 2, MONDAY, 3), // Presidents' Day
    lastWeekdayOf(year, 5, MONDAY), // Memorial Day
    nthWeekdayOf(year, 9, MONDAY, 1), // Labor Day
    nthWeekdayOf(year, 10, MONDAY, 2), // Columbus Day
    nthWeekdayOf(year, 11, THURSDAY, 4), // Thanksgiving
  ];
  return [...fixed, ...fixed.map(observedDay), ...floating];
}

/** Closed local dates over 2025–2029 (a margin around the 2026–2028 the properties use). */
function closedDates(rule: (year: number) => CivilDate[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (let year = 2025; year <= 2029; year++) for (const date of rule(year)) out.add(dateText(date));
  return out;
}

const DUTCH = closedDates(dutchPublicHolidays);
const US = closedDates(usFederalHolidays);
const NONE: ReadonlySet<string> = new Set();

// ---------------------------------------------------------------------------------------------
// Local wall time, by Intl.DateTimeFormat.

interface WallHour {
  readonly date: string;
  readonly weekday: number;
  readonly hour: number;
}

const WEEKDAY_NUMBER: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function wallClockParts(zone: string, withMinute: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    ...(withMinute ? { minute: '2-digit' } : {}),
    hourCycle: 'h23',
  });
}

function readParts(format: Intl.DateTimeFormat, t: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of format.formatToParts(t)) out[part.type] = part.value;
  return out;
}

const hourFormats = new Map<string, { format: Intl.DateTimeFormat; hours: Map<number, WallHour> }>();

/**
 * The local date, weekday and hour of one UTC hour. Every zone used here has a whole-hour offset
 * and changes it on a whole UTC hour, so all 60 minutes of a UTC hour share the local date and
 * hour, and the local minute is the UTC minute (a property below checks this against a direct
 * format of each minute).
 */
function wallHour(zone: string, hourIndex: number): WallHour {
  let entry = hourFormats.get(zone);
  if (!entry) {
    entry = { format: wallClockParts(zone, false), hours: new Map() };
    hourFormats.set(zone, entry);
  }
  const known = entry.hours.get(hourIndex);
  if (known) return known;
  const parts = readParts(entry.format, hourIndex * HOUR);
  const wall = { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: WEEKDAY_NUMBER[parts.weekday ?? ''] ?? -1, hour: Number(parts.hour) };
  entry.hours.set(hourIndex, wall);
  return wall;
}

interface WallMinute {
  readonly date: string;
  readonly weekday: number;
  readonly minuteOfDay: number;
}

function wallMinute(zone: string, t: number): WallMinute {
  const hourIndex = Math.floor(t / HOUR);
  const { date, weekday, hour } = wallHour(zone, hourIndex);
  return { date, weekday, minuteOfDay: hour * 60 + (t - hourIndex * HOUR) / MINUTE };
}

/** The same, formatted minute by minute with no shortcut: the check on the shortcut. */
function wallMinuteDirect(zone: string, t: number): WallMinute {
  const parts = readParts(wallClockParts(zone, true), t);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAY_NUMBER[parts.weekday ?? ''] ?? -1,
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

// ---------------------------------------------------------------------------------------------
// The reference calendars, written from SPEC.md, and the minute walk.

const hhmm = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
const MON_FRI = [1, 2, 3, 4, 5];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

interface ReferenceCalendar {
  readonly id: string;
  /** An Intl time zone. */
  readonly zone: string;
  /** Open weekdays, 0 = Sunday. */
  readonly days: readonly number[];
  /** Half-open local windows in minutes of the day; 1440 is the next midnight. */
  readonly windows: readonly (readonly [number, number])[];
  readonly holidays: ReadonlySet<string>;
  readonly engine: WorkingCalendar;
}

const everyDay = (window: readonly [string, string]) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [window]]));

const REFERENCES: readonly ReferenceCalendar[] = [
  // SPEC §1, §5: Mon–Fri 08:30–16:30 Dutch office time, Dutch public holidays.
  {
    id: 'scope4mation-office',
    zone: 'Europe/Amsterdam',
    days: MON_FRI,
    windows: [[hhmm('08:30'), hhmm('16:30')]],
    holidays: DUTCH,
    engine: calendars.get('scope4mation-office'),
  },
  // SPEC §2: Mon–Fri 08:30–17:00 Central European (Summer) Time, general Dutch holidays.
  {
    id: 'connect-engage-business',
    zone: 'Europe/Amsterdam',
    days: MON_FRI,
    windows: [[hhmm('08:30'), hhmm('17:00')]],
    holidays: DUTCH,
    engine: calendars.get('connect-engage-business'),
  },
  // SPEC §3, §5: Americas 12×5, 08:00–20:00 at a fixed UTC−3, US public holidays.
  {
    id: 'konneqt-americas-12x5',
    zone: '-03:00',
    days: MON_FRI,
    windows: [[hhmm('08:00'), hhmm('20:00')]],
    holidays: US,
    engine: calendars.get('konneqt-americas-12x5'),
  },
  // SPEC §5: Enterprise 8×5 = 09:00–17:00 America/New_York, US holidays.
  {
    id: 'konneqt-enterprise-8x5',
    zone: 'America/New_York',
    days: MON_FRI,
    windows: [[hhmm('09:00'), hhmm('17:00')]],
    holidays: US,
    engine: calendars.get('konneqt-enterprise-8x5'),
  },
  { id: '24x7', zone: 'UTC', days: EVERY_DAY, windows: [[0, DAY_MINUTES]], holidays: NONE, engine: calendars.get('24x7') },
  // Two desk calendars that are open on the days the clocks change (README, "Daylight saving").
  {
    id: 'amsterdam-around-the-clock',
    zone: 'Europe/Amsterdam',
    days: EVERY_DAY,
    windows: [[0, DAY_MINUTES]],
    holidays: NONE,
    engine: compileCalendar({ id: 'amsterdam-around-the-clock', zone: 'Europe/Amsterdam', week: everyDay(['00:00', '24:00']) }),
  },
  {
    id: 'new-york-every-day',
    zone: 'America/New_York',
    days: EVERY_DAY,
    windows: [[hhmm('09:00'), hhmm('17:00')]],
    holidays: NONE,
    engine: compileCalendar({ id: 'new-york-every-day', zone: 'America/New_York', week: everyDay(['09:00', '17:00']) }),
  },
];

function referenceOf(id: string): ReferenceCalendar {
  const ref = REFERENCES.find((r) => r.id === id);
  if (!ref) throw new Error(`no reference calendar ${id}`);
  return ref;
}

function isWorkingMinute(cal: ReferenceCalendar, t: number): boolean {
  const { date, weekday, minuteOfDay } = wallMinute(cal.zone, t);
  if (!cal.days.includes(weekday) || cal.holidays.has(date)) return false;
  return cal.windows.some(([start, end]) => minuteOfDay >= start && minuteOfDay < end);
}

/** A walk longer than this means the reference has a bug (no calendar here closes for 60 days). */
const WALK_LIMIT = 60 * DAY_MINUTES;

/** Working time in [from, to), negative when `to` is before `from`; whole-minute instants. */
function referenceElapsed(cal: ReferenceCalendar, from: number, to: number): number {
  if (to < from) return -referenceElapsed(cal, to, from);
  let minutes = 0;
  for (let t = from; t < to; t += MINUTE) if (isWorkingMinute(cal, t)) minutes++;
  return minutes * MINUTE;
}

/**
 * Forward: the end of the m-th working minute at or after `start` (the earliest instant by which
 * m minutes have passed, so a due time on 16:30 stays there). Backward: the start of the m-th
 * working minute before `start` (so 08:30 stays 08:30). Zero: `start` itself.
 */
function referenceDue(cal: ReferenceCalendar, start: number, ms: number): number {
  const wanted = Math.abs(ms) / MINUTE;
  if (wanted === 0) return start;
  let counted = 0;
  for (let step = 0; step < WALK_LIMIT; step++) {
    if (ms > 0) {
      const t = start + step * MINUTE;
      if (isWorkingMinute(cal, t) && ++counted === wanted) return t + MINUTE;
    } else {
      const t = start - (step + 1) * MINUTE;
      if (isWorkingMinute(cal, t) && ++counted === wanted) return t;
    }
  }
  throw new Error(`the reference walked ${WALK_LIMIT} minutes from ${iso(start, 'UTC')} on ${cal.id}`);
}

/** The first opening (a working minute after a closed one) or closing at or after `t`. */
function nextEdge(cal: ReferenceCalendar, t: number, kind: 'opening' | 'closing'): number {
  for (let step = 0; step < WALK_LIMIT; step++) {
    const u = t + step * MINUTE;
    const [isBefore, isNow] = [isWorkingMinute(cal, u - MINUTE), isWorkingMinute(cal, u)];
    if (kind === 'opening' ? isNow && !isBefore : isBefore && !isNow) return u;
  }
  throw new Error(`the reference found no ${kind} within ${WALK_LIMIT} minutes of ${iso(t, 'UTC')} on ${cal.id}`);
}

// ---------------------------------------------------------------------------------------------

describe('the reference itself', () => {
  it('finds Easter Sunday on the published dates', () => {
    expect([2025, 2026, 2027, 2028, 2029].map((y) => dateText(easterSunday(y)))).toEqual([
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2029-04-01',
    ]);
  });

  it('knows the weekdays of a few dates', () => {
    expect(dayOfWeek(civil(2026, 1, 1))).toBe(4); // Thu
    expect(dayOfWeek(civil(2026, 4, 27))).toBe(1); // Mon, King's Day (README)
    expect(dayOfWeek(civil(2028, 11, 11))).toBe(6); // Sat
    expect(dayOfWeek(civil(2000, 2, 29))).toBe(2); // Tue
    expect(dateText(plusDays(civil(2028, 2, 28), 2))).toBe('2028-03-01');
    expect(dateText(plusDays(civil(2028, 1, 1), -1))).toBe('2027-12-31');
  });

  it("lists the Dutch public holidays of 2026 and moves King's Day 2025 to Saturday the 26th", () => {
    expect(dutchPublicHolidays(2026).map(dateText)).toEqual(['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']);
    expect(DUTCH.has('2025-04-26')).toBe(true); // Sat; the 27th was a Sunday
    expect(DUTCH.has('2026-04-03')).toBe(false); // Good Friday
    expect(DUTCH.has('2026-05-05')).toBe(false); // Liberation Day
  });

  it('lists the US federal closing days of 2027 with their observed days', () => {
    const of2027 = [...US].filter((d) => d.startsWith('2027-')).sort();
    expect(of2027).toEqual([
      '2027-01-01', // Fri, New Year
      '2027-01-18', // Mon, Martin Luther King Jr. Day
      '2027-02-15', // Mon, Presidents' Day
      '2027-05-31', // Mon, Memorial Day
      '2027-06-18', // Fri, Juneteenth observed
      '2027-06-19', // Sat, Juneteenth
      '2027-07-04', // Sun, Independence Day
      '2027-07-05', // Mon, Independence Day observed
      '2027-09-06', // Mon, Labor Day
      '2027-10-11', // Mon, Columbus Day
      '2027-11-11', // Thu, Veterans Day
      '2027-11-25', // Thu, Thanksgiving
      '2027-12-24', // Fri, Christmas observed
      '2027-12-25', // Sat, Christmas
      '2027-12-31', // Fri, New Year 2028 observed
    ]);
  });

  it('reads the same wall time hour by hour as minute by minute', () => {
    const zones = [...new Set(REFERENCES.map((r) => r.zone))];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: at('2026-01-01T00:00:00Z') / MINUTE, max: at('2029-01-01T00:00:00Z') / MINUTE }),
        (zone, minute) => {
          expect(wallMinute(zone, minute * MINUTE)).toEqual(wallMinuteDirect(zone, minute * MINUTE));
        },
      ),
      propertyRuns(300),
    );
  });
});

describe('the engine against the reference', () => {
  describe.each(REFERENCES.map((r) => [r.id, r] as const))('on %s', (_id, cal) => {
    it('opens and closes on the same minutes, every day of 2026–2028', () => {
      const from = at('2025-12-31T00:00:00Z');
      const to = at(SWEEP_END_ISO);
      const windows = cal.engine.windowsBetween(from, to);
      expect(windows.every((w) => w.start % MINUTE === 0 && w.end % MINUTE === 0)).toBe(true);
      const differing = new Set<string>();
      let i = 0;
      for (let t = from; t < to; t += MINUTE) {
        while (i < windows.length && (windows[i]?.end ?? 0) <= t) i++;
        const window = windows[i];
        const isEngineWorking = window !== undefined && window.start <= t && t < window.end;
        if (isEngineWorking !== isWorkingMinute(cal, t)) differing.add(wallMinute(cal.zone, t).date);
      }
      expect([...differing]).toEqual([]);
    });
  });

  // Starts anywhere in 2026–2028, or within days of a daylight-saving change, a holiday or a new
  // year, to the minute or on a half hour (so window edges are hit often).
  const EUROPEAN_CHANGES = ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29']; // Sundays
  const NEW_YORK_CHANGES = ['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07', '2028-03-12', '2028-11-05']; // Sundays
  const FOCUS_DAYS = [...EUROPEAN_CHANGES, ...NEW_YORK_CHANGES, '2027-01-01', '2028-01-01'];
  const HALF_HOUR = 30 * MINUTE;

  function startFor(cal: ReferenceCalendar): fc.Arbitrary<string> {
    const holidays = [...cal.holidays].filter((d) => d >= '2026-01-05' && d <= '2028-12-20');
    const focus = [...FOCUS_DAYS, ...holidays];
    const anywhere = fc.integer({ min: at('2026-01-01T00:00:00Z') / MINUTE, max: at('2028-12-20T00:00:00Z') / MINUTE }).map((m) => m * MINUTE);
    const nearFocus = fc
      .tuple(fc.constantFrom(...focus), fc.integer({ min: -4 * DAY_MINUTES, max: 3 * DAY_MINUTES }))
      .map(([day, offset]) => at(`${day}T00:00:00Z`) + offset * MINUTE);
    return fc
      .oneof(
        anywhere,
        nearFocus,
        nearFocus.map((t) => t - (t % HALF_HOUR)),
      )
      .map((t) => iso(t, 'UTC'));
  }

  /** Whole minutes up to `limit` either way, often a multiple of 30. */
  const minutesUpTo = (limit: number) =>
    fc.oneof(
      fc.integer({ min: -limit, max: limit }),
      fc.integer({ min: -limit / 30, max: limit / 30 }).map((n) => n * 30),
    );
  const anyCalendar = fc.constantFrom(...REFERENCES);
  const record = { noNullPrototype: true } as const;

  it('counts workingTimeBetween(from, to) as the reference does, over spans of up to 30 days either way', () => {
    const spans = anyCalendar.chain((cal) =>
      fc.record({ calendar: fc.constant(cal.id), from: startFor(cal), spanMinutes: minutesUpTo(30 * DAY_MINUTES) }, record),
    );
    fc.assert(
      fc.property(spans, ({ calendar, from: fromText, spanMinutes }) => {
        const cal = referenceOf(calendar);
        const from = at(fromText);
        const to = from + spanMinutes * MINUTE;
        expect(cal.engine.workingTimeBetween(from, to) / MINUTE).toBe(referenceElapsed(cal, from, to) / MINUTE);
      }),
      propertyRuns(150),
    );
  });

  it('finds addWorkingTime(start, m) where the reference does, forward and backward, up to 120 working hours', () => {
    const dues = anyCalendar.chain((cal) => fc.record({ calendar: fc.constant(cal.id), start: startFor(cal), minutes: minutesUpTo(120 * 60) }, record));
    fc.assert(
      fc.property(dues, ({ calendar, start: startText, minutes }) => {
        const cal = referenceOf(calendar);
        const start = at(startText);
        const expected = referenceDue(cal, start, minutes * MINUTE);
        expect(iso(cal.engine.addWorkingTime(start, minutes * MINUTE), cal.engine.zone)).toBe(iso(expected, cal.engine.zone));
      }),
      propertyRuns(150),
    );
  });

  it('stops on the closing time going forward and on the opening time going back, when the time runs out exactly there', () => {
    const withEdges = REFERENCES.filter((cal) => cal.windows.every(([s, e]) => s > 0 || e < DAY_MINUTES));
    const landings = fc
      .constantFrom(...withEdges)
      .chain((cal) =>
        fc.record({ calendar: fc.constant(cal.id), near: startFor(cal), isForward: fc.boolean(), minutes: fc.integer({ min: 1, max: 120 * 60 }) }, record),
      );
    fc.assert(
      fc.property(landings, ({ calendar, near, isForward, minutes }) => {
        const cal = referenceOf(calendar);
        // An edge found by the reference, and a start exactly `minutes` of working time from it.
        const edge = nextEdge(cal, at(near), isForward ? 'closing' : 'opening');
        const start = referenceDue(cal, edge, (isForward ? -minutes : minutes) * MINUTE);
        const ms = (isForward ? minutes : -minutes) * MINUTE;
        expect(referenceDue(cal, start, ms)).toBe(edge);
        expect(iso(cal.engine.addWorkingTime(start, ms), cal.engine.zone)).toBe(iso(edge, cal.engine.zone));
      }),
      propertyRuns(150),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Each rule the reference encodes, worked by hand (README "Clock semantics", SPEC §4).

const due = (id: string, start: string, ms: number): string => {
  const cal = calendars.get(id);
  return iso(cal.addWorkingTime(at(start), ms), cal.zone);
};
const elapsed = (id: string, from: string, to: string): number => calendars.get(id).workingTimeBetween(at(from), at(to));

describe('addWorkingTime, by hand', () => {
  describe('when the time runs out exactly at the end of a window', () => {
    it('stays on the closing time', () => {
      expect(due('scope4mation-office', '2026-03-03T12:30:00+01:00', 4 * HOUR)).toBe('2026-03-03T16:30:00+01:00'); // Tue
      expect(due('connect-engage-business', '2026-06-03T13:00:00+02:00', 4 * HOUR)).toBe('2026-06-03T17:00:00+02:00'); // Wed
      expect(due('konneqt-americas-12x5', '2026-03-02T08:00:00-03:00', 12 * HOUR)).toBe('2026-03-02T20:00:00-03:00'); // Mon
      expect(due('konneqt-enterprise-8x5', '2026-03-06T13:00:00-05:00', 4 * HOUR)).toBe('2026-03-06T17:00:00-05:00'); // Fri
    });
    it('rolls to the next opening only with one minute more', () => {
      expect(due('scope4mation-office', '2026-03-03T12:30:00+01:00', 4 * HOUR + MINUTE)).toBe('2026-03-04T08:31:00+01:00'); // Tue → Wed
      expect(due('konneqt-enterprise-8x5', '2026-03-06T13:00:00-05:00', 4 * HOUR + MINUTE)).toBe('2026-03-09T09:01:00-04:00'); // Fri → Mon, after the spring change
    });
  });

  describe('when the start is outside working time', () => {
    it('counts from the next opening when it starts at the closing time itself', () => {
      expect(due('scope4mation-office', '2026-03-02T16:30:00+01:00', MINUTE)).toBe('2026-03-03T08:31:00+01:00'); // Mon → Tue
    });
    it('counts from the opening when it starts early in the morning', () => {
      expect(due('connect-engage-business', '2026-03-04T06:00:00+01:00', 30 * MINUTE)).toBe('2026-03-04T09:00:00+01:00'); // Wed
    });
    it('counts from Monday when it starts on a Sunday', () => {
      expect(due('scope4mation-office', '2026-03-29T12:00:00+02:00', HOUR)).toBe('2026-03-30T09:30:00+02:00'); // Sun (clocks changed) → Mon
      expect(due('konneqt-enterprise-8x5', '2026-03-08T12:00:00-04:00', HOUR)).toBe('2026-03-09T10:00:00-04:00'); // Sun (clocks changed) → Mon
      expect(due('konneqt-americas-12x5', '2026-03-07T21:00:00-03:00', HOUR)).toBe('2026-03-09T09:00:00-03:00'); // Sat → Mon
    });
    it('counts from the next working day when it starts on a holiday', () => {
      expect(due('scope4mation-office', '2026-04-27T11:00:00+02:00', HOUR)).toBe('2026-04-28T09:30:00+02:00'); // Mon King's Day → Tue
      expect(due('connect-engage-business', '2026-04-06T09:00:00+02:00', 30 * MINUTE)).toBe('2026-04-07T09:00:00+02:00'); // Easter Monday → Tue
      expect(due('konneqt-enterprise-8x5', '2026-11-26T10:00:00-05:00', 2 * HOUR)).toBe('2026-11-27T11:00:00-05:00'); // Thu Thanksgiving → Fri
      expect(due('konneqt-americas-12x5', '2027-12-31T10:00:00-03:00', HOUR)).toBe('2028-01-03T09:00:00-03:00'); // Fri, New Year 2028 observed → Mon
    });
  });

  describe('over holidays', () => {
    it('skips Ascension Day but not Liberation Day', () => {
      expect(due('scope4mation-office', '2027-05-05T16:00:00+02:00', HOUR)).toBe('2027-05-07T09:00:00+02:00'); // Wed 5 May (worked) → Fri, Thu 6 May closed
    });
    it('skips an observed US holiday on a Friday', () => {
      expect(due('konneqt-enterprise-8x5', '2027-06-17T16:00:00-04:00', 2 * HOUR)).toBe('2027-06-21T10:00:00-04:00'); // Thu → Mon, Juneteenth observed Fri 18 June
    });
  });

  describe('across daylight-saving changes', () => {
    it('keeps each office window 8 h on the working days around the change', () => {
      expect(elapsed('konneqt-enterprise-8x5', '2026-03-06T00:00:00-05:00', '2026-03-10T00:00:00-04:00')).toBe(16 * HOUR); // Fri → Tue
      expect(elapsed('konneqt-enterprise-8x5', '2026-10-30T00:00:00-04:00', '2026-11-03T00:00:00-05:00')).toBe(16 * HOUR); // Fri → Tue
      expect(elapsed('scope4mation-office', '2026-10-23T00:00:00+02:00', '2026-10-27T00:00:00+01:00')).toBe(16 * HOUR); // Fri → Tue
    });
    it('keeps a window 8 h on the change day itself', () => {
      const amsterdam = compileCalendar({ zone: 'Europe/Amsterdam', week: everyDay(['08:30', '16:30']) });
      expect(amsterdam.workingTimeBetween(at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))).toBe(8 * HOUR); // Sun
      expect(amsterdam.workingTimeBetween(at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(8 * HOUR); // Sun
      const newYork = referenceOf('new-york-every-day').engine;
      expect(newYork.workingTimeBetween(at('2026-03-08T00:00:00-05:00'), at('2026-03-09T00:00:00-04:00'))).toBe(8 * HOUR); // Sun
      expect(newYork.workingTimeBetween(at('2026-11-01T00:00:00-04:00'), at('2026-11-02T00:00:00-05:00'))).toBe(8 * HOUR); // Sun
      expect(iso(newYork.addWorkingTime(at('2026-03-08T09:00:00-04:00'), 8 * HOUR), 'America/New_York')).toBe('2026-03-08T17:00:00-04:00'); // Sun
    });
    it('counts the hours that really pass in a window that contains the change', () => {
      const allDay = referenceOf('amsterdam-around-the-clock').engine;
      expect(allDay.workingTimeBetween(at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))).toBe(23 * HOUR); // Sun
      expect(allDay.workingTimeBetween(at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(25 * HOUR); // Sun
      expect(iso(allDay.addWorkingTime(at('2026-03-29T01:30:00+01:00'), HOUR), 'Europe/Amsterdam')).toBe('2026-03-29T03:30:00+02:00'); // Sun
    });
  });

  describe('with windows that end at 24:00', () => {
    const fridayNight = compileCalendar({ zone: 'Europe/Amsterdam', week: { fri: [['20:00', '24:00']], mon: [['08:00', '12:00']] } });
    const acrossMidnight = compileCalendar({ zone: 'Europe/Amsterdam', week: { fri: [['20:00', '24:00']], sat: [['00:00', '02:00']] } });
    const ams = (ms: number): string => iso(ms, 'Europe/Amsterdam');
    it('reads 24:00 as the next midnight, and a due time landing on it stays there', () => {
      expect(ams(fridayNight.addWorkingTime(at('2026-03-06T22:00:00+01:00'), 2 * HOUR))).toBe('2026-03-07T00:00:00+01:00'); // Fri → Sat 00:00
      expect(ams(fridayNight.addWorkingTime(at('2026-03-06T22:00:00+01:00'), 2 * HOUR + MINUTE))).toBe('2026-03-09T08:01:00+01:00'); // Fri → Mon
    });
    it('runs on without a gap into a window that starts at the same midnight', () => {
      expect(ams(acrossMidnight.addWorkingTime(at('2026-03-06T23:00:00+01:00'), 2 * HOUR))).toBe('2026-03-07T01:00:00+01:00'); // Fri → Sat
      expect(acrossMidnight.workingTimeBetween(at('2026-03-06T00:00:00+01:00'), at('2026-03-08T00:00:00+01:00'))).toBe(6 * HOUR);
      expect(due('24x7', '2026-03-07T23:30:00Z', HOUR)).toBe('2026-03-08T00:30:00Z'); // Sat → Sun
    });
    it('goes back from Monday into the Friday night window', () => {
      expect(ams(fridayNight.addWorkingTime(at('2026-03-09T08:00:00+01:00'), -HOUR))).toBe('2026-03-06T23:00:00+01:00'); // Mon → Fri
    });
  });

  describe('with a zero duration', () => {
    it('returns the start itself, in or out of working time', () => {
      expect(due('scope4mation-office', '2026-03-07T23:00:00+01:00', 0)).toBe('2026-03-07T23:00:00+01:00'); // Sat night
      expect(due('scope4mation-office', '2026-03-02T16:30:00+01:00', 0)).toBe('2026-03-02T16:30:00+01:00'); // Mon, closing time
      expect(due('konneqt-americas-12x5', '2026-07-03T12:00:00-03:00', 0)).toBe('2026-07-03T12:00:00-03:00'); // Fri, observed holiday
    });
    it('has no working time in an empty range', () => {
      expect(elapsed('24x7', '2026-03-02T12:00:00Z', '2026-03-02T12:00:00Z')).toBe(0);
    });
  });

  describe('backwards (negative durations)', () => {
    it('stays on the opening time when the time runs out exactly there', () => {
      expect(due('scope4mation-office', '2026-03-03T10:30:00+01:00', -2 * HOUR)).toBe('2026-03-03T08:30:00+01:00'); // Tue
      expect(due('konneqt-americas-12x5', '2026-03-02T20:00:00-03:00', -12 * HOUR)).toBe('2026-03-02T08:00:00-03:00'); // Mon
    });
    it('goes to the previous closing with one minute more', () => {
      expect(due('scope4mation-office', '2026-03-03T10:30:00+01:00', -2 * HOUR - MINUTE)).toBe('2026-03-02T16:29:00+01:00'); // Tue → Mon
    });
    it('counts back from the last closing when it starts outside working time', () => {
      expect(due('scope4mation-office', '2026-03-07T12:00:00+01:00', -HOUR)).toBe('2026-03-06T15:30:00+01:00'); // Sat → Fri
    });
    it('skips weekends, holidays and daylight-saving changes', () => {
      expect(due('konneqt-enterprise-8x5', '2026-07-06T10:00:00-04:00', -2 * HOUR)).toBe('2026-07-02T16:00:00-04:00'); // Mon → Thu, Fri 3 July observed
      expect(due('scope4mation-office', '2026-03-30T09:30:00+02:00', -2 * HOUR)).toBe('2026-03-27T15:30:00+01:00'); // Mon → Fri, over the spring change
    });
    it('measures a reversed range as negative working time', () => {
      expect(elapsed('konneqt-enterprise-8x5', '2026-07-06T10:00:00-04:00', '2026-07-02T16:00:00-04:00')).toBe(-2 * HOUR); // Mon → Thu
    });
  });
});

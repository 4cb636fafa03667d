/** A calendar as data: what a desk writes, edits, imports and sends over IPC. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A working window on one local day, `["08:30", "16:30"]`: half-open, wall-clock, end may be "24:00". */
export type WindowSpec = readonly [string, string];

export interface HolidaySource {
  /** ISO 3166 country code understood by date-holidays, e.g. "NL" or "US". */
  readonly country: string;
  readonly state?: string | undefined;
  readonly region?: string | undefined;
  /** date-holidays types that close the desk; default ["public"]. */
  readonly types?: readonly string[] | undefined;
}

/** A day the desk adds: closed all day, or open only in `hours` (a partial day). */
export interface ClosureSpec {
  readonly date: string;
  readonly name: string;
  readonly hours?: readonly WindowSpec[] | undefined;
}

export interface CalendarSpec {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  /** IANA zone ("Europe/Amsterdam") or fixed offset ("UTC-3"). */
  readonly zone: string;
  readonly week: Partial<Record<Weekday, readonly WindowSpec[]>>;
  readonly holidays?: HolidaySource | null | undefined;
  readonly closures?: readonly ClosureSpec[] | undefined;
  /** Length of one business day, e.g. "8h"; default: the longest weekday's working time. */
  readonly businessDay?: string | undefined;
  /** Shown to users next to the calendar when a value is Klok's reading of a silent document. */
  readonly assumption?: string | undefined;
}

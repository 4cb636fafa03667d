/**
 * Durations as people write them in SLA tables: "15m", "2h", "1bd" (business day), "2bw"
 * (business week = 5 business days). Business units need the calendar's day length.
 *
 * An amount has at most four decimals: with a business day of whole minutes (what calendars
 * allow) every duration is then a whole number of milliseconds, at least 6 ms ("0.0001m"), so
 * none rounds to 0 ms or is finer than the engine counts.
 */
export type DurationUnit = 'm' | 'h' | 'bd' | 'bw';

export interface DurationText {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const MAX_DECIMALS = 4;

const PATTERN = /^(\d+(?:\.(\d+))?)\s*(m|h|bd|bw)$/;
export const DURATION_TEXT_RULE = 'must be a positive duration such as "15m", "2h", "1bd" (business day) or "2bw" (business week), with at most four decimals';

export function parseDurationText(text: string): DurationText | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  if (!(amount > 0)) return null;
  if ((match[2] ?? '').replace(/0+$/, '').length > MAX_DECIMALS) return null;
  return { amount, unit: match[3] as DurationUnit };
}

/** Whether a number has at most four decimals (2.5 and 0.0001, not 0.00001), as duration texts do. */
export function hasDurationPrecision(value: number): boolean {
  const scaled = value * 10 ** MAX_DECIMALS;
  // The tolerance is relative to the number, so a tiny value (1e-13) cannot pass as a whole one.
  return Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.abs(scaled);
}

const MINUTE = 60_000;

/** Working milliseconds of a duration on a calendar whose business day lasts `businessDayMs`. */
export function durationToMs(duration: DurationText, businessDayMs: number): number {
  switch (duration.unit) {
    case 'm':
      return Math.round(duration.amount * MINUTE);
    case 'h':
      return Math.round(duration.amount * 60 * MINUTE);
    case 'bd':
      return Math.round(duration.amount * businessDayMs);
    case 'bw':
      return Math.round(duration.amount * 5 * businessDayMs);
  }
}

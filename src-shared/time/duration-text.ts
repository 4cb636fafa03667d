/**
 * Durations as people write them in SLA tables: "15m", "2h", "1bd" (business day), "2bw"
 * (business week = 5 business days). Business units need the calendar's day length.
 */
export type DurationUnit = 'm' | 'h' | 'bd' | 'bw';

export interface DurationText {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const PATTERN = /^(\d+(?:\.\d+)?)\s*(m|h|bd|bw)$/;
export const DURATION_TEXT_RULE = 'must be a positive duration such as "15m", "2h", "1bd" (business day) or "2bw" (business week)';

export function parseDurationText(text: string): DurationText | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  if (!(amount > 0)) return null;
  return { amount, unit: match[2] as DurationUnit };
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

import { DateTime } from 'luxon';

/** "08:30" → minutes after midnight; "24:00" → 1440. Input is validated beforehand. */
export function minutesOfDay(text: string): number {
  const [h, m] = text.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * The instant of a wall-clock time on a local date in a zone. Luxon resolves times that do not
 * exist (the hour skipped in spring) forward and ambiguous ones (autumn) to the earlier offset;
 * minute 1440 is the next day's midnight.
 */
export function wallClockInstant(date: DateTime, minutes: number): number {
  if (minutes >= 1440) return date.plus({ days: 1 }).startOf('day').toMillis();
  return date.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 }).toMillis();
}

export function isValidZone(zone: string): boolean {
  return DateTime.fromMillis(0, { zone }).isValid;
}

import { DateTime } from 'luxon';
import { AVAILABILITY_ZONE } from './availability-rules';
import type { ExclusionRow } from './exclusion-projection';

const DAY_MS = 24 * 3_600_000;

/** How long before planned maintenance the customer must be told: one week (Scope4mation), two weeks (Connect & Engage). */
export const MAINTENANCE_NOTICE_MS: Readonly<Record<string, number>> = { scope4mation: 7 * DAY_MS, 'connect-engage': 14 * DAY_MS };

/**
 * Whether a planned maintenance window was announced too late (or not at all) for the contract's
 * policy. Klok's rule (decision 13): such a window does not excuse downtime, so it excludes
 * nothing. Other reasons (emergency and security maintenance, force majeure, …) need no notice.
 */
export function isShortNotice(window: Pick<ExclusionRow, 'reason' | 'startsAt' | 'announcedAt'>, policyId: string): boolean {
  const notice = MAINTENANCE_NOTICE_MS[policyId];
  if (window.reason !== 'maintenance' || notice === undefined) return false;
  return window.announcedAt === null || window.startsAt - window.announcedAt < notice;
}

/** The windows that exclude time from a contract's availability: recorded, not withdrawn, not short of notice. */
export function excludingWindows(windows: readonly ExclusionRow[], contractId: string, policyId: string): { start: number; end: number }[] {
  return windows
    .filter((w) => w.contractId === contractId && w.isWithdrawn === 0 && !isShortNotice(w, policyId))
    .map((w) => ({ start: w.startsAt, end: w.endsAt }));
}

/** Scope4mation's release days: the first Monday of each month, from the month holding `from`, `count` of them (Amsterdam dates). */
export function releaseDays(from: number, count: number): string[] {
  const first = DateTime.fromMillis(from, { zone: AVAILABILITY_ZONE }).startOf('month');
  return Array.from({ length: count }, (_, i) => {
    const month = first.plus({ months: i });
    const monday = month.plus({ days: (8 - month.weekday) % 7 });
    return monday.toISODate() ?? '';
  });
}

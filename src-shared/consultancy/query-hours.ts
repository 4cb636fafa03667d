import { DateTime } from 'luxon';
import type { Engagement } from './engagement';

/** Konneqt: a warning when 80 % of the Query Support Limit is used, and another at the limit. */
export const QUERY_WARNING_FRACTION = 0.8;

export type QueryHoursLevel = 'within' | 'warning' | 'reached';

/** A subscription's query hours in one year. */
export interface QueryHours {
  readonly year: number;
  readonly usedMinutes: number;
  /** Time on a product unusable at a basic level: marked, not counted. */
  readonly excludedMinutes: number;
  readonly limitMinutes: number;
  readonly level: QueryHoursLevel;
}

export function queryLevel(usedMinutes: number, limitMinutes: number): QueryHoursLevel {
  if (usedMinutes >= limitMinutes) return 'reached';
  // In whole minutes: 80 % of 25 h is 1200 min exactly.
  return usedMinutes * 5 >= limitMinutes * 4 ? 'warning' : 'within';
}

/**
 * The running total of a subscription (a contract) in the calendar year of `zone` that holds
 * `year`: time of its query-support engagements, less regular support and less the excluded
 * "product unusable" work.
 */
export function queryHours(engagements: readonly Engagement[], contractId: string, year: number, zone: string, limitHours: number): QueryHours {
  const from = DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).toMillis();
  const to = DateTime.fromObject({ year: year + 1, month: 1, day: 1 }, { zone }).toMillis();
  let used = 0;
  let excluded = 0;
  for (const e of engagements) {
    if (e.purpose !== 'query_support' || e.contractId !== contractId) continue;
    for (const t of e.entries) {
      if (t.isRegularSupport || t.workedAt < from || t.workedAt >= to) continue;
      if (t.isProductUnusable) excluded += t.minutes;
      else used += t.minutes;
    }
  }
  const limitMinutes = Math.round(limitHours * 60);
  return { year, usedMinutes: used, excludedMinutes: excluded, limitMinutes, level: queryLevel(used, limitMinutes) };
}

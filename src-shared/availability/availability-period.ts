import { DateTime } from 'luxon';
import type { Interval } from '../time/interval';
import { AVAILABILITY_ZONE } from './availability-rules';

/**
 * A measuring period from its name: a calendar month "2026-03" or a quarter "2026-Q1", from local
 * midnight to local midnight in Europe/Amsterdam (a March has 743 hours, an October 745). Null
 * when the name is neither, or lies outside 1970–2199.
 */
export function periodOf(name: string): { readonly kind: 'month' | 'quarter'; readonly interval: Interval } | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(name);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(name);
  if (!month && !quarter) return null;
  const year = Number((month ?? quarter)?.[1]);
  if (year < 1970 || year > 2199) return null;
  const first = month ? Number(month[2]) : (Number(quarter?.[2]) - 1) * 3 + 1;
  const start = DateTime.fromObject({ year, month: first, day: 1 }, { zone: AVAILABILITY_ZONE });
  const end = start.plus({ months: month ? 1 : 3 });
  return { kind: month ? 'month' : 'quarter', interval: { start: start.toMillis(), end: end.toMillis() } };
}

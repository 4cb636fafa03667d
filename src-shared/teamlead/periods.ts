import { DateTime } from 'luxon';
import type { PeriodKind } from './attainment';

/**
 * The period `delta` periods after `key` (before, when negative), of the same kind: "2026-W10" → "2026-W11",
 * "2026-12" → "2027-01", "2026-Q1" → "2025-Q4". Keys name periods in whatever zone they were counted in,
 * so stepping needs none. Null for a key that is not of the kind.
 */
export function shiftPeriod(key: string, kind: PeriodKind, delta: number): string | null {
  const start = startOf(key, kind);
  if (!start) return null;
  if (kind === 'week') {
    const next = start.plus({ weeks: delta });
    return `${next.weekYear}-W${String(next.weekNumber).padStart(2, '0')}`;
  }
  if (kind === 'month') return start.plus({ months: delta }).toFormat('yyyy-MM');
  const next = start.plus({ quarters: delta });
  return `${next.year}-Q${next.quarter}`;
}

function startOf(key: string, kind: PeriodKind): DateTime | null {
  const pattern = { week: /^(\d{4})-W(\d{2})$/, month: /^(\d{4})-(\d{2})$/, quarter: /^(\d{4})-Q([1-4])$/ }[kind];
  const match = pattern.exec(key);
  if (!match) return null;
  const [year, part] = [Number(match[1]), Number(match[2])];
  const start =
    kind === 'week'
      ? DateTime.fromObject({ weekYear: year, weekNumber: part, weekday: 1 }, { zone: 'UTC' })
      : DateTime.fromObject({ year, month: kind === 'month' ? part : (part - 1) * 3 + 1, day: 1 }, { zone: 'UTC' });
  return start.isValid ? start : null;
}

import { DateTime } from 'luxon';
import type { CallReason, CallRow } from './call-types';

/** What the phone log view filters on; an empty field does not filter. Dates are ISO (yyyy-mm-dd) in `zone`. */
export interface CallFilters {
  readonly ticketId: string;
  readonly customerId: string;
  readonly agent: string;
  readonly reason: CallReason | '';
  readonly from: string;
  readonly to: string;
}

export const NO_CALL_FILTERS: CallFilters = { ticketId: '', customerId: '', agent: '', reason: '', from: '', to: '' };

/** The calls that match every filter, the newest first; a date range counts whole days (`to` included) in `zone`. */
export function filterCalls(calls: readonly CallRow[], filters: CallFilters, zone: string): CallRow[] {
  const from = filters.from ? DateTime.fromISO(filters.from, { zone }).startOf('day').toMillis() : -Infinity;
  const to = filters.to ? DateTime.fromISO(filters.to, { zone }).plus({ days: 1 }).startOf('day').toMillis() : Infinity;
  return calls
    .filter(
      (c) =>
        (!filters.ticketId || c.ticketId === filters.ticketId) &&
        (!filters.customerId || c.customerId === filters.customerId) &&
        (!filters.agent || c.agent === filters.agent) &&
        (!filters.reason || c.reason === filters.reason) &&
        c.startedAt >= from &&
        c.startedAt < to,
    )
    .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : 1));
}

export interface CallTotal {
  /** The customer's id, or the ISO week (`2026-W10`). */
  readonly key: string;
  readonly calls: number;
  readonly talkMs: number;
}

function totalsBy(calls: readonly CallRow[], keyOf: (c: CallRow) => string): CallTotal[] {
  const byKey = new Map<string, { calls: number; talkMs: number }>();
  for (const c of calls) {
    const key = keyOf(c);
    const total = byKey.get(key) ?? { calls: 0, talkMs: 0 };
    total.calls += 1;
    total.talkMs += c.talkMs;
    byKey.set(key, total);
  }
  return [...byKey].map(([key, t]) => ({ key, ...t })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Calls and talk time per customer (a call without a customer counts under ''). */
export function totalsPerCustomer(calls: readonly CallRow[]): CallTotal[] {
  return totalsBy(calls, (c) => c.customerId ?? '');
}

/** Calls and talk time per ISO week (Monday first) of the call's start in `zone`. */
export function totalsPerWeek(calls: readonly CallRow[], zone: string): CallTotal[] {
  return totalsBy(calls, (c) => DateTime.fromMillis(c.startedAt, { zone }).toFormat("kkkk-'W'WW"));
}

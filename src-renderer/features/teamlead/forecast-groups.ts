import { FORECAST_BUCKETS, forecastTicket, groupForecast, type BucketCounts, type ForecastItem } from '../../../src-shared/teamlead/breach-forecast';
import type { Lookup } from '../../i18n/i18n';
import { lineLabel, policyLabel, priorityLabel } from '../../i18n/policy-labels';
import type { BoardEntry } from '../board/board-entries';

export const FORECAST_GROUPINGS = ['agent', 'line', 'customer', 'priority'] as const;
export type ForecastGrouping = (typeof FORECAST_GROUPINGS)[number];

/** A board entry with its forecast at one moment. */
export interface ForecastedTicket {
  readonly entry: BoardEntry;
  readonly items: readonly ForecastItem[];
}

export function forecastEntries(entries: readonly BoardEntry[], now: number): ForecastedTicket[] {
  return entries.map((entry) => ({ entry, items: forecastTicket(entry.clocks, now) }));
}

/** The label a ticket is grouped under; `unassigned` names tickets without an agent. */
export function groupLabelOf(t: ForecastedTicket, grouping: ForecastGrouping, lookup: Lookup, unassigned: string): string {
  const { row, plan, customerName } = t.entry;
  switch (grouping) {
    case 'agent':
      return row.assignee ?? unassigned;
    case 'line':
      return row.line ? lineLabel(lookup, plan.policy, row.line) : unassigned;
    case 'customer':
      return customerName;
    case 'priority':
      return row.priority ? `${priorityLabel(lookup, plan.policy, row.priority)} (${policyLabel(lookup, plan.policy)})` : '—';
  }
}

/** Rows of the forecast table: one per group with its counts, by label, and a total row's counts. */
export function forecastTable(
  tickets: readonly ForecastedTicket[],
  label: (t: ForecastedTicket) => string,
): { rows: [string, BucketCounts][]; total: BucketCounts } {
  const groups = groupForecast(
    tickets,
    (t) => t.items,
    (t) => label(t),
  );
  const rows = [...groups].sort(([a], [b]) => a.localeCompare(b));
  const total = Object.fromEntries(FORECAST_BUCKETS.map((b) => [b, rows.reduce((sum, [, c]) => sum + c[b], 0)])) as BucketCounts;
  return { rows, total };
}

/** Breached timers, longest overdue (in business time) first. */
export function breachedNow(tickets: readonly ForecastedTicket[]): { ticket: ForecastedTicket; item: ForecastItem }[] {
  return tickets
    .flatMap((ticket) => ticket.items.filter((i) => i.bucket === 'breached').map((item) => ({ ticket, item })))
    .sort((a, b) => b.item.overdueMs - a.item.overdueMs);
}

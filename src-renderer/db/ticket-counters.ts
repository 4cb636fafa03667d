import type { TicketCounters } from '../../src-shared/desk-log/ticket-numbers';

/**
 * Where this workstation keeps its ticket counters (decision 7): a local setting, the last sequence
 * used per workstation code. Read by the store's numbering and by the schema upgrade that moved
 * them past the desk's numbers (version 21).
 */
export const COUNTERS_KEY = 'ticketCounters';

/** The counters a settings row holds; none when the row is missing or holds something else. */
export function countersOf(row: { readonly value?: unknown } | undefined): TicketCounters {
  const value = row?.value;
  return value && typeof value === 'object' ? (value as TicketCounters) : {};
}

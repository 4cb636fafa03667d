import type { TicketRow } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { closedTicketRecords } from '../db/ticket-pages';
import { rowOfRecord, type TicketRecord } from '../db/ticket-records';

export interface ClosedTicketsPage {
  readonly rows: readonly TicketRow[];
  /** Where the next page starts, or null when this was the last. */
  readonly nextOffset: number | null;
}

export interface ClosedTicketSearch {
  /** Matched, without regard to case, anywhere in the number or the title. */
  readonly text: string;
  /** Customers whose name matched the text: their tickets match too. */
  readonly customerIds: ReadonlySet<string>;
}

export const CLOSED_PAGE_SIZE = 50;

/**
 * One page of closed tickets, most recently changed first, read through the ticket pages' `closed`
 * index, which holds closed tickets only: never more rows than the page (plus one, to know whether
 * there is more). A search walks the same index and stops once the page is full.
 */
export async function loadClosedTickets(db: KlokDB, search: ClosedTicketSearch, offset = 0, limit = CLOSED_PAGE_SIZE): Promise<ClosedTicketsPage> {
  const text = search.text.trim().toLowerCase();
  const matches = (row: TicketRecord) =>
    !text || row.number.toLowerCase().includes(text) || row.title.toLowerCase().includes(text) || search.customerIds.has(row.customerId);
  const rows = await closedTicketRecords(db, matches, offset, limit + 1);
  return { rows: rows.slice(0, limit).map(rowOfRecord), nextOffset: rows.length > limit ? offset + limit : null };
}

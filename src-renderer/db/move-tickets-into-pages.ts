import type { Transaction } from 'dexie';
import { pagesOf, type TicketPage } from './ticket-pages';
import type { TicketRecord } from './ticket-records';
import { reportUpgradeProgress } from './upgrade-progress';

/** Ticket records read per step: a desk of 100,000 tickets is never held at once. */
const STEP = 10_000;

/**
 * Schema version 22 → 23 (decision 29): every ticket record moves from the `tickets` table, one
 * record per ticket, onto pages in `ticketPages` (as many as pagesOf puts on one), in the order
 * of their ids.
 * A step of 10,000 at a time, saying how far it has come after each (upgrade-progress.ts). The
 * records themselves are not changed. The version drops `tickets` once this has run.
 */
export async function moveTicketsIntoPages(tx: Transaction, step = STEP): Promise<void> {
  const tickets = tx.table('tickets');
  const pages = tx.table<TicketPage, number>('ticketPages');
  const total = await tickets.count();
  let done = 0;
  let next = 1;
  let after: string | null = null;
  for (;;) {
    const range = after === null ? tickets.orderBy(':id') : tickets.where(':id').above(after);
    const records = (await range.limit(step).toArray()) as TicketRecord[];
    if (records.length === 0) break;
    const written = pagesOf(next, records);
    next += written.length;
    await pages.bulkAdd(written);
    done += records.length;
    reportUpgradeProgress({ what: 'tickets', done, total });
    after = records.at(-1)!.id;
    if (records.length < step) break;
  }
}

import type { Transaction } from 'dexie';
import { upgradeTicketRecord } from './ticket-records';
import { reportUpgradeProgress } from './upgrade-progress';

/** Ticket records read and written per step: a desk of 100,000 tickets is never held at once. */
const PAGE = 10_000;

/**
 * Schema version 19 → 20 (decision 25): every ticket record in today's shape (upgradeTicketRecord):
 * open tickets' logs as JSON text, every open ticket in the queue index and every closed one in the
 * closed list's, which take over from the `[isOpen+updatedAt]` index this version drops. A page at
 * a time by id, saying how far it has come after each (upgrade-progress.ts).
 */
export async function upgradeTicketRecords(tx: Transaction, pageSize = PAGE): Promise<void> {
  const tickets = tx.table('tickets');
  const total = await tickets.count();
  let done = 0;
  let after: string | null = null;
  for (;;) {
    const range = after === null ? tickets.orderBy(':id') : tickets.where(':id').above(after);
    const page = (await range.limit(pageSize).toArray()) as Record<string, unknown>[];
    if (page.length === 0) break;
    for (const record of page) upgradeTicketRecord(record);
    await tickets.bulkPut(page);
    done += page.length;
    reportUpgradeProgress({ what: 'tickets', done, total });
    after = String(page.at(-1)!['id']);
    if (page.length < pageSize) break;
  }
}

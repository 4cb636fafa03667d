import { Dexie, type Transaction } from 'dexie';
import { ticketEventsOf } from '../../src-shared/desk-log/projections/ticket-projection';
import type { OpenTicketLog, StoredDeskEvent, TicketRow } from './entities';
import { fromStored } from './stored-event';

/** Schema version 4 → 5: every open ticket's log, folded from its stream (closed tickets get none); version 15 adds their queue keys. */
export async function buildOpenTicketLogs(tx: Transaction): Promise<void> {
  // By the compound index every later version keeps (version 10 dropped the plain isOpen index).
  const open = (await tx.table('tickets').where('[isOpen+updatedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray()) as TicketRow[];
  const logs = await Promise.all(
    open.map(async (row): Promise<Pick<OpenTicketLog, 'id' | 'events'>> => {
      const stored = (await tx.table('log').where('[stream+order]').between([row.id, Dexie.minKey], [row.id, Dexie.maxKey]).toArray()) as StoredDeskEvent[];
      return { id: row.id, events: ticketEventsOf(stored.map(fromStored)) };
    }),
  );
  await tx.table('openTicketLogs').bulkPut(logs);
}

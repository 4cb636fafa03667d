import type { Transaction } from 'dexie';
import { storedTicketOf, type StoredTicket } from '../../src-shared/desk-log/projections/open-ticket-log';
import type { OpenTicketLog, TicketRow } from './entities';

/**
 * Schema version 15 → 16: each open ticket's log and place in the queue move into its row
 * (decision 23). A log without a row (none is written so) is dropped; a log without a queue key
 * (version 15 could not make the ticket's plan) moves without one, as it was.
 */
export async function moveOpenLogsIntoTickets(tx: Transaction): Promise<void> {
  const logs = (await tx.table('openTicketLogs').toArray()) as OpenTicketLog[];
  if (logs.length === 0) return;
  const rows = (await tx.table('tickets').bulkGet(logs.map((l) => l.id))) as (TicketRow | undefined)[];
  const merged = logs.flatMap((log, i): StoredTicket[] => {
    const row = rows[i];
    return row ? [storedTicketOf(row, log)] : [];
  });
  await tx.table('tickets').bulkPut(merged);
}

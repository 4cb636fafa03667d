import type { Transaction } from 'dexie';
import { upgradeTicketRecord } from './ticket-records';

/**
 * Schema version 19 → 20 (decision 25): every ticket record in today's shape (upgradeTicketRecord):
 * open tickets' logs as JSON text, every open ticket in the queue index and every closed one in the
 * closed list's, which take over from the `[isOpen+updatedAt]` index this version drops.
 */
export async function upgradeTicketRecords(tx: Transaction): Promise<void> {
  await tx.table('tickets').toCollection().modify(upgradeTicketRecord);
}

import { Dexie, type Transaction } from 'dexie';

/**
 * Schema version 19 → 20: an open ticket's log, kept in its record since version 16 as a list of
 * events, is kept there as JSON text (`log`, decision 25). Only open tickets' records hold a log.
 */
export async function keepOpenLogsAsText(tx: Transaction): Promise<void> {
  await tx
    .table('tickets')
    .where('[isOpen+updatedAt]')
    .between([1, Dexie.minKey], [1, Dexie.maxKey])
    .modify((record: Record<string, unknown>) => {
      if (!Array.isArray(record['events'])) return;
      record['log'] = JSON.stringify(record['events']);
      delete record['events'];
    });
}

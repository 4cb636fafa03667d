import type { Transaction } from 'dexie';
import type { DeskEvent } from '../../src-shared/desk-log/desk-event';
import type { OutboxEntry, StoredDeskEvent } from './entities';
import { blocksOf } from './log-blocks';
import { reportUpgradeProgress } from './upgrade-progress';
import { fromStored } from './stored-event';

/** Events read per step of the upgrade: a desk of 1.2 million events is never held at once. */
const PAGE = 20_000;

/**
 * Schema version 17 → 18: the log moves from one record per event into blocks (decision 24),
 * stream by stream, a page at a time; events waiting to be pushed take their event into the
 * outbox entry (the outbox can no longer look an event up by id). The event table itself goes in
 * the next version. Says how far it has come after each page (upgrade-progress.ts).
 */
export async function moveLogIntoBlocks(tx: Transaction, pageSize = PAGE): Promise<void> {
  const log = tx.table('log');
  const total = await log.count();
  let done = 0;
  let after: [string, string] | null = null;
  for (;;) {
    const range = after ? log.where('[stream+order]').above(after) : log.orderBy('[stream+order]');
    const page = (await range.limit(pageSize).toArray()) as StoredDeskEvent[];
    if (page.length === 0) break;
    await tx.table('logBlocks').bulkAdd(blocksOf(page.map(fromStored)));
    done += page.length;
    reportUpgradeProgress({ what: 'events', done, total });
    const last = page.at(-1)!;
    after = [last.stream, last.order];
    if (page.length < pageSize) break;
  }
  const waiting = (await tx.table('outbox').toArray()) as { id: string; order: string }[];
  if (waiting.length === 0) return;
  const events = (await log.bulkGet(waiting.map((w) => w.id))) as (StoredDeskEvent | undefined)[];
  const entries = waiting.flatMap((w, i): OutboxEntry[] => {
    const stored = events[i];
    return stored ? [{ id: w.id, order: w.order, event: fromStored(stored) satisfies DeskEvent }] : [];
  });
  await tx.table('outbox').clear();
  await tx.table('outbox').bulkAdd(entries);
}

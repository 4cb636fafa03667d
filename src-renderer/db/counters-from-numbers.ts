import type { Transaction } from 'dexie';
import { countersPast } from '../../src-shared/desk-log/ticket-numbers';
import { COUNTERS_KEY, countersOf } from './ticket-counters';
import { reportUpgradeProgress } from './upgrade-progress';

/**
 * Schema version 20 → 21 (decision 28): moves this workstation's ticket counters past every ticket
 * number the desk holds, read from the `number` index's keys alone (a desk of 100,000 tickets reads
 * no record). Registering then needs no lookup of the number it gives, and the next version drops
 * the index. Before, registering skipped a number the desk held by looking it up there.
 */
export async function countersFromNumbers(tx: Transaction): Promise<void> {
  // The window says so while this and the next version's dropping of two indexes run (on 102,000
  // tickets about 3 s in Chromium; IndexedDB drops an index in one step, so there is no "how far").
  const total = await tx.table('tickets').count();
  if (total > 0) reportUpgradeProgress({ what: 'ticketIndexes', done: 0, total });
  const numbers = (await tx.table('tickets').orderBy('number').uniqueKeys()).filter((key): key is string => typeof key === 'string');
  const settings = tx.table('settings');
  const counters = countersOf((await settings.get(COUNTERS_KEY)) as { value?: unknown } | undefined);
  const moved = countersPast(counters, numbers);
  if (moved !== counters) await settings.put({ key: COUNTERS_KEY, value: moved });
}

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { storeAtVersion } from '../store/store-test-support';
import { KlokDB } from './klok-db';
import { countTicketRecords } from './ticket-pages';
import { onUpgradeProgress, type UpgradeProgress } from './upgrade-progress';

const NAME = 'klok-schema-21-test';
afterEach(() => Dexie.delete(NAME));

/** A version 20 store holding tickets with these numbers, and these counters (none: no setting). */
async function version20Store(numbers: readonly string[], counters?: Record<string, number>): Promise<void> {
  const v20 = storeAtVersion(NAME, 20);
  await v20
    .table('tickets')
    .bulkAdd(numbers.map((number, i) => ({ id: `tk-${i}`, number, customerId: 'cus-1', contractId: 'con-1', isOpen: 0, closedKey: i })));
  if (counters) await v20.settings.add({ key: 'ticketCounters', value: counters });
  v20.close();
}

async function opened(): Promise<KlokDB> {
  const db = new KlokDB(NAME);
  await db.open();
  return db;
}

/** Opens the store, with what the upgrade said while it ran. */
async function openedSaying(): Promise<{ db: KlokDB; steps: UpgradeProgress[] }> {
  const steps: UpgradeProgress[] = [];
  const stop = onUpgradeProgress((p) => steps.push(p));
  try {
    return { db: await opened(), steps };
  } finally {
    stop();
  }
}

describe('schema versions 21 and 22', () => {
  it('move the counters past every number the desk holds, each code on its own, and keep every ticket', async () => {
    await version20Store(['T-1001', 'T-1007', 'A-1003', 'T-1002', 'INC0012345'], { T: 1002 });
    const { db, steps } = await openedSaying();
    // The window says the tickets are re-indexed, once (there is no "how far" to say), then moved onto pages (version 23).
    expect(steps).toEqual([
      { what: 'ticketIndexes', done: 0, total: 5 },
      { what: 'tickets', done: 5, total: 5 },
    ]);
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1007, A: 1003 } });
    // Today's store has no tickets table (version 23 puts them on pages); all five are there.
    expect(db.tables.map((t) => t.name)).not.toContain('tickets');
    expect(await countTicketRecords(db)).toBe(5);
    db.close();
  });

  it('make the counters of a workstation that never had any (it only pulled, or its store came from Klok 0.1)', async () => {
    await version20Store(['A-1012', 'T-1001']);
    const { db } = await openedSaying();
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { A: 1012, T: 1001 } });
    db.close();
  });

  it('never move a counter back', async () => {
    await version20Store(['T-1001', 'A-1003'], { T: 1200, A: 1001 });
    const db = await opened();
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1200, A: 1003 } });
    db.close();
  });

  it('write no counters for a desk without tickets, and say nothing', async () => {
    await version20Store([]);
    const { db, steps } = await openedSaying();
    expect(steps).toEqual([]);
    expect(await db.settings.get('ticketCounters')).toBeUndefined();
    db.close();
  });
});

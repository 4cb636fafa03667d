import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoDesk } from '../../src-shared/desk/demo-desk';
import { writeDeskFile } from '../../src-shared/desk/desk-file-write';
import { SMALL_DESK_FILE } from '../../src-shared/test-support/desk-file-fixture';
import { at } from '../../src-shared/test-support/instants';
import type { KlokDB } from '../db/klok-db';
import { importDesk, loadDemoDesk } from './desk-transfer';
import { actor, deleteFreshDbs, diskFull, dumpDesk, freshDb, plans } from './store-test-support';
import { registerTicket } from './ticket-store';

// An import replaces the whole desk: it clears the tables, then writes customers, contracts,
// agents, rows, events and the counter. Each test makes one of those writes fail and checks that
// the old desk is still there, whole: only one transaction around all of it does that.

afterEach(deleteFreshDbs);

const now = at('2026-03-04T11:00:00+01:00'); // Wednesday

/** The desk being replaced: the small hand-written desk plus one ticket registered here (T-1004). */
async function oldDesk(): Promise<KlokDB> {
  const db = freshDb();
  await importDesk(db, plans, JSON.stringify(SMALL_DESK_FILE));
  await registerTicket(db, plans, { contractId: 'con-houten', title: 'Sync job stopped overnight', type: 'disruption', environment: 'production', channel: 'email' }, actor, at('2026-03-03T08:15:00+01:00')); // Tuesday
  return db;
}

/** Another desk's file: six demo tickets, other customer names, another counter. */
const otherDeskFile = (): string => JSON.stringify(writeDeskFile(buildDemoDesk(now, plans, 6), now));

async function expectOldDeskWhole(db: KlokDB, before: Awaited<ReturnType<typeof dumpDesk>>): Promise<void> {
  expect(await dumpDesk(db)).toEqual(before);
  expect((await db.tickets.orderBy('number').toArray()).map((t) => t.number)).toEqual(['T-1001', 'T-1002', 'T-1003', 'T-1004']);
  expect((await db.customers.orderBy('name').toArray()).map((c) => c.name)).toEqual(['Acme Logistics', 'Gemeente Houten']);
  expect((await db.agents.orderBy('name').toArray()).map((a) => a.name)).toEqual(['Anna de Vries', 'Bram Jansen']);
  expect(await db.contracts.count()).toBe(2);
  expect(await db.events.count()).toBe(12);
  expect(await db.settings.get('ticketCounter')).toEqual({ key: 'ticketCounter', value: 1004 });
}

describe('importDesk', () => {
  describe('when a write fails halfway through replacing the desk', () => {
    it('keeps the old desk whole when the ticket rows cannot be written (after customers, contracts and agents were)', async () => {
      const db = await oldDesk();
      const before = await dumpDesk(db);
      db.tickets.hook('creating', diskFull);

      await expect(importDesk(db, plans, otherDeskFile())).rejects.toThrow('disk full (test)');

      await expectOldDeskWhole(db, before);
    });

    it('keeps the old desk whole when the events cannot be written (after the rows were)', async () => {
      const db = await oldDesk();
      const before = await dumpDesk(db);
      db.events.hook('creating', diskFull);

      await expect(importDesk(db, plans, otherDeskFile())).rejects.toThrow('disk full (test)');

      await expectOldDeskWhole(db, before);
    });

    it('keeps the old desk whole when the counter, the last write, cannot be written', async () => {
      const db = await oldDesk();
      const before = await dumpDesk(db);
      db.settings.hook('updating', diskFull);

      await expect(importDesk(db, plans, otherDeskFile())).rejects.toThrow('disk full (test)');

      await expectOldDeskWhole(db, before);
    });
  });
});

describe('loadDemoDesk', () => {
  describe('when the events cannot be written after the rest of the demo desk was', () => {
    it('leaves the store empty, with no counter', async () => {
      const db = freshDb();
      db.events.hook('creating', diskFull);

      await expect(loadDemoDesk(db, plans, now)).rejects.toThrow('disk full (test)');

      expect(await dumpDesk(db)).toEqual({ customers: [], contracts: [], agents: [], tickets: [], events: [], settings: [] });
    });
  });
});

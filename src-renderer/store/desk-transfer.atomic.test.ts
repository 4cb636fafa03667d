import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoDesk } from '../../src-shared/desk/demo-desk';
import { writeDeskFile } from '../../src-shared/desk/desk-file-write';
import { SMALL_DESK_FILE } from '../../src-shared/test-support/desk-file-fixture';
import { at } from '../../src-shared/test-support/instants';
import type { KlokDB } from '../db/klok-db';
import { exportDesk, importDesk, loadDemoDesk } from './desk-transfer';
import { actor, deleteFreshDbs, diskFull, dumpDesk, freshDb, plans } from './store-test-support';
import { registerTicket } from './ticket-store';
import { countLog } from '../db/log-blocks';
import { allTicketRecords } from '../db/ticket-pages';

// An import replaces the whole desk: it clears the log and the projections, then appends the
// file's events through the one write path (the log, this workstation's clock and ticket counters,
// then the projection rows), then adds the file's own counters. Each test makes one of those writes fail and checks
// that the old desk is still there, whole: only one transaction around all of it does that.

afterEach(deleteFreshDbs);

const now = at('2026-03-04T11:00:00+01:00'); // Wednesday

/** The desk being replaced: the small hand-written desk plus one ticket registered here (T-1004). */
async function oldDesk(): Promise<KlokDB> {
  const db = freshDb();
  await importDesk(db, plans, JSON.stringify(SMALL_DESK_FILE));
  await registerTicket(
    db,
    plans,
    { contractId: 'con-houten', title: 'Sync job stopped overnight', type: 'disruption', environment: 'production', channel: 'email' },
    actor,
    at('2026-03-03T08:15:00+01:00'),
  ); // Tuesday
  return db;
}

/** Another desk's file: six demo tickets, other customer names, another counter. */
const otherDeskFileV1 = (): string => JSON.stringify(writeDeskFile(buildDemoDesk(now, plans, 6), now));

/** The same other desk as a version 2 file (its own desk id, the log itself). */
async function otherDeskFileV2(): Promise<string> {
  const scratch = freshDb();
  await importDesk(scratch, plans, otherDeskFileV1());
  return exportDesk(scratch, now);
}

async function expectOldDeskWhole(db: KlokDB, before: Awaited<ReturnType<typeof dumpDesk>>): Promise<void> {
  expect(await dumpDesk(db)).toEqual(before);
  expect((await allTicketRecords(db)).map((t) => t.number).sort()).toEqual(['T-1001', 'T-1002', 'T-1003', 'T-1004']);
  expect((await db.customers.orderBy('name').toArray()).map((c) => c.name)).toEqual(['Acme Logistics', 'Gemeente Houten']);
  expect((await db.agents.orderBy('name').toArray()).map((a) => a.name)).toEqual(['Anna de Vries', 'Bram Jansen']);
  expect(await db.contracts.count()).toBe(2);
  // The file's 2 customers, 2 contracts, 2 agents and 11 ticket events; this workstation's join and T-1004.
  expect(await countLog(db)).toBe(17 + 2);
  expect(await db.workstations.toArray()).toEqual([{ id: 'ws-test', code: 'T', joinedAt: at('2026-03-03T08:15:00+01:00') }]); // Tuesday
  expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1004 } });
}

/** A settings hook that refuses the write of one key only (its `nth` write, from 1; any write without). */
const refusing = (key: string, nth?: number) => {
  let seen = 0;
  return (_changes: unknown, primKey: unknown): void => {
    if (primKey === key && (nth === undefined || ++seen === nth)) diskFull();
  };
};

describe.each([
  { version: 'a version 1 file', otherDeskFile: async () => otherDeskFileV1() },
  { version: 'a version 2 file', otherDeskFile: otherDeskFileV2 },
])('importDesk of $version', ({ otherDeskFile }) => {
  describe('when a write fails halfway through replacing the desk', () => {
    it('keeps the old desk whole when the log cannot be written (after the old desk was cleared)', async () => {
      const db = await oldDesk();
      const file = await otherDeskFile();
      const before = await dumpDesk(db);
      db.logBlocks.hook('creating', diskFull);

      await expect(importDesk(db, plans, file)).rejects.toThrow('disk full (test)');

      await expectOldDeskWhole(db, before);
    });

    it("keeps the old desk whole when the workstation's clock cannot be moved on (after the log was written)", async () => {
      const db = await oldDesk();
      const file = await otherDeskFile();
      const before = await dumpDesk(db);
      db.settings.hook('updating', refusing('hlc'));

      await expect(importDesk(db, plans, file)).rejects.toThrow('disk full (test)');

      await expectOldDeskWhole(db, before);
    });

    it('keeps the old desk whole when the ticket rows cannot be written (after the log, customers, contracts and agents were)', async () => {
      const db = await oldDesk();
      const file = await otherDeskFile();
      const before = await dumpDesk(db);
      db.ticketPages.hook('creating', diskFull);

      await expect(importDesk(db, plans, file)).rejects.toThrow('disk full (test)');

      await expectOldDeskWhole(db, before);
    });

    it.each([
      { nth: 1, what: 'the counters cannot be moved past the file’s numbers (in the append)' },
      { nth: 2, what: 'the file’s own counters, the last write, cannot be written' },
    ])('keeps the old desk whole when $what', async ({ nth }) => {
      const db = await oldDesk();
      const file = await otherDeskFile();
      const before = await dumpDesk(db);
      db.settings.hook('updating', refusing('ticketCounters', nth));

      await expect(importDesk(db, plans, file)).rejects.toThrow('disk full (test)');

      await expectOldDeskWhole(db, before);
    });
  });
});

describe('loadDemoDesk', () => {
  // Into an empty store the log is the first write, so a refused log write proves nothing here:
  // the two tests below fail a write that comes after the log was written.
  const EMPTY = {
    logBlocks: [],
    log: [],
    workstations: [],
    deskSettings: [],
    customers: [],
    contracts: [],
    agents: [],
    tickets: [],
    calls: [],
    engagements: [],
    billingRuns: [],
    outages: [],
    exclusions: [],
    outcomes: [],
    outcomePeriods: [],
    policies: [],
    settings: [],
    outbox: [],
  };

  async function expectEmptyStore(db: KlokDB): Promise<void> {
    const dump = await dumpDesk(db);
    expect({ ...dump, settings: [] }).toEqual(EMPTY);
    // Reported, not asserted either way: loadDemoDesk makes the desk id in a transaction of its
    // own before the one that fails, so a desk id stays behind. Nothing else may.
    expect(dump.settings.filter((s) => s.key !== 'deskId')).toEqual([]);
  }

  describe('when the ticket rows cannot be written (after the log and the clock were)', () => {
    it('leaves the store empty, with no counter', async () => {
      const db = freshDb();
      db.ticketPages.hook('creating', diskFull);

      await expect(loadDemoDesk(db, plans, now)).rejects.toThrow('disk full (test)');

      await expectEmptyStore(db);
    });
  });

  describe('when the counters cannot be written', () => {
    it('leaves the store empty when the append cannot make them', async () => {
      const db = freshDb();
      db.settings.hook('creating', (_primKey: unknown, row: { key: string }) => {
        if (row.key === 'ticketCounters') diskFull();
      });

      await expect(loadDemoDesk(db, plans, now)).rejects.toThrow('disk full (test)');

      await expectEmptyStore(db);
    });

    it('leaves the store empty when the demo desk’s own counter, the last write, cannot be written', async () => {
      const db = freshDb();
      db.settings.hook('updating', refusing('ticketCounters', 1));

      await expect(loadDemoDesk(db, plans, now)).rejects.toThrow('disk full (test)');

      await expectEmptyStore(db);
    });
  });
});

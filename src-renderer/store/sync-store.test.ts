import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { HLC_ZERO } from '../../src-shared/desk-log/hlc';
import { stampEvents } from '../../src-shared/desk-log/stamp-events';
import { at } from '../../src-shared/test-support/instants';
import { InputError } from '../../src-shared/validation/issues';
import { addCustomer } from './desk-store';
import { importDesk, exportDesk } from './desk-transfer';
import { deleteFreshDbs, dumpDesk, freshDb, plans, storedLog } from './store-test-support';
import { applyPulledPage, joinSharedDesk, leaveSharedDesk, outboxBatch, outboxCount, readSyncCursor, readSyncLink } from './sync-store';
import { registerTicket } from './ticket-store';
import { deskIdOf } from './write-events';
import { countLog } from '../db/log-blocks';

afterEach(deleteFreshDbs);

const anna = { by: 'Anna', workstation: 'ws-a' };
const MON_0900 = at('2026-03-02T09:00:00+01:00'); // Monday
const link = { serverUrl: 'https://klok.example.org', deskId: 'shared-desk', deskName: 'Servicedesk', workstation: 'ws-a', token: 'x'.repeat(30) };

async function deskWithTicket() {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, anna, MON_0900);
  const contract = (await db.contracts.toArray())[0]!;
  await registerTicket(db, plans, { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' }, anna, MON_0900);
  return db;
}

describe('the sync store', () => {
  it('queues nothing while the desk is its own; once shared, every new event waits to be pushed', async () => {
    const db = await deskWithTicket();
    expect(await outboxCount(db)).toBe(0);
    await joinSharedDesk(db, link);
    const held = await countLog(db);
    expect(await outboxCount(db)).toBe(held);
    expect(await deskIdOf(db)).toBe('shared-desk');
    const contract = (await db.contracts.toArray())[0]!;
    await registerTicket(db, plans, { contractId: contract.id, title: 'Roles?', type: 'question', environment: 'test', channel: 'email' }, anna, MON_0900 + 1);
    expect(await outboxCount(db)).toBe(await countLog(db));
    expect(await countLog(db)).toBeGreaterThan(held);
  });

  it('refuses to join a second desk, and to replace a shared desk by an import; nothing changes', async () => {
    const db = await deskWithTicket();
    const file = await exportDesk(db, MON_0900);
    await joinSharedDesk(db, link);
    const before = await dumpDesk(db);
    await expect(joinSharedDesk(db, { ...link, deskId: 'other' })).rejects.toThrow(InputError);
    await expect(importDesk(db, plans, file, MON_0900)).rejects.toThrow(/leave the shared desk before replacing it/);
    expect(await dumpDesk(db)).toEqual(before);
  });

  it('leaves the shared desk keeping every event and ticket: only the link, the cursor and the queue go', async () => {
    const db = await deskWithTicket();
    await joinSharedDesk(db, link);
    const before = await dumpDesk(db);
    await leaveSharedDesk(db);
    const after = await dumpDesk(db);
    expect(await readSyncLink(db)).toBeNull();
    expect(after.outbox).toEqual([]);
    expect([after.log, after.tickets, after.customers]).toEqual([before.log, before.tickets, before.customers]);
    // Working on alone queues nothing.
    const contract = (await db.contracts.toArray())[0]!;
    await registerTicket(db, plans, { contractId: contract.id, title: 'Alone', type: 'question', environment: 'test', channel: 'email' }, anna, MON_0900 + 2);
    expect(await outboxCount(db)).toBe(0);
  });
});

describe('joining a shared desk', () => {
  it('says why a second desk or an import is refused', async () => {
    const db = await deskWithTicket();
    const file = await exportDesk(db, MON_0900);
    await joinSharedDesk(db, link);
    await expect(joinSharedDesk(db, { ...link, deskId: 'other' })).rejects.toMatchObject({
      issues: [{ field: 'serverUrl', reason: 'this workstation already shares a desk: leave it first', code: 'sync.already_shared' }],
    });
    await expect(importDesk(db, plans, file, MON_0900)).rejects.toMatchObject({
      issues: [
        {
          field: 'desk',
          reason: 'this workstation shares its desk through a sync server: leave the shared desk before replacing it',
          code: 'sync.desk_shared',
        },
      ],
    });
  });

  it('records a leased code only when it differs from the workstation’s own, joining first if need be', async () => {
    const leased = async (db: Awaited<ReturnType<typeof deskWithTicket>>) =>
      (await storedLog(db)).filter((e) => e.kind === 'workstation.code_leased').map((e) => e.payload['code']);
    const same = await deskWithTicket();
    await joinSharedDesk(same, link, { code: 'T', actor: anna, plans, now: MON_0900 + 1 });
    expect(await leased(same)).toEqual([]);
    const other = await deskWithTicket();
    await joinSharedDesk(other, link, { code: 'B', actor: anna, plans, now: MON_0900 + 1 });
    expect(await leased(other)).toEqual(['B']);
    expect((await other.workstations.get('ws-a'))?.code).toBe('B');
    const fresh = freshDb();
    await joinSharedDesk(fresh, link, { code: 'C', actor: anna, plans, now: MON_0900 + 1 });
    expect((await fresh.workstations.get('ws-a'))?.code).toBe('C');
  });
});

describe('readSyncCursor', () => {
  it('stands at the start on a desk that does not share (or has just left)', async () => {
    const db = await deskWithTicket();
    expect(await readSyncCursor(db)).toBe(0);
    await joinSharedDesk(db, link);
    await applyPulledPage(db, plans, { events: [], cursor: 4 }, MON_0900);
    expect(await readSyncCursor(db)).toBe(4);
    await leaveSharedDesk(db);
    expect(await readSyncCursor(db)).toBe(0);
  });
});

describe('pulled pages', () => {
  const bob = { deskId: 'shared-desk', workstation: 'ws-b', by: 'Bob', newId: () => crypto.randomUUID() };
  const fromBob = (name: string, now: number) =>
    stampEvents([{ kind: 'customer.added', stream: `cus-${name}`, payload: { at: now, name } }], bob, HLC_ZERO, now).events;

  it('are dropped while the desk is its own', async () => {
    const db = await deskWithTicket();
    const before = await dumpDesk(db);
    expect(await applyPulledPage(db, plans, { events: fromBob('Almere', MON_0900), cursor: 3 }, MON_0900)).toBeNull();
    expect(await dumpDesk(db)).toEqual(before);
  });

  it('are applied without being queued again, and move the cursor forward only', async () => {
    const db = await deskWithTicket();
    await joinSharedDesk(db, link);
    const waiting = await outboxCount(db);
    await applyPulledPage(db, plans, { events: fromBob('Almere', MON_0900), cursor: 7 }, MON_0900);
    expect((await db.customers.toArray()).map((c) => c.name).sort()).toEqual(['Almere', 'Gemeente Houten']);
    expect(await outboxCount(db)).toBe(waiting);
    expect(await readSyncCursor(db)).toBe(7);
    await applyPulledPage(db, plans, { events: fromBob('Zeist', MON_0900 + 1), cursor: 5 }, MON_0900 + 1);
    expect(await readSyncCursor(db)).toBe(7);
  });

  it('take the events they hold off the queue: the server has them', async () => {
    const db = await deskWithTicket();
    await joinSharedDesk(db, link);
    const [first, ...rest] = await outboxBatch(db, 100);
    await applyPulledPage(db, plans, { events: [first!], cursor: 1 }, MON_0900);
    expect((await outboxBatch(db, 100)).map((e) => e.id)).toEqual(rest.map((e) => e.id));
  });
});

describe('outboxBatch', () => {
  it('gives the waiting events oldest first in apply order, as many as asked', async () => {
    const db = await deskWithTicket();
    await joinSharedDesk(db, link);
    const log = (await storedLog(db)).map((e) => e.id);
    expect(log.length).toBeGreaterThanOrEqual(4);
    expect((await outboxBatch(db, 100)).map((e) => e.id)).toEqual(log);
    expect((await outboxBatch(db, 2)).map((e) => e.id)).toEqual(log.slice(0, 2));
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { at } from '../../src-shared/test-support/instants';
import { InputError } from '../../src-shared/validation/issues';
import { addCustomer } from './desk-store';
import { importDesk, exportDesk } from './desk-transfer';
import { deleteFreshDbs, dumpDesk, freshDb, plans } from './store-test-support';
import { joinSharedDesk, leaveSharedDesk, outboxCount, readSyncLink } from './sync-store';
import { registerTicket } from './ticket-store';
import { deskIdOf } from './write-events';

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
    const held = await db.log.count();
    expect(await outboxCount(db)).toBe(held);
    expect(await deskIdOf(db)).toBe('shared-desk');
    const contract = (await db.contracts.toArray())[0]!;
    await registerTicket(db, plans, { contractId: contract.id, title: 'Roles?', type: 'question', environment: 'test', channel: 'email' }, anna, MON_0900 + 1);
    expect(await outboxCount(db)).toBe(await db.log.count());
    expect(await db.log.count()).toBeGreaterThan(held);
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

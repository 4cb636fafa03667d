import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../src-shared/sync/sync-status';
import { at } from '../../../src-shared/test-support/instants';
import { addCustomer } from '../../store/desk-store';
import { deleteFreshDbs, freshDb, plans } from '../../store/store-test-support';
import { joinSharedDesk, localDigest, outboxCount, readSyncCursor } from '../../store/sync-store';
import { registerTicket, runTicketCommand } from '../../store/ticket-store';
import type { KlokDB } from '../../db/klok-db';
import type { SyncLink } from '../../../src-shared/sync/sync-link';
import { syncClient, type Fetch } from './sync-client';
import { SyncEngine } from './sync-engine';
import { memorySyncServer } from './sync-test-support';
import { countLog } from '../../db/log-blocks';
import { allTicketRecords, ticketRecord } from '../../db/ticket-pages';

afterEach(deleteFreshDbs);

const MON_0800 = at('2026-03-02T08:00:00+01:00'); // Monday
const MON_0900 = at('2026-03-02T09:00:00+01:00');

interface Workstation {
  readonly db: KlokDB;
  readonly engine: SyncEngine;
  readonly statuses: SyncStatus[];
  readonly link: SyncLink;
}

/** A workstation with its engine over `fetchFn`; timers never fire on their own (the test runs rounds). */
function workstation(db: KlokDB, link: SyncLink, fetchFn: Fetch, clock = { now: MON_0900 }): Workstation {
  const statuses: SyncStatus[] = [];
  const engine = new SyncEngine({
    db,
    plans,
    client: syncClient(fetchFn),
    now: () => clock.now,
    random: () => 0.5,
    setTimer: () => () => undefined,
    onApplied: () => undefined,
    onStatus: (s) => statuses.push(s),
  });
  return { db, engine, statuses, link };
}

async function deskWithTicket(db: KlokDB, by: { by: string; workstation: string }) {
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, by, MON_0800);
  const contract = (await db.contracts.toArray())[0]!;
  return registerTicket(db, plans, { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' }, by, MON_0900);
}

const sortedTickets = async (db: KlokDB) => (await allTicketRecords(db)).sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the sync engine', () => {
  it('pushes the tickets a workstation held before it joined, and another workstation pulls the same desk with the same clocks', async () => {
    const server = memorySyncServer();
    const a = freshDb();
    const anna = { by: 'Anna', workstation: 'ws-a' };
    const ticket = await deskWithTicket(a, anna);
    const linkA = server.link('ws-a');
    await joinSharedDesk(a, linkA);
    expect(await outboxCount(a)).toBe((await countLog(a)) as number);
    const wsA = workstation(a, linkA, server.fetch);
    wsA.engine.start();
    await wsA.engine.syncNow();
    expect(await outboxCount(a)).toBe(0);
    expect(server.ids()).toHaveLength(await countLog(a));

    const b = freshDb();
    const linkB = server.link('ws-b');
    await joinSharedDesk(b, linkB);
    const wsB = workstation(b, linkB, server.fetch);
    wsB.engine.start();
    await wsB.engine.syncNow();
    expect((await ticketRecord(b, ticket.id))?.number).toBe(ticket.number);
    expect(await sortedTickets(b)).toEqual(await sortedTickets(a));
    expect((await localDigest(b)).digest).toBe((await localDigest(a)).digest);
    // What B pulled is never queued to go back.
    expect(await outboxCount(b)).toBe(0);
    expect(await readSyncCursor(b)).toBe(server.ids().length);
    expect(wsB.engine.status).toEqual({ kind: 'synced', at: MON_0900 });
    wsA.engine.stop();
    wsB.engine.stop();
  });

  it('merges changes both workstations made offline: both end with every event and identical clocks', async () => {
    const server = memorySyncServer();
    const a = freshDb();
    const b = freshDb();
    const anna = { by: 'Anna', workstation: 'ws-a' };
    const bram = { by: 'Bram', workstation: 'ws-b' };
    const ticket = await deskWithTicket(a, anna);
    const [linkA, linkB] = [server.link('ws-a'), server.link('ws-b')];
    await joinSharedDesk(a, linkA);
    await joinSharedDesk(b, linkB);
    let isOnline = true;
    const flaky: Fetch = (url, init) => (isOnline ? server.fetch(url, init) : Promise.reject(new TypeError('Failed to fetch')));
    const clock = { now: MON_0900 };
    const wsA = workstation(a, linkA, flaky, clock);
    const wsB = workstation(b, linkB, flaky, clock);
    await wsA.engine.syncNow();
    await wsB.engine.syncNow();

    isOnline = false;
    clock.now = at('2026-03-02T09:30:00+01:00');
    await runTicketCommand(a, plans, ticket.id, { kind: 'respond' }, anna, clock.now);
    await runTicketCommand(b, plans, ticket.id, { kind: 'assign', assignee: 'Bram' }, bram, clock.now + 1);
    await runTicketCommand(b, plans, ticket.id, { kind: 'escalate', line: 'second' }, bram, clock.now + 2);
    await wsA.engine.syncNow();
    expect(wsA.engine.status).toEqual({ kind: 'offline', since: clock.now, waiting: await outboxCount(a) });
    expect(await outboxCount(a)).toBeGreaterThanOrEqual(1);
    expect(await outboxCount(b)).toBeGreaterThanOrEqual(2);

    isOnline = true;
    for (const ws of [wsA, wsB, wsA]) await ws.engine.syncNow();
    expect(wsA.engine.status.kind).toBe('synced');
    expect(wsB.engine.status.kind).toBe('synced');
    expect(await countLog(a)).toBe(server.ids().length);
    expect(await countLog(b)).toBe(server.ids().length);
    expect(await sortedTickets(b)).toEqual(await sortedTickets(a));
    const merged = await ticketRecord(a, ticket.id);
    expect([merged?.assignee, merged?.line]).toEqual(['Bram', 'second']);
  });

  it('says why when the server refuses the workstation, and keeps its events waiting', async () => {
    const server = memorySyncServer();
    const a = freshDb();
    await deskWithTicket(a, { by: 'Anna', workstation: 'ws-a' });
    const link = server.link('ws-a');
    await joinSharedDesk(a, link);
    server.revoke(link);
    const ws = workstation(a, link, server.fetch);
    await ws.engine.syncNow();
    expect(ws.engine.status).toMatchObject({ kind: 'error', code: 'unauthorised', waiting: await countLog(a) });
    expect(server.ids()).toEqual([]);
  });

  it('pulls on a wake-up: a change pushed by one workstation reaches a listening one without asking', async () => {
    const server = memorySyncServer();
    const a = freshDb();
    const b = freshDb();
    const [linkA, linkB] = [server.link('ws-a'), server.link('ws-b')];
    await joinSharedDesk(a, linkA);
    await joinSharedDesk(b, linkB);
    const wsB = workstation(b, linkB, server.fetch);
    wsB.engine.start();
    const wsA = workstation(a, linkA, server.fetch);
    const ticket = await deskWithTicket(a, { by: 'Anna', workstation: 'ws-a' });
    await wsA.engine.syncNow();
    await expect.poll(async () => (await ticketRecord(b, ticket.id))?.number, { timeout: 5_000 }).toBe(ticket.number);
    wsB.engine.stop();
  });
});

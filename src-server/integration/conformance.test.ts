import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDeskEvent } from '../../src-shared/desk-log/wire-event';
import { deskDigest } from '../../src-shared/sync/desk-digest';
import { syncPaths, type WakeUp } from '../../src-shared/sync/sync-protocol';
import { eventId, eventMaker } from '../test-support/desk-events';
import { pgSkipNote, pgUnavailableReason, startPgCluster, type PgCluster } from '../test-support/pg-cluster';
import { startServer, type ServerProcess } from '../test-support/server-process';
import { admin, pullAll, type Admin } from '../test-support/sync-client';

/**
 * One behaviour, every engine: the same protocol cases against the server on its embedded PGlite
 * (no DATABASE_URL) and on a real PostgreSQL 15. PGlite serialises transactions, so the
 * concurrency cases live in the PostgreSQL-only files next to this one.
 */
const engines = [
  { engine: 'embedded PGlite', isPostgres: false, skip: null },
  { engine: `PostgreSQL${pgSkipNote()}`, isPostgres: true, skip: pgUnavailableReason() },
] as const;

const digestOf = (events: readonly WireDeskEvent[]) => deskDigest(events.map((e) => ({ id: eventId(e), hlc: e['hlc'] as string })));

describe.each(engines)('the sync protocol on $engine', ({ isPostgres, skip }) => {
  describe.skipIf(skip !== null)('conformance', () => {
    let cluster: PgCluster | undefined;
    let server: ServerProcess;
    let adm: Admin;
    beforeAll(async () => {
      cluster = isPostgres ? await startPgCluster() : undefined;
      server = await startServer(cluster ? { databaseUrl: cluster.url } : {});
      adm = admin(server.baseUrl, server.adminToken);
    });
    afterAll(async () => {
      await server?.stop();
      await cluster?.destroy();
    });

    it('says which database it runs on', () => {
      expect(server.output()).toMatch(isPostgres ? /database: PostgreSQL/ : /database: PGlite/);
    });

    it('stores a push once; the same push again is all known', async () => {
      const deskId = await adm.createDesk('Once');
      const ws = await adm.enrol(deskId, 'ws-1');
      const events = eventMaker(deskId, 'ws-1').next(20);
      const first = await ws.push(events);
      const again = await ws.push(events);
      expect(first).toEqual({ stored: events.map(eventId), known: [], head: 20 });
      expect(again).toEqual({ stored: [], known: events.map(eventId), head: 20 });
    });

    it('pages a pull by the cursor and ends at the head; the digest is the workstation’s', async () => {
      const deskId = await adm.createDesk('Pages');
      const a = await adm.enrol(deskId, 'ws-a');
      const b = await adm.enrol(deskId, 'ws-b');
      const events = [...eventMaker(deskId, 'ws-a').next(30)];
      await a.push(events.slice(0, 17));
      await a.push(events.slice(17));
      const page = await b.pull(0, 10);
      expect({ n: page.events.length, cursor: page.cursor, head: page.head }).toEqual({ n: 10, cursor: 10, head: 30 });
      const all = await pullAll(b, 0, 7);
      expect(all.events.map(eventId).sort()).toEqual(events.map(eventId).sort());
      expect(all.cursor).toBe(30);
      expect(await b.digest()).toEqual(digestOf(events));
      expect((await b.pull(30, 10)).events).toEqual([]);
    });

    it('wakes a listening workstation when another pushes', async () => {
      const deskId = await adm.createDesk('Wake');
      const writer = await adm.enrol(deskId, 'ws-w');
      const watcher = await adm.enrol(deskId, 'ws-l');
      const wakes: WakeUp[] = [];
      const listener = watcher.listen((w) => wakes.push(w));
      try {
        await listener.connected();
        const { head } = await writer.push(eventMaker(deskId, 'ws-w').next(3));
        for (let i = 0; i < 100 && !wakes.some((w) => w.head >= head); i++) await new Promise((r) => setTimeout(r, 50));
        expect(wakes.find((w) => w.head >= head)).toEqual({ deskId, head });
      } finally {
        listener.close();
      }
    });

    it('refuses a revoked token (401) and another desk’s token (403)', async () => {
      const deskA = await adm.createDesk('A');
      const deskB = await adm.createDesk('B');
      const onA = await adm.enrol(deskA, 'ws-a');
      const gone = await adm.enrol(deskA, 'ws-gone');
      await adm.revoke(deskA, 'ws-gone');
      expect((await gone.raw('GET', `${syncPaths.events(deskA)}?after=0`)).status).toBe(401);
      expect((await onA.raw('GET', `${syncPaths.events(deskB)}?after=0`)).status).toBe(403);
    });

    it('answers 422 naming the field for an event that fails the desk log’s checks', async () => {
      const deskId = await adm.createDesk('Bad');
      const ws = await adm.enrol(deskId, 'ws-1');
      const [good] = eventMaker(deskId, 'ws-1').next(1);
      const answer = await ws.raw('POST', syncPaths.events(deskId), { events: [{ ...good, hlc: 'yesterday' }] });
      expect(answer.status).toBe(422);
      expect(JSON.stringify(answer.body)).toContain('events[0].hlc');
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { WakeUp } from '../../src-shared/sync/sync-protocol';
import { eventId, eventMaker } from '../test-support/desk-events';
import { pgSkipNote, pgUnavailableReason } from '../test-support/pg-cluster';
import { isRetryable, pullAll, pushWithRetry, SyncCallError } from '../test-support/sync-client';
import { useSyncServer } from './sync-fixture';

const canRestart = pgUnavailableReason() === null && process.env['DATABASE_URL'] === undefined;
const skipNote = pgSkipNote() || (canRestart ? '' : ' (skipped: DATABASE_URL points at a server the tests may not restart)');

/** Resolves with the first wake-up at or past `head`, or rejects after `ms`. */
function wakeAt(wakes: WakeUp[], head: number, ms: number): Promise<WakeUp> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const look = () => {
      const hit = wakes.find((w) => w.head >= head);
      if (hit) resolve(hit);
      else if (Date.now() > until) reject(new Error(`no wake-up reached head ${head} within ${ms} ms; got ${JSON.stringify(wakes)}`));
      else setTimeout(look, 20);
    };
    look();
  });
}

describe.skipIf(!canRestart)(`PostgreSQL restarted under a connected workstation${skipNote}`, () => {
  const fx = useSyncServer();

  it('pushes fail with 503 or a network error while it is down, then succeed; wake-ups come again after it is back', async () => {
    const deskId = await fx.admin.createDesk('Restart desk');
    const writer = await fx.admin.enrol(deskId, 'ws-writer');
    const watcher = await fx.admin.enrol(deskId, 'ws-watcher');
    const maker = eventMaker(deskId, writer.workstation);
    const wakes: WakeUp[] = [];
    const listener = watcher.listen((w) => wakes.push(w));
    try {
      await listener.connected();
      const before = await writer.push(maker.next(3));
      await wakeAt(wakes, before.head, 5000);

      // Act 1: PostgreSQL goes down (the first half of `pg_ctl restart`).
      await fx.cluster.stop();
      const failures: number[] = [];
      const whileDown = maker.next(5);
      for (let i = 0; i < 3; i++) {
        try {
          await writer.push(whileDown);
          failures.push(200);
        } catch (error) {
          if (!isRetryable(error)) throw error;
          failures.push(error instanceof SyncCallError ? error.status : 0);
        }
      }
      expect(failures.filter((s) => s !== 503 && s !== 0)).toEqual([]);

      // Act 2: it comes back; the same batch is retried and stored.
      await fx.cluster.start();
      const restartedAt = Date.now();
      const after = await pushWithRetry(writer, whileDown);
      expect(after.stored.sort()).toEqual(whileDown.map(eventId).sort());

      // Assert: wake-ups flow again (the server's LISTEN connection came back). A notification sent
      // before the server listened again is lost by design (clients pull at reconnect), so keep
      // writing until one arrives.
      let head = after.head;
      const firstWake = (async () => {
        for (;;) {
          try {
            return await wakeAt(wakes, head, 500);
          } catch {
            if (Date.now() - restartedAt > 20_000) throw new Error(`no wake-up within 20 s of the restart; server said:\n${fx.server.output().slice(-3000)}`);
            head = (await pushWithRetry(writer, maker.next(1))).head;
          }
        }
      })();
      const wake = await firstWake;
      expect(wake.deskId).toBe(deskId);
      console.warn(`wake-ups resumed ${Date.now() - restartedAt} ms after PostgreSQL was back (stream connections: ${listener.connections})`);

      // and a fresh push now wakes the watcher promptly.
      const last = await writer.push(maker.next(2));
      await wakeAt(wakes, last.head, 2000);
      const all = await pullAll(watcher);
      expect(all.events).toHaveLength(last.head);
    } finally {
      listener.close();
    }
  });

  it('a `pg_ctl restart` between two pushes is invisible to a retrying workstation', async () => {
    const deskId = await fx.admin.createDesk('Restart desk 2');
    const writer = await fx.admin.enrol(deskId, 'ws-writer');
    const maker = eventMaker(deskId, writer.workstation);
    const first = await pushWithRetry(writer, maker.next(10));
    await fx.cluster.restart();
    const second = await pushWithRetry(writer, maker.next(10));
    expect(second.head - first.head).toBe(10);
  });
});

import { describe, expect, it } from 'vitest';
import { deskDigest } from '../../src-shared/sync/desk-digest';
import { eventId, eventMaker } from '../test-support/desk-events';
import { pgSkipNote, pgUnavailableReason } from '../test-support/pg-cluster';
import { pullAll, pushWithRetry } from '../test-support/sync-client';
import { doubled, sleep, useSyncServer } from './sync-fixture';

const WORKSTATIONS = 4;
const BATCHES = 30;
const BATCH_SIZE = 50;

describe.skipIf(pgUnavailableReason() !== null)(`the server killed mid-push, on PostgreSQL${pgSkipNote()}`, () => {
  const fx = useSyncServer();

  it('workstations that retry end with nothing lost and nothing doubled', async () => {
    const deskId = await fx.admin.createDesk('Crash desk');
    const workstations = await Promise.all(Array.from({ length: WORKSTATIONS }, (_, i) => fx.admin.enrol(deskId, `ws-${i}`)));
    const sent: string[] = [];
    const acknowledged: string[] = [];
    let retries = 0;
    let pushesBeforeKill = 0;

    // Arrange: each workstation sends its queue batch by batch; a batch leaves the queue only when
    // the server has answered for it, so an answer lost in the crash means the batch goes again.
    const pushing = Promise.all(
      workstations.map(async (ws) => {
        const maker = eventMaker(deskId, ws.workstation);
        for (let b = 0; b < BATCHES; b++) {
          const batch = maker.next(BATCH_SIZE);
          sent.push(...batch.map(eventId));
          const answer = await pushWithRetry(ws, batch, () => (retries += 1));
          expect(new Set([...answer.stored, ...answer.known])).toEqual(new Set(batch.map(eventId)));
          acknowledged.push(...answer.stored);
          pushesBeforeKill += 1;
        }
      }),
    );

    // Act: kill the server (SIGKILL) while pushes are in flight, twice, and start it again.
    for (let round = 0; round < 2; round++) {
      const target = pushesBeforeKill + 8;
      while (pushesBeforeKill < target) await sleep(5);
      await fx.server.kill();
      await sleep(300);
      await fx.server.restart();
    }
    await pushing;

    // Assert
    expect(retries).toBeGreaterThan(0);
    expect(doubled(acknowledged)).toEqual([]);
    const reader = await fx.admin.enrol(deskId, 'ws-reader');
    const { events } = await pullAll(reader, 0, 500);
    const ids = events.map(eventId);
    expect(ids).toHaveLength(WORKSTATIONS * BATCHES * BATCH_SIZE);
    expect(doubled(ids)).toEqual([]);
    expect(new Set(ids)).toEqual(new Set(sent));
    expect(await reader.digest()).toEqual(deskDigest(events.map((e) => ({ id: eventId(e), hlc: e['hlc'] as string }))));
  });
});

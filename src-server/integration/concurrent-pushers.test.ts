import { describe, expect, it } from 'vitest';
import { deskDigest } from '../../src-shared/sync/desk-digest';
import { eventId, eventMaker } from '../test-support/desk-events';
import { pgSkipNote, pgUnavailableReason } from '../test-support/pg-cluster';
import type { WireDeskEvent } from '../../src-shared/desk-log/wire-event';
import { doubled, useSyncServer } from './sync-fixture';

const WORKSTATIONS = 8;
const BATCHES = 40;

describe.skipIf(pgUnavailableReason() !== null)(`concurrent pushers on one desk, on PostgreSQL${pgSkipNote()}`, () => {
  const fx = useSyncServer();

  it('a puller that pulls all along with its cursor ends with every stored event exactly once (no skipped cursor)', async () => {
    const deskId = await fx.admin.createDesk('Racing desk');
    const pushers = await Promise.all(Array.from({ length: WORKSTATIONS }, (_, i) => fx.admin.enrol(deskId, `ws-${i}`)));
    const puller = await fx.admin.enrol(deskId, 'ws-puller');

    const acknowledged: string[] = [];
    let sent = 0;
    let pushersDone = false;
    // Arrange: 8 workstations, each with its own clock, push 40 small batches as fast as they can.
    const pushing = Promise.all(
      pushers.map(async (ws) => {
        const maker = eventMaker(deskId, ws.workstation);
        for (let b = 0; b < BATCHES; b++) {
          const batch = maker.next(1 + ((b * 7 + ws.workstation.length) % 9));
          sent += batch.length;
          const answer = await ws.push(batch);
          expect([...answer.stored].sort()).toEqual(batch.map(eventId).sort());
          expect(answer.known).toEqual([]);
          acknowledged.push(...answer.stored);
        }
      }),
    ).finally(() => {
      pushersDone = true;
    });

    // Act: the puller pulls small pages after its cursor the whole time, as a workstation does.
    const pulled: WireDeskEvent[] = [];
    let cursor = 0;
    let pages = 0;
    for (;;) {
      const wereDone = pushersDone;
      const page = await puller.pull(cursor, 25);
      pages += 1;
      expect(page.cursor).toBeGreaterThanOrEqual(cursor);
      expect(page.head).toBeGreaterThanOrEqual(page.cursor);
      pulled.push(...page.events);
      cursor = page.cursor;
      if (wereDone && page.cursor >= page.head) break;
    }
    await pushing;

    // Assert: every acknowledged event, once; nothing else.
    const ids = pulled.map(eventId);
    const pulledSet = new Set(ids);
    const skipped = acknowledged.filter((id) => !pulledSet.has(id));
    expect({ skipped: skipped.length, doubled: doubled(ids).length, of: acknowledged.length }).toEqual({ skipped: 0, doubled: 0, of: sent });
    expect(pulledSet).toEqual(new Set(acknowledged));
    expect(pages).toBeGreaterThan(BATCHES); // it really pulled while the pushers raced
    const digest = await puller.digest();
    expect(digest).toEqual(deskDigest(pulled.map((e) => ({ id: eventId(e), hlc: e['hlc'] as string }))));
    expect(cursor).toBe((await puller.pull(0, 1)).head);
  });

  it('pushes of the same events racing from several workstations store each once', async () => {
    const deskId = await fx.admin.createDesk('Relay desk');
    const relays = await Promise.all(Array.from({ length: 6 }, (_, i) => fx.admin.enrol(deskId, `relay-${i}`)));
    const events = eventMaker(deskId, 'ws-origin').next(200);

    const answers = await Promise.all(relays.map((ws) => ws.push(events)));

    const stored = answers.flatMap((a) => a.stored);
    expect(doubled(stored)).toEqual([]);
    expect(new Set(stored)).toEqual(new Set(events.map(eventId)));
    for (const a of answers) expect(new Set([...a.stored, ...a.known])).toEqual(new Set(events.map(eventId)));
    const page = await relays[0]!.pull(0, 1000);
    expect(page.events.map(eventId).sort()).toEqual(events.map(eventId).sort());
  });
});

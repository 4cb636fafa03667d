import { describe, expect, it } from 'vitest';
import type { WireDeskEvent } from '../../src-shared/desk-log/wire-event';
import { deskDigest } from '../../src-shared/sync/desk-digest';
import { eventId, eventMaker } from '../test-support/desk-events';
import { pgSkipNote, pgUnavailableReason } from '../test-support/pg-cluster';
import { pullAll } from '../test-support/sync-client';
import { doubled, useSyncServer } from './sync-fixture';

const DAY_MS = 86_400_000;
const digestOf = (events: readonly WireDeskEvent[]) => deskDigest(events.map((e) => ({ id: eventId(e), hlc: e['hlc'] as string })));

describe.skipIf(pgUnavailableReason() !== null)(`a workstation offline for a day, on PostgreSQL${pgSkipNote()}`, () => {
  const fx = useSyncServer();

  it('pushes its 1,000 events in batches; another pulls them in pages; every digest agrees', async () => {
    const deskId = await fx.admin.createDesk('Offline desk');
    const traveller = await fx.admin.enrol(deskId, 'ws-laptop');
    const colleague = await fx.admin.enrol(deskId, 'ws-office');
    const reader = await fx.admin.enrol(deskId, 'ws-lead');

    // Arrange: yesterday the laptop wrote 1,000 events, one every 86.4 s, while offline; the office
    // stayed online and pushed its 60 events as it went.
    const dayStart = Date.now() - DAY_MS - 3_600_000;
    const laptop = eventMaker(deskId, traveller.workstation);
    const offline: WireDeskEvent[] = [];
    for (let i = 0; i < 1000; i++) offline.push(...laptop.next(1, dayStart + i * 86_400));
    const office = eventMaker(deskId, colleague.workstation);
    const online: WireDeskEvent[] = [];
    for (let i = 0; i < 6; i++) {
      const batch = office.next(10, dayStart + i * 4 * 3_600_000);
      online.push(...batch);
      await colleague.push(batch);
    }
    const readerBefore = await pullAll(reader, 0, 100);
    expect(readerBefore.events).toHaveLength(60);

    // Act: back online, the laptop sends its queue in batches of 100.
    const heads: number[] = [];
    for (let i = 0; i < offline.length; i += 100) {
      const answer = await traveller.push(offline.slice(i, i + 100));
      expect(answer.stored).toHaveLength(100);
      heads.push(answer.head);
    }
    // the lead's workstation pulls from where it was, in pages of 100.
    const { events: pulledAfter, pages } = await pullAll(reader, readerBefore.cursor, 100);

    // Assert
    expect(heads.at(-1)).toBe(1060);
    expect(pages).toBeGreaterThanOrEqual(10);
    const readerHas = [...readerBefore.events, ...pulledAfter];
    expect(doubled(readerHas.map(eventId))).toEqual([]);
    expect(readerHas).toHaveLength(1060);
    expect(pulledAfter.map(eventId).sort()).toEqual(offline.map(eventId).sort());
    const expected = digestOf([...online, ...offline]);
    expect(expected.days.length).toBeGreaterThanOrEqual(2); // the day spans two UTC days
    expect(digestOf(readerHas)).toEqual(expected);
    expect(await reader.digest()).toEqual(expected);
    expect(await traveller.digest()).toEqual(expected);
    // pulled events come back as they were pushed, field for field
    const byId = new Map(offline.map((e) => [eventId(e), e]));
    for (const e of pulledAfter) expect(e).toEqual(byId.get(eventId(e)));
  });
});

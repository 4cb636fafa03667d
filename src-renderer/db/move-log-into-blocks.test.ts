import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { formatHlc } from '../../src-shared/desk-log/hlc';
import { at } from '../../src-shared/test-support/instants';
import { appendEvents } from '../store/append-events';
import { actor, deleteFreshDbs, dumpDesk, eventOf, houtenDesk, plans, storedLog, openUpgradingWith, storeAtVersion } from '../store/store-test-support';
import { registerTicket, runTicketCommand } from '../store/ticket-store';
import { KlokDB } from './klok-db';
import { BLOCK_EVENTS, readLog, readStream, ticketsOfContract } from './log-blocks';
import { moveLogIntoBlocks } from './move-log-into-blocks';
import { SCHEMA_VERSIONS } from './schema-versions';

const NAME = 'klok-schema-18-test';
afterEach(async () => {
  await deleteFreshDbs();
  await Dexie.delete(NAME);
});

describe('schema versions 18 and 19', () => {
  it('moves every event of a version 17 log into blocks, a page at a time, and the outbox entries take their events', async () => {
    const { db: source, contract } = await houtenDesk();
    const reg = { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' } as const;
    const tickets = [];
    for (let i = 0; i < 4; i++) tickets.push(await registerTicket(source, plans, { ...reg, title: `Ticket ${i}` }, actor, at(`2026-03-02T09:0${i}:00+01:00`)));
    for (const t of tickets) await runTicketCommand(source, plans, t.id, { kind: 'respond' }, actor, at('2026-03-02T10:00:00+01:00'));
    await runTicketCommand(source, plans, tickets[0]!.id, { kind: 'add_note', note: 'called back' }, actor, at('2026-03-02T11:00:00+01:00'));
    const dump = await dumpDesk(source);
    const log = dump.log;
    expect(log.length).toBeGreaterThan(10);

    // The same desk as version 17 kept it: one record per event; two events wait to be pushed.
    const v17 = storeAtVersion(NAME, 17);
    await v17.table('log').bulkAdd(log);
    await v17.table('tickets').bulkAdd(dump.tickets);
    await v17.contracts.bulkAdd(dump.contracts);
    await v17.customers.bulkAdd(dump.customers);
    const waiting = [log[3]!, log.at(-1)!];
    await v17.outbox.bulkAdd(waiting.map(({ id, order }) => ({ id, order }) as never));
    // An outbox entry whose event is gone (none is written so) is dropped.
    await v17.outbox.add({ id: 'gone', order: '0' } as never);
    v17.close();

    // Pages of seven events: streams are cut across pages, and the log still comes out whole.
    const { db: v18, steps } = await openUpgradingWith(NAME, 18, (tx) => moveLogIntoBlocks(tx, 7));
    expect(v18.verno).toBe(18);
    // A step per page of seven, the last one short: the window can say how far the upgrade is.
    expect(steps).toEqual(
      Array.from({ length: Math.ceil(log.length / 7) }, (_, i) => ({ what: 'events', done: Math.min(log.length, (i + 1) * 7), total: log.length })),
    );
    expect(await v18.logBlocks.count()).toBeGreaterThanOrEqual(Math.ceil(log.length / 7));
    expect(await readLog(v18)).toEqual(log.map(eventOf));
    v18.close();

    const current = new KlokDB(NAME);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(current.tables.map((t) => t.name)).not.toContain('log');
    expect(await readLog(current)).toEqual(log.map(eventOf));
    for (const t of tickets) expect(await readStream(current, t.id)).toEqual(log.filter((e) => e.stream === t.id).map(eventOf));
    expect((await ticketsOfContract(current, contract.id)).sort()).toEqual(tickets.map((t) => t.id).sort());
    expect(await current.outbox.orderBy('order').toArray()).toEqual(waiting.map((e) => ({ id: e.id, order: e.order, event: eventOf(e) })));
    expect(projectDesk(await readLog(current), plans).tickets).toEqual(projectDesk(log.map(eventOf), plans).tickets);
    current.close();
  });

  it('upgrades an empty version 17 store to an empty log', async () => {
    const v17 = storeAtVersion(NAME, 17);
    await v17.open();
    v17.close();
    const current = new KlokDB(NAME);
    await current.open();
    expect(await current.logBlocks.count()).toBe(0);
    expect(await readLog(current)).toEqual([]);
    current.close();
  });

  it('keeps a stream longer than a block whole', async () => {
    const source = await storedLogOfLongStream();
    expect(source.length).toBeGreaterThan(BLOCK_EVENTS);
    const v17 = storeAtVersion(NAME, 17);
    await v17.table('log').bulkAdd(source);
    v17.close();
    const current = new KlokDB(NAME);
    await current.open();
    expect(await current.logBlocks.count()).toBe(Math.ceil(source.length / BLOCK_EVENTS));
    expect(await readStream(current, source[1]!.stream)).toEqual(source.filter((e) => e.stream === source[1]!.stream).map(eventOf));
    current.close();
  });
});

/** A desk with one ticket of more events than a block holds. */
async function storedLogOfLongStream() {
  const { db, contract } = await houtenDesk();
  const reg = { contractId: contract.id, title: 'Chatty', type: 'bug', environment: 'production', channel: 'portal' } as const;
  const ticket = await registerTicket(db, plans, reg, actor, at('2026-03-02T09:00:00+01:00'));
  const created = (await readStream(db, ticket.id))[0]!;
  const notes = Array.from({ length: BLOCK_EVENTS + 5 }, (_, i) => {
    const when = at('2026-03-02T09:30:00+01:00') + i * 1000;
    return {
      ...created,
      id: `note-${String(i).padStart(3, '0')}`,
      kind: 'note_added',
      payload: { at: when, note: `note ${i}` },
      hlc: formatHlc({ wall: when, counter: 0 }),
    };
  });
  await appendEvents(db, plans, notes, at('2026-03-02T10:00:00+01:00'));
  return storedLog(db);
}

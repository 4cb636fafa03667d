import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { storedTicketOf, type StoredTicket } from '../../src-shared/desk-log/projections/open-ticket-log';
import { at } from '../../src-shared/test-support/instants';
import { actor, deleteFreshDbs, houtenDesk, plans, openUpgradingWith, storeAtVersion } from '../store/store-test-support';
import { loadClosedTickets } from '../store/closed-tickets';
import { loadBoardHead, loadOpenTickets, registerTicket, runTicketCommand, type TicketWithLog } from '../store/ticket-store';
import { upgradeTicketRecords } from './upgrade-ticket-records';
import { KlokDB } from './klok-db';
import { allTicketRecords, ticketRecord } from './ticket-pages';
import { openLogOf, rowOfRecord, storedTicketOfRecord, ticketRecordOf, UNPLACED } from './ticket-records';

const NAME = 'klok-schema-20-test';
afterEach(async () => {
  await deleteFreshDbs();
  await Dexie.delete(NAME);
});

/** A desk with one open ticket (three events) and one closed, as the projection keeps them. */
async function deskWithTickets() {
  const { db, contract } = await houtenDesk();
  const reg = { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' } as const;
  const open = await registerTicket(db, plans, reg, actor, at('2026-03-02T09:00:00+01:00'));
  const responded = await runTicketCommand(db, plans, open.id, { kind: 'respond' }, actor, at('2026-03-02T09:30:00+01:00'));
  const typo = await registerTicket(db, plans, { ...reg, title: 'Typo' }, actor, at('2026-03-02T10:00:00+01:00'));
  const closed = await runTicketCommand(db, plans, typo.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-02T10:30:00+01:00'));
  return { db, open: responded, closed };
}

describe('a ticket record', () => {
  it('keeps an open ticket’s log as JSON text, and gives back the ticket the projection made', async () => {
    const { db, open, closed } = await deskWithTickets();
    const record = (await ticketRecord(db, open.id))!;
    expect(typeof record.log).toBe('string');
    expect(Object.keys(record)).not.toContain('events');
    expect(openLogOf(record)?.map((e) => e.kind)).toEqual(['created', 'responded', 'status_changed']);
    expect(rowOfRecord(record)).toEqual(open);
    const stored = storedTicketOfRecord(record);
    expect(ticketRecordOf(stored)).toEqual(record);
    // A closed ticket's record is its row alone: no log to read.
    const closedRecord = (await ticketRecord(db, closed.id))!;
    expect(closedRecord.log).toBeUndefined();
    expect(openLogOf(closedRecord)).toBeUndefined();
    // It is in the closed list's index by its last change, and in the queue's not at all.
    expect(closedRecord.closedKey).toBe(closed.updatedAt);
    expect(closedRecord.queueKey).toBeUndefined();
    expect(storedTicketOfRecord(closedRecord)).toEqual(closed);
    expect(rowOfRecord(closedRecord)).toEqual(closed);
  });
});

describe('schema version 20', () => {
  it('turns a version 19 store’s ticket records into today’s, and the board and the closed list read them as before', async () => {
    const { db: source, open, closed } = await deskWithTickets();
    const reg = { contractId: open.contractId, title: 'Unplaced', type: 'bug', environment: 'production', channel: 'portal' } as const;
    const unplaced = await registerTicket(source, plans, reg, actor, at('2026-03-02T11:00:00+01:00'));
    const before = await loadOpenTickets(source);
    const closedBefore = await loadClosedTickets(source, { text: '', customerIds: new Set() });
    expect(closedBefore.rows.map((r) => r.id)).toEqual([closed.id]);
    // The same desk as version 19 kept it: each open ticket's events as a list in its record, no
    // closed list key; one open ticket without a place in the queue (version 15 could not make it).
    const asVersion19 = (await allTicketRecords(source)).map((r) => {
      const events = openLogOf(r);
      if (r.id === unplaced.id) return storedTicketOf(rowOfRecord(r), { events: events! });
      return events && r.queueKey !== undefined && r.numberKey !== undefined
        ? storedTicketOf(rowOfRecord(r), { events, queueKey: r.queueKey, numberKey: r.numberKey })
        : rowOfRecord(r);
    });
    const v19 = storeAtVersion(NAME, 19);
    await v19.table('logBlocks').bulkAdd(await source.logBlocks.toArray());
    await v19.contracts.bulkAdd(await source.contracts.toArray());
    await v19.table('tickets').bulkAdd(asVersion19);
    expect(((await v19.table('tickets').get(open.id)) as StoredTicket).events).toHaveLength(3);
    v19.close();

    // Pages of two records: three tickets take two steps, the last one short.
    const { db: v20, steps } = await openUpgradingWith(NAME, 20, (tx) => upgradeTicketRecords(tx, 2));
    expect(steps).toEqual([
      { what: 'tickets', done: 2, total: 3 },
      { what: 'tickets', done: 3, total: 3 },
    ]);
    expect(
      v20
        .table('tickets')
        .schema.indexes.map((i) => i.name)
        .sort(),
    ).toEqual(['[queueKey+numberKey]', 'closedKey', 'customerId', 'number']);
    const upgraded = (await v20.table('tickets').get(open.id))!;
    expect(Object.keys(upgraded)).not.toContain('events');
    expect(upgraded).toEqual(await ticketRecord(source, open.id));
    expect(await v20.table('tickets').get(closed.id)).toEqual(await ticketRecord(source, closed.id));
    // The ticket without a place is in the queue index first, so the board reads every open ticket.
    expect((await v20.table('tickets').get(unplaced.id))?.queueKey).toBe(UNPLACED);
    v20.close();
    // Upgraded on to today's store (its tickets on pages), the board and the closed list read them as before.
    const current = new KlokDB(NAME);
    expect(await loadBoardHead(current, 10)).toBeNull();
    const sortById = (list: TicketWithLog[]) => [...list].sort((a, b) => (a.row.id < b.row.id ? -1 : 1));
    expect(sortById(await loadOpenTickets(current))).toEqual(sortById(before));
    expect(await loadClosedTickets(current, { text: '', customerIds: new Set() })).toEqual(closedBefore);
    current.close();
  });
});

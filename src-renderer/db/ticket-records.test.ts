import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { storedTicketOf, type StoredTicket } from '../../src-shared/desk-log/projections/open-ticket-log';
import { at } from '../../src-shared/test-support/instants';
import { actor, deleteFreshDbs, houtenDesk, plans, storeAtVersion } from '../store/store-test-support';
import { loadOpenTickets, registerTicket, runTicketCommand } from '../store/ticket-store';
import { openLogOf, rowOfRecord, storedTicketOfRecord, ticketRecordOf } from './ticket-records';

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
  const closed = await registerTicket(db, plans, { ...reg, title: 'Typo' }, actor, at('2026-03-02T10:00:00+01:00'));
  await runTicketCommand(db, plans, closed.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-02T10:30:00+01:00'));
  return { db, open: responded, closed };
}

describe('a ticket record', () => {
  it('keeps an open ticket’s log as JSON text, and gives back the ticket the projection made', async () => {
    const { db, open, closed } = await deskWithTickets();
    const record = (await db.tickets.get(open.id))!;
    expect(typeof record.log).toBe('string');
    expect(Object.keys(record)).not.toContain('events');
    expect(openLogOf(record)?.map((e) => e.kind)).toEqual(['created', 'responded', 'status_changed']);
    expect(rowOfRecord(record)).toEqual(open);
    const stored = storedTicketOfRecord(record);
    expect(ticketRecordOf(stored)).toEqual(record);
    // A closed ticket's record is its row alone: no log to read.
    const closedRecord = (await db.tickets.get(closed.id))!;
    expect(closedRecord.log).toBeUndefined();
    expect(openLogOf(closedRecord)).toBeUndefined();
    expect(storedTicketOfRecord(closedRecord)).toEqual(closedRecord);
  });
});

describe('schema version 20', () => {
  it('turns the logs a version 19 store keeps in open tickets’ records into text, and the board reads them as before', async () => {
    const { db: source, open, closed } = await deskWithTickets();
    const before = await loadOpenTickets(source);
    expect(before.map((t) => t.row.id)).toEqual([open.id]);
    // The same desk as version 19 kept it: each open ticket's events as a list in its record.
    const asVersion19 = (await source.tickets.toArray()).map((r) => {
      const { log: _log, queueKey, numberKey, ...row } = r;
      const events = openLogOf(r);
      return events && queueKey !== undefined && numberKey !== undefined ? storedTicketOf(row, { events, queueKey, numberKey }) : row;
    });
    const v19 = storeAtVersion(NAME, 19);
    await v19.table('logBlocks').bulkAdd(await source.logBlocks.toArray());
    await v19.contracts.bulkAdd(await source.contracts.toArray());
    await v19.table('tickets').bulkAdd(asVersion19);
    expect(((await v19.table('tickets').get(open.id)) as StoredTicket).events).toHaveLength(3);
    v19.close();

    const v20 = storeAtVersion(NAME, 20);
    await v20.open();
    const upgraded = (await v20.tickets.get(open.id))!;
    expect(Object.keys(upgraded)).not.toContain('events');
    expect(openLogOf(upgraded)).toEqual(before[0]?.events);
    expect(await v20.tickets.get(closed.id)).toEqual(await source.tickets.get(closed.id));
    expect(await loadOpenTickets(v20)).toEqual(before);
    v20.close();
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskFileInput } from '../../src-shared/desk/desk-file';
import { SMALL_DESK_FILE, smallDeskFile, type LooseDeskFile } from '../../src-shared/test-support/desk-file-fixture';
import { at } from '../../src-shared/test-support/instants';
import type { Registration } from '../../src-shared/ticket/registration';
import type { KlokDB } from '../db/klok-db';
import { exportDesk, importDesk } from './desk-transfer';
import { actor, deleteFreshDbs, dumpDesk, freshDb, plans } from './store-test-support';
import { registerTicket, runTicketCommand } from './ticket-store';

afterEach(deleteFreshDbs);

const houtenBug: Registration = { contractId: 'con-houten', title: 'Sync job stopped overnight', type: 'bug', environment: 'production', channel: 'email' };

async function deskFrom(file: unknown): Promise<KlokDB> {
  const db = freshDb();
  await importDesk(db, plans, JSON.stringify(file));
  return db;
}

async function exported(db: KlokDB, now: number): Promise<DeskFileInput> {
  return JSON.parse(await exportDesk(db, now)) as DeskFileInput;
}

const ticketNumbered = (file: DeskFileInput, number: string) => file.tickets.find((t) => t.events[0]?.kind === 'created' && t.events[0].number === number);

describe('importDesk', () => {
  it('builds each ticket row from the imported log', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);

    expect(await db.tickets.get('t-houten-1')).toEqual({
      id: 't-houten-1',
      number: 'T-1001',
      title: 'Login page returns an error',
      description: 'Since this morning.',
      customerId: 'cus-houten',
      contractId: 'con-houten',
      type: 'bug',
      environment: 'production',
      channel: 'portal',
      status: 'in_progress',
      priority: 'normal',
      line: 'first',
      assignee: 'Bram Jansen',
      isResponded: true,
      isResolved: false,
      createdAt: at('2026-03-02T09:00:00+01:00'), // Monday
      updatedAt: at('2026-03-02T10:00:00+01:00'), // Monday
      eventCount: 4,
      isOpen: 1,
    });
    expect(await db.tickets.get('t-acme-1')).toMatchObject({ number: 'T-1002', customerId: 'cus-acme', status: 'new', priority: 'p2', line: 'l1', isResponded: true, eventCount: 2, isOpen: 1 });
    expect(await db.tickets.get('t-houten-2')).toMatchObject({ number: 'T-1003', status: 'closed', priority: 'low', environment: 'test', isResolved: true, eventCount: 5, isOpen: 0, updatedAt: at('2026-02-24T10:30:00+01:00') }); // Tuesday
    expect((await db.events.where('ticketId').equals('t-houten-2').sortBy('seq')).map((e) => [e.seq, e.id])).toEqual([
      [1, 'ev-c1'],
      [2, 'ev-c2'],
      [3, 'ev-c3'],
      [4, 'ev-c4'],
      [5, 'ev-c5'],
    ]);
  });
});

describe('exportDesk after importDesk', () => {
  it('writes back exactly the file that was imported, at the export instant', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);

    const file = await exported(db, at('2026-03-04T11:00:00+01:00')); // Wednesday

    expect(file).toEqual(SMALL_DESK_FILE);
  });

  it('gives the same file again after export, import and export, apart from the export instant', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);
    const acme = await registerTicket(db, plans, { contractId: 'con-acme', title: 'Label printer offline', type: 'incident', priority: 'p3', environment: 'production', channel: 'phone' }, actor, at('2026-03-03T08:00:00-06:00')); // Tuesday
    await runTicketCommand(db, plans, acme.id, { kind: 'acknowledge' }, actor, at('2026-03-03T08:10:00-06:00')); // Tuesday
    await runTicketCommand(db, plans, acme.id, { kind: 'set_priority', priority: 'p1', reason: 'All warehouses stand still', call: { purpose: 'report_high', note: 'Customer phoned' } }, actor, at('2026-03-03T08:20:00-06:00')); // Tuesday
    await runTicketCommand(db, plans, 't-houten-1', { kind: 'escalate', line: 'second' }, actor, at('2026-03-03T10:00:00+01:00')); // Tuesday
    await runTicketCommand(db, plans, 't-houten-1', { kind: 'add_note', note: 'Waiting on the server logs' }, actor, at('2026-03-03T10:05:00+01:00')); // Tuesday
    await runTicketCommand(db, plans, 't-houten-2', { kind: 'reopen', note: 'The customer asks again' }, actor, at('2026-03-03T11:00:00+01:00')); // Tuesday

    const first = await exported(db, at('2026-03-04T11:00:00+01:00')); // Wednesday
    const copy = await deskFrom(first);
    const second = await exported(copy, at('2026-03-05T09:00:00+01:00')); // Thursday

    expect(first.exportedAt).toBe('2026-03-04T10:00:00.000Z');
    expect(second.exportedAt).toBe('2026-03-05T08:00:00.000Z');
    expect({ ...second, exportedAt: first.exportedAt }).toEqual(first);

    expect(first.customers).toEqual(SMALL_DESK_FILE.customers);
    expect(first.contracts).toEqual(SMALL_DESK_FILE.contracts);
    expect(first.agents).toEqual(SMALL_DESK_FILE.agents);
    expect(first.ticketCounter).toBe(1004);
    expect(first.tickets.map((t) => t.id).sort()).toEqual([acme.id, 't-acme-1', 't-houten-1', 't-houten-2'].sort());
    expect(first.tickets.find((t) => t.id === 't-acme-1')).toEqual(SMALL_DESK_FILE.tickets[1]);
    expect(ticketNumbered(first, 'T-1004')?.events.map((e) => [e.kind, e.at])).toEqual([
      ['created', '2026-03-03T14:00:00.000Z'], // Tuesday
      ['acknowledged', '2026-03-03T14:10:00.000Z'], // Tuesday
      ['call_logged', '2026-03-03T14:20:00.000Z'], // Tuesday
      ['priority_changed', '2026-03-03T14:20:00.000Z'], // Tuesday
    ]);
    expect(ticketNumbered(first, 'T-1001')?.events.map((e) => e.id ?? '')).toEqual(['ev-a1', 'ev-a2', 'ev-a3', 'ev-a4', expect.any(String), expect.any(String)]);
    expect(ticketNumbered(first, 'T-1001')?.events.map((e) => e.kind)).toEqual(['created', 'responded', 'status_changed', 'assigned', 'escalated', 'note_added']);
    expect(ticketNumbered(first, 'T-1003')?.events.map((e) => e.kind)).toEqual(['created', 'responded', 'status_changed', 'resolved', 'status_changed', 'reopened']);

    expect(await copy.tickets.get(acme.id)).toMatchObject({ number: 'T-1004', priority: 'p1', isResponded: true, eventCount: 4, updatedAt: at('2026-03-03T08:20:00-06:00') }); // Tuesday
    expect(await copy.tickets.get('t-houten-1')).toMatchObject({ line: 'second', assignee: 'Bram Jansen', eventCount: 6 });
    expect(await copy.tickets.get('t-houten-2')).toMatchObject({ status: 'in_progress', isResolved: false, isOpen: 1, eventCount: 6 });
  });
});

describe('the next ticket number after an import', () => {
  it('is T-1004 after a file whose counter is 1003', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);

    expect(await db.settings.get('ticketCounter')).toEqual({ key: 'ticketCounter', value: 1003 });
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1004'); // Wednesday
  });

  it('is T-1004, never a taken number, after a file whose counter (1001) is below its highest ticket number (T-1003)', async () => {
    const file = smallDeskFile();
    file.ticketCounter = 1001;
    const db = await deskFrom(file);

    expect(await db.settings.get('ticketCounter')).toEqual({ key: 'ticketCounter', value: 1003 });
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1004'); // Wednesday
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:05:00+01:00'))).number).toBe('T-1005'); // Wednesday
  });

  it('is T-1004 after a file that gives no counter', async () => {
    const file = smallDeskFile();
    delete file.ticketCounter;
    const db = await deskFrom(file);

    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1004'); // Wednesday
  });

  it('is T-1051 after a file whose counter (1050) is above its highest ticket number', async () => {
    const file = smallDeskFile();
    file.ticketCounter = 1050;
    const db = await deskFrom(file);

    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1051'); // Wednesday
  });

  it('follows the imported file, not the counter of the desk it replaced', async () => {
    const earlier = smallDeskFile();
    earlier.ticketCounter = 1200;
    const db = await deskFrom(earlier);

    await importDesk(db, plans, JSON.stringify(SMALL_DESK_FILE));

    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1004'); // Wednesday
  });
});

/** The desk a bad file is imported into: the small desk plus one ticket registered here (T-1004). */
async function deskToKeep(): Promise<KlokDB> {
  const db = await deskFrom(SMALL_DESK_FILE);
  await registerTicket(db, plans, houtenBug, actor, at('2026-03-03T08:15:00+01:00')); // Tuesday
  return db;
}

describe('importDesk refusing a file', () => {
  const cases: { readonly what: string; readonly breakFile: (file: LooseDeskFile) => void; readonly field: string; readonly reason: string }[] = [
    {
      what: 'an event one millisecond before its ticket was created',
      breakFile: (file) => void (file.tickets[0]!.events[3]!['at'] = '2026-03-02T07:59:59.999Z'), // Monday
      field: 'tickets[0].events[3].at',
      reason: 'is before the created event',
    },
    {
      what: 'a ticket whose created event names a customer that does not hold its contract',
      breakFile: (file) => void (file.tickets[1]!.events[0]!['customerId'] = 'cus-houten'),
      field: 'tickets[1].events[0].customerId',
      reason: `must be the contract's customer "cus-acme"`,
    },
    {
      what: 'two customers with one id',
      breakFile: (file) => void file.customers.push({ id: 'cus-acme', name: 'Acme Logistics Europe', createdAt: '2026-01-06T09:00:00.000Z' }), // Tuesday
      field: 'customers',
      reason: 'id "cus-acme" is used twice',
    },
    {
      what: 'two contracts with one id',
      breakFile: (file) => void file.contracts.push({ id: 'con-houten', customerId: 'cus-houten', name: 'Scope4mation QaaS', policyId: 'scope4mation', planId: 'qaas', createdAt: '2026-01-06T09:00:00.000Z' }), // Tuesday
      field: 'contracts',
      reason: 'id "con-houten" is used twice',
    },
    {
      what: 'two tickets with one id',
      breakFile: (file) => void file.tickets.push({ id: 't-acme-1', events: [{ ...file.tickets[1]!.events[0]!, id: 'ev-d1', number: 'T-1004' }] }),
      field: 'tickets',
      reason: 'id "t-acme-1" is used twice',
    },
    {
      what: 'two events of different tickets with one id',
      breakFile: (file) => void (file.tickets[1]!.events[1]!['id'] = 'ev-a2'),
      field: 'tickets',
      reason: 'event id "ev-a2" is used twice',
    },
    {
      what: 'two events of one ticket with one id',
      breakFile: (file) => void (file.tickets[2]!.events[4]!['id'] = 'ev-c4'),
      field: 'tickets',
      reason: 'event id "ev-c4" is used twice',
    },
  ];

  it.each(cases)('refuses $what, naming the field and the reason, and leaves the desk as it was', async ({ breakFile, field, reason }) => {
    const db = await deskToKeep();
    const before = await dumpDesk(db);
    const file = smallDeskFile();
    breakFile(file);

    await expect(importDesk(db, plans, JSON.stringify(file))).rejects.toMatchObject({ name: 'InputError', message: `${field}: ${reason}`, issues: [{ field, reason }] });

    expect(await dumpDesk(db)).toEqual(before);
    expect((await db.tickets.orderBy('number').toArray()).map((t) => t.number)).toEqual(['T-1001', 'T-1002', 'T-1003', 'T-1004']);
    expect(await db.settings.get('ticketCounter')).toEqual({ key: 'ticketCounter', value: 1004 });
  });

  // Today two agents with one id (or one name) pass the file check and fail in the database
  // (a Dexie BulkError from agents.bulkAdd); the transaction keeps the desk whole, which is checked
  // here. The missing "agents: …" refusal is reported as a bug, not asserted either way; once the
  // check refuses such a file, this case belongs in the table above.
  it('leaves the desk as it was when two agents share an id', async () => {
    const db = await deskToKeep();
    const before = await dumpDesk(db);
    const file = smallDeskFile();
    file.agents.push({ id: 'agent-anna', name: 'Carla Smit' });

    await expect(importDesk(db, plans, JSON.stringify(file))).rejects.toBeInstanceOf(Error);

    expect(await dumpDesk(db)).toEqual(before);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { rowOfRecord } from '../db/ticket-records';
import { SMALL_DESK_FILE, smallDeskFile, type LooseDeskFile } from '../../src-shared/test-support/desk-file-fixture';
import { at } from '../../src-shared/test-support/instants';
import type { Registration } from '../../src-shared/ticket/registration';
import type { KlokDB } from '../db/klok-db';
import { checkDeskFile, exportDesk, importDesk, importDeskFile, loadDemoDesk } from './desk-transfer';
import { actor, deleteFreshDbs, dumpDesk, freshDb, plans, storedLog, storedStream } from './store-test-support';
import { loadOpenTickets, registerTicket, runTicketCommand, type TicketWithLog } from './ticket-store';
import { writeEvents } from './write-events';
import { allTicketRecords, countTicketRecords, ticketRecord } from '../db/ticket-pages';

afterEach(deleteFreshDbs);

const houtenBug: Registration = { contractId: 'con-houten', title: 'Sync job stopped overnight', type: 'bug', environment: 'production', channel: 'email' };

/** A version 2 desk file as exportDesk writes it (JSON-parsed). */
interface DeskLogFileJson {
  readonly format: string;
  readonly version: number;
  readonly exportedAt: string;
  readonly deskId: string;
  readonly events: readonly WireEvent[];
}

interface WireEvent {
  readonly id: string;
  readonly deskId: string;
  readonly workstation: string;
  readonly by: string;
  readonly hlc: string;
  readonly kind: string;
  readonly v: number;
  readonly stream: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

async function deskFrom(file: unknown): Promise<KlokDB> {
  const db = freshDb();
  await importDesk(db, plans, JSON.stringify(file));
  return db;
}

async function exported(db: KlokDB, now: number): Promise<DeskLogFileJson> {
  return JSON.parse(await exportDesk(db, now)) as DeskLogFileJson;
}

/**
 * The events SMALL_DESK_FILE (version 1) holds, as a version 2 file carries them, in apply order:
 * master data first (stamped at its creation; agents at the desk's first instant), then each ticket
 * event at its business instant. Events written before the desk log name no desk; whatever id the
 * import gives them is checked separately.
 */
const legacy = { deskId: expect.any(String), workstation: 'legacy', by: 'Klok', hlc: expect.any(String), v: 1 };
const anna = { deskId: expect.any(String), workstation: 'ws-1', by: 'Anna de Vries', hlc: expect.any(String), v: 1 };
const bram = { deskId: expect.any(String), workstation: 'ws-2', by: 'Bram Jansen', hlc: expect.any(String), v: 1 };
const SMALL_DESK_EVENTS = [
  // Monday 5 January 2026, 10:00 in Amsterdam
  {
    ...legacy,
    id: 'customer-added-cus-houten',
    kind: 'customer.added',
    stream: 'cus-houten',
    payload: { at: '2026-01-05T09:00:00.000Z', name: 'Gemeente Houten' },
  },
  {
    ...legacy,
    id: 'contract-added-con-houten',
    kind: 'contract.added',
    stream: 'con-houten',
    payload: { at: '2026-01-05T09:00:00.000Z', customerId: 'cus-houten', name: 'Scope4mation Support', policyId: 'scope4mation', planId: 'support' },
  },
  { ...legacy, id: 'agent-added-agent-anna', kind: 'agent.added', stream: 'agent-anna', payload: { at: '2026-01-05T09:00:00.000Z', name: 'Anna de Vries' } },
  { ...legacy, id: 'agent-added-agent-bram', kind: 'agent.added', stream: 'agent-bram', payload: { at: '2026-01-05T09:00:00.000Z', name: 'Bram Jansen' } },
  // Monday 5 January 2026, 09:00 in Chicago
  { ...legacy, id: 'customer-added-cus-acme', kind: 'customer.added', stream: 'cus-acme', payload: { at: '2026-01-05T15:00:00.000Z', name: 'Acme Logistics' } },
  {
    ...legacy,
    id: 'contract-added-con-acme',
    kind: 'contract.added',
    stream: 'con-acme',
    payload: {
      at: '2026-01-05T15:00:00.000Z',
      customerId: 'cus-acme',
      name: 'Konneqt Enterprise (Chicago)',
      policyId: 'konneqt',
      planId: 'enterprise',
      zone: 'America/Chicago',
    },
  },
  // Monday 23 February 2026, 11:00 in Amsterdam
  {
    ...anna,
    id: 'ev-c1',
    kind: 'created',
    stream: 't-houten-2',
    payload: {
      at: '2026-02-23T10:00:00.000Z',
      number: 'T-1003',
      title: 'Question about user roles',
      customerId: 'cus-houten',
      contractId: 'con-houten',
      type: 'question',
      priority: 'low',
      environment: 'test',
      channel: 'email',
    },
  },
  { ...anna, id: 'ev-c2', kind: 'responded', stream: 't-houten-2', payload: { at: '2026-02-23T11:00:00.000Z' } }, // Monday
  { ...anna, id: 'ev-c3', kind: 'status_changed', stream: 't-houten-2', payload: { at: '2026-02-23T11:00:00.000Z', status: 'in_progress' } }, // Monday
  { ...anna, id: 'ev-c4', kind: 'resolved', stream: 't-houten-2', payload: { at: '2026-02-24T09:00:00.000Z', note: 'Explained the role settings.' } }, // Tuesday
  { ...anna, id: 'ev-c5', kind: 'status_changed', stream: 't-houten-2', payload: { at: '2026-02-24T09:30:00.000Z', status: 'closed' } }, // Tuesday
  // Monday 2 March 2026, 09:00 in Amsterdam
  {
    ...anna,
    id: 'ev-a1',
    kind: 'created',
    stream: 't-houten-1',
    payload: {
      at: '2026-03-02T08:00:00.000Z',
      number: 'T-1001',
      title: 'Login page returns an error',
      description: 'Since this morning.',
      customerId: 'cus-houten',
      contractId: 'con-houten',
      type: 'bug',
      priority: 'normal',
      environment: 'production',
      channel: 'portal',
    },
  },
  { ...anna, id: 'ev-a2', kind: 'responded', stream: 't-houten-1', payload: { at: '2026-03-02T08:30:00.000Z' } }, // Monday
  { ...anna, id: 'ev-a3', kind: 'status_changed', stream: 't-houten-1', payload: { at: '2026-03-02T08:30:00.000Z', status: 'in_progress' } }, // Monday
  { ...anna, id: 'ev-a4', kind: 'assigned', stream: 't-houten-1', payload: { at: '2026-03-02T09:00:00.000Z', assignee: 'Bram Jansen' } }, // Monday
  // Monday 2 March 2026, 09:00 in Chicago
  {
    ...bram,
    id: 'ev-b1',
    kind: 'created',
    stream: 't-acme-1',
    payload: {
      at: '2026-03-02T15:00:00.000Z',
      number: 'T-1002',
      title: 'API returns 502 for some requests',
      customerId: 'cus-acme',
      contractId: 'con-acme',
      type: 'incident',
      priority: 'p2',
      environment: 'production',
      channel: 'phone',
    },
  },
  { ...bram, id: 'ev-b2', kind: 'acknowledged', stream: 't-acme-1', payload: { at: '2026-03-02T15:20:00.000Z' } }, // Monday
];

describe('importDesk of a version 1 file', () => {
  it('builds each ticket row from the imported log', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);

    expect(rowOfRecord((await ticketRecord(db, 't-houten-1'))!)).toEqual({
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
    expect(await ticketRecord(db, 't-acme-1')).toMatchObject({
      number: 'T-1002',
      customerId: 'cus-acme',
      status: 'new',
      priority: 'p2',
      line: 'l1',
      isResponded: true,
      eventCount: 2,
      isOpen: 1,
    });
    expect(await ticketRecord(db, 't-houten-2')).toMatchObject({
      number: 'T-1003',
      status: 'closed',
      priority: 'low',
      environment: 'test',
      isResolved: true,
      eventCount: 5,
      isOpen: 0,
      updatedAt: at('2026-02-24T10:30:00+01:00'),
    }); // Tuesday
  });

  it('builds the customers, contracts and agents from the imported log', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);

    expect(await db.customers.orderBy('id').toArray()).toEqual([
      { id: 'cus-acme', name: 'Acme Logistics', createdAt: at('2026-01-05T09:00:00-06:00') }, // Monday
      { id: 'cus-houten', name: 'Gemeente Houten', createdAt: at('2026-01-05T10:00:00+01:00') }, // Monday
    ]);
    expect(await db.contracts.orderBy('id').toArray()).toEqual([
      {
        id: 'con-acme',
        customerId: 'cus-acme',
        name: 'Konneqt Enterprise (Chicago)',
        policyId: 'konneqt',
        planId: 'enterprise',
        zone: 'America/Chicago',
        createdAt: at('2026-01-05T09:00:00-06:00'),
      }, // Monday
      {
        id: 'con-houten',
        customerId: 'cus-houten',
        name: 'Scope4mation Support',
        policyId: 'scope4mation',
        planId: 'support',
        createdAt: at('2026-01-05T10:00:00+01:00'),
      }, // Monday
    ]);
    expect(await db.agents.orderBy('id').toArray()).toEqual([
      { id: 'agent-anna', name: 'Anna de Vries' },
      { id: 'agent-bram', name: 'Bram Jansen' },
    ]);
    expect(await db.workstations.count()).toBe(0);
    expect(await db.deskSettings.count()).toBe(0);
  });

  it("keeps each ticket's events in their file order, stamped at their business instants", async () => {
    const db = await deskFrom(SMALL_DESK_FILE);

    const stream = await storedStream(db, 't-houten-2');
    expect(stream.map((e) => [e.id, e.kind, e.hlc])).toEqual([
      ['ev-c1', 'created', `${at('2026-02-23T11:00:00+01:00')}-0000`], // Monday
      ['ev-c2', 'responded', `${at('2026-02-23T12:00:00+01:00')}-0000`], // Monday
      // The same instant as ev-c2: the clock's counter keeps the file's order.
      ['ev-c3', 'status_changed', `${at('2026-02-23T12:00:00+01:00')}-0001`], // Monday
      ['ev-c4', 'resolved', `${at('2026-02-24T10:00:00+01:00')}-0000`], // Tuesday
      ['ev-c5', 'status_changed', `${at('2026-02-24T10:30:00+01:00')}-0000`], // Tuesday
    ]);
    expect(stream[3]).toEqual({
      id: 'ev-c4',
      deskId: stream[0]!.deskId,
      workstation: 'ws-1',
      by: 'Anna de Vries',
      hlc: `${at('2026-02-24T10:00:00+01:00')}-0000`, // Tuesday
      kind: 'resolved',
      v: 1,
      stream: 't-houten-2',
      payload: { at: at('2026-02-24T10:00:00+01:00'), note: 'Explained the role settings.' }, // Tuesday
      order: `${at('2026-02-24T10:00:00+01:00')}-0000\u0000ws-1\u0000ev-c4`, // Tuesday
    });
    expect((await storedLog(db)).map((e) => e.id)).toEqual(SMALL_DESK_EVENTS.map((e) => e.id));
  });
});

describe('exportDesk after importing a version 1 file', () => {
  it('writes a version 2 file: the log in apply order, with the customers, contracts, agents and ticket events the version 1 file held', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);

    const file = await exported(db, at('2026-03-04T11:00:00+01:00')); // Wednesday

    expect(file).toEqual({ format: 'klok-desk', version: 2, exportedAt: '2026-03-04T10:00:00.000Z', deskId: expect.any(String), events: SMALL_DESK_EVENTS });
    expect(new Set(file.events.map((e) => e.deskId)).size).toBe(1);
  });

  // A version 1 file becomes a new desk: its events and the store carry that desk's id.
  it('names the desk its imported events belong to', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);

    const file = await exported(db, at('2026-03-04T11:00:00+01:00')); // Wednesday

    expect(file.events.map((e) => e.deskId)).toEqual(file.events.map(() => file.deskId));
  });
});

describe('exportDesk → importDesk → exportDesk of a version 2 file', () => {
  async function deskWithWork(): Promise<{ db: KlokDB; acmeId: string }> {
    const db = await deskFrom(SMALL_DESK_FILE);
    const acme = await registerTicket(
      db,
      plans,
      { contractId: 'con-acme', title: 'Label printer offline', type: 'incident', priority: 'p3', environment: 'production', channel: 'phone' },
      actor,
      at('2026-03-03T08:00:00-06:00'),
    ); // Tuesday
    await runTicketCommand(db, plans, acme.id, { kind: 'acknowledge' }, actor, at('2026-03-03T08:10:00-06:00')); // Tuesday
    await runTicketCommand(
      db,
      plans,
      acme.id,
      { kind: 'set_priority', priority: 'p1', reason: 'All warehouses stand still', call: { purpose: 'report_high', note: 'Customer phoned' } },
      actor,
      at('2026-03-03T08:20:00-06:00'),
    ); // Tuesday
    await runTicketCommand(db, plans, 't-houten-1', { kind: 'escalate', line: 'second' }, actor, at('2026-03-03T10:00:00+01:00')); // Tuesday
    await runTicketCommand(db, plans, 't-houten-1', { kind: 'add_note', note: 'Waiting on the server logs' }, actor, at('2026-03-03T10:05:00+01:00')); // Tuesday
    await runTicketCommand(db, plans, 't-houten-2', { kind: 'reopen', note: 'The customer asks again' }, actor, at('2026-03-03T11:00:00+01:00')); // Tuesday
    return { db, acmeId: acme.id };
  }

  it('gives the same file again, byte for byte apart from the export instant', async () => {
    const { db } = await deskWithWork();

    const first = await exportDesk(db, at('2026-03-04T11:00:00+01:00')); // Wednesday
    const copy = freshDb();
    await importDesk(copy, plans, first);
    const second = await exportDesk(copy, at('2026-03-05T09:00:00+01:00')); // Thursday

    const firstFile = JSON.parse(first) as DeskLogFileJson;
    const secondFile = JSON.parse(second) as DeskLogFileJson;
    expect(firstFile.exportedAt).toBe('2026-03-04T10:00:00.000Z');
    expect(secondFile.exportedAt).toBe('2026-03-05T08:00:00.000Z');
    expect(JSON.stringify({ ...secondFile, exportedAt: firstFile.exportedAt }, null, 1)).toBe(first);
    expect(second).not.toBe(first);
  });

  it('hands back the open tickets it wrote exactly as the board reads them from the store', async () => {
    const { db } = await deskWithWork();
    const copy = freshDb();
    // Handed over first while IndexedDB writes them: the same objects, before the desk is on disk.
    const whileWriting: { open: readonly TicketWithLog[]; customers: number }[] = [];
    const imported = await importDeskFile(copy, plans, await exportDesk(db, at('2026-03-04T11:00:00+01:00')), 0, (open, desk) =>
      whileWriting.push({ open, customers: desk.customers.length }),
    );
    expect(imported.openTickets.length).toBeGreaterThan(1);
    expect(imported.openTickets).toEqual(await loadOpenTickets(copy));
    expect(imported.tickets).toBe(await countTicketRecords(copy));
    expect(whileWriting).toHaveLength(1);
    expect(whileWriting[0]?.open).toBe(imported.openTickets);
    expect(whileWriting[0]?.customers).toBe(await copy.customers.count());
  });

  it('checks a file without writing anything, says what it holds, and imports what it checked as it imports the text', async () => {
    const { db } = await deskWithWork();
    const text = await exportDesk(db, at('2026-03-04T11:00:00+01:00'));
    const target = freshDb();
    await loadDemoDesk(target, plans, at('2026-03-04T11:00:00+01:00'));
    const before = await dumpDesk(target);
    const checked = checkDeskFile(text, plans);
    expect(await dumpDesk(target)).toEqual(before);
    expect(checked.ticketCount).toBe(await countTicketRecords(db));
    expect(checked.customerCount).toBe(await db.customers.count());
    expect(() => checkDeskFile(text.replace('"klok-desk"', '"klok-dusk"'), plans)).toThrow(/format: must be "klok-desk"/);
    expect(await dumpDesk(target)).toEqual(before);

    const imported = await importDeskFile(target, plans, checked, 0);
    const fromText = freshDb();
    await importDeskFile(fromText, plans, text, 0);
    expect(imported.tickets).toBe(checked.ticketCount);
    expect(await storedLog(target)).toEqual(await storedLog(fromText));
    expect(await loadOpenTickets(target)).toEqual(await loadOpenTickets(fromText));
  });

  it('carries the version 1 desk and the work done since, in apply order', async () => {
    const { db, acmeId } = await deskWithWork();

    const file = await exported(db, at('2026-03-04T11:00:00+01:00')); // Wednesday

    expect(file).toMatchObject({ format: 'klok-desk', version: 2, exportedAt: '2026-03-04T10:00:00.000Z' });
    expect(file.events.slice(0, SMALL_DESK_EVENTS.length)).toEqual(SMALL_DESK_EVENTS);
    const here = file.events.slice(SMALL_DESK_EVENTS.length);
    expect(here.map((e) => [e.kind, e.stream, e.payload['at']])).toEqual([
      // This workstation's first write joins the desk; no workstation has joined it yet, so its code is T.
      ['workstation.joined', 'ws-test', '2026-03-03T14:00:00.000Z'], // Tuesday
      ['created', acmeId, '2026-03-03T14:00:00.000Z'], // Tuesday
      ['acknowledged', acmeId, '2026-03-03T14:10:00.000Z'], // Tuesday
      ['call_logged', acmeId, '2026-03-03T14:20:00.000Z'], // Tuesday
      ['priority_changed', acmeId, '2026-03-03T14:20:00.000Z'], // Tuesday
      // Earlier business instants than the Acme events, written later: the clock orders, not `at`.
      ['escalated', 't-houten-1', '2026-03-03T09:00:00.000Z'], // Tuesday
      ['note_added', 't-houten-1', '2026-03-03T09:05:00.000Z'], // Tuesday
      ['reopened', 't-houten-2', '2026-03-03T10:00:00.000Z'], // Tuesday
    ]);
    expect(here.map((e) => [e.workstation, e.by, e.v])).toEqual(here.map(() => ['ws-test', 'Ann', 1]));
    expect(here.map((e) => e.deskId)).toEqual(here.map(() => file.deskId));
    expect(here[0]?.payload).toEqual({ at: '2026-03-03T14:00:00.000Z', code: 'T' }); // Tuesday
    expect(here[1]?.payload).toEqual({
      at: '2026-03-03T14:00:00.000Z', // Tuesday
      number: 'T-1004',
      title: 'Label printer offline',
      description: '',
      customerId: 'cus-acme',
      contractId: 'con-acme',
      type: 'incident',
      priority: 'p3',
      environment: 'production',
      channel: 'phone',
    });
    const tuple = (e: WireEvent) => [e.hlc, e.workstation, e.id] as const;
    const inOrder = (a: WireEvent, b: WireEvent) => {
      const [x, y] = [tuple(a), tuple(b)];
      for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return 0;
    };
    expect(file.events.map((e) => e.id)).toEqual([...file.events].sort(inOrder).map((e) => e.id));
  });

  it('rebuilds the same desk from the file, numbering on after its highest number', async () => {
    const { db, acmeId } = await deskWithWork();
    const copy = await deskFrom(await exported(db, at('2026-03-04T11:00:00+01:00'))); // Wednesday

    expect(await ticketRecord(copy, acmeId)).toMatchObject({
      number: 'T-1004',
      priority: 'p1',
      isResponded: true,
      eventCount: 4,
      updatedAt: at('2026-03-03T08:20:00-06:00'),
    }); // Tuesday
    expect(await ticketRecord(copy, 't-houten-1')).toMatchObject({ line: 'second', assignee: 'Bram Jansen', eventCount: 6 });
    expect(await ticketRecord(copy, 't-houten-2')).toMatchObject({ status: 'in_progress', isResolved: false, isOpen: 1, eventCount: 6 });
    expect(await allTicketRecords(copy)).toEqual(await allTicketRecords(db));
    expect(await copy.workstations.toArray()).toEqual([{ id: 'ws-test', code: 'T', joinedAt: at('2026-03-03T08:00:00-06:00') }]); // Tuesday
    expect(await copy.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1004 } });
    expect((await registerTicket(copy, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1005'); // Wednesday
  });
});

describe('the next ticket number after an import', () => {
  it('is T-1004 after a file whose counter is 1003', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);

    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1003 } });
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1004'); // Wednesday
  });

  it('is T-1004, never a taken number, after a file whose counter (1001) is below its highest ticket number (T-1003)', async () => {
    const file = smallDeskFile();
    file.ticketCounter = 1001;
    const db = await deskFrom(file);

    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1003 } });
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1004'); // Wednesday
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:05:00+01:00'))).number).toBe('T-1005'); // Wednesday
  });

  it('is T-1004 after a file that gives no counter', async () => {
    const file = smallDeskFile();
    delete file.ticketCounter;
    const db = await deskFrom(file);

    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1003 } });
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1004'); // Wednesday
  });

  it('is T-1001 after a file with no tickets and no counter (the counter is at least 1000)', async () => {
    const file = smallDeskFile();
    file.tickets = [];
    delete file.ticketCounter;
    const db = await deskFrom(file);

    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1000 } });
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1001'); // Wednesday
  });

  it('is T-1051 after a file whose counter (1050) is above its highest ticket number', async () => {
    const file = smallDeskFile();
    file.ticketCounter = 1050;
    const db = await deskFrom(file);

    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1050 } });
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1051'); // Wednesday
  });

  it('never goes back: after a desk whose counter was 1200, a file whose counter is 1003 continues at T-1201', async () => {
    const earlier = smallDeskFile();
    earlier.ticketCounter = 1200;
    const db = await deskFrom(earlier);

    await importDesk(db, plans, JSON.stringify(SMALL_DESK_FILE));

    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1200 } });
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1201'); // Wednesday
  });

  it('never goes back: after a desk whose counter was 1200, a version 2 file whose highest number is T-1003 continues at T-1201', async () => {
    const v2 = await exportDesk(await deskFrom(SMALL_DESK_FILE), at('2026-03-04T08:00:00+01:00')); // Wednesday
    const earlier = smallDeskFile();
    earlier.ticketCounter = 1200;
    const db = await deskFrom(earlier);

    await importDesk(db, plans, v2);

    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1200 } });
    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1201'); // Wednesday
  });

  it('follows the imported file when its counter is ahead of the desk it replaced', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);
    const later = smallDeskFile();
    later.ticketCounter = 1200;

    await importDesk(db, plans, JSON.stringify(later));

    expect((await registerTicket(db, plans, houtenBug, actor, at('2026-03-04T09:00:00+01:00'))).number).toBe('T-1201'); // Wednesday
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
      breakFile: (file) =>
        void file.contracts.push({
          id: 'con-houten',
          customerId: 'cus-houten',
          name: 'Scope4mation QaaS',
          policyId: 'scope4mation',
          planId: 'qaas',
          createdAt: '2026-01-06T09:00:00.000Z',
        }), // Tuesday
      field: 'contracts',
      reason: 'id "con-houten" is used twice',
    },
    {
      what: 'two agents with one id',
      breakFile: (file) => void file.agents.push({ id: 'agent-anna', name: 'Carla Smit' }),
      field: 'agents',
      reason: 'id "agent-anna" is used twice',
    },
    {
      what: 'two agents with one name',
      breakFile: (file) => void file.agents.push({ id: 'agent-carla', name: 'Anna de Vries' }),
      field: 'agents',
      reason: 'name "Anna de Vries" is used twice',
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

    await expect(importDesk(db, plans, JSON.stringify(file))).rejects.toMatchObject({
      name: 'InputError',
      message: `${field}: ${reason}`,
      issues: [{ field, reason }],
    });

    expect(await dumpDesk(db)).toEqual(before);
    expect((await allTicketRecords(db)).map((t) => t.number).sort()).toEqual(['T-1001', 'T-1002', 'T-1003', 'T-1004']);
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1004 } });
  });
});

describe('the ticket counters an import keeps', () => {
  const MON_0900 = at('2026-03-02T09:00:00+01:00'); // Monday

  it('follow every workstation code in the file, however long', async () => {
    const db = await deskFrom(SMALL_DESK_FILE);
    // A code leased by a sync server can have two letters.
    await writeEvents(db, plans, actor, MON_0900, async () => ({
      drafts: [{ kind: 'workstation.code_leased', stream: actor.workstation, payload: { at: MON_0900, code: 'AB' } }],
      result: () => undefined,
    }));
    expect((await registerTicket(db, plans, houtenBug, actor, MON_0900)).number).toBe('AB-1001');
    const copy = freshDb();
    await importDesk(copy, plans, await exportDesk(db, MON_0900), MON_0900);
    expect(await copy.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1003, AB: 1001 } });
  });
});

describe('an import', () => {
  it('keeps the logs of the open tickets only, as every later write does', async () => {
    const db = freshDb();
    await loadDemoDesk(db, plans, at('2026-03-02T09:00:00+01:00')); // Monday
    const open = (await allTicketRecords(db)).filter((t) => t.isOpen === 1).map((t) => t.id);
    expect(open.length).toBeLessThan(await countTicketRecords(db));
    expect(
      (await allTicketRecords(db))
        .filter((t) => t.log !== undefined)
        .map((t) => t.id)
        .sort(),
    ).toEqual(open.sort());
  });
});

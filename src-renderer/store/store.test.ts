import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { rowOfRecord } from '../db/ticket-records';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { at, HOUR } from '../../src-shared/test-support/instants';
import type { Registration } from '../../src-shared/ticket/registration';
import type { Contract } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { appendEvents } from './append-events';
import { addCustomer, endContract, renameCustomer, setDeskSetting } from './desk-store';
import { exportDesk, importDesk, loadDemoDesk } from './desk-transfer';
import { actor, deleteFreshDbs, dumpDesk, eventOf, freshDb, plans, storedLog, storedStream } from './store-test-support';
import { loadOpenTickets, loadTicket, registerTicket, runTicketCommand } from './ticket-store';
import { allTicketRecords, countTicketRecords, ticketRecord } from '../db/ticket-pages';

afterEach(deleteFreshDbs);

const addedAt = at('2026-03-01T10:00:00+01:00'); // Sunday

async function deskWithCustomer(): Promise<{ db: KlokDB; contract: Contract }> {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, actor, addedAt);
  const contract = (await db.contracts.toArray())[0]!;
  return { db, contract };
}

const loginFails = (contract: Contract): Registration => ({
  contractId: contract.id,
  title: 'Login fails',
  type: 'bug',
  environment: 'production',
  channel: 'portal',
});

describe('addCustomer', () => {
  it('joins the desk as its first workstation (code T) and writes the customer and its contract as events', async () => {
    const { db, contract } = await deskWithCustomer();

    expect(await db.workstations.toArray()).toEqual([{ id: 'ws-test', code: 'T', joinedAt: addedAt }]);
    expect((await storedLog(db)).map((e) => [e.kind, e.stream, e.workstation, e.by, e.payload['at']])).toEqual([
      ['workstation.joined', 'ws-test', 'ws-test', 'Ann', addedAt],
      ['customer.added', contract.customerId, 'ws-test', 'Ann', addedAt],
      ['contract.added', contract.id, 'ws-test', 'Ann', addedAt],
    ]);
    expect(contract).toEqual({
      id: contract.id,
      customerId: contract.customerId,
      name: 'Support',
      policyId: 'scope4mation',
      planId: 'support',
      createdAt: addedAt,
    });
  });
});

describe('registerTicket', () => {
  it('gives a number at once and stores the created event and the row together', async () => {
    const { db, contract } = await deskWithCustomer();
    const row = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
    expect(row).toMatchObject({ number: 'T-1001', status: 'new', priority: 'normal', isOpen: 1 });
    expect((await storedStream(db, row.id)).map((e) => [e.kind, e.payload['number']])).toEqual([['created', 'T-1001']]);
    expect(rowOfRecord((await ticketRecord(db, row.id))!)).toEqual(row);
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1001 } });
    const second = await registerTicket(
      db,
      plans,
      { contractId: contract.id, title: 'Other', type: 'question', environment: 'test', channel: 'email' },
      actor,
      at('2026-03-02T09:05:00+01:00'),
    ); // Monday
    expect(second).toMatchObject({ number: 'T-1002', priority: 'low' });
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1002 } });
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const { db, contract } = await deskWithCustomer();
    const before = await dumpDesk(db);
    await expect(registerTicket(db, plans, { ...loginFails(contract), title: ' ' }, actor, 0)).rejects.toThrow(/^title: must not be empty/);
    await expect(registerTicket(db, plans, { ...loginFails(contract), priority: 'high' }, actor, 0)).rejects.toThrow(/^priority: High must be phoned in/);
    expect(await dumpDesk(db)).toEqual(before);
    expect(await countTicketRecords(db)).toBe(0);
    expect(await db.settings.get('ticketCounters')).toBeUndefined();
  });

  it('writes nothing, not even the join, when a workstation new to the desk is refused', async () => {
    const { db, contract } = await deskWithCustomer();
    const before = await dumpDesk(db);
    const newcomer = { by: 'Bob', workstation: 'ws-other' };
    await expect(registerTicket(db, plans, { ...loginFails(contract), title: ' ' }, newcomer, at('2026-03-02T09:00:00+01:00'))).rejects.toThrow(
      /^title: must not be empty/,
    ); // Monday
    expect(await dumpDesk(db)).toEqual(before);
    expect(await db.workstations.get('ws-other')).toBeUndefined();
  });

  it('never gives a number the desk holds: a ticket that arrives with a later number of its code moves the counter past it', async () => {
    const { db, contract } = await deskWithCustomer();
    const first = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
    // A ticket numbered T-1005 comes in through the log (as a pull or an import brings one).
    const created = eventOf((await storedStream(db, first.id))[0]!);
    const arriving = { ...created, id: 'ev-arriving', stream: 'tk-arriving', payload: { ...created.payload, number: 'T-1005' } };
    await appendEvents(db, plans, [arriving], at('2026-03-02T09:05:00+01:00'), { isPulled: true });
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1005 } });
    // A number not in the <code>-<n> form moves no counter.
    const foreign = { ...created, id: 'ev-foreign', stream: 'tk-foreign', payload: { ...created.payload, number: 'INC0012345' } };
    await appendEvents(db, plans, [foreign], at('2026-03-02T09:06:00+01:00'), { isPulled: true });
    const next = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:10:00+01:00')); // Monday
    expect(first.number).toBe('T-1001');
    expect(next.number).toBe('T-1006');
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1006 } });
  });

  it('numbers a second workstation of the desk with its own code', async () => {
    const { db, contract } = await deskWithCustomer();
    await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
    const other = await registerTicket(db, plans, loginFails(contract), { by: 'Bob', workstation: 'ws-other' }, at('2026-03-02T09:10:00+01:00')); // Monday
    expect(other.number).toBe('A-1001');
    expect(await db.workstations.get('ws-other')).toEqual({ id: 'ws-other', code: 'A', joinedAt: at('2026-03-02T09:10:00+01:00') }); // Monday
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1001, A: 1001 } });
  });
});

describe('runTicketCommand', () => {
  it('appends events and updates the row in one go; a refused command changes nothing', async () => {
    const { db, contract } = await deskWithCustomer();
    const row = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
    const after = await runTicketCommand(db, plans, row.id, { kind: 'respond' }, actor, at('2026-03-02T09:30:00+01:00')); // Monday
    expect(after).toMatchObject({ status: 'in_progress', isResponded: true, eventCount: 3 });
    const before = await dumpDesk(db);

    await expect(runTicketCommand(db, plans, row.id, { kind: 'set_status', status: 'new' }, actor, at('2026-03-02T09:40:00+01:00'))).rejects.toThrow(
      /^status: cannot move/,
    ); // Monday

    expect(await dumpDesk(db)).toEqual(before);
    const stream = await storedStream(db, row.id);
    expect(stream.map((e) => [e.kind, e.payload['at']])).toEqual([
      ['created', at('2026-03-02T09:00:00+01:00')], // Monday
      ['responded', at('2026-03-02T09:30:00+01:00')], // Monday
      ['status_changed', at('2026-03-02T09:30:00+01:00')], // Monday
    ]);
    const loaded = await loadTicket(db, row.id);
    expect(loaded?.events.map((e) => [e.id, e.kind])).toEqual(stream.map((e) => [e.id, e.kind]));
    expect(loaded?.row).toEqual(after);
  });

  it('keeps projections that are the fold of the whole log, with the fields the commands gave', async () => {
    const { db, contract } = await deskWithCustomer();
    const row = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
    await runTicketCommand(db, plans, row.id, { kind: 'escalate', line: 'second' }, actor, at('2026-03-02T09:10:00+01:00')); // Monday
    await runTicketCommand(db, plans, row.id, { kind: 'assign', assignee: 'Bob' }, actor, at('2026-03-02T09:20:00+01:00')); // Monday
    await setDeskSetting(db, plans, 'atRiskPercent', 80, actor, at('2026-03-02T09:30:00+01:00')); // Monday

    const dump = await dumpDesk(db);
    const stored = {
      workstations: dump.workstations,
      deskSettings: dump.deskSettings,
      customers: dump.customers,
      contracts: dump.contracts,
      agents: dump.agents,
      tickets: dump.tickets,
      calls: dump.calls,
      engagements: dump.engagements,
      billingRuns: dump.billingRuns,
      outages: dump.outages,
      exclusions: dump.exclusions,
      outcomes: dump.outcomes,
      outcomePeriods: dump.outcomePeriods,
      policies: dump.policies,
    };
    const rebuilt = projectDesk(dump.log.map(eventOf), plans);

    expect(stored).toEqual(rebuilt);
    expect(stored).toEqual({
      workstations: [{ id: 'ws-test', code: 'T', joinedAt: addedAt }],
      deskSettings: [{ key: 'atRiskPercent', value: 80, changedAt: at('2026-03-02T09:30:00+01:00') }], // Monday
      customers: [{ id: contract.customerId, name: 'Gemeente Houten', createdAt: addedAt }],
      contracts: [{ id: contract.id, customerId: contract.customerId, name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: addedAt }],
      agents: [],
      tickets: [
        {
          id: row.id,
          number: 'T-1001',
          title: 'Login fails',
          description: '',
          customerId: contract.customerId,
          contractId: contract.id,
          type: 'bug',
          environment: 'production',
          channel: 'portal',
          status: 'new',
          priority: 'normal',
          line: 'second',
          assignee: 'Bob',
          isResponded: false,
          isResolved: false,
          createdAt: at('2026-03-02T09:00:00+01:00'), // Monday
          updatedAt: at('2026-03-02T09:20:00+01:00'), // Monday
          eventCount: 3,
          isOpen: 1,
          // Open: the board's fields beside the row. Response (normal: 4 office hours) runs first: Monday 09:00 + 4 h.
          events: rebuilt.tickets[0]?.events,
          queueKey: at('2026-03-02T13:00:00+01:00'),
          numberKey: 'T-041001',
        },
      ],
      calls: [],
      engagements: [],
      billingRuns: [],
      outages: [],
      exclusions: [],
      outcomes: [],
      outcomePeriods: [],
      policies: [],
    });
  });
});

describe('loadOpenTickets', () => {
  it("reads each open ticket's log from its projection, which follows every write and leaves with the closed ticket", async () => {
    const { db, contract } = await deskWithCustomer();
    const kept = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
    const closed = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:10:00+01:00')); // Monday
    await runTicketCommand(db, plans, kept.id, { kind: 'respond' }, actor, at('2026-03-02T09:30:00+01:00')); // Monday
    await runTicketCommand(db, plans, closed.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-02T09:40:00+01:00')); // Monday

    const open = await loadOpenTickets(db);
    expect(open.map((t) => t.row.id)).toEqual([kept.id]);
    expect(open[0]?.events).toEqual((await loadTicket(db, kept.id))?.events);
    expect(open[0]?.events.map((e) => e.kind)).toEqual(['created', 'responded', 'status_changed']);
    expect((await allTicketRecords(db)).filter((t) => t.log !== undefined).map((t) => t.id)).toEqual([kept.id]);
    expect((await ticketRecord(db, closed.id))?.numberKey).toBeUndefined();
  });

  it('reads the same from a desk filled in one go (an import) as from one written command by command', async () => {
    const { db } = await deskWithCustomer();
    await loadDemoDesk(db, plans, at('2026-03-02T09:00:00+01:00')); // Monday
    const copy = freshDb();
    await importDesk(copy, plans, await exportDesk(db, at('2026-03-02T09:00:00+01:00'))); // Monday
    const byId = (list: Awaited<ReturnType<typeof loadOpenTickets>>) => [...list].sort((a, b) => (a.row.id < b.row.id ? -1 : 1));
    const fromImport = byId(await loadOpenTickets(copy));
    expect(fromImport.length).toBeGreaterThan(30);
    for (const t of fromImport) expect(t.events).toEqual((await loadTicket(copy, t.row.id))?.events);
  });
});

describe('desk files', () => {
  it('loads the demo desk only when asked, and round-trips it through export and import', async () => {
    const db = freshDb();
    expect(await countTicketRecords(db)).toBe(0);
    const now = at('2026-03-04T11:00:00+01:00'); // Wednesday
    expect(await loadDemoDesk(db, plans, now)).toBe(50);
    const open = await loadOpenTickets(db);
    expect(open.length).toBeGreaterThan(30);
    const text = await exportDesk(db, now);
    const copy = freshDb();
    expect(await importDesk(copy, plans, text)).toBe(50);
    expect(await allTicketRecords(copy)).toEqual(await allTicketRecords(db));
    expect(await storedLog(copy)).toEqual(await storedLog(db));
    expect(await copy.settings.get('deskId')).toEqual(await db.settings.get('deskId'));
    expect(await copy.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1050 } });
    expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1050 } });
  });

  it('rejects a broken file with the field and the reason, and leaves the desk as it was', async () => {
    const db = freshDb();
    const now = at('2026-03-04T11:00:00+01:00'); // Wednesday
    await loadDemoDesk(db, plans, now);
    const before = await dumpDesk(db);
    const file = JSON.parse(await exportDesk(db, now)) as { events: { kind: string; payload: { at: string } }[] };
    const created = file.events.findIndex((e) => e.kind === 'created');
    file.events[created]!.payload.at = 'yesterday';
    await expect(importDesk(db, plans, JSON.stringify(file))).rejects.toThrow(
      new RegExp(`^events\\[${created}\\]\\.payload\\.at: "yesterday" must be an ISO-8601`),
    );
    await expect(importDesk(db, plans, '{"format":"klok-desk"')).rejects.toThrow(/^file: is not JSON/);
    expect(await dumpDesk(db)).toEqual(before);
    expect(await countTicketRecords(db)).toBe(50);
  });
});

describe('customers and contracts over time', () => {
  it('renames a customer, ends a contract, and refuses new tickets on it once ended', async () => {
    const { db, contract } = await deskWithCustomer();
    const at9 = at('2026-03-02T09:00:00+01:00'); // Mon
    expect((await renameCustomer(db, plans, contract.customerId, '  Gemeente Houten (ICT)  ', actor, at9)).name).toBe('Gemeente Houten (ICT)');
    const ended = await endContract(db, plans, contract.id, at9 + HOUR, actor, at9);
    expect(ended.endedAt).toBe(at9 + HOUR);
    // Still running until then: a ticket can be registered at 09:30, not at 10:00.
    await registerTicket(db, plans, loginFails(contract), actor, at9 + HOUR / 2);
    await expect(registerTicket(db, plans, loginFails(contract), actor, at9 + HOUR)).rejects.toThrow(
      'contractId: this contract has ended: it takes no new tickets',
    );
    expect(projectDesk((await dumpDesk(db)).log.map(eventOf), plans).contracts).toEqual(await db.contracts.toArray());
  });

  it('refuses an empty name, an end in the past and unknown ids, naming the field, writing nothing', async () => {
    const { db, contract } = await deskWithCustomer();
    const now = at('2026-03-02T09:00:00+01:00');
    const before = await dumpDesk(db);
    await expect(renameCustomer(db, plans, contract.customerId, '  ', actor, now)).rejects.toThrow('customerName: must not be empty');
    await expect(renameCustomer(db, plans, 'nobody', 'X', actor, now)).rejects.toThrow('customer: this customer is not on the desk');
    await expect(endContract(db, plans, contract.id, now - 1, actor, now)).rejects.toThrow('contractEndsAt: a contract ends now or later, not in the past');
    await expect(endContract(db, plans, contract.id, null, actor, now)).rejects.toThrow('contractEndsAt: say when the contract ends');
    expect(await dumpDesk(db)).toEqual(before);
  });
});

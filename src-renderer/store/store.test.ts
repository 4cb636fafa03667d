import 'fake-indexeddb/auto';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import { KlokDB } from '../db/klok-db';
import { addCustomer } from './desk-store';
import { exportDesk, importDesk, loadDemoDesk } from './desk-transfer';
import { loadOpenTickets, loadTicket, registerTicket, rowFromLog, runTicketCommand } from './ticket-store';

const plans = new ContractPlans();
const actor = { by: 'Ann', workstation: 'ws-test' };
const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
let counter = 0;
const dbs: KlokDB[] = [];

function freshDb(): KlokDB {
  const db = new KlokDB(`klok-test-${++counter}`);
  dbs.push(db);
  return db;
}

afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function deskWithCustomer() {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, at('2026-03-01T10:00:00+01:00'));
  const contract = (await db.contracts.toArray())[0]!;
  return { db, contract };
}

describe('registerTicket', () => {
  it('gives a number at once and stores the created event and the row together', async () => {
    const { db, contract } = await deskWithCustomer();
    const row = await registerTicket(db, plans, { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' }, actor, at('2026-03-02T09:00:00+01:00'));
    expect(row).toMatchObject({ number: 'T-1001', status: 'new', priority: 'normal', isOpen: 1 });
    expect(await db.events.where('ticketId').equals(row.id).count()).toBe(1);
    const second = await registerTicket(db, plans, { contractId: contract.id, title: 'Other', type: 'question', environment: 'test', channel: 'email' }, actor, at('2026-03-02T09:05:00+01:00'));
    expect(second).toMatchObject({ number: 'T-1002', priority: 'low' });
  });
  it('rejects bad input naming the field, and writes nothing', async () => {
    const { db, contract } = await deskWithCustomer();
    await expect(registerTicket(db, plans, { contractId: contract.id, title: ' ', type: 'bug', environment: 'production', channel: 'portal' }, actor, 0)).rejects.toThrow(/^title: must not be empty/);
    await expect(registerTicket(db, plans, { contractId: contract.id, title: 'Down', type: 'bug', environment: 'production', channel: 'portal', priority: 'high' }, actor, 0)).rejects.toThrow(/^priority: High must be phoned in/);
    expect(await db.tickets.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await db.settings.get('ticketCounter')).toBeUndefined();
  });
});

describe('runTicketCommand', () => {
  it('appends events and updates the row in one go; a refused command changes nothing', async () => {
    const { db, contract } = await deskWithCustomer();
    const row = await registerTicket(db, plans, { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' }, actor, at('2026-03-02T09:00:00+01:00'));
    const after = await runTicketCommand(db, plans, row.id, { kind: 'respond' }, actor, at('2026-03-02T09:30:00+01:00'));
    expect(after).toMatchObject({ status: 'in_progress', isResponded: true, eventCount: 3 });
    await expect(runTicketCommand(db, plans, row.id, { kind: 'set_status', status: 'new' }, actor, at('2026-03-02T09:40:00+01:00'))).rejects.toThrow(/^status: cannot move/);
    const loaded = await loadTicket(db, row.id);
    expect(loaded?.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(loaded?.row).toEqual(after);
  });
  it('keeps a projection that can always be rebuilt from the log', async () => {
    const { db, contract } = await deskWithCustomer();
    const row = await registerTicket(db, plans, { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' }, actor, at('2026-03-02T09:00:00+01:00'));
    await runTicketCommand(db, plans, row.id, { kind: 'escalate', line: 'second' }, actor, at('2026-03-02T09:10:00+01:00'));
    await runTicketCommand(db, plans, row.id, { kind: 'assign', assignee: 'Bob' }, actor, at('2026-03-02T09:20:00+01:00'));
    const loaded = (await loadTicket(db, row.id))!;
    expect(rowFromLog(row.id, loaded.events, plans.planFor(contract))).toEqual(loaded.row);
  });
});

describe('desk files', () => {
  it('loads the demo desk only when asked, and round-trips it through export and import', async () => {
    const db = freshDb();
    expect(await db.tickets.count()).toBe(0);
    const now = at('2026-03-04T11:00:00+01:00');
    expect(await loadDemoDesk(db, plans, now)).toBe(50);
    const open = await loadOpenTickets(db);
    expect(open.length).toBeGreaterThan(30);
    const text = await exportDesk(db, now);
    const copy = freshDb();
    expect(await importDesk(copy, plans, text)).toBe(50);
    expect(await copy.tickets.orderBy('number').toArray()).toEqual(await db.tickets.orderBy('number').toArray());
    expect(await copy.events.count()).toBe(await db.events.count());
  });
  it('rejects a broken file with the field and the reason, and leaves the desk as it was', async () => {
    const db = freshDb();
    const now = at('2026-03-04T11:00:00+01:00');
    await loadDemoDesk(db, plans, now);
    const file = JSON.parse(await exportDesk(db, now)) as { tickets: { events: { at: string }[] }[] };
    file.tickets[2]!.events[0]!.at = 'yesterday';
    await expect(importDesk(db, plans, JSON.stringify(file))).rejects.toThrow(/^tickets\[2\]\.events\[0\]\.at: "yesterday" must be an ISO-8601/);
    await expect(importDesk(db, plans, '{"format":"klok-desk"')).rejects.toThrow(/^file: is not JSON/);
    expect(await db.tickets.count()).toBe(50);
  });
});

describe('schema versions', () => {
  it('upgrades existing data when a later version adds an upgrade', async () => {
    const name = `klok-migrate-${++counter}`;
    const v1 = new KlokDB(name);
    await v1.customers.add({ id: 'c1', name: 'Old', createdAt: 1 });
    v1.close();
    const { SCHEMA_VERSIONS } = await import('../db/schema-versions');
    const next = SCHEMA_VERSIONS.length + 1;
    const v2 = new KlokDB(name, [
      ...SCHEMA_VERSIONS,
      { version: next, stores: {}, upgrade: (tx) => tx.table('customers').toCollection().modify((c: { name: string }) => void (c.name = c.name.toUpperCase())) },
    ]);
    expect((await v2.customers.get('c1'))?.name).toBe('OLD');
    await v2.delete();
  });
});

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { storeAtVersion } from '../store/store-test-support';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import type { OpenTicketLog } from '../../src-shared/desk-log/projections/open-ticket-log';
import { at } from '../../src-shared/test-support/instants';
import { registerTicket } from '../store/ticket-store';
import { KlokDB } from './klok-db';
import { SCHEMA_VERSIONS } from './schema-versions';
import { readLog, lastInLog } from './log-blocks';
import { ticketRecordOf } from './ticket-records';
import { allTicketRecords, ticketRecord } from './ticket-pages';

const plans = new ContractPlans();
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A store exactly as Klok 0.1 (schema version 1) wrote it. */
async function version1Store(name: string, { hasAtRisk = true } = {}): Promise<void> {
  names.push(name);
  const v1 = new Dexie(name);
  const first = SCHEMA_VERSIONS[0];
  if (first?.version !== 1) throw new Error('schema version 1 is the first');
  v1.version(1).stores(first.stores as Record<string, string>);
  await v1.table('customers').add({ id: 'cus-1', name: 'Gemeente Houten', createdAt: at('2026-03-01T10:00:00+01:00') }); // Sunday
  await v1
    .table('contracts')
    .add({ id: 'con-1', customerId: 'cus-1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: at('2026-03-01T10:00:00+01:00') });
  await v1.table('agents').add({ id: 'ag-1', name: 'Anna' });
  const created = {
    kind: 'created',
    at: at('2026-03-02T09:00:00+01:00'),
    by: 'Anna',
    workstation: 'ws-old',
    number: 'T-1001',
    title: 'Login fails',
    description: '',
    customerId: 'cus-1',
    contractId: 'con-1',
    type: 'bug',
    environment: 'production',
    channel: 'portal',
    priority: 'normal',
  }; // Monday
  await v1.table('events').bulkAdd([
    { ...created, id: 'ev-1', ticketId: 'tk-1', seq: 1 },
    { id: 'ev-2', ticketId: 'tk-1', seq: 2, kind: 'responded', at: at('2026-03-02T09:30:00+01:00'), by: 'Anna', workstation: 'ws-old' },
    {
      id: 'ev-3',
      ticketId: 'tk-1',
      seq: 3,
      kind: 'status_changed',
      status: 'in_progress',
      at: at('2026-03-02T09:30:00+01:00'),
      by: 'Anna',
      workstation: 'ws-old',
    },
  ]);
  await v1.table('tickets').add({
    id: 'tk-1',
    number: 'T-1001',
    title: 'Login fails',
    description: '',
    customerId: 'cus-1',
    contractId: 'con-1',
    type: 'bug',
    environment: 'production',
    channel: 'portal',
    status: 'in_progress',
    priority: 'normal',
    line: 'first',
    assignee: null,
    isResponded: true,
    isResolved: false,
    createdAt: created.at,
    updatedAt: at('2026-03-02T09:30:00+01:00'),
    eventCount: 3,
    isOpen: 1,
  });
  await v1
    .table('settings')
    .bulkAdd([{ key: 'ticketCounter', value: 1001 }, ...(hasAtRisk ? [{ key: 'atRiskPercent', value: 80 }] : []), { key: 'language', value: 'nl' }]);
  v1.close();
}

/** The newest hybrid logical clock stamp of a log: where a migrated store's own clock stands. */
const newestStamp = (log: readonly { hlc: string }[]): string | undefined =>
  log
    .map((e) => e.hlc)
    .sort()
    .at(-1);

describe('opening a version 1 store (Klok 0.1) with the desk log', () => {
  it('turns its rows and ticket logs into one desk log, with nothing lost', async () => {
    await version1Store('klok-migrate-1');
    const db = new KlokDB('klok-migrate-1');

    const log = await readLog(db);
    expect(log.map((e) => [e.kind, e.stream])).toEqual([
      ['customer.added', 'cus-1'],
      ['contract.added', 'con-1'],
      ['agent.added', 'ag-1'],
      ['created', 'tk-1'],
      ['responded', 'tk-1'],
      ['status_changed', 'tk-1'],
      ['desk.setting_changed', 'desk'],
    ]);
    expect(log.find((e) => e.id === 'ev-3')).toMatchObject({
      by: 'Anna',
      workstation: 'ws-old',
      payload: { at: at('2026-03-02T09:30:00+01:00'), status: 'in_progress' },
    });
    expect(new Set(log.map((e) => e.deskId)).size).toBe(1);
    // Same-instant events of a ticket keep their order: responded before status_changed.
    expect((log[4]?.hlc ?? '') < (log[5]?.hlc ?? '')).toBe(true);

    expect(await ticketRecord(db, 'tk-1')).toMatchObject({ number: 'T-1001', status: 'in_progress', isResponded: true, eventCount: 3, isOpen: 1 });
    expect(await db.customers.toArray()).toEqual([{ id: 'cus-1', name: 'Gemeente Houten', createdAt: at('2026-03-01T10:00:00+01:00') }]);
    expect(await db.agents.toArray()).toEqual([{ id: 'ag-1', name: 'Anna' }]);
    expect(await db.deskSettings.get('atRiskPercent')).toMatchObject({ value: 80 });
    expect(await db.settings.get('atRiskPercent')).toBeUndefined();
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'nl' });
    expect(db.tables.map((t) => t.name)).not.toContain('events');
    // The store's desk is the log's, and its clock stands at the newest stamp in the log.
    expect(await db.settings.get('deskId')).toEqual({ key: 'deskId', value: log[0]?.deskId });
    expect(await db.settings.get('hlc')).toEqual({ key: 'hlc', value: newestStamp(log) });
    db.close();
  });

  it('writes no desk setting when the old store had no at-risk percentage', async () => {
    await version1Store('klok-migrate-no-risk', { hasAtRisk: false });
    const db = new KlokDB('klok-migrate-no-risk');
    const log = await readLog(db);
    expect(log.map((e) => e.kind)).not.toContain('desk.setting_changed');
    expect(await db.settings.get('hlc')).toEqual({ key: 'hlc', value: newestStamp(log) });
    db.close();
  });

  it("gains the open tickets' logs (schema version 5) when a version 4 store opens, as the ticket's stream folds them", async () => {
    await version1Store('klok-migrate-4');
    const v4 = storeAtVersion('klok-migrate-4', 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(v4.tables.map((t) => t.name)).not.toContain('openTicketLogs');
    v4.close();
    const db = storeAtVersion('klok-migrate-4', 5);
    await db.open();
    expect(db.verno).toBe(5);
    const logs = (await db.table('openTicketLogs').toArray()) as OpenTicketLog[];
    expect(logs.map((l) => [l.id, l.events.map((e) => [e.id, e.kind])])).toEqual([
      [
        'tk-1',
        [
          ['ev-1', 'created'],
          ['ev-2', 'responded'],
          ['ev-3', 'status_changed'],
        ],
      ],
    ]);
    db.close();
  });

  it('keeps projections that a rebuild from the log reproduces exactly', async () => {
    await version1Store('klok-migrate-2');
    const db = new KlokDB('klok-migrate-2');
    const rebuilt = projectDesk(await readLog(db), plans);
    expect(await allTicketRecords(db)).toEqual(rebuilt.tickets.map(ticketRecordOf).sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.contracts.toArray()).toEqual(rebuilt.contracts);
    db.close();
  });

  it("numbers the next ticket after the old counter, as the desk's first workstation (T)", async () => {
    await version1Store('klok-migrate-3');
    const db = new KlokDB('klok-migrate-3');
    const row = await registerTicket(
      db,
      plans,
      { contractId: 'con-1', title: 'Printer', type: 'question', environment: 'production', channel: 'email' },
      { by: 'Anna', workstation: 'ws-old' },
      at('2026-03-03T09:00:00+01:00'),
    ); // Tuesday
    expect(row.number).toBe('T-1002');
    expect(await db.workstations.get('ws-old')).toMatchObject({ code: 'T' });
    // The new event sorts after every migrated one.
    const last = (await lastInLog(db))?.stream;
    expect(last).toBe(row.id);
    db.close();
  });
});

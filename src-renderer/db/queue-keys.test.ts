import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_CALENDARS } from '../../src-shared/calendar/builtin-calendars';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { rowOfStored, type OpenTicketLog, type StoredTicket } from '../../src-shared/desk-log/projections/open-ticket-log';
import { scope4mation } from '../../src-shared/policy/presets/scope4mation';
import { at } from '../../src-shared/test-support/instants';
import { adoptPolicy } from '../store/policy-store';
import { actor, deleteFreshDbs, eventOf, houtenDesk, plans, storedLog, storeAtVersion } from '../store/store-test-support';
import { registerTicket, runTicketCommand } from '../store/ticket-store';
import { storedTicketOfRecord } from './ticket-records';
import { allTicketRecords } from './ticket-pages';

const NAME = 'klok-schema-15-test';
afterEach(async () => {
  await deleteFreshDbs();
  await Dexie.delete(NAME);
});

const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));

describe('schema versions 15 to 17', () => {
  it('gives every open ticket of a version 14 store its place in the queue, on the policy version its clocks run on', async () => {
    // A desk worked on today: a ticket on the preset, one on the desk's own version (09:00–17:00), one closed.
    const { db: source, contract } = await houtenDesk();
    const reg = { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' } as const;
    const onPreset = await registerTicket(source, plans, reg, actor, at('2026-03-02T09:00:00+01:00'));
    const office = BUILTIN_CALENDARS['scope4mation-office']!;
    const nineToFive = {
      ...office,
      week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
    };
    await adoptPolicy(
      source,
      plans,
      { policyId: 'scope4mation', policy: scope4mation, calendars: { 'scope4mation-office': nineToFive }, applyToOpenTickets: false },
      actor,
      at('2026-03-02T09:30:00+01:00'),
    );
    const onVersion = await registerTicket(source, plans, { ...reg, title: 'Export slow' }, actor, at('2026-03-02T10:00:00+01:00'));
    const closed = await registerTicket(source, plans, { ...reg, title: 'Typo' }, actor, at('2026-03-02T11:00:00+01:00'));
    await runTicketCommand(source, plans, closed.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-02T11:30:00+01:00'));
    const records = byId((await allTicketRecords(source)).map(storedTicketOfRecord));
    const keyed = byId(openLogsOf(records));
    expect(keyed.map((l) => l.id)).toEqual([onPreset.id, onVersion.id].sort());
    const [log, tickets, contracts, policies] = [
      await storedLog(source),
      records.map(rowOfStored),
      await source.contracts.toArray(),
      await source.policies.toArray(),
    ];

    // The same desk as version 14 kept it: the open tickets' logs without a place in the queue.
    const v14 = storeAtVersion(NAME, 14);
    await v14.table('log').bulkAdd(log);
    await v14.table('tickets').bulkAdd(tickets);
    await v14.contracts.bulkAdd(contracts);
    await v14.policies.bulkAdd(policies);
    await v14.table('openTicketLogs').bulkAdd(keyed.map(({ id, events }) => ({ id, events })));
    // A log whose ticket has no row (none is written so): no place in the queue, and no record later.
    await v14.table('openTicketLogs').add({ id: 'tk-orphan', events: [] });
    v14.close();

    const v15 = storeAtVersion(NAME, 15);
    await v15.open();
    expect(v15.verno).toBe(15);
    expect(v15.table('openTicketLogs').schema.indexes.map((i) => i.name)).toEqual(['[queueKey+numberKey]']);
    const logs15 = byId((await v15.table('openTicketLogs').toArray()) as OpenTicketLog[]);
    expect(logs15.find((l) => l.id === 'tk-orphan')).toEqual({ id: 'tk-orphan', events: [] });
    const upgraded = logs15.filter((l) => l.id !== 'tk-orphan');
    expect(upgraded).toEqual(keyed);
    expect(upgraded).toEqual(byId(openLogsOf(projectDesk(log.map(eventOf), plans).tickets)));
    // The two tickets run on different hours: their response is due at different moments.
    expect(new Set(upgraded.map((l) => l.queueKey)).size).toBe(2);
    expect(upgraded.every((l) => l.queueKey < Number.MAX_SAFE_INTEGER)).toBe(true);
    v15.close();

    // Versions 16 and 17 (decision 23): the logs move into their tickets' records, and their table goes.
    const current = storeAtVersion(NAME, 17);
    await current.open();
    expect(current.verno).toBe(17);
    expect(current.tables.map((t) => t.name)).not.toContain('openTicketLogs');
    expect(byId(await current.table('tickets').toArray())).toEqual(records);
    expect(await current.table('tickets').orderBy('[queueKey+numberKey]').primaryKeys()).toEqual(
      [...keyed].sort((a, b) => a.queueKey - b.queueKey).map((l) => l.id),
    );
    expect(((await current.table('tickets').get(closed.id)) as StoredTicket | undefined)?.events).toBeUndefined();
    expect(await current.table('tickets').get('tk-orphan')).toBeUndefined();
    current.close();
  });
});

/** The open logs a version 15 store kept, from today's ticket records. */
function openLogsOf(records: readonly StoredTicket[]): OpenTicketLog[] {
  return records.flatMap(({ id, events, queueKey, numberKey }) => (events && queueKey !== undefined && numberKey ? [{ id, events, queueKey, numberKey }] : []));
}

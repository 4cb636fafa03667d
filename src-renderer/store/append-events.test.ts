import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import { compareDeskEvents, orderKey, type DeskEvent } from '../../src-shared/desk-log/desk-event';
import { formatHlc, parseHlc } from '../../src-shared/desk-log/hlc';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { at } from '../../src-shared/test-support/instants';
import { propertyRuns } from '../../src-shared/test-support/properties';
import { KlokDB } from '../db/klok-db';
import { appendEvents, CLOCK_WARNING_KEY } from './append-events';
import { addCustomer } from './desk-store';
import { registerTicket, runTicketCommand } from './ticket-store';
import { readLog, countLog, lastInLog } from '../db/log-blocks';
import { ticketRecordOf } from '../db/ticket-records';
import { allTicketRecords, countTicketRecords } from '../db/ticket-pages';

const plans = new ContractPlans();
const dbs: KlokDB[] = [];
let counter = 0;
function freshDb(): KlokDB {
  const db = new KlokDB(`klok-append-${++counter}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** Every projection table, sorted by key, for comparing two stores. */
async function projections(db: KlokDB) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    workstations: byId(await db.workstations.toArray()),
    deskSettings: await db.deskSettings.orderBy('key').toArray(),
    customers: byId(await db.customers.toArray()),
    contracts: byId(await db.contracts.toArray()),
    agents: byId(await db.agents.toArray()),
    tickets: byId(await allTicketRecords(db)),
    outcomes: byId(await db.outcomes.toArray()),
  };
}

/** A desk worked on by two workstations, each in its own store; returns both stores' logs. */
async function twoWorkstations(): Promise<{ a: DeskEvent[]; b: DeskEvent[] }> {
  const ws1 = freshDb();
  const anna = { by: 'Anna', workstation: 'ws-a' };
  await addCustomer(
    ws1,
    plans,
    { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' },
    anna,
    at('2026-03-02T08:00:00+01:00'),
  ); // Monday
  const contract = (await ws1.contracts.toArray())[0]!;
  const t1 = await registerTicket(
    ws1,
    plans,
    { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' },
    anna,
    at('2026-03-02T09:00:00+01:00'),
  );
  // The second workstation starts from a copy of the first's log, then both work offline.
  const ws2 = freshDb();
  await appendEvents(ws2, plans, await readLog(ws1), at('2026-03-02T09:01:00+01:00'));
  const bram = { by: 'Bram', workstation: 'ws-b' };
  await runTicketCommand(ws1, plans, t1.id, { kind: 'respond' }, anna, at('2026-03-02T09:30:00+01:00'));
  await runTicketCommand(ws2, plans, t1.id, { kind: 'assign', assignee: 'Bram' }, bram, at('2026-03-02T09:31:00+01:00'));
  await runTicketCommand(ws2, plans, t1.id, { kind: 'escalate', line: 'second' }, bram, at('2026-03-02T09:32:00+01:00'));
  await registerTicket(
    ws2,
    plans,
    { contractId: contract.id, title: 'Roles?', type: 'question', environment: 'test', channel: 'email' },
    bram,
    at('2026-03-02T09:33:00+01:00'),
  );
  await runTicketCommand(ws1, plans, t1.id, { kind: 'assign', assignee: 'Anna' }, anna, at('2026-03-02T09:34:00+01:00'));
  return { a: await readLog(ws1), b: await readLog(ws2) };
}

describe('orderKey', () => {
  it('sorts like compareDeskEvents, also when one workstation id is a prefix of another', () => {
    const base = { hlc: formatHlc({ wall: 5, counter: 0 }), id: 'x' };
    const events = [
      { ...base, workstation: 'ws-10' },
      { ...base, workstation: 'ws-1a' },
      { ...base, workstation: 'ws-1' },
      { ...base, workstation: 'ws-1', id: 'a' },
    ];
    const byKey = [...events].sort((p, q) => (orderKey(p) < orderKey(q) ? -1 : 1));
    expect(byKey.map((e) => `${e.workstation}/${e.id}`)).toEqual([...events].sort(compareDeskEvents).map((e) => `${e.workstation}/${e.id}`));
    expect(byKey.map((e) => `${e.workstation}/${e.id}`)).toEqual(['ws-1/a', 'ws-1/x', 'ws-10/x', 'ws-1a/x']);
  });
});

describe('appendEvents', () => {
  it('gives two workstations that exchange their logs the same desk, whatever order the events arrive in', async () => {
    const { a, b } = await twoWorkstations();
    const all = [...new Map([...a, ...b].map((e) => [e.id, e])).values()];
    const reference = freshDb();
    await appendEvents(reference, plans, all, at('2026-03-02T10:00:00+01:00'));
    const expected = await projections(reference);
    expect(expected.workstations.map((w) => [w.id, w.code])).toEqual([
      ['ws-a', 'T'],
      ['ws-b', 'A'],
    ]);
    expect(expected.tickets.map((t) => t.number).sort()).toEqual(['A-1001', 'T-1001']);
    expect(expected.tickets.find((t) => t.number === 'T-1001')).toMatchObject({ assignee: 'Anna', line: 'second', isResponded: true, status: 'in_progress' });

    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...a, ...b], { minLength: a.length + b.length, maxLength: a.length + b.length }),
        fc.integer({ min: 1, max: 6 }),
        async (arrival, batch) => {
          const db = freshDb();
          for (let i = 0; i < arrival.length; i += batch) await appendEvents(db, plans, arrival.slice(i, i + batch), at('2026-03-02T10:00:00+01:00'));
          expect(await projections(db)).toEqual(expected);
          expect(await countLog(db)).toBe(all.length);
          await db.delete();
        },
      ),
      propertyRuns(25),
    );
  });

  it('keeps projections equal to a rebuild of the whole log', async () => {
    const { a, b } = await twoWorkstations();
    const db = freshDb();
    await appendEvents(db, plans, a, at('2026-03-02T10:00:00+01:00'));
    await appendEvents(db, plans, b, at('2026-03-02T10:00:00+01:00'));
    const rebuilt = projectDesk(await readLog(db), plans);
    const stored = await projections(db);
    expect(stored.tickets).toEqual(rebuilt.tickets.map(ticketRecordOf).sort((x, y) => (x.id < y.id ? -1 : 1)));
    expect(stored.customers).toEqual(rebuilt.customers);
    expect(stored.outcomes).toEqual([...rebuilt.outcomes].sort((x, y) => (x.id < y.id ? -1 : 1)));
    expect(stored.workstations).toEqual([...rebuilt.workstations].sort((x, y) => (x.id < y.id ? -1 : 1)));
  });

  it('writes nothing of a batch whose projection write fails halfway', async () => {
    const { a } = await twoWorkstations();
    const db = freshDb();
    db.ticketPages.hook('creating', () => {
      throw new Error('disk full (test)');
    });
    await expect(appendEvents(db, plans, a, at('2026-03-02T10:00:00+01:00'))).rejects.toThrow(/disk full/);
    expect(await countLog(db)).toBe(0);
    expect(await db.customers.count()).toBe(0);
    expect(await db.settings.get('hlc')).toBeUndefined();
  });

  it('hands an empty store’s projections to whileWriting, and writes them even when that work fails', async () => {
    const { a } = await twoWorkstations();
    const db = freshDb();
    const seen: number[] = [];
    await appendEvents(db, plans, a, at('2026-03-02T10:00:00+01:00'), {
      whileWriting: (projections) => {
        seen.push(projections.tickets.length);
        throw new Error('board evaluation failed (test)');
      },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThan(0);
    expect(await countTicketRecords(db)).toBe(seen[0]);
    expect(await countLog(db)).toBe(a.length);
  });

  it('appends nothing the second time the same events arrive', async () => {
    const { a } = await twoWorkstations();
    const db = freshDb();
    expect((await appendEvents(db, plans, a, at('2026-03-02T10:00:00+01:00'))).appended).toHaveLength(a.length);
    expect((await appendEvents(db, plans, a, at('2026-03-02T10:00:00+01:00'))).appended).toHaveLength(0);
    expect(await countLog(db)).toBe(a.length);
  });

  it('appends only the new events of a batch that repeats some it holds, in the same streams', async () => {
    const { a, b } = await twoWorkstations();
    const db = freshDb();
    await appendEvents(db, plans, a, at('2026-03-02T10:00:00+01:00'));
    const fresh = b.filter((e) => !a.some((x) => x.id === e.id));
    expect(fresh.length).toBeGreaterThan(0);
    const result = await appendEvents(db, plans, [...a.slice(0, 4), ...b], at('2026-03-02T10:00:00+01:00'));
    expect(result.appended.map((e) => e.id).sort()).toEqual(fresh.map((e) => e.id).sort());
    expect((await readLog(db)).map((e) => e.id).sort()).toEqual([...new Set([...a, ...b].map((e) => e.id))].sort());
  });

  it('takes an event from a workstation whose clock is an hour ahead, says so, and stamps later writes after it', async () => {
    const { a } = await twoWorkstations();
    const db = freshDb();
    await appendEvents(db, plans, a, at('2026-03-02T10:00:00+01:00'));
    const ahead = {
      ...a.find((e) => e.kind === 'created')!,
      id: 'from-the-future',
      kind: 'note_added',
      payload: { at: at('2026-03-02T11:00:00+01:00') },
      hlc: formatHlc({ wall: at('2026-03-02T11:00:00+01:00'), counter: 0 }),
    };
    expect(await db.settings.get(CLOCK_WARNING_KEY)).toBeUndefined();
    const result = await appendEvents(db, plans, [ahead], at('2026-03-02T10:00:00+01:00'));
    expect(result.aheadMs).toBe(3_600_000);
    expect((await db.settings.get(CLOCK_WARNING_KEY))?.value).toEqual({ aheadMs: 3_600_000, seenAt: at('2026-03-02T10:00:00+01:00') });
    const ticket = ahead.stream;
    await runTicketCommand(db, plans, ticket, { kind: 'add_note', note: 'later' }, { by: 'Anna', workstation: 'ws-a' }, at('2026-03-02T10:01:00+01:00'));
    const last = (await lastInLog(db))!;
    expect(last.payload['note']).toBe('later');
    expect(parseHlc(last.hlc)?.wall).toBe(at('2026-03-02T11:00:00+01:00'));
  });

  it('refuses a bad event with its field, and writes none of the batch', async () => {
    const { a } = await twoWorkstations();
    const db = freshDb();
    const bad = { ...a[1]!, payload: { ...a[1]!.payload, at: -5 } };
    await expect(appendEvents(db, plans, [a[0]!, bad], at('2026-03-02T10:00:00+01:00'))).rejects.toThrow(
      /^events\[1\]\.payload\.at: must lie between 1970-01-01 and 2199-12-31/,
    );
    expect(await countLog(db)).toBe(0);
  });

  it('keeps an event of a kind it does not know, and leaves it out of every row', async () => {
    const { a } = await twoWorkstations();
    const db = freshDb();
    await appendEvents(db, plans, a, at('2026-03-02T10:00:00+01:00'));
    const before = await projections(db);
    const unknown = {
      ...a[0]!,
      id: 'unknown-kind',
      kind: 'outage.recorded',
      stream: 'outage-1',
      payload: { at: 1, scope: 'complete' },
      hlc: formatHlc({ wall: at('2026-03-02T10:00:00+01:00'), counter: 9 }),
    };
    expect((await appendEvents(db, plans, [unknown], at('2026-03-02T10:00:00+01:00'))).appended).toHaveLength(1);
    expect((await readLog(db)).find((e) => e.id === 'unknown-kind')).toMatchObject({ kind: 'outage.recorded' });
    expect(await projections(db)).toEqual(before);
  });
});

describe('the clock warning', () => {
  it('stays quiet for events up to five minutes ahead of this workstation', async () => {
    const { a } = await twoWorkstations();
    const db = freshDb();
    const now = at('2026-03-02T10:00:00+01:00'); // Monday
    await appendEvents(db, plans, a, now);
    const created = a.find((e) => e.kind === 'created')!;
    const soon = { ...created, id: 'five-minutes-ahead', kind: 'note_added', payload: { at: now }, hlc: formatHlc({ wall: now + 300_000, counter: 0 }) };
    expect((await appendEvents(db, plans, [soon], now)).aheadMs).toBeNull();
    expect(await db.settings.get(CLOCK_WARNING_KEY)).toBeUndefined();
  });
});

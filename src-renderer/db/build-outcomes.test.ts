import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { at } from '../../src-shared/test-support/instants';
import { actor, deleteFreshDbs, eventOf, houtenDesk, plans, storedLog, storeAtVersion } from '../store/store-test-support';
import { registerTicket, runTicketCommand } from '../store/ticket-store';
import { KlokDB } from './klok-db';
import { allTicketRecords } from './ticket-pages';

const NAME = 'klok-schema-12-test';
afterEach(async () => {
  await deleteFreshDbs();
  await Dexie.delete(NAME);
});

describe('schema version 12', () => {
  it('adds the outcome projection indexed by ticket, week, month and quarter, filled from the closed tickets of the log', async () => {
    // A desk worked on today: one ticket closed (response met, resolution breached), one still open.
    const { db: source, contract } = await houtenDesk();
    const contractId = contract.id;
    const reg = { contractId, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' } as const;
    const closed = await registerTicket(source, plans, reg, actor, at('2026-03-02T09:00:00+01:00')); // Mon
    await runTicketCommand(source, plans, closed.id, { kind: 'respond' }, actor, at('2026-03-02T10:00:00+01:00'));
    await runTicketCommand(source, plans, closed.id, { kind: 'resolve' }, actor, at('2026-03-05T10:00:00+01:00')); // Thu
    await runTicketCommand(source, plans, closed.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-05T10:00:00+01:00'));
    await registerTicket(source, plans, { ...reg, title: 'Still open' }, actor, at('2026-03-02T09:30:00+01:00'));
    const [log, tickets, contracts] = [await storedLog(source), await allTicketRecords(source), await source.contracts.toArray()];

    const v11 = storeAtVersion(NAME, 11);
    await v11.table('log').bulkAdd(log);
    await v11.table('tickets').bulkAdd(tickets);
    await v11.contracts.bulkAdd(contracts);
    expect(v11.tables.map((t) => t.name)).not.toContain('outcomes');
    v11.close();

    const v12 = storeAtVersion(NAME, 12);
    await v12.open();
    expect(v12.verno).toBe(12);
    expect(v12.outcomes.schema.indexes.map((i) => i.name).sort()).toEqual(['month', 'quarter', 'ticketId', 'week']);
    const outcomes = await v12.outcomes.orderBy('id').toArray();
    const rebuilt = projectDesk(log.map(eventOf), plans).outcomes.sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(outcomes).toEqual(rebuilt);
    expect(outcomes.map((o) => [o.ticketId, o.timer, o.outcome, o.month])).toEqual([
      [closed.id, 'resolution', 'breached', '2026-03'],
      [closed.id, 'response', 'met', '2026-03'],
    ]);
    expect([await v12.table('log').count(), await v12.table('tickets').count()]).toEqual([log.length, 2]);
    v12.close();

    // Version 14 keeps the same rows again, one record per period and contract.
    const v14 = storeAtVersion(NAME, 14);
    await v14.open();
    expect(v14.verno).toBe(14);
    const periods = await v14.outcomePeriods.orderBy('id').toArray();
    expect(periods).toEqual(projectDesk(log.map(eventOf), plans).outcomePeriods.sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(periods.map((p) => [p.kind, p.period, p.contractId, p.ticketId.length])).toEqual([
      ['month', '2026-03', contractId, 2],
      ['quarter', '2026-Q1', contractId, 2],
      ['week', '2026-W10', contractId, 2],
    ]);
    v14.close();
  });

  it('folds each closed ticket from its whole stream, the last stream too, whatever order the event ids sort in', async () => {
    const { db: source, contract } = await houtenDesk();
    const contractId = contract.id;
    const reg = { contractId, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' } as const;
    const closed = await registerTicket(source, plans, reg, actor, at('2026-03-02T09:00:00+01:00')); // Mon
    await runTicketCommand(source, plans, closed.id, { kind: 'respond' }, actor, at('2026-03-02T10:00:00+01:00'));
    await runTicketCommand(source, plans, closed.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-05T10:00:00+01:00')); // Thu
    const orphan = await registerTicket(source, plans, { ...reg, title: 'Contract gone' }, actor, at('2026-03-02T09:30:00+01:00'));
    await runTicketCommand(source, plans, orphan.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-02T11:00:00+01:00'));
    // The closed ticket's stream sorts last of all streams, and the event ids sort against the
    // streams' order: read by id, every stream would come in pieces.
    const streamId = (s: string) => (s === closed.id ? 'zzzz-closed' : s);
    const byStream = (await storedLog(source)).sort((a, b) => (streamId(a.stream) + a.order < streamId(b.stream) + b.order ? -1 : 1));
    const place = new Map<string, number>();
    const log = byStream.map((e, i) => {
      // Each stream's first events first, then the second ones, …: by id the streams interleave.
      const n = (place.get(e.stream) ?? 0) + 1;
      place.set(e.stream, n);
      return { ...e, id: `ev-${n}-${String(i).padStart(4, '0')}`, stream: streamId(e.stream) };
    });
    const tickets = (await allTicketRecords(source)).map(({ id, log: _log, queueKey: _queueKey, numberKey: _numberKey, ...row }) => ({
      ...row,
      id: streamId(id),
      // A damaged store: this ticket's contract is gone. The upgrade leaves it without outcomes.
      ...(id === orphan.id ? { contractId: 'con-gone' } : {}),
    }));
    const v11 = storeAtVersion(NAME, 11);
    await v11.table('log').bulkAdd(log);
    await v11.table('tickets').bulkAdd(tickets);
    await v11.contracts.bulkAdd(await source.contracts.toArray());
    v11.close();

    const v12 = storeAtVersion(NAME, 12);
    await v12.open();
    const outcomes = await v12.outcomes.orderBy('id').toArray();
    // Response met at 10:00; resolution not reached before the close (Thursday), counted as breached.
    expect(outcomes.map((o) => [o.ticketId, o.timer, o.outcome])).toEqual(
      projectDesk(log.filter((e) => e.stream !== orphan.id).map(eventOf), plans)
        .outcomes.sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((o) => [o.ticketId, o.timer, o.outcome]),
    );
    expect(outcomes.map((o) => o.ticketId)).toContain('zzzz-closed');
    expect(outcomes.map((o) => o.ticketId)).not.toContain(orphan.id);
    v12.close();
  });

  it('opens an empty version 11 store with an empty outcome table', async () => {
    const v11 = storeAtVersion(NAME, 11);
    await v11.open();
    v11.close();
    const v12 = new KlokDB(NAME);
    await v12.open();
    expect(await v12.outcomes.count()).toBe(0);
    v12.close();
  });
});

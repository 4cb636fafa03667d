import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { at } from '../../src-shared/test-support/instants';
import type { KlokDB } from '../db/klok-db';
import { loadOutcomes } from './outcome-store';
import { actor, deleteFreshDbs, eventOf, houtenDesk, plans, storedLog } from './store-test-support';
import { registerTicket, runTicketCommand } from './ticket-store';

afterEach(deleteFreshDbs);

async function desk(): Promise<{ db: KlokDB; contractId: string }> {
  const { db, contract } = await houtenDesk();
  return { db, contractId: contract.id };
}

/** Registers a Normal bug at `created`, responds at `responded`, resolves and closes at `resolved`. */
async function closedTicket(db: KlokDB, contractId: string, title: string, created: string, responded: string, resolved: string): Promise<string> {
  const row = await registerTicket(db, plans, { contractId, title, type: 'bug', environment: 'production', channel: 'portal' }, actor, at(created));
  await runTicketCommand(db, plans, row.id, { kind: 'respond' }, actor, at(responded));
  await runTicketCommand(db, plans, row.id, { kind: 'resolve' }, actor, at(resolved));
  await runTicketCommand(db, plans, row.id, { kind: 'set_status', status: 'closed' }, actor, at(resolved));
  return row.id;
}

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the outcome projection in the store', () => {
  it('holds one row per closed ticket and decided target, equal to a rebuild of the whole log, and drops them on reopening', async () => {
    const { db, contractId } = await desk();
    // Normal: response within 4 h, resolution within 16 h of office hours (Mon–Fri 08:30–16:30).
    const inTime = await closedTicket(db, contractId, 'In time', '2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00', '2026-03-03T10:00:00+01:00'); // Mon → Tue
    const late = await closedTicket(db, contractId, 'Late', '2026-03-02T09:00:00+01:00', '2026-03-02T14:00:00+01:00', '2026-03-04T12:00:00+01:00'); // Mon → Wed
    const open = await registerTicket(
      db,
      plans,
      { contractId, title: 'Open', type: 'bug', environment: 'production', channel: 'portal' },
      actor,
      at('2026-03-02T09:00:00+01:00'),
    );

    const stored = byId(await db.outcomes.toArray());
    expect(stored).toEqual(byId(projectDesk((await storedLog(db)).map(eventOf), plans).outcomes));
    expect(stored.map((o) => [o.ticketId, o.timer, o.outcome, o.at, o.month, o.elapsedMs / 3_600_000])).toEqual(
      byId([
        { id: `${inTime}|response`, v: [inTime, 'response', 'met', at('2026-03-02T10:00:00+01:00'), '2026-03', 1] },
        { id: `${inTime}|resolution`, v: [inTime, 'resolution', 'met', at('2026-03-03T10:00:00+01:00'), '2026-03', 9] },
        { id: `${late}|response`, v: [late, 'response', 'breached', at('2026-03-02T13:00:00+01:00'), '2026-03', 5] },
        { id: `${late}|resolution`, v: [late, 'resolution', 'breached', at('2026-03-04T09:00:00+01:00'), '2026-03', 19] },
      ]).map((o) => o.v),
    );
    expect(stored.some((o) => o.ticketId === open.id)).toBe(false);

    // The period records hold the same rows, as a fold of the whole log has them.
    expect(byId(await db.outcomePeriods.toArray())).toEqual(byId(projectDesk((await storedLog(db)).map(eventOf), plans).outcomePeriods));
    expect(byId(await loadOutcomes(db, 'month', '2026-03'))).toEqual(stored);

    await runTicketCommand(db, plans, late, { kind: 'reopen' }, actor, at('2026-03-05T09:00:00+01:00')); // Thu
    expect((await db.outcomes.toArray()).map((o) => o.ticketId)).toEqual([inTime, inTime]);
    expect(byId(await db.outcomes.toArray())).toEqual(byId(projectDesk((await storedLog(db)).map(eventOf), plans).outcomes));
    expect(byId(await loadOutcomes(db, 'week', '2026-W10'))).toEqual(byId(await db.outcomes.toArray()));
    expect(byId(await db.outcomePeriods.toArray())).toEqual(byId(projectDesk((await storedLog(db)).map(eventOf), plans).outcomePeriods));
    // Reopening the last ticket empties the period: its records go.
    await runTicketCommand(db, plans, inTime, { kind: 'reopen' }, actor, at('2026-03-05T09:05:00+01:00'));
    expect(await db.outcomePeriods.count()).toBe(0);
  });

  it('reads a period through its index: the ISO week, month or quarter of the outcome in the contract’s zone', async () => {
    const { db, contractId } = await desk();
    const id = await closedTicket(db, contractId, 'In time', '2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00', '2026-03-03T10:00:00+01:00');
    expect((await loadOutcomes(db, 'week', '2026-W10')).map((o) => o.id).sort()).toEqual([`${id}|resolution`, `${id}|response`]);
    expect(await loadOutcomes(db, 'week', '2026-W11')).toEqual([]);
    expect(await loadOutcomes(db, 'month', '2026-03')).toHaveLength(2);
    expect(await loadOutcomes(db, 'quarter', '2026-Q1')).toHaveLength(2);
    expect(await loadOutcomes(db, 'quarter', '2026-Q2')).toEqual([]);
  });
});

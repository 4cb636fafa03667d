import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { at } from '../../src-shared/test-support/instants';
import type { Contract } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { buildBoardEntries } from '../features/board/board-entries';
import { actor, deleteFreshDbs, houtenDesk, plans } from './store-test-support';
import { UNPLACED } from '../db/ticket-records';
import { ticketRecord, writeTicketRecords } from '../db/ticket-pages';
import { loadBoardHead, loadOpenTickets, registerTicket, runTicketCommand } from './ticket-store';

afterEach(deleteFreshDbs);

const register = (db: KlokDB, contract: Contract, title: string, when: string) =>
  registerTicket(db, plans, { contractId: contract.id, title, type: 'bug', environment: 'production', channel: 'portal' }, actor, at(when));

/** The whole queue as the board orders it once every open ticket is read: ticket titles, first to breach first. */
async function wholeQueue(db: KlokDB, now: string): Promise<string[]> {
  return buildBoardEntries(await loadOpenTickets(db), plans, new Map(), at(now)).map((e) => e.row.title);
}

async function headTitles(db: KlokDB, size: number): Promise<{ titles: string[]; isWhole: boolean } | null> {
  const head = await loadBoardHead(db, size);
  return head && { titles: head.tickets.map((t) => t.row.title), isWhole: head.isWhole };
}

describe('the board’s first screen (loadBoardHead)', () => {
  it('reads the tickets that breach first, in the order the whole queue has, and says whether they are all the open ones', async () => {
    const { db, contract } = await houtenDesk();
    // Registered out of queue order; one answered (its resolution runs on).
    await register(db, contract, 'Wednesday', '2026-03-04T09:00:00+01:00');
    await register(db, contract, 'Monday', '2026-03-02T09:00:00+01:00');
    const answered = await register(db, contract, 'Monday, answered', '2026-03-02T08:00:00+01:00');
    await runTicketCommand(db, plans, answered.id, { kind: 'respond' }, actor, at('2026-03-02T08:30:00+01:00'));
    await register(db, contract, 'Tuesday', '2026-03-03T09:00:00+01:00');
    const closed = await register(db, contract, 'Closed', '2026-03-02T07:00:00+01:00');
    await runTicketCommand(db, plans, closed.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-02T07:10:00+01:00'));

    const queue = await wholeQueue(db, '2026-03-04T12:00:00+01:00');
    expect([...queue].sort()).toEqual(['Monday', 'Monday, answered', 'Tuesday', 'Wednesday']);
    expect(queue.slice(0, 2)).toEqual(['Monday', 'Tuesday']);
    expect(await headTitles(db, 3)).toEqual({ titles: queue.slice(0, 3), isWhole: false });
    expect(await headTitles(db, 4)).toEqual({ titles: queue, isWhole: true });
    expect(await headTitles(db, 10)).toEqual({ titles: queue, isWhole: true });
  });

  it('follows a change: a ticket whose response was given leaves the head of the queue', async () => {
    const { db, contract } = await houtenDesk();
    const monday = await register(db, contract, 'Monday', '2026-03-02T09:00:00+01:00');
    await register(db, contract, 'Tuesday', '2026-03-03T09:00:00+01:00');
    await register(db, contract, 'Wednesday', '2026-03-04T09:00:00+01:00');
    expect((await headTitles(db, 1))?.titles).toEqual(['Monday']);

    await runTicketCommand(db, plans, monday.id, { kind: 'respond' }, actor, at('2026-03-04T10:00:00+01:00'));

    expect((await headTitles(db, 1))?.titles).toEqual(['Tuesday']);
    expect((await headTitles(db, 3))?.titles).toEqual((await wholeQueue(db, '2026-03-04T12:00:00+01:00')).slice(0, 3));
  });

  it('says it cannot order the queue while an open ticket has no stored place (the board then reads every ticket)', async () => {
    const { db, contract } = await houtenDesk();
    const ticket = await register(db, contract, 'Monday', '2026-03-02T09:00:00+01:00');
    // As a store upgraded with a calendar it could not make leaves it.
    await db.transaction('rw', db.ticketPages, async () =>
      writeTicketRecords(db, new Map([[ticket.id, { ...(await ticketRecord(db, ticket.id))!, queueKey: UNPLACED }]])),
    );

    expect(await loadBoardHead(db, 10)).toBeNull();
  });
});

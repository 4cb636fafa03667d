import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../../../src-shared/desk/contract-plans';
import type { LoggedTicketEvent, TicketRow } from '../../db/entities';
import type { TicketWithLog } from '../../store/ticket-store';
import { numberSortKey } from '../../../src-shared/board/board-model';
import { translator } from '../../i18n/i18n';
import { withTicket } from '../tickets/open-ticket-list';
import { DeadlineBook } from './board-deadlines';
import { buildBoardEntries, entryCacheFor, indexOfEntry, prepareBoardEntries, type BoardEntry } from './board-entries';

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
const plans = new ContractPlans();
const contract = { id: 'c1', customerId: 'u1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: 0 };

function ticket(id: string, number: string, createdAt: string, priority: string): TicketWithLog {
  const created: LoggedTicketEvent = {
    id: `${id}-e1`,
    kind: 'created',
    at: at(createdAt),
    type: 'bug',
    priority,
    number,
    title: number,
    customerId: 'u1',
    contractId: 'c1',
  };
  const row = { id, number, title: number, status: 'new', priority, customerId: 'u1', contractId: 'c1' } as unknown as TicketRow;
  return { row, events: [created], contract };
}

describe('buildBoardEntries', () => {
  const names = new Map([['u1', 'Houten']]);
  const normal = ticket('t1', 'T-1001', '2026-03-02T09:00:00+01:00', 'normal'); // response due 13:00
  const high = ticket('t2', 'T-1002', '2026-03-02T09:30:00+01:00', 'high'); // response due 11:30

  it('orders the queue by the next breach', () => {
    const entries = buildBoardEntries([normal, high], plans, names, at('2026-03-02T10:00:00+01:00'));
    expect(entries.map((e) => e.row.number)).toEqual(['T-1002', 'T-1001']);
  });

  it('reuses the entries of unchanged tickets and evaluates changed ones afresh', () => {
    const cache = entryCacheFor([]);
    const first = buildBoardEntries([normal, high], plans, names, at('2026-03-02T10:00:00+01:00'), null, cache);
    const changedHigh = ticket('t2', 'T-1002', '2026-03-02T09:30:00+01:00', 'low');
    const second = buildBoardEntries([normal, changedHigh], plans, names, at('2026-03-02T10:30:00+01:00'), null, cache);
    expect(second.find((e) => e.row.id === 't1')).toBe(first.find((e) => e.row.id === 't1'));
    expect(second.find((e) => e.row.id === 't2')?.evaluatedAt).toBe(at('2026-03-02T10:30:00+01:00'));
    expect(second.map((e) => e.row.number)).toEqual(['T-1001', 'T-1002']);
  });

  it('moves a changed ticket to its place in the last queue, as a fresh sort would order it', () => {
    const tickets = Array.from({ length: 40 }, (_, i) =>
      ticket(`t${i}`, `T-${990 + i}`, `2026-03-02T0${i % 10}:${String(i % 60).padStart(2, '0')}:00+01:00`, ['normal', 'high', 'low'][i % 3] as string),
    );
    const cache = entryCacheFor([]);
    const first = buildBoardEntries(tickets, plans, names, at('2026-03-02T10:00:00+01:00'), null, cache);
    const changed = tickets.map((t, i) => (i === 7 ? ticket('t7', 'T-997', '2026-03-02T09:59:00+01:00', 'high') : t));
    const second = buildBoardEntries(changed, plans, names, at('2026-03-02T10:00:00+01:00'), null, cache);
    const fresh = buildBoardEntries(changed, plans, names, at('2026-03-02T10:00:00+01:00'));
    expect(second.map((e) => e.row.number)).toEqual(fresh.map((e) => e.row.number));
    expect(second.map((e) => e.row.number)).not.toEqual(first.map((e) => e.row.number));
  });

  it('finds an entry in the queue, or in a filtered part of it, by binary search', () => {
    const tickets = Array.from({ length: 30 }, (_, i) =>
      ticket(`t${i}`, `T-${1000 + i}`, `2026-03-02T0${i % 10}:${String(i).padStart(2, '0')}:00+01:00`, 'normal'),
    );
    const queue = buildBoardEntries(tickets, plans, names, at('2026-03-02T10:00:00+01:00'));
    queue.forEach((e, i) => expect(indexOfEntry(queue, e)).toBe(i));
    const odd = queue.filter((_, i) => i % 2 === 1);
    expect(indexOfEntry(odd, queue[5])).toBe(2);
    expect(indexOfEntry(odd, queue[4])).toBe(-1);
    expect(indexOfEntry(queue, undefined)).toBe(-1);
  });

  it('takes a closed ticket out of the queue', () => {
    const cache = entryCacheFor([]);
    buildBoardEntries([normal, high], plans, names, at('2026-03-02T10:00:00+01:00'), null, cache);
    expect(buildBoardEntries([normal], plans, names, at('2026-03-02T10:00:00+01:00'), null, cache).map((e) => e.row.number)).toEqual(['T-1001']);
  });
});

describe('numberSortKey', () => {
  it('orders ticket numbers naturally: T-999 before T-1000, then by workstation code', () => {
    const numbers = ['T-1000', 'A-1001', 'T-999', 'T-1001', 'AB-1000'];
    expect([...numbers].sort((a, b) => (numberSortKey(a) < numberSortKey(b) ? -1 : 1))).toEqual(['A-1001', 'AB-1000', 'T-999', 'T-1000', 'T-1001']);
  });
});

describe('the queue and its facets after many changes, closings and registrations', () => {
  const names = new Map([['u1', 'Houten']]);
  const now = at('2026-03-02T10:00:00+01:00');
  const priorities = ['normal', 'high', 'low'];
  const make = (i: number, version: number) =>
    ticket(
      `t${i}`,
      `T-${1000 + i}`,
      `2026-03-02T0${(i + version) % 10}:${String((i * 7 + version) % 60).padStart(2, '0')}:00+01:00`,
      priorities[(i + version) % 3] as string,
    );

  // By hand, every ticket is looked up again; through withTicket (as the board's list is changed), only the changed ones.
  it.each([
    ['lists made anew', false],
    ['lists changed through withTicket, drawn after one to three changes', true],
  ])('stay what a fresh build of the same tickets gives: %s', (_, isStepwise) => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    let tickets: TicketWithLog[] = Array.from({ length: 60 }, (_, i) => make(i, 0));
    let next = 60;
    const cache = entryCacheFor([]);
    buildBoardEntries(tickets, plans, names, now, null, cache);
    const en = translator('en');
    for (let step = 1; step <= 80; step++) {
      for (let change = isStepwise ? 1 + random(3) : 1; change > 0; change--) {
        const action = random(3);
        if (action === 0 && tickets.length > 1) {
          const gone = tickets[random(tickets.length)] as TicketWithLog; // closed
          tickets = isStepwise ? withTicket(tickets, gone.row.id, null) : tickets.filter((t) => t !== gone);
        } else if (action === 1) {
          const fresh = make(next++, step); // registered
          tickets = isStepwise ? withTicket(tickets, fresh.row.id, fresh) : [...tickets, fresh];
        } else {
          const old = tickets[random(tickets.length)] as TicketWithLog; // changed
          const fresh = make(Number(old.row.id.slice(1)), step);
          tickets = isStepwise ? withTicket(tickets, old.row.id, fresh) : tickets.map((t) => (t === old ? fresh : t));
        }
      }
      const incremental = buildBoardEntries(tickets, plans, names, now, null, cache);
      const fresh = buildBoardEntries(tickets, plans, names, now);
      expect(incremental.map((e) => e.row.number)).toEqual(fresh.map((e) => e.row.number));
      expect([...cache.byId.keys()].sort()).toEqual(tickets.map((t) => t.row.id).sort());
      for (const p of priorities) {
        const value = `scope4mation/${p}`;
        expect(cache.facets.count('priority', value)).toBe(tickets.filter((t) => t.row.priority === p).length);
      }
      expect(
        cache.facets
          .values('priority')
          .map((v) => v.value)
          .sort(),
      ).toEqual([...new Set(tickets.map((t) => `scope4mation/${t.row.priority}`))].sort());
      // The deadlines kept change by change are those of the queue as it stands.
      const later = now + step * 5 * 60_000;
      const kept = cache.deadlines.deadlines(later, en, 20);
      const whole = DeadlineBook.of(fresh).deadlines(later, en, 20);
      expect(kept.deadlines.map((d) => [d.ticketNumber, d.kind, d.at])).toEqual(whole.deadlines.map((d) => [d.ticketNumber, d.kind, d.at]));
      expect([kept.refillAt, kept.breached, kept.atRisk]).toEqual([whole.refillAt, whole.breached, whole.atRisk]);
    }
  });
});

describe('prepareBoardEntries (an import evaluates the board while IndexedDB writes)', () => {
  const names = new Map([['u1', 'Houten']]);
  const prepareAt = at('2026-03-02T10:00:00+01:00');
  const buildAt = at('2026-03-02T10:00:02+01:00');

  it('hands the board the entries evaluated ahead, once, with the facets and deadlines that go with them', () => {
    const normal = ticket('t1', 'T-1001', '2026-03-02T09:00:00+01:00', 'normal');
    const high = ticket('t2', 'T-1002', '2026-03-02T09:30:00+01:00', 'high');
    prepareBoardEntries([normal, high], plans, names, prepareAt, null);
    const cache = entryCacheFor([]);
    const entries = buildBoardEntries([normal, high], plans, names, buildAt, null, cache);
    expect(entries.map((e) => [e.row.number, e.evaluatedAt])).toEqual([
      ['T-1002', prepareAt],
      ['T-1001', prepareAt],
    ]);
    expect(entries).toEqual(buildBoardEntries([normal, high], plans, names, prepareAt));
    expect(cache.byId.get('t2')).toBe(entries[0]);
    expect(cache.deadlines).toEqual(buildDeadlines(entries));
    // A later evaluation of everything (the machine woke up) evaluates anew.
    const again = buildBoardEntries([normal, high], plans, names, buildAt, null, entryCacheFor([]));
    expect(again.map((e) => e.evaluatedAt)).toEqual([buildAt, buildAt]);
  });

  it('hands the board the whole board prepared for the same list, once: its queue, filter values and deadlines', () => {
    const list = [ticket('t1', 'T-1001', '2026-03-02T09:00:00+01:00', 'normal'), ticket('t2', 'T-1002', '2026-03-02T09:30:00+01:00', 'high')];
    const queue = prepareBoardEntries(list, plans, names, prepareAt, null);
    const cache = entryCacheFor([]);
    const entries = buildBoardEntries(list, plans, names, buildAt, null, cache);
    expect(entries).toBe(queue);
    expect(entries.map((e) => [e.row.number, e.evaluatedAt])).toEqual([
      ['T-1002', prepareAt],
      ['T-1001', prepareAt],
    ]);
    expect(cache.byId.get('t1')).toBe(queue[1]);
    expect(cache.facets.count('customer', 'u1')).toBe(2);
    expect(cache.deadlines).toEqual(buildDeadlines(entries));
    // A change after it goes through the cache as any other.
    const changed = buildBoardEntries(list.slice(1), plans, names, buildAt, null, cache);
    expect(changed.map((e) => e.row.number)).toEqual(['T-1002']);
    expect(cache.facets.count('customer', 'u1')).toBe(1);
    // Taken once: a later evaluation of everything evaluates anew.
    const again = buildBoardEntries(list, plans, names, buildAt, null, entryCacheFor([]));
    expect(again.map((e) => e.evaluatedAt)).toEqual([buildAt, buildAt]);
  });

  it('builds the board itself when the one prepared for the list had other names, another threshold or other plans', () => {
    const list = [ticket('t1', 'T-1001', '2026-03-02T09:00:00+01:00', 'normal'), ticket('t2', 'T-1002', '2026-03-02T09:30:00+01:00', 'high')];
    for (const [preparedPlans, preparedNames, threshold] of [
      [plans, new Map([['u1', 'Old name']]), null],
      [plans, names, 0.5],
      [new ContractPlans(), names, null],
    ] as const) {
      const queue = prepareBoardEntries(list, preparedPlans, preparedNames, prepareAt, threshold);
      const entries = buildBoardEntries(list, plans, names, buildAt, null, entryCacheFor([]));
      expect(entries).not.toBe(queue);
      expect(entries.map((e) => [e.row.number, e.customerName, e.evaluatedAt])).toEqual([
        ['T-1002', 'Houten', buildAt],
        ['T-1001', 'Houten', buildAt],
      ]);
    }
  });

  it('evaluates anew a ticket prepared with other customer names or another at-risk threshold', () => {
    const normal = ticket('t1', 'T-1001', '2026-03-02T09:00:00+01:00', 'normal');
    const high = ticket('t2', 'T-1002', '2026-03-02T09:30:00+01:00', 'high');
    prepareBoardEntries([normal], plans, new Map([['u1', 'Old name']]), prepareAt, null);
    prepareBoardEntries([high], plans, names, prepareAt, 0.5);
    const entries = buildBoardEntries([normal, high], plans, names, buildAt, null, entryCacheFor([]));
    expect(entries.map((e) => [e.row.number, e.customerName, e.evaluatedAt])).toEqual([
      ['T-1002', 'Houten', buildAt],
      ['T-1001', 'Houten', buildAt],
    ]);
  });
});

/** The deadline book a fresh cache fills from `entries`. */
function buildDeadlines(entries: readonly BoardEntry[]): DeadlineBook {
  const book = new DeadlineBook();
  book.update([], entries);
  return book;
}

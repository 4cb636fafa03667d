import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../../../src-shared/desk/contract-plans';
import type { LoggedTicketEvent, TicketRow } from '../../db/entities';
import type { TicketWithLog } from '../../store/ticket-store';
import { buildBoardEntries, entryCacheFor, numberSortKey } from './board-entries';

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

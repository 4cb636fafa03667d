import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../../../src-shared/desk/contract-plans';
import type { LoggedTicketEvent, TicketRow } from '../../db/entities';
import type { TicketWithLog } from '../../store/ticket-store';
import { buildBoardEntries, entryCacheFor } from './board-entries';

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
});

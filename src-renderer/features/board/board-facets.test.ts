import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../../../src-shared/desk/contract-plans';
import { at } from '../../../src-shared/test-support/instants';
import type { LoggedTicketEvent, TicketRow } from '../../db/entities';
import { buildBoardEntries } from './board-entries';
import { BoardFacets } from './board-facets';

const plans = new ContractPlans();
const contract = { id: 'c1', customerId: 'u1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: 0 };

function entry(id: string, assignee: string | null) {
  const created: LoggedTicketEvent = {
    id: `${id}-e1`,
    kind: 'created',
    at: at('2026-03-02T09:00:00+01:00'),
    type: 'bug',
    priority: 'high',
    number: id,
    title: id,
  };
  const row = { id, number: id, title: id, status: 'new', type: 'bug', priority: 'high', customerId: 'u1', contractId: 'c1', assignee } as unknown as TicketRow;
  const [e] = buildBoardEntries([{ row, events: [created], contract }], plans, new Map([['u1', 'Houten']]), at('2026-03-02T10:00:00+01:00'));
  if (!e) throw new Error('no entry');
  return e;
}

describe('BoardFacets', () => {
  it('counts each value as entries come and go, and forgets a value no entry has', () => {
    const facets = new BoardFacets();
    const anna = entry('T-1', 'Anna');
    const anna2 = entry('T-2', 'Anna');
    const bob = entry('T-3', 'Bob');
    for (const e of [anna, anna2, bob]) facets.add(e);
    expect(facets.count('assignee', 'Anna')).toBe(2);
    expect(facets.values('assignee').map((v) => v.value)).toEqual(['Anna', 'Bob']);
    facets.remove(bob);
    expect(facets.values('assignee').map((v) => v.value)).toEqual(['Anna']);
    facets.remove(anna);
    expect(facets.count('assignee', 'Anna')).toBe(1);
    expect(facets.values('assignee')[0]?.sample.row.assignee).toBe('Anna');
    facets.remove(anna2);
    expect(facets.values('assignee')).toEqual([]);
  });

  it('scopes priorities and types by preset and leaves out empty values', () => {
    const facets = new BoardFacets();
    facets.add(entry('T-1', null));
    expect(facets.values('priority').map((v) => v.value)).toEqual(['scope4mation/high']);
    expect(facets.values('type').map((v) => v.value)).toEqual(['scope4mation/bug']);
    expect(facets.values('assignee')).toEqual([]);
    expect(facets.values('customer').map((v) => v.sample.customerName)).toEqual(['Houten']);
  });
});

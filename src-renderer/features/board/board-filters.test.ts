import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../../../src-shared/desk/contract-plans';
import { at } from '../../../src-shared/test-support/instants';
import type { LoggedTicketEvent, TicketRow } from '../../db/entities';
import type { TicketWithLog } from '../../store/ticket-store';
import { buildBoardEntries } from './board-entries';
import { BoardFacets } from './board-facets';
import { applyFilters, NO_FILTERS, optionsByPreset } from './board-filters';

const plans = new ContractPlans();
const scope = { id: 'c-scope', customerId: 'u1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: 0 };
const engage = { id: 'c-engage', customerId: 'u2', name: 'C&E', policyId: 'connect-engage', planId: 'standard', createdAt: 0 };

function ticket(id: string, contract: typeof scope, type: string, priority: string): TicketWithLog {
  const created: LoggedTicketEvent = { id: `${id}-e1`, kind: 'created', at: at('2026-03-02T09:00:00+01:00'), type, priority, number: id, title: id }; // Monday
  const row = { id, number: id, title: id, status: 'new', type, priority, customerId: contract.customerId, contractId: contract.id } as unknown as TicketRow;
  return { row, events: [created], contract };
}

const entries = buildBoardEntries(
  [ticket('T-1', scope, 'bug', 'high'), ticket('T-2', engage, 'request', 'high'), ticket('T-3', scope, 'bug', 'low')],
  plans,
  new Map(),
  at('2026-03-02T10:00:00+01:00'), // Monday
);
const facets = new BoardFacets();
for (const e of entries) facets.add(e);
const labelOf = (e: (typeof entries)[number]) => e.plan.priority(e.row.priority ?? '')?.label ?? '';

describe('optionsByPreset', () => {
  it('groups the priorities on the board by preset, so the same id in two presets is two options', () => {
    expect(optionsByPreset(facets.values('priority'), labelOf)).toEqual([
      { label: 'Connect & Engage SLA', options: [{ value: 'connect-engage/high', label: 'High (business critical)' }] },
      {
        label: 'Scope4mation basic SLA',
        options: [
          { value: 'scope4mation/high', label: 'High' },
          { value: 'scope4mation/low', label: 'Low' },
        ],
      },
    ]);
  });
});

describe('applyFilters', () => {
  it("filters by one preset's priority, not every priority with the same id", () => {
    expect(applyFilters(entries, { ...NO_FILTERS, priority: 'scope4mation/high' }).map((e) => e.row.number)).toEqual(['T-1']);
    expect(applyFilters(entries, { ...NO_FILTERS, priority: 'connect-engage/high' }).map((e) => e.row.number)).toEqual(['T-2']);
  });
  it("filters by one preset's ticket type", () => {
    expect(applyFilters(entries, { ...NO_FILTERS, type: 'scope4mation/bug' }).map((e) => e.row.number)).toEqual(['T-1', 'T-3']);
  });
});

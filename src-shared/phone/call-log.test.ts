import { describe, expect, it } from 'vitest';
import { at, MINUTE } from '../test-support/instants';
import { filterCalls, NO_CALL_FILTERS, totalsPerCustomer, totalsPerWeek } from './call-log';
import type { CallRow } from './call-types';

const AMS = 'Europe/Amsterdam';
const call = (id: string, startedAt: string, minutes: number, more: Partial<CallRow> = {}): CallRow => ({
  id,
  state: 'logged',
  isOpen: 0,
  direction: 'in',
  agent: 'Anna',
  startedAt: at(startedAt),
  endedAt: at(startedAt) + minutes * MINUTE,
  talkMs: minutes * MINUTE,
  ticketId: 't1',
  customerId: 'c1',
  caller: '',
  phone: null,
  reason: 'expedite',
  outcome: 'logged_only',
  note: '',
  priority: null,
  line: null,
  callbackAt: null,
  loggedAt: null,
  ...more,
});

// Sun 8 March 2026 23:30 Amsterdam (week 10) and Mon 9 March 2026 00:10 (week 11).
const calls = [
  call('a', '2026-03-08T23:30:00+01:00', 5),
  call('b', '2026-03-09T00:10:00+01:00', 10, { customerId: 'c2', agent: 'Bert', reason: 'callback' }),
  call('c', '2026-03-10T09:00:00+01:00', 3, { ticketId: 't2' }),
];

describe('filterCalls', () => {
  it('lists every call, the newest first, without filters', () => {
    expect(filterCalls(calls, NO_CALL_FILTERS, AMS).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });

  it.each([
    [{ ticketId: 't2' }, ['c']],
    [{ customerId: 'c2' }, ['b']],
    [{ agent: 'Bert' }, ['b']],
    [{ reason: 'expedite' as const }, ['c', 'a']],
    [{ from: '2026-03-09', to: '2026-03-09' }, ['b']],
    [{ to: '2026-03-08' }, ['a']],
  ])('filters on %o', (filter, ids) => {
    expect(filterCalls(calls, { ...NO_CALL_FILTERS, ...filter }, AMS).map((c) => c.id)).toEqual(ids);
  });
});

describe('totals', () => {
  it('per customer: calls and talk time', () => {
    expect(totalsPerCustomer(calls)).toEqual([
      { key: 'c1', calls: 2, talkMs: 8 * MINUTE },
      { key: 'c2', calls: 1, talkMs: 10 * MINUTE },
    ]);
  });

  it('per ISO week in the zone (a Sunday night belongs to the week before)', () => {
    expect(totalsPerWeek(calls, AMS)).toEqual([
      { key: '2026-W10', calls: 1, talkMs: 5 * MINUTE },
      { key: '2026-W11', calls: 2, talkMs: 13 * MINUTE },
    ]);
  });
});

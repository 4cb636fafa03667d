import { describe, expect, it } from 'vitest';
import { loggedCall } from '../test-support/call-row';
import { at, MINUTE } from '../test-support/instants';
import { filterCalls, NO_CALL_FILTERS, totalsPerCustomer, totalsPerWeek } from './call-log';
import type { CallRow } from './call-types';

const AMS = 'Europe/Amsterdam';
const call = (id: string, startedAt: string, minutes: number, more: Partial<CallRow> = {}): CallRow => loggedCall(id, at(startedAt), minutes, more);

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

describe('filterCalls, more', () => {
  it('counts a call at midnight opening the first day in, and one at midnight after the last day out', () => {
    // Mon 9 March 2026 00:00 and Tue 10 March 2026 00:00 in Amsterdam.
    const edges = [call('m1', '2026-03-09T00:00:00+01:00', 1), call('m2', '2026-03-10T00:00:00+01:00', 1)];
    expect(filterCalls(edges, { ...NO_CALL_FILTERS, from: '2026-03-09', to: '2026-03-09' }, AMS).map((c) => c.id)).toEqual(['m1']);
  });

  it('lists calls that started at the same moment by id', () => {
    const same = [call('y', '2026-03-09T10:00:00+01:00', 1), call('x', '2026-03-09T10:00:00+01:00', 1), call('z', '2026-03-09T10:00:00+01:00', 1)];
    expect(filterCalls(same, NO_CALL_FILTERS, AMS).map((c) => c.id)).toEqual(['x', 'y', 'z']);
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

describe('totals, more', () => {
  it('sorts by key whatever order the calls come in, and counts calls without a customer under the empty key', () => {
    const mixed = [
      call('a', '2026-03-16T10:00:00+01:00', 2, { customerId: 'c3' }), // week 12
      call('b', '2026-03-09T10:00:00+01:00', 4, { customerId: 'c2' }), // week 11
      call('c', '2026-03-02T10:00:00+01:00', 6, { customerId: null }), // week 10
    ];
    expect(totalsPerCustomer(mixed).map((t) => [t.key, t.calls, t.talkMs / MINUTE])).toEqual([
      ['', 1, 6],
      ['c2', 1, 4],
      ['c3', 1, 2],
    ]);
    expect(totalsPerWeek(mixed, AMS).map((t) => t.key)).toEqual(['2026-W10', '2026-W11', '2026-W12']);
  });
});

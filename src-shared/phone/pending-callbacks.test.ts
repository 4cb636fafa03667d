import { describe, expect, it } from 'vitest';
import { loggedCall } from '../test-support/call-row';
import { at, MINUTE } from '../test-support/instants';
import type { CallRow } from './call-types';
import { pendingCallbacks } from './pending-callbacks';

// Mon 2 March 2026, 09:00 in Amsterdam; the callback is promised for 14:00.
const NINE = at('2026-03-02T09:00:00+01:00');
const TWO = at('2026-03-02T14:00:00+01:00');

function call(id: string, over: Partial<CallRow>): CallRow {
  return loggedCall(id, NINE, 5, { customerId: 'u1', caller: 'Kees', loggedAt: NINE + 5 * MINUTE, ...over });
}

const promise = call('c1', { outcome: 'callback_scheduled', callbackAt: TWO });
const open = new Set(['t1']);

describe('pendingCallbacks', () => {
  it('owes the callback a saved call promised, at the time on its record', () => {
    expect(pendingCallbacks([promise], open)).toEqual([{ callId: 'c1', ticketId: 't1', caller: 'Kees', at: TWO }]);
  });

  it('counts a promise as kept once a later call is logged on the same ticket', () => {
    const later = call('c2', { startedAt: NINE + 60 * MINUTE, loggedAt: NINE + 65 * MINUTE });
    expect(pendingCallbacks([promise, later], open)).toEqual([]);
  });

  it('is not kept by the promising call itself, even when it was saved the moment it started', () => {
    const instant = call('c1', { outcome: 'callback_scheduled', callbackAt: TWO, startedAt: NINE, loggedAt: NINE });
    expect(pendingCallbacks([instant], open)).toEqual([{ callId: 'c1', ticketId: 't1', caller: 'Kees', at: TWO }]);
    const earlier = call('c0', { startedAt: NINE - 60 * MINUTE, loggedAt: NINE - 55 * MINUTE });
    expect(pendingCallbacks([earlier, instant], open)).toHaveLength(1);
    const kept = call('c2', { startedAt: NINE, loggedAt: NINE + MINUTE });
    expect(pendingCallbacks([instant, kept], open)).toEqual([]);
  });

  it('is not kept by a call on another ticket, nor by one still running or discarded', () => {
    const other = call('c2', { ticketId: 't2', startedAt: NINE + 60 * MINUTE });
    const running = call('c3', { state: 'running', isOpen: 1, startedAt: NINE + 60 * MINUTE, loggedAt: null });
    const discarded = call('c4', { state: 'discarded', startedAt: NINE + 60 * MINUTE, loggedAt: null });
    expect(pendingCallbacks([promise, other, running, discarded], open).map((p) => p.callId)).toEqual(['c1']);
  });

  it('lapses when the ticket is closed', () => {
    expect(pendingCallbacks([promise], new Set())).toEqual([]);
  });

  it('stays owed after its time (an overdue callback is announced again after a restart), earliest first', () => {
    const earlier = call('c0', { ticketId: 't0', outcome: 'callback_scheduled', callbackAt: NINE - 60 * MINUTE });
    expect(pendingCallbacks([promise, earlier], new Set(['t0', 't1'])).map((p) => p.callId)).toEqual(['c0', 'c1']);
  });

  it('ignores calls that promised nothing, or a promise without a time', () => {
    expect(pendingCallbacks([call('c2', {}), call('c3', { outcome: 'callback_scheduled' })], open)).toEqual([]);
  });
});

describe('pendingCallbacks, more', () => {
  it('counts a promise as kept by a call started the very moment the promise was saved', () => {
    const next = call('c2', { startedAt: NINE + 5 * MINUTE, loggedAt: NINE + 10 * MINUTE });
    expect(pendingCallbacks([promise, next], open)).toEqual([]);
  });

  it('owes nothing for a callback time on a call whose outcome was not a scheduled callback', () => {
    expect(pendingCallbacks([call('c2', { outcome: 'logged_only', callbackAt: TWO })], open)).toEqual([]);
  });
});

describe('pendingCallbacks, whatever order the calls come in', () => {
  /** Every order of a list (the store hands calls out newest first, a merge in any order). */
  const orders = <T>(list: readonly T[]): T[][] =>
    list.length <= 1 ? [[...list]] : list.flatMap((x, i) => orders([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [x, ...rest]));
  const earlier = call('c0', { startedAt: NINE - 60 * MINUTE, loggedAt: NINE - 55 * MINUTE });

  it('is kept by a call started after the promise was saved, with an earlier call on the ticket too', () => {
    const later = call('c2', { startedAt: NINE + 120 * MINUTE, loggedAt: NINE + 125 * MINUTE });
    for (const calls of orders([earlier, promise, later])) expect(pendingCallbacks(calls, open)).toEqual([]);
    for (const calls of orders([earlier, promise])) expect(pendingCallbacks(calls, open).map((p) => p.callId)).toEqual(['c1']);
  });

  it('is kept by a call started the moment a promise saved at its own start was saved', () => {
    const instant = call('c1', { outcome: 'callback_scheduled', callbackAt: TWO, startedAt: NINE, loggedAt: NINE });
    const same = call('c2', { startedAt: NINE, loggedAt: NINE + MINUTE });
    for (const calls of orders([instant, same, earlier])) expect(pendingCallbacks(calls, open)).toEqual([]);
  });

  it('is not kept by a call started while the promising call was still being taken (before it was saved)', () => {
    // The promise was saved at 09:05; another agent's call on the ticket started at 09:02.
    const meanwhile = call('c2', { startedAt: NINE + 2 * MINUTE, loggedAt: NINE + 10 * MINUTE });
    for (const calls of orders([promise, meanwhile])) expect(pendingCallbacks(calls, open).map((p) => p.callId)).toEqual(['c1']);
  });
});

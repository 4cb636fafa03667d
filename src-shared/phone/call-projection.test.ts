import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { streamWriter } from '../test-support/stream-events';
import { EVENT_KINDS, kindDef } from '../desk-log/event-kinds';
import { callFromLog } from './call-projection';

const ev = streamWriter('call-1');

// Mon 2 March 2026, 09:00 and 09:07 in Amsterdam.
const START = at('2026-03-02T09:00:00+01:00');
const END = START + 7 * 60_000;

describe('callFromLog', () => {
  it('has no row before the call started', () => {
    expect(callFromLog('call-1', [ev('call.ended', { at: END })])).toBeNull();
  });

  it('is running from its start event, with the agent who started it', () => {
    const row = callFromLog('call-1', [ev('call.started', { at: START, direction: 'in', phone: '+31302001234' })]);
    expect(row).toMatchObject({ state: 'running', isOpen: 1, startedAt: START, endedAt: null, talkMs: 0, agent: 'Anna', phone: '+31302001234' });
  });

  it('stops at the end and keeps the talk time', () => {
    const row = callFromLog('call-1', [ev('call.started', { at: START, direction: 'in' }), ev('call.ended', { at: END })]);
    expect(row).toMatchObject({ state: 'ended', isOpen: 1, endedAt: END, talkMs: 7 * 60_000 });
  });

  it('saved without an end, ends at the save', () => {
    const row = callFromLog('call-1', [
      ev('call.started', { at: START, direction: 'in' }),
      ev('call.logged', { at: END, ticketId: 't1', reason: 'expedite', outcome: 'logged_only', note: 'chased' }),
    ]);
    expect(row).toMatchObject({
      state: 'logged',
      isOpen: 0,
      endedAt: END,
      ticketId: 't1',
      reason: 'expedite',
      outcome: 'logged_only',
      note: 'chased',
      loggedAt: END,
    });
  });

  it('takes the saved details over those given at the start', () => {
    const row = callFromLog('call-1', [
      ev('call.started', { at: START, direction: 'in', caller: 'Kees', customerId: 'c1' }),
      ev('call.logged', { at: END, ticketId: 't1', reason: 'expedite', outcome: 'logged_only', caller: 'Kees de Vries', direction: 'out' }),
    ]);
    expect(row).toMatchObject({ caller: 'Kees de Vries', customerId: 'c1', direction: 'out' });
  });

  it('gives a running call exactly what its start says, and nulls or empty text for the rest', () => {
    const row = callFromLog('call-1', [ev('call.started', { at: START, direction: 'out', ticketId: 't1', caller: 'Kees' })]);
    expect(row).toEqual({
      id: 'call-1',
      state: 'running',
      isOpen: 1,
      direction: 'out',
      agent: 'Anna',
      startedAt: START,
      endedAt: null,
      talkMs: 0,
      ticketId: 't1',
      customerId: null,
      caller: 'Kees',
      phone: null,
      reason: null,
      outcome: null,
      note: '',
      priority: null,
      line: null,
      callbackAt: null,
      loggedAt: null,
    });
    expect(callFromLog('call-1', [ev('call.started', { at: START, direction: 'in' })])?.caller).toBe('');
  });

  it('keeps the customer, priority, line and callback time the save gives', () => {
    const row = callFromLog('call-1', [
      ev('call.started', { at: START, direction: 'in' }),
      ev('call.logged', {
        at: END,
        ticketId: 't1',
        reason: 'expedite',
        outcome: 'priority_changed',
        note: 'n',
        customerId: 'c9',
        priority: 'high',
        line: 'second',
        callbackAt: END + 60_000,
      }),
    ]);
    expect(row).toMatchObject({ customerId: 'c9', priority: 'high', line: 'second', callbackAt: END + 60_000 });
  });

  it('is discarded (and no longer open) once discarded', () => {
    const row = callFromLog('call-1', [ev('call.started', { at: START, direction: 'in' }), ev('call.discarded', { at: END })]);
    expect(row).toMatchObject({ state: 'discarded', isOpen: 0 });
  });

  it('skips kinds it does not know', () => {
    const row = callFromLog('call-1', [ev('call.started', { at: START, direction: 'in' }), ev('call.recorded_v9', { at: END })]);
    expect(row?.state).toBe('running');
  });
});

describe('the call kinds', () => {
  it('feed the call projection', () => {
    for (const kind of ['call.started', 'call.ended', 'call.logged', 'call.discarded']) expect(kindDef(kind)?.projection).toBe('call');
  });

  it('refuse a saved call without a ticket', () => {
    expect(EVENT_KINDS['call.logged'].payload.safeParse({ at: END, reason: 'expedite', outcome: 'logged_only' }).success).toBe(false);
  });

  it('store numbers in E.164 only', () => {
    expect(EVENT_KINDS['call.started'].payload.safeParse({ at: START, direction: 'in', phone: '030 200 1234' }).success).toBe(false);
    expect(EVENT_KINDS['call.started'].payload.safeParse({ at: START, direction: 'in', phone: '+31302001234' }).success).toBe(true);
  });
});

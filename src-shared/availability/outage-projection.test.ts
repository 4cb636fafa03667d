import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../desk-log/event-kinds';
import { at } from '../test-support/instants';
import { streamWriter } from '../test-support/stream-events';
import { outageFromLog } from './outage-projection';

const ev = streamWriter('out-1');

// Sat 7 March 2026 in Amsterdam: the product went down at 02:10, reported by phone at 02:25.
const DOWN = at('2026-03-07T02:10:00+01:00');
const REPORTED = at('2026-03-07T02:25:00+01:00');
const UP = at('2026-03-07T04:40:00+01:00');
const report = (more: Record<string, unknown> = {}) =>
  ev('outage.reported', {
    at: REPORTED,
    startedAt: DOWN,
    scope: 'complete',
    customerId: 'cus-1',
    contractId: 'con-1',
    ticketId: 't-1',
    callId: 'call-1',
    ...more,
  });

describe('outageFromLog', () => {
  it('has no row before the outage is reported', () => {
    expect(outageFromLog('out-1', [ev('outage.ended', { at: UP, endedAt: UP })])).toBeNull();
  });

  it('is ongoing from its report, with who reported it, the call and the ticket', () => {
    expect(outageFromLog('out-1', [report({ note: 'portal down for everyone' })])).toEqual({
      id: 'out-1',
      customerId: 'cus-1',
      contractId: 'con-1',
      ticketId: 't-1',
      callId: 'call-1',
      scope: 'complete',
      category: null,
      startedAt: DOWN,
      endedAt: null,
      isOngoing: 1,
      reportedBy: 'Anna',
      reportedAt: REPORTED,
      note: 'portal down for everyone',
    });
  });

  it('reported without a call or ticket, names neither', () => {
    const row = outageFromLog('out-1', [ev('outage.reported', { at: REPORTED, startedAt: DOWN, scope: 'partial', customerId: 'cus-1' })]);
    expect(row).toMatchObject({ contractId: null, ticketId: null, callId: null, scope: 'partial', note: '' });
  });

  it('ends at its end, and a later end corrects an earlier one', () => {
    const first = ev('outage.ended', { at: UP, endedAt: UP });
    expect(outageFromLog('out-1', [report(), first])).toMatchObject({ endedAt: UP, isOngoing: 0 });
    const corrected = ev('outage.ended', { at: UP + 600_000, endedAt: UP - 1_800_000 }, 'Bert');
    expect(outageFromLog('out-1', [report(), first, corrected])).toMatchObject({ endedAt: UP - 1_800_000, isOngoing: 0, reportedBy: 'Anna' });
  });

  it('keeps the first report when a second one arrives, and skips kinds it does not know', () => {
    const row = outageFromLog('out-1', [report(), report({ scope: 'partial', startedAt: REPORTED }), ev('outage.renamed_v9', { at: UP })]);
    expect(row).toMatchObject({ scope: 'complete', startedAt: DOWN, isOngoing: 1 });
  });
});

describe('outage events', () => {
  it('refuse an unknown scope and a field they do not know', () => {
    const reported = EVENT_KINDS['outage.reported'].payload;
    expect(reported.safeParse({ at: REPORTED, startedAt: DOWN, scope: 'complete', customerId: 'cus-1' }).success).toBe(true);
    expect(reported.safeParse({ at: REPORTED, startedAt: DOWN, scope: 'total', customerId: 'cus-1' }).success).toBe(false);
    expect(reported.safeParse({ at: REPORTED, startedAt: DOWN, scope: 'complete' }).success).toBe(false);
    expect(EVENT_KINDS['outage.ended'].payload.safeParse({ at: UP, endedAt: UP, scope: 'partial' }).success).toBe(false);
  });
});

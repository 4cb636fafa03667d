import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { streamWriter } from '../test-support/stream-events';
import { exclusionFromLog } from './exclusion-projection';

// Planned maintenance on Monday 16 March 2026, 22:00–23:00 in Amsterdam, announced on Friday 6 March.
const STARTS = at('2026-03-16T22:00:00+01:00');
const ENDS = at('2026-03-16T23:00:00+01:00');
const ANNOUNCED = at('2026-03-06T10:00:00+01:00');

describe('exclusionFromLog', () => {
  const recorded = (ev: ReturnType<typeof streamWriter>, more: Record<string, unknown> = {}) =>
    ev('exclusion.recorded', { at: ANNOUNCED, customerId: 'cus-1', contractId: 'con-1', startsAt: STARTS, endsAt: ENDS, reason: 'maintenance', ...more });

  it('is the window as recorded, with who recorded it', () => {
    const ev = streamWriter('exc-1');
    expect(exclusionFromLog('exc-1', [recorded(ev, { announcedAt: ANNOUNCED, note: 'database upgrade' })])).toEqual({
      id: 'exc-1',
      customerId: 'cus-1',
      contractId: 'con-1',
      startsAt: STARTS,
      endsAt: ENDS,
      reason: 'maintenance',
      announcedAt: ANNOUNCED,
      isWithdrawn: 0,
      recordedBy: 'Anna',
      note: 'database upgrade',
    });
  });

  it('gives a window recorded without an announcement or a note none (null, an empty note)', () => {
    const ev = streamWriter('exc-2');
    expect(exclusionFromLog('exc-2', [recorded(ev, { reason: 'emergency_maintenance' })])).toMatchObject({
      reason: 'emergency_maintenance',
      announcedAt: null,
      note: '',
    });
  });

  it('marks a withdrawn window', () => {
    const ev = streamWriter('exc-3');
    const log = [recorded(ev), ev('exclusion.withdrawn', { at: at('2026-03-10T09:00:00+01:00') }, 'Bram')];
    expect(exclusionFromLog('exc-3', log)).toMatchObject({ isWithdrawn: 1, recordedBy: 'Anna', startsAt: STARTS });
  });

  it('has no row before the window is recorded', () => {
    const ev = streamWriter('exc-4');
    expect(exclusionFromLog('exc-4', [ev('exclusion.withdrawn', { at: at('2026-03-10T09:00:00+01:00') })])).toBeNull();
    expect(exclusionFromLog('exc-4', [])).toBeNull();
  });
});

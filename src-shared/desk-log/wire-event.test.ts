import { describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../validation/issues';
import type { DeskEvent } from './desk-event';
import { fromWireDeskEvents, toWireDeskEvent } from './wire-event';

// 2026-03-02T09:00:00Z (Mon)
const T = 1_772_442_000_000;
const AT = '2026-03-02T09:00:00.000Z';
const event = (n: number): DeskEvent => ({
  id: `evt-${n}`,
  deskId: 'desk-1',
  workstation: 'ws-a',
  by: 'Ann',
  hlc: `${T + n}-0000`,
  kind: 'customer.added',
  v: 1,
  stream: `cus-${n}`,
  payload: { at: T, name: `Customer ${n}` },
});
const wire = (n: number, payload: Record<string, unknown> = { at: AT, name: `Customer ${n}` }) => ({ ...event(n), payload });

/** The issues an InputError refuses the events with (fails when they are accepted). */
function issuesOf(raw: readonly unknown[], field?: string): readonly InputIssue[] {
  try {
    fromWireDeskEvents(raw, field);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected the events to be refused');
}

describe('fromWireDeskEvents', () => {
  it('reads the payload instants back to epoch milliseconds: the store events sent, unchanged', () => {
    expect(toWireDeskEvent(event(1)).payload).toEqual({ at: AT, name: 'Customer 1' });
    expect(fromWireDeskEvents([toWireDeskEvent(event(1)), toWireDeskEvent(event(2))])).toEqual([event(1), event(2)]);
  });

  it('names a payload instant that does not parse by its place in the list, under the field given', () => {
    expect(issuesOf([wire(1), wire(2, { at: 'soon', name: 'B' })]).map((i) => [i.field, i.code])).toEqual([['events[1].payload.at', 'instant.format']]);
    expect(issuesOf([wire(1, { at: 'soon', name: 'B' })], 'batch').map((i) => i.field)).toEqual(['batch[0].payload.at']);
  });

  it('lists at most 20 bad instants', () => {
    const bad = Array.from({ length: 25 }, (_, i) => wire(i, { at: 'soon', name: 'B' }));
    const issues = issuesOf(bad);
    expect(issues).toHaveLength(20);
    expect(issues[19]?.field).toBe('events[19].payload.at');
  });

  it('hands an element that is not an object to the log’s checks as it came', () => {
    for (const odd of [null, 'evt', ['evt'], 7]) expect(issuesOf([wire(1), odd]).map((i) => [i.field, i.code])).toEqual([['events[1]', 'wrong_type.object']]);
  });
});

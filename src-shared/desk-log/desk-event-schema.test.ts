import { describe, expect, it } from 'vitest';
import { InputError } from '../validation/issues';
import { checkDeskEvents } from './desk-event-schema';

// 2026-03-02T09:00:00Z (Mon)
const T = 1_772_442_000_000;

const event = (n: number, v: number, payload: Record<string, unknown>) => ({
  id: `evt-${n}`,
  deskId: 'desk-1',
  workstation: 'ws-a',
  by: 'Ann',
  hlc: `${T}-${n.toString(16).padStart(4, '0')}`,
  kind: 'customer.added',
  v,
  stream: 'cus-1',
  payload,
});

function issuesOf(events: unknown[]): readonly { field: string }[] {
  try {
    checkDeskEvents(events);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('the events were accepted');
}

describe('checkDeskEvents', () => {
  it('checks the payload of a kind and version this Klok knows', () => {
    expect(issuesOf([event(1, 1, { at: T, fullName: 'Acme' })]).map((i) => i.field)).toContain('events[0].payload.name');
  });

  it('keeps a known kind at a newer version as it is: its payload is the newer Klok’s to check', () => {
    const newer = event(1, 2, { at: T, fullName: 'Acme', vatNumber: 'NL001' });
    expect(checkDeskEvents([newer])).toEqual([newer]);
  });

  it('hands back the very events it checked before, and checks every other one', () => {
    const good = event(1, 1, { at: T, name: 'Acme' });
    const checked = checkDeskEvents([good]);
    expect(checked[0]).not.toBe(good);
    const again = checkDeskEvents([checked[0], event(2, 1, { at: T, name: 'Beta' })]);
    expect(again[0]).toBe(checked[0]);
    expect(again[1]).toEqual(event(2, 1, { at: T, name: 'Beta' }));
    // A copy of a checked event is a new object: checked again, and refused when it is bad.
    expect(issuesOf([{ ...checked[0], payload: { at: T } }]).map((i) => i.field)).toContain('events[0].payload.name');
  });

  it('names at most the first 20 bad events', () => {
    const bad = Array.from({ length: 25 }, (_, n) => event(n, 1, { at: T }));
    const fields = issuesOf(bad).map((i) => i.field);
    expect(fields).toHaveLength(20);
    expect(fields[0]).toBe('events[0].payload.name');
    expect(fields[19]).toBe('events[19].payload.name');
  });
});

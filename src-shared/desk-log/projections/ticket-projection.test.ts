import { describe, expect, it } from 'vitest';
import { planOf } from '../../test-support/ticket';
import type { TicketEvent } from '../../ticket/ticket-event';
import type { DeskEvent } from '../desk-event';
import { createdOf, isTicketEvent, ticketEventDraft, ticketEventsOf, ticketFromLog } from './ticket-projection';

// 2026-03-02T09:00:00Z (Mon)
const T = 1_772_442_000_000;

let n = 0;
const ev = (kind: string, payload: Record<string, unknown>): DeskEvent => ({
  id: `evt-${++n}`,
  deskId: 'desk-1',
  workstation: 'ws-a',
  by: 'Ann',
  hlc: `${T}-${n.toString(16).padStart(4, '0')}`,
  kind,
  v: 1,
  stream: 'tk-1',
  payload,
});

// The store hands the projection every event of the ticket's stream, kinds from a newer Klok included.
const fromNewerKlok = () => ev('ticket.tagged', { at: T, tag: 'vip' });

describe('isTicketEvent', () => {
  it.each([
    ['created', true],
    ['status_changed', true],
    ['customer.added', false],
    ['ticket.tagged', false], // a kind this Klok does not know
  ])('%s → %s', (kind, expected) => {
    expect(isTicketEvent({ kind })).toBe(expected);
  });
});

describe('ticketEventsOf', () => {
  it('gives the engine the ticket events with who and where, without kinds this Klok does not know', () => {
    const log = [ev('created', { at: T, type: 'bug' }), fromNewerKlok(), ev('responded', { at: T + 60_000 })];
    expect(ticketEventsOf(log)).toEqual([
      { kind: 'created', at: T, type: 'bug', id: log[0]?.id, by: 'Ann', workstation: 'ws-a' },
      { kind: 'responded', at: T + 60_000, id: log[2]?.id, by: 'Ann', workstation: 'ws-a' },
    ]);
  });
});

describe('createdOf', () => {
  it('finds the created event wherever it is in the stream', () => {
    const created = ev('created', { at: T, type: 'bug' });
    expect(createdOf([fromNewerKlok(), created, ev('responded', { at: T })])).toBe(created);
    expect(createdOf([fromNewerKlok()])).toBeUndefined();
  });
});

describe('ticketFromLog', () => {
  it('is null until the log holds the created event', () => {
    const plan = planOf('scope4mation', 'support');
    expect(ticketFromLog('tk-1', [ev('responded', { at: T }), ev('note_added', { at: T, note: 'called' })], plan)).toBeNull();
    expect(ticketFromLog('tk-1', [fromNewerKlok()], plan)).toBeNull();
  });
});

describe('ticketEventDraft', () => {
  it('keeps the id the command made, drops who and where (the envelope says those), and leaves out fields without a value', () => {
    const event = { kind: 'note_added', at: T, note: undefined, id: 'evt-made', by: 'Ann', workstation: 'ws-a' } as unknown as TicketEvent;
    expect(ticketEventDraft('tk-1', event)).toStrictEqual({ kind: 'note_added', stream: 'tk-1', id: 'evt-made', payload: { at: T } });
  });

  it('has no id when the command made none', () => {
    const event = { kind: 'responded', at: T } as unknown as TicketEvent;
    expect(ticketEventDraft('tk-1', event)).toStrictEqual({ kind: 'responded', stream: 'tk-1', payload: { at: T } });
  });
});

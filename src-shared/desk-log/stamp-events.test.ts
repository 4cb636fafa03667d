import { describe, expect, it } from 'vitest';
import { formatHlc, type Hlc } from './hlc';
import { stampEvents, type Writer } from './stamp-events';

// 2026-03-02T09:00:00Z (Mon)
const T = 1_772_442_000_000;

function writer(): Writer {
  let n = 0;
  return { deskId: 'desk-1', workstation: 'ws-a', by: 'agent-1', newId: () => `id-${++n}` };
}

describe('stampEvents', () => {
  it('stamps each draft with the next clock stamp, in order, and returns the clock after the last', () => {
    const last: Hlc = { wall: T, counter: 4 };
    const { events, clock } = stampEvents(
      [
        { kind: 'customer.added', stream: 'customer-1', payload: { at: '2026-03-02T09:00:00.000Z', name: 'Acme' } },
        { kind: 'agent.added', stream: 'agent-2', payload: { at: '2026-03-02T09:00:00.000Z', name: 'Ann' } },
      ],
      writer(),
      last,
      T, // the wall clock has not moved on: the counter goes up
    );
    expect(events.map((e) => e.hlc)).toEqual(['1772442000000-0005', '1772442000000-0006']);
    expect(clock).toEqual({ wall: T, counter: 6 });
  });

  it('starts the counter over when the wall clock has moved on', () => {
    const { events, clock } = stampEvents([{ kind: 'agent.added', stream: 'agent-2', payload: {} }], writer(), { wall: T, counter: 9 }, T + 1_000);
    expect(events[0]?.hlc).toBe(formatHlc({ wall: T + 1_000, counter: 0 }));
    expect(clock).toEqual({ wall: T + 1_000, counter: 0 });
  });

  it('fills in who wrote the event, keeps the id the decider made and makes one otherwise', () => {
    const { events } = stampEvents(
      [
        { kind: 'ticket.created', stream: 'ticket-9', payload: { type: 'bug' }, id: 'evt-made-by-decider' },
        { kind: 'ticket.note_added', stream: 'ticket-9', payload: { note: 'called back' } },
      ],
      writer(),
      { wall: 0, counter: 0 },
      T,
    );
    expect(events).toEqual([
      {
        id: 'evt-made-by-decider',
        deskId: 'desk-1',
        workstation: 'ws-a',
        by: 'agent-1',
        hlc: '1772442000000-0000',
        kind: 'ticket.created',
        v: 1,
        stream: 'ticket-9',
        payload: { type: 'bug' },
      },
      {
        id: 'id-1',
        deskId: 'desk-1',
        workstation: 'ws-a',
        by: 'agent-1',
        hlc: '1772442000000-0001',
        kind: 'ticket.note_added',
        v: 1,
        stream: 'ticket-9',
        payload: { note: 'called back' },
      },
    ]);
  });

  it('stamps a kind it does not know as version 1', () => {
    const { events } = stampEvents([{ kind: 'future.thing_happened', stream: 's', payload: {} }], writer(), { wall: 0, counter: 0 }, T);
    expect(events[0]?.v).toBe(1);
  });

  it('stamps nothing and leaves the clock as it was for no drafts', () => {
    expect(stampEvents([], writer(), { wall: T, counter: 4 }, T + 5)).toEqual({ events: [], clock: { wall: T, counter: 4 } });
  });
});

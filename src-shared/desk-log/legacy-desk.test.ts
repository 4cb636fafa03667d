import { describe, expect, it } from 'vitest';
import type { DeskImport } from '../desk/desk-file';
import { at } from '../test-support/instants';
import { events as ticketEvents } from '../test-support/ticket';
import { eventsFromLegacyDesk } from './legacy-desk';

const ctx = { deskId: 'desk-1', workstation: 'ws-adopting', by: 'Adopter' };

function desk(parts: Partial<DeskImport> = {}): DeskImport {
  return { customers: [], contracts: [], agents: [], tickets: [], ticketCounter: 1000, ...parts };
}

const acmeAt = at('2026-03-02T08:00:00Z'); // Mon

describe('eventsFromLegacyDesk', () => {
  it('adds each customer, contract and agent as an event stamped at its instant, with an id made from the entity', () => {
    const { events } = eventsFromLegacyDesk(
      desk({
        customers: [{ id: 'cus-1', name: 'Acme', createdAt: acmeAt }],
        contracts: [{ id: 'con-1', customerId: 'cus-1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: acmeAt }],
        agents: [{ id: 'agt-1', name: 'Ann' }],
      }),
      ctx,
    );
    expect(events).toEqual([
      {
        id: 'customer-added-cus-1',
        deskId: 'desk-1',
        workstation: 'ws-adopting',
        by: 'Adopter',
        hlc: '1772438400000-0000',
        kind: 'customer.added',
        v: 1,
        stream: 'cus-1',
        payload: { at: acmeAt, name: 'Acme' },
      },
      {
        id: 'contract-added-con-1',
        deskId: 'desk-1',
        workstation: 'ws-adopting',
        by: 'Adopter',
        hlc: '1772438400000-0001',
        kind: 'contract.added',
        v: 1,
        stream: 'con-1',
        payload: { at: acmeAt, customerId: 'cus-1', name: 'Support', policyId: 'scope4mation', planId: 'support' },
      },
      // Agents have no instant of their own: the desk's first instant.
      {
        id: 'agent-added-agt-1',
        deskId: 'desk-1',
        workstation: 'ws-adopting',
        by: 'Adopter',
        hlc: '1772438400000-0002',
        kind: 'agent.added',
        v: 1,
        stream: 'agt-1',
        payload: { at: acmeAt, name: 'Ann' },
      },
    ]);
  });

  it('stamps agents at the earliest instant of the desk, a ticket event when it is earlier than every customer', () => {
    const log = ticketEvents({ at: '2026-03-01T10:00:00Z', kind: 'created', type: 'bug' }).map((e) => ({ ...e, id: 'evt-1' })); // Sun
    const { events } = eventsFromLegacyDesk(
      desk({ customers: [{ id: 'cus-1', name: 'Acme', createdAt: acmeAt }], agents: [{ id: 'agt-1', name: 'Ann' }], tickets: [{ id: 'tkt-1', events: log }] }),
      ctx,
    );
    expect(events.find((e) => e.kind === 'agent.added')?.payload).toEqual({ at: at('2026-03-01T10:00:00Z'), name: 'Ann' });
  });

  it('stamps agents at 1970-01-01 when the desk has no instant at all', () => {
    const { events, clock } = eventsFromLegacyDesk(desk({ agents: [{ id: 'agt-1', name: 'Ann' }] }), ctx);
    expect(events.map((e) => [e.hlc, e.payload])).toEqual([['0000000000000-0002', { at: 0, name: 'Ann' }]]);
    expect(clock).toEqual({ wall: 0, counter: 2 });
  });

  it("keeps a ticket's events at one instant in their order through the counter, and keeps who wrote them", () => {
    const log = ticketEvents(
      { at: '2026-03-02T09:00:00Z', kind: 'created', type: 'bug', by: 'Bob', workstation: 'ws-old' }, // Mon
      { at: '2026-03-02T09:00:00Z', kind: 'acknowledged' },
      { at: '2026-03-02T09:00:00Z', kind: 'assigned', assignee: 'Bob' },
      { at: '2026-03-02T10:00:00Z', kind: 'note_added', note: 'called' },
    ).map((e, n) => ({ ...e, id: `evt-${n + 1}` }));
    const { events, clock } = eventsFromLegacyDesk(desk({ tickets: [{ id: 'tkt-1', events: log }] }), ctx);
    expect(events.map((e) => [e.id, e.kind, e.stream, e.hlc, e.workstation, e.by])).toEqual([
      ['evt-1', 'created', 'tkt-1', '1772442000000-0000', 'ws-old', 'Bob'],
      ['evt-2', 'acknowledged', 'tkt-1', '1772442000000-0001', 'ws-adopting', 'Adopter'],
      ['evt-3', 'assigned', 'tkt-1', '1772442000000-0002', 'ws-adopting', 'Adopter'],
      ['evt-4', 'note_added', 'tkt-1', '1772445600000-0000', 'ws-adopting', 'Adopter'],
    ]);
    expect(events[2]?.payload).toEqual({ at: at('2026-03-02T09:00:00Z'), assignee: 'Bob' });
    // The clock ends at the latest stamp: 10:00, counter 0, not the higher counter of 09:00.
    expect(clock).toEqual({ wall: at('2026-03-02T10:00:00Z'), counter: 0 });
  });

  it('counts each ticket from 0 at a shared instant, and the clock keeps the highest counter of the latest instant', () => {
    const created = (id: string) => ticketEvents({ at: '2026-03-02T09:00:00Z', kind: 'created', type: 'bug' }).map((e) => ({ ...e, id })); // Mon
    const noted = ticketEvents({ at: '2026-03-02T09:00:00Z', kind: 'note_added' }).map((e) => ({ ...e, id: 'evt-2b' }));
    const { events, clock } = eventsFromLegacyDesk(
      desk({
        tickets: [
          { id: 'tkt-1', events: [...created('evt-1a')] },
          { id: 'tkt-2', events: [...created('evt-2a'), ...noted] },
        ],
      }),
      ctx,
    );
    expect(events.map((e) => e.hlc)).toEqual(['1772442000000-0000', '1772442000000-0000', '1772442000000-0001']);
    expect(clock).toEqual({ wall: at('2026-03-02T09:00:00Z'), counter: 1 });
  });
  it('ends the clock at the latest stamp of the desk, whatever order the events were made in', () => {
    const created = (id: string, iso: string) => ticketEvents({ at: iso, kind: 'created', type: 'bug' }).map((e) => ({ ...e, id }));
    const nine = '2026-03-02T09:00:00Z'; // Mon
    const ten = '2026-03-02T10:00:00Z';
    const { events, clock } = eventsFromLegacyDesk(
      desk({
        customers: [{ id: 'cus-1', name: 'Acme', createdAt: at(ten) }],
        contracts: [{ id: 'con-1', customerId: 'cus-1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: at(ten) }],
        agents: [{ id: 'agt-1', name: 'Ann' }],
        tickets: [
          { id: 'tkt-1', events: created('evt-1', nine) },
          { id: 'tkt-2', events: created('evt-2', ten) },
        ],
      }),
      ctx,
    );
    // Made in this order: a higher counter at an earlier instant (the agent), then earlier and equal
    // instants with lower counters (the tickets). The latest stamp is the contract's.
    expect(events.map((e) => e.hlc)).toEqual(['1772445600000-0000', '1772445600000-0001', '1772442000000-0002', '1772442000000-0000', '1772445600000-0000']);
    expect(clock).toEqual({ wall: at(ten), counter: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import type { TicketEvent } from '../ticket/ticket-event';
import { InputError } from '../validation/issues';
import { ContractPlans } from './contract-plans';
import { toWireEvent } from './desk-file-write';
import { readDeskFile } from './read-desk-file';

describe('toWireEvent', () => {
  it('writes a created event’s instants as ISO-8601 UTC and leaves out the store’s ticket id and sequence', () => {
    const stored = {
      id: 'ev-1',
      ticketId: 't-1',
      seq: 3,
      kind: 'created',
      at: at('2026-03-02T10:00:00+01:00'), // Monday
      reportedAt: at('2026-03-02T09:15:00+01:00'),
      awareAt: at('2026-03-02T09:30:00+01:00'),
      by: 'Anna',
      workstation: 'ws-1',
      type: 'bug',
    } as unknown as TicketEvent & { id: string };
    expect(toWireEvent(stored)).toEqual({
      id: 'ev-1',
      kind: 'created',
      at: '2026-03-02T09:00:00.000Z',
      reportedAt: '2026-03-02T08:15:00.000Z',
      awareAt: '2026-03-02T08:30:00.000Z',
      by: 'Anna',
      workstation: 'ws-1',
      type: 'bug',
    });
  });
});

describe('readDeskFile', () => {
  it.each(['null', '5', '"klok"'])('refuses %s as a desk file, field by field', (text) => {
    expect(() => readDeskFile(text, new ContractPlans(), { newDeskId: 'd-1', workstation: 'legacy', by: 'Klok' })).toThrow(InputError);
  });
});

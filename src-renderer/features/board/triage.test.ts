import { describe, expect, it } from 'vitest';
import { allowedCommands } from '../../../src-shared/ticket/allowed-commands';
import { ticketClocks } from '../../../src-shared/ticket/ticket-clocks';
import { summarizeTicket } from '../../../src-shared/ticket/ticket-summary';
import { at } from '../../../src-shared/test-support/instants';
import { events, planOf } from '../../../src-shared/test-support/ticket';
import { triageCommand, triageFocus } from './triage';

const plan = planOf('scope4mation', 'support');
const allowedFor = (log: ReturnType<typeof events>) => {
  const now = at('2026-03-02T10:00:00+01:00'); // Mon
  return allowedCommands(plan, summarizeTicket(log, plan), ticketClocks(plan, log, now), now);
};
const created = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }); // Mon

describe('triageCommand', () => {
  it('responds to a ticket not yet responded to, and escalates it to the next line', () => {
    expect(triageCommand('respond', allowedFor(created))).toEqual({ kind: 'respond' });
    expect(triageCommand('escalate', allowedFor(created))).toEqual({ kind: 'escalate', line: 'second' });
  });
  it('does nothing the ticket does not allow: a second response, escalating past the last line', () => {
    const log = [
      ...created,
      ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'responded' }, { at: '2026-03-02T09:20:00+01:00', kind: 'escalated', line: 'third' }),
    ];
    expect(triageCommand('respond', allowedFor(log))).toBeNull();
    expect(triageCommand('escalate', allowedFor(log))).toBeNull();
  });
  it('only moves the focus for Enter and P', () => {
    expect([triageFocus('open'), triageFocus('priority'), triageFocus('respond')]).toEqual(['heading', 'priority', null]);
    expect(triageCommand('open', allowedFor(created))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { InputError } from '../../src-shared/validation/issues';
import { allowedCommands } from '../../src-shared/ticket/allowed-commands';
import { decideCommand, type TicketCommand } from '../../src-shared/ticket/ticket-commands';
import { ticketClocks } from '../../src-shared/ticket/ticket-clocks';
import { summarizeTicket } from '../../src-shared/ticket/ticket-summary';
import { at } from '../../src-shared/test-support/instants';
import { events, planOf } from '../../src-shared/test-support/ticket';
import { codesNl } from './codes-nl';
import { errorText, refusalText } from './error-text';
import { i18nFor } from './i18n';

const plan = planOf('scope4mation', 'support');
const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal', number: 'T-1' }); // Mon

function refusal(command: TicketCommand): unknown {
  const now = at('2026-03-02T10:00:00+01:00');
  try {
    decideCommand(command, {
      plan,
      summary: summarizeTicket(log, plan),
      clocks: ticketClocks(plan, log, now),
      now,
      by: 'A',
      workstation: 'w',
      newId: () => 'x',
    });
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('errorText', () => {
  const nl = i18nFor('nl');
  const en = i18nFor('en');

  it('says a refusal in Dutch, naming the field, the priority and the statuses in Dutch', () => {
    expect(errorText(nl, refusal({ kind: 'set_priority', priority: 'high', reason: 'storing' }))).toBe(
      'Gesprek: Hoog moet telefonisch gemeld worden: leg het gesprek vast',
    );
    expect(errorText(nl, refusal({ kind: 'set_status', status: 'new' }))).toBe('Status: de melding heeft al de status Nieuw');
  });
  it('says the same refusal in English with the field by its label', () => {
    expect(errorText(en, refusal({ kind: 'set_priority', priority: 'high', reason: 'outage' }))).toBe('Call: High must be phoned in: log the call');
  });
  it('keeps the English reason of a code it does not know, and a path without a label', () => {
    const error = new InputError([{ field: 'tickets[0].events[0].at', reason: 'is before the created event', code: 'desk.some_new_rule' }]);
    expect(errorText(nl, error)).toBe('tickets[0].events[0].at: is before the created event');
  });
  it('names a nested field by its last part', () => {
    expect(errorText(nl, new InputError([{ field: '.zone', reason: 'x', code: 'unknown_zone', params: { zone: 'Mars/Base' } }]))).toBe(
      'Tijdzone: "Mars/Base" is geen IANA-tijdzone',
    );
  });
  it("says allowedCommands' refusals in Dutch, each by a code both catalogues know", () => {
    const responded = [...log, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'responded' })];
    const closed = [...log, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'status_changed', status: 'closed' })];
    const now = at('2026-03-02T10:00:00+01:00');
    const refusals = [responded, closed].flatMap((l) =>
      Object.values(allowedCommands(plan, summarizeTicket(l, plan), ticketClocks(plan, l, now), now).refusals),
    );
    expect(refusals.length).toBeGreaterThan(3);
    for (const r of refusals) {
      expect(Object.keys(codesNl)).toContain(`issue.${r.code}`);
      expect(refusalText(nl, r)).not.toBe(r.reason);
      expect(refusalText(en, r)).toBe(r.reason);
    }
    expect(refusalText(nl, refusals[0] ?? { field: '', reason: '' })).toBe('op de melding is al gereageerd');
  });
  it('shows other errors as they are', () => {
    expect(errorText(nl, new Error('disk full'))).toBe('disk full');
  });
});

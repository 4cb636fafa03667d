import { describe, expect, it } from 'vitest';
import { events, planOf } from '../test-support/ticket';
import { InputError, type InputIssue } from '../validation/issues';
import { checkTicketEvents, withTicketDefaults } from './check-ticket-events';
import type { TicketEvent } from './ticket-event';

const scope = planOf('scope4mation', 'support');
const konneqt = planOf('konneqt', 'enterprise');

/** The issues `checkTicketEvents` throws, or none. */
function issuesOf(plan: typeof scope, log: TicketEvent[], fieldOf?: (i: number) => string): readonly InputIssue[] {
  try {
    checkTicketEvents(plan, log, 'ticket.events', fieldOf);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  return [];
}

const created = { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' } as const; // Mon

describe('checkTicketEvents', () => {
  it('accepts a log that starts with its one created event, in time, with a known type and priorities of the plan', () => {
    const log = events(
      created,
      { at: '2026-03-02T09:00:00+01:00', kind: 'responded' },
      { at: '2026-03-02T10:00:00+01:00', kind: 'priority_changed', priority: 'high' },
    );
    expect(() => checkTicketEvents(scope, log, 'ticket.events')).not.toThrow();
  });

  it('refuses a log without a created event, counting none', () => {
    expect(issuesOf(scope, events({ at: '2026-03-02T09:00:00+01:00', kind: 'responded' }))).toEqual([
      { field: 'ticket.events', reason: 'must hold exactly one created event (found 0)', code: 'ticket.created_count', params: { count: 0 } },
    ]);
    expect(issuesOf(scope, [])).toEqual([
      { field: 'ticket.events', reason: 'must hold exactly one created event (found 0)', code: 'ticket.created_count', params: { count: 0 } },
    ]);
  });

  it('refuses a log with two created events, counting them', () => {
    expect(issuesOf(scope, events(created, { ...created, at: '2026-03-02T09:05:00+01:00' }))).toEqual([
      { field: 'ticket.events', reason: 'must hold exactly one created event (found 2)', code: 'ticket.created_count', params: { count: 2 } },
    ]);
  });

  it('refuses a created event that is not first in the log, naming the first event and its kind', () => {
    const log = events({ at: '2026-03-02T09:05:00+01:00', kind: 'note_added', note: 'x' }, created);
    expect(issuesOf(scope, log)).toEqual([
      {
        field: 'ticket.events[0]',
        reason: 'must be the created event, which comes first (found note_added)',
        code: 'ticket.created_first',
        params: { kind: 'note_added' },
      },
    ]);
    expect(issuesOf(scope, log, (i) => `events[${i + 3}]`)).toEqual([
      {
        field: 'events[3]',
        reason: 'must be the created event, which comes first (found note_added)',
        code: 'ticket.created_first',
        params: { kind: 'note_added' },
      },
    ]);
  });

  it('refuses every event before the created event, one issue each, and accepts one at the same instant', () => {
    const log = events(
      created,
      { at: '2026-03-02T08:59:00+01:00', kind: 'responded' },
      { at: '2026-03-02T09:00:00+01:00', kind: 'acknowledged' },
      { at: '2026-03-01T09:00:00+01:00', kind: 'resolved' },
    );
    expect(issuesOf(scope, log)).toEqual([
      { field: 'ticket.events[1].at', reason: 'is before the created event', code: 'ticket.before_created' },
      { field: 'ticket.events[3].at', reason: 'is before the created event', code: 'ticket.before_created' },
    ]);
  });

  it('refuses a type the policy does not know, listing the known ones, with the events before the created one', () => {
    const log = events({ ...created, type: 'complaint' }, { at: '2026-03-02T08:00:00+01:00', kind: 'responded' });
    const known = 'question, disruption, bug, development_request, consultancy_request';
    expect(issuesOf(scope, log)).toEqual([
      { field: 'ticket.events[1].at', reason: 'is before the created event', code: 'ticket.before_created' },
      {
        field: 'ticket.events[0].type',
        reason: `unknown type "complaint"; known: ${known}`,
        code: 'ticket.unknown_type',
        // The known types are Klok's own list: whole (only the user's input is cut short).
        params: { type: 'complaint', known: 'question, disruption, bug, development_request, consultancy_request' },
      },
    ]);
  });

  it('refuses a priority the plan has not got for the type, on the created event and on a change, listing the known ones', () => {
    const log = events(
      { ...created, priority: 'p1' },
      { at: '2026-03-02T09:10:00+01:00', kind: 'priority_changed', priority: 'urgent' },
      { at: '2026-03-02T09:20:00+01:00', kind: 'priority_changed', priority: 'low' },
    );
    const known = 'low, normal, high, saas_unavailable';
    expect(issuesOf(scope, log)).toEqual([
      {
        field: 'ticket.events[0].priority',
        reason: `unknown priority "p1" for type "bug" in plan support; known: ${known}`,
        code: 'ticket.unknown_priority',
        params: { priority: 'p1', type: 'bug', plan: 'support', known },
      },
      {
        field: 'ticket.events[1].priority',
        reason: `unknown priority "urgent" for type "bug" in plan support; known: ${known}`,
        code: 'ticket.unknown_priority',
        params: { priority: 'urgent', type: 'bug', plan: 'support', known },
      },
    ]);
  });

  it('refuses any priority on a type that takes none (a Konneqt query), and accepts the query without one', () => {
    const query = { at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'query' } as const;
    expect(() => checkTicketEvents(konneqt, events(query, { at: '2026-03-02T10:00:00-05:00', kind: 'responded' }), 'ticket.events')).not.toThrow();
    expect(issuesOf(konneqt, events({ ...query, priority: 'p1' }, { at: '2026-03-02T10:00:00-05:00', kind: 'priority_changed', priority: 'p2' }))).toEqual([
      { field: 'ticket.events[0].priority', reason: 'type "query" takes no priority', code: 'ticket.no_priority', params: { type: 'query' } },
      { field: 'ticket.events[1].priority', reason: 'type "query" takes no priority', code: 'ticket.no_priority', params: { type: 'query' } },
    ]);
  });

  it('reports an event before the created one together with a bad priority, as one error', () => {
    const log = events({ ...created, priority: 'p1' }, { at: '2026-03-02T08:00:00+01:00', kind: 'responded' });
    expect(issuesOf(scope, log).map((i) => i.code)).toEqual(['ticket.before_created', 'ticket.unknown_priority']);
  });
});

describe('withTicketDefaults', () => {
  const defaults = { type: 'bug', priority: 'high', environment: 'test' } as const;

  it('fills a created event without type, priority and environment from the defaults, and leaves the other events alone', () => {
    const log: TicketEvent[] = [
      { kind: 'created', at: 1, type: '' },
      { kind: 'priority_changed', at: 2, priority: 'low' },
    ];
    expect(withTicketDefaults(log, defaults)).toEqual([
      { kind: 'created', at: 1, type: 'bug', priority: 'high', environment: 'test' },
      { kind: 'priority_changed', at: 2, priority: 'low' },
    ]);
    expect(log[0]).toEqual({ kind: 'created', at: 1, type: '' });
  });

  it('fills a type that is missing altogether', () => {
    const log = [{ kind: 'created', at: 1 }] as unknown as TicketEvent[];
    expect(withTicketDefaults(log, { type: 'question' })).toEqual([{ kind: 'created', at: 1, type: 'question' }]);
  });

  it('keeps what the created event says', () => {
    const log: TicketEvent[] = [{ kind: 'created', at: 1, type: 'question', priority: 'low', environment: 'production' }];
    expect(withTicketDefaults(log, defaults)).toEqual([{ kind: 'created', at: 1, type: 'question', priority: 'low', environment: 'production' }]);
  });

  it('adds nothing the defaults do not have', () => {
    const log: TicketEvent[] = [{ kind: 'created', at: 1, type: '' }];
    expect(withTicketDefaults(log, {})).toEqual([{ kind: 'created', at: 1, type: '' }]);
    expect(Object.keys(withTicketDefaults(log, { type: '' })[0] as object)).toEqual(['kind', 'at', 'type']);
  });
});

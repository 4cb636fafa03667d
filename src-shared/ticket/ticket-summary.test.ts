import { describe, expect, it } from 'vitest';
import { at, HOUR } from '../test-support/instants';
import { clocksAt, events, planOf } from '../test-support/ticket';
import { ticketClocks } from './ticket-clocks';
import { policyVersionOf, type TicketEvent } from './ticket-event';
import { foldTicket } from './ticket-segments';
import { applyEvent, entersWaiting, initialTicketState, type TicketState } from './ticket-state';
import { summarizeTicket } from './ticket-summary';

const scope = planOf('scope4mation', 'support');
const konneqt = planOf('konneqt', 'enterprise');
const CREATED = { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' } as const; // Mon

describe('summarizeTicket', () => {
  it('gives a created event without texts empty texts, production and the portal', () => {
    expect(summarizeTicket(events(CREATED), scope)).toEqual({
      number: '',
      title: '',
      description: '',
      customerId: '',
      contractId: '',
      type: 'bug',
      environment: 'production',
      channel: 'portal',
      status: 'new',
      priority: 'normal',
      line: 'first',
      assignee: null,
      isResponded: false,
      isResolved: false,
      createdAt: at('2026-03-02T09:00:00+01:00'),
      updatedAt: at('2026-03-02T09:00:00+01:00'),
      eventCount: 1,
    });
  });

  it('keeps the texts, environment and channel the created event gives', () => {
    const log = events({
      ...CREATED,
      number: 'T-1',
      title: 'Login fails',
      description: 'Since 8:00',
      customerId: 'c-1',
      contractId: 'k-1',
      environment: 'test',
      channel: 'phone',
    });
    expect(summarizeTicket(log, scope)).toMatchObject({
      number: 'T-1',
      title: 'Login fails',
      description: 'Since 8:00',
      customerId: 'c-1',
      contractId: 'k-1',
      environment: 'test',
      channel: 'phone',
    });
  });

  it('gives a ticket without a priority the plan default: Normal in production or without environment, Low elsewhere', () => {
    const { priority: _, ...noPriority } = CREATED;
    expect(summarizeTicket(events(noPriority), scope).priority).toBe('normal');
    expect(summarizeTicket(events({ ...noPriority, environment: 'production' }), scope).priority).toBe('normal');
    expect(summarizeTicket(events({ ...noPriority, environment: 'acceptance' }), scope).priority).toBe('low');
  });

  it('folds a log in time order whatever order it is stored in, updated at its latest event', () => {
    const log = events(
      { at: '2026-03-02T11:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_development' },
      CREATED,
      { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
    );
    expect(summarizeTicket(log, scope)).toMatchObject({
      status: 'waiting_for_customer',
      isResponded: true,
      createdAt: at('2026-03-02T09:00:00+01:00'),
      updatedAt: at('2026-03-02T11:00:00+01:00'),
      eventCount: 4,
    });
  });

  it('puts the created event first among the events at its instant, and keeps the others as logged', () => {
    const log = events(
      { at: '2026-03-02T09:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      CREATED,
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_development' },
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'in_progress' },
      { at: '2026-03-02T10:00:00+01:00', kind: 'assigned', assignee: 'Bob' },
      { at: '2026-03-02T10:00:00+01:00', kind: 'assigned', assignee: 'Cy' },
    );
    expect(summarizeTicket(log, scope)).toMatchObject({ status: 'in_progress', assignee: 'Cy', eventCount: 6 });
    expect(summarizeTicket([...log].reverse(), scope)).toMatchObject({ status: 'waiting_for_development', assignee: 'Bob' });
  });

  it('refuses a log that does not start with a created event', () => {
    expect(() => summarizeTicket([], scope)).toThrow(/^a ticket log starts with a created event$/);
    expect(() => summarizeTicket(events({ at: '2026-03-02T09:00:00+01:00', kind: 'responded' }), scope)).toThrow(/^a ticket log starts with a created event$/);
  });
});

describe('policyVersionOf', () => {
  it('is the version the ticket was registered under until another is applied, whatever comes after', () => {
    const log = events({ ...CREATED, policyVersion: 'v1' }, { at: '2026-03-02T10:00:00+01:00', kind: 'responded' });
    expect(policyVersionOf(log)).toBe('v1');
    const applied = [...log, ...events({ at: '2026-03-02T11:00:00+01:00', kind: 'policy_applied', policyVersion: 'v2' })];
    expect(policyVersionOf([...applied, ...events({ at: '2026-03-02T12:00:00+01:00', kind: 'note_added', note: 'n' })])).toBe('v2');
    expect(policyVersionOf(events(CREATED))).toBeUndefined();
  });
});

describe('applyEvent', () => {
  const start = initialTicketState(events(CREATED)[0] as never, { priority: () => 'normal', firstLine: 'first' });
  const step = (s: TicketState, e: Record<string, unknown>) => applyEvent(s, { at: 0, ...e } as TicketEvent);

  it('undoes a resolution when the ticket leaves Closed by a status change, and keeps it otherwise', () => {
    const resolved = step(start, { kind: 'resolved' });
    const closed = step(resolved, { kind: 'status_changed', status: 'closed' });
    expect(closed).toMatchObject({ status: 'closed', isResolved: true });
    expect(step(closed, { kind: 'status_changed', status: 'closed' })).toMatchObject({ isResolved: true });
    expect(step(closed, { kind: 'status_changed', status: 'in_progress' })).toMatchObject({ status: 'in_progress', isResolved: false, hasEverResolved: true });
    expect(step(resolved, { kind: 'status_changed', status: 'waiting_for_customer' })).toMatchObject({ isResolved: true });
  });

  it('records a workaround once, and returns the same state for a second one or a second response', () => {
    const workedAround = step(start, { kind: 'workaround_given' });
    expect(workedAround).toMatchObject({ isWorkedAround: true });
    expect(step(workedAround, { kind: 'workaround_given' })).toBe(workedAround);
    const responded = step(start, { kind: 'responded' });
    expect(step(responded, { kind: 'acknowledged' })).toBe(responded);
  });

  it('restarts the reply term only on a status change into Waiting for Customer', () => {
    expect(entersWaiting(start, { at: 0, kind: 'status_changed', status: 'in_progress' })).toBe(false);
    expect(entersWaiting(start, { at: 0, kind: 'responded' })).toBe(false);
  });
});

describe('foldTicket', () => {
  const fold = (log: TicketEvent[], fromReport = false) => foldTicket(log, () => 'normal', fromReport);

  it('marks no restart on the first stretch of a new ticket', () => {
    const [first] = fold(events(CREATED)).segments;
    expect(first).toMatchObject({ start: at('2026-03-02T09:00:00+01:00'), end: Infinity, isUpdateGiven: false, isWaitingEntered: false });
    const reported = events({ ...CREATED, reportedAt: '2026-03-02T08:00:00+01:00' });
    expect(fold(reported, true).segments.map((s) => [s.start, s.end, s.isUpdateGiven, s.isWaitingEntered])).toEqual([
      [at('2026-03-02T08:00:00+01:00'), at('2026-03-02T09:00:00+01:00'), false, false],
      [at('2026-03-02T09:00:00+01:00'), Infinity, false, false],
    ]);
  });

  it('adds up the restarts of events at one instant, whatever comes after them at that instant', () => {
    const log = events(
      CREATED,
      { at: '2026-03-02T10:00:00+01:00', kind: 'responded' },
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      { at: '2026-03-02T10:00:00+01:00', kind: 'note_added', note: 'asked for logs' },
      { at: '2026-03-02T11:00:00+01:00', kind: 'note_added', note: 'reminder' },
    );
    expect(fold(log).segments.map((s) => [s.start, s.status, s.isUpdateGiven, s.isWaitingEntered])).toEqual([
      [at('2026-03-02T09:00:00+01:00'), 'new', false, false],
      [at('2026-03-02T10:00:00+01:00'), 'waiting_for_customer', true, true],
      [at('2026-03-02T11:00:00+01:00'), 'waiting_for_customer', false, false],
    ]);
  });

  it('refuses a log that does not start with a created event', () => {
    expect(() => fold([])).toThrow(/^a ticket log starts with a created event$/);
    expect(() => fold(events({ at: '2026-03-02T09:00:00+01:00', kind: 'responded' }))).toThrow(/^a ticket log starts with a created event$/);
  });
});

describe('ticketClocks', () => {
  it('gives the status and priority in force at now, counting events at now', () => {
    const log = events(
      CREATED,
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'in_progress' },
      { at: '2026-03-02T11:00:00+01:00', kind: 'priority_changed', priority: 'low' },
    );
    expect(clocksAt(scope, log, '2026-03-02T10:30:00+01:00')).toMatchObject({ status: 'in_progress', priority: 'normal' });
    expect(clocksAt(scope, log, '2026-03-02T11:00:00+01:00')).toMatchObject({ status: 'in_progress', priority: 'low' });
    expect(clocksAt(scope, log, '2026-03-02T09:59:59.999+01:00')).toMatchObject({ status: 'new', priority: 'normal' });
  });

  it('keeps no trace unless asked', () => {
    const log = events(CREATED);
    expect(ticketClocks(scope, log, at('2026-03-02T10:00:00+01:00')).timers.response?.trace).toBeNull();
    expect(clocksAt(scope, log, '2026-03-02T10:00:00+01:00').timers.response?.trace).toHaveLength(1);
  });

  it('runs the Konneqt response from the earliest report, the other timers from the acknowledgement', () => {
    const log = events(
      { at: '2026-03-02T10:00:00-05:00', kind: 'created', type: 'incident', priority: 'p2', reportedAt: '2026-03-02T09:00:00-05:00' },
      { at: '2026-03-02T11:00:00-05:00', kind: 'acknowledged' },
    );
    const { timers } = clocksAt(konneqt, log, '2026-03-02T12:00:00-05:00');
    expect(timers.response).toMatchObject({ state: 'met', elapsedMs: 2 * HOUR });
    expect(timers.workaround).toMatchObject({ state: 'running', elapsedMs: HOUR });
  });
});

import { describe, expect, it } from 'vitest';
import { HOUR, iso, MINUTE } from '../test-support/instants';
import { clocksAt, events, planOf } from '../test-support/ticket';
import { explainTimer } from './explain-timer';

const AMS = 'Europe/Amsterdam';
const scope = planOf('scope4mation', 'support');
const created = (when: string, extra: Record<string, unknown> = {}) => ({ at: when, kind: 'created' as const, type: 'bug', priority: 'normal', ...extra });

describe('Scope4mation clocks', () => {
  it('pauses the resolution timer in Waiting for Customer across the night and the weekend', () => {
    const log = events(
      created('2026-03-06T15:30:00+01:00'), // Fri
      { at: '2026-03-06T16:00:00+01:00', kind: 'responded' },
      { at: '2026-03-06T16:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      { at: '2026-03-09T10:00:00+01:00', kind: 'status_changed', status: 'in_progress' }, // Mon
    );
    const { timers } = clocksAt(scope, log, '2026-03-09T12:00:00+01:00');
    expect(timers.resolution).toMatchObject({ state: 'running', elapsedMs: 2.5 * HOUR, targetMs: 16 * HOUR });
    // 13.5 h left at Mon 12:00: 4.5 h Mon, 8 h Tue, 1 h Wed
    expect(iso(timers.resolution?.due as number, AMS)).toBe('2026-03-11T09:30:00+01:00');
    const spans = explainTimer(timers.resolution!);
    expect(spans.find((s) => s.reason === 'paused')).toMatchObject({ detail: 'waiting_for_customer', isCounted: false });
    expect(spans.filter((s) => s.isCounted).reduce((sum, s) => sum + s.end - s.start, 0)).toBe(2.5 * HOUR);
    expect(timers.response).toMatchObject({ state: 'met', elapsedMs: 30 * MINUTE });
  });

  it('keeps elapsed time and switches targets when the priority changes mid-flight', () => {
    const log = events(created('2026-03-02T09:00:00+01:00'), {
      at: '2026-03-02T11:00:00+01:00',
      kind: 'priority_changed',
      priority: 'high',
      reason: 'phoned in',
    });
    const { timers, priority } = clocksAt(scope, log, '2026-03-02T12:00:00+01:00');
    expect(priority).toBe('high');
    expect(timers.resolution).toMatchObject({ state: 'running', elapsedMs: 3 * HOUR, targetMs: 8 * HOUR, remainingMs: 5 * HOUR });
    expect(iso(timers.resolution?.due as number, AMS)).toBe('2026-03-03T09:00:00+01:00');
    // Response: 3 h elapsed against High's 2 h: breached, at the moment 2 h were reached.
    expect(timers.response).toMatchObject({ state: 'breached', isRunning: true, elapsedMs: 3 * HOUR, targetMs: 2 * HOUR });
    expect(iso(timers.response?.due as number, AMS)).toBe('2026-03-02T11:00:00+01:00');
  });

  it('keeps the time counted and the pause when the priority changes while paused', () => {
    const log = events(
      created('2026-03-02T09:00:00+01:00'),
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      { at: '2026-03-02T11:00:00+01:00', kind: 'priority_changed', priority: 'low' },
    );
    const { timers } = clocksAt(scope, log, '2026-03-02T15:00:00+01:00');
    expect(timers.resolution).toMatchObject({ state: 'paused', elapsedMs: HOUR, targetMs: 32 * HOUR, due: null });
  });

  it('has not breached when elapsed equals the target exactly, and has one millisecond later', () => {
    const log = events(created('2026-03-02T09:00:00+01:00'));
    expect(clocksAt(scope, log, '2026-03-02T13:00:00+01:00').timers.response).toMatchObject({ state: 'running', remainingMs: 0 });
    expect(clocksAt(scope, log, '2026-03-02T13:00:00.001+01:00').timers.response).toMatchObject({ state: 'breached', remainingMs: -1 });
  });

  it('resumes a reopened ticket from its elapsed time, and resolving stops an unanswered response timer', () => {
    const log = events(
      created('2026-03-02T09:00:00+01:00'),
      { at: '2026-03-02T10:00:00+01:00', kind: 'resolved' },
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'closed' },
      { at: '2026-03-03T09:00:00+01:00', kind: 'reopened' },
    );
    const closedNight = clocksAt(scope, log, '2026-03-02T20:00:00+01:00');
    expect(closedNight.timers.resolution).toMatchObject({ state: 'met', elapsedMs: HOUR });
    const { timers, status } = clocksAt(scope, log, '2026-03-03T10:00:00+01:00');
    expect(status).toBe('in_progress');
    expect(timers.resolution).toMatchObject({ state: 'running', elapsedMs: 2 * HOUR });
    expect(timers.response).toMatchObject({ state: 'met', elapsedMs: HOUR });
  });

  it('runs SaaS unavailability on the 24/7 calendar, and office hours after a downgrade', () => {
    const log = events(
      created('2026-03-07T02:00:00+01:00', { type: 'disruption', priority: 'saas_unavailable' }), // Sat night
      { at: '2026-03-07T03:00:00+01:00', kind: 'priority_changed', priority: 'high' },
    );
    expect(clocksAt(scope, log.slice(0, 1), '2026-03-07T02:10:00+01:00').timers.response).toMatchObject({
      state: 'running',
      elapsedMs: 10 * MINUTE,
      targetMs: 15 * MINUTE,
    });
    const { timers } = clocksAt(scope, log, '2026-03-09T09:30:00+01:00'); // Mon
    expect(timers.resolution).toMatchObject({ elapsedMs: 2 * HOUR, targetMs: 8 * HOUR });
  });

  it('gives non-production tickets Low by default and Development Requests no timers', () => {
    const test = clocksAt(
      scope,
      events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'question', environment: 'test' }),
      '2026-03-02T10:00:00+01:00',
    );
    expect(test.priority).toBe('low');
    expect(test.timers.response?.targetMs).toBe(8 * HOUR);
    const dev = clocksAt(scope, events(created('2026-03-02T09:00:00+01:00', { type: 'development_request' })), '2026-03-02T10:00:00+01:00');
    expect(dev.timers).toEqual({});
  });

  it("runs the customer's 10-business-day reply term in Waiting for Customer", () => {
    const log = events(created('2026-03-02T09:00:00+01:00'), { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' });
    const waiting = clocksAt(scope, log, '2026-03-04T10:00:00+01:00');
    expect(waiting.timers.reply).toMatchObject({ state: 'running', targetMs: 80 * HOUR, elapsedMs: 16 * HOUR });
    expect(iso(waiting.timers.reply?.due as number, AMS)).toBe('2026-03-16T10:00:00+01:00');
    expect(clocksAt(scope, log, '2026-03-16T10:00:00.001+01:00').timers.reply?.state).toBe('breached');
  });

  it('names the holiday a timer skipped', () => {
    const log = events(created('2026-04-24T16:00:00+02:00'));
    const { timers } = clocksAt(scope, log, '2026-04-28T09:00:00+02:00');
    expect(timers.response?.elapsedMs).toBe(HOUR);
    const skipped = explainTimer(timers.response!).filter((s) => !s.isCounted);
    expect(skipped.map((s) => [s.reason, s.detail])).toEqual([
      ['night', undefined],
      ['weekend', undefined],
      ['holiday', "King's Day"],
      ['night', undefined],
    ]);
  });
});

describe('Konneqt clocks', () => {
  const enterprise = planOf('konneqt', 'enterprise');
  const NY = 'America/New_York';
  it('measures response from the earlier report and workaround from acknowledgement', () => {
    const log = events(
      { at: '2026-03-02T10:00:00-05:00', kind: 'created', type: 'incident', priority: 'p1', reportedAt: '2026-03-02T09:30:00-05:00' },
      { at: '2026-03-02T10:20:00-05:00', kind: 'acknowledged' },
    );
    const before = clocksAt(enterprise, log.slice(0, 1), '2026-03-02T10:10:00-05:00');
    expect(before.timers.response).toMatchObject({ state: 'running', elapsedMs: 40 * MINUTE, targetMs: HOUR });
    expect(before.timers.workaround).toMatchObject({ state: 'pending', elapsedMs: 0, due: null });
    const after = clocksAt(enterprise, log, '2026-03-02T12:20:00-05:00');
    expect(after.timers.response).toMatchObject({ state: 'met', elapsedMs: 50 * MINUTE });
    expect(after.timers.workaround).toMatchObject({ state: 'running', elapsedMs: 2 * HOUR, targetMs: 24 * HOUR });
    expect(after.timers.update).toMatchObject({ state: 'running', elapsedMs: 2 * HOUR, targetMs: 4 * HOUR });
    expect(iso(after.timers.update?.due as number, NY)).toBe('2026-03-02T14:20:00-05:00');
  });
  it('counts a P3 resolution of one business week as 40 hours of 8×5', () => {
    const log = events(
      { at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p3' },
      { at: '2026-03-02T09:00:00-05:00', kind: 'acknowledged' },
    );
    const { timers } = clocksAt(enterprise, log, '2026-03-02T09:00:00-05:00');
    expect(timers.resolution?.targetMs).toBe(40 * HOUR);
    expect(iso(timers.resolution?.due as number, NY)).toBe('2026-03-06T17:00:00-05:00');
  });
  it('gives a query a one-business-day response and Basic no timers outside production', () => {
    const q = clocksAt(enterprise, events({ at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'query' }), '2026-03-02T09:00:00-05:00');
    expect(q.timers.response?.targetMs).toBe(8 * HOUR);
    const basic = planOf('konneqt', 'basic');
    const nonProd = clocksAt(
      basic,
      events({ at: '2026-03-02T09:00:00-03:00', kind: 'created', type: 'incident', priority: 'p1', environment: 'acceptance' }),
      '2026-03-02T10:00:00-03:00',
    );
    expect(nonProd.timers).toEqual({});
  });
});

describe('Connect & Engage clocks', () => {
  const ce = planOf('connect-engage');
  it('runs the P1 update cadence around the clock and restarts it at each update', () => {
    const log = events({ at: '2026-03-07T10:00:00+01:00', kind: 'created', type: 'incident', priority: 'p1' }); // Sat
    const late = clocksAt(ce, log, '2026-03-07T10:20:00+01:00');
    expect(late.timers.update).toMatchObject({ state: 'breached', elapsedMs: 20 * MINUTE, targetMs: 15 * MINUTE });
    const updated = clocksAt(ce, [...log, ...events({ at: '2026-03-07T10:10:00+01:00', kind: 'update_sent' })], '2026-03-07T10:20:00+01:00');
    expect(updated.timers.update).toMatchObject({ state: 'running', elapsedMs: 10 * MINUTE });
    expect(iso(updated.timers.update?.due as number, 'UTC')).toBe('2026-03-07T09:25:00Z');
  });
  it('answers a normal request within 8 business hours (08:30–17:00)', () => {
    const log = events({ at: '2026-03-02T16:00:00+01:00', kind: 'created', type: 'request' });
    const { timers } = clocksAt(ce, log, '2026-03-02T16:00:00+01:00');
    // 1 h Mon (16:00–17:00), 7 h Tue from 08:30
    expect(iso(timers.response?.due as number, AMS)).toBe('2026-03-03T15:30:00+01:00');
  });
});

describe('event order', () => {
  it('applies a created event first even when the log lists another event at the same instant before it', () => {
    const plan = planOf('scope4mation', 'support');
    const log = events(
      { at: '2026-03-02T09:00:00+01:00', kind: 'responded' },
      { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' },
    );
    expect(clocksAt(plan, log, '2026-03-02T10:00:00+01:00').timers.response).toMatchObject({ state: 'met', elapsedMs: 0 });
  });
});

describe('the reply term', () => {
  it('is absent until the ticket first waits for the customer', () => {
    const plan = planOf('scope4mation', 'support');
    const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' });
    expect(clocksAt(plan, log, '2026-03-02T10:00:00+01:00').timers.reply).toBeUndefined();
  });
});

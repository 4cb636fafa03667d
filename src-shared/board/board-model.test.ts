import { describe, expect, it } from 'vitest';
import { at, HOUR } from '../test-support/instants';
import { clocksAt, events, planOf } from '../test-support/ticket';
import { nextTimer, queueKey, remainingAt, ticketHealth, timerHealth } from './board-model';

const plan = planOf('scope4mation', 'support');
const created = (when: string, priority = 'normal') => events({ at: when, kind: 'created', type: 'bug', priority });

describe('remainingAt', () => {
  it('counts down in working time only: the countdown stands still overnight', () => {
    const clocks = clocksAt(plan, created('2026-03-02T14:30:00+01:00'), '2026-03-02T15:30:00+01:00'); // Mon
    const response = clocks.timers.response!;
    const evaluatedAt = at('2026-03-02T15:30:00+01:00');
    expect(remainingAt(response, evaluatedAt, at('2026-03-02T16:30:00+01:00'))).toBe(2 * HOUR);
    expect(remainingAt(response, evaluatedAt, at('2026-03-03T08:00:00+01:00'))).toBe(2 * HOUR);
    expect(remainingAt(response, evaluatedAt, at('2026-03-03T10:31:00+01:00'))).toBe(-60_000);
  });

  describe('when the countdown stands still', () => {
    // Scope4mation office hours: Mon–Fri 08:30–16:30 Europe/Amsterdam.
    const waitingForCustomer = events(
      { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
      { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
    );

    it('keeps a paused timer where it was, even through working hours', () => {
      const resolution = clocksAt(plan, waitingForCustomer, '2026-03-02T11:00:00+01:00').timers.resolution!;
      // 16 h target, counted 09:00–10:00 only: 15 h left at 11:00, and still at 15:00 the same Monday.
      expect(remainingAt(resolution, at('2026-03-02T11:00:00+01:00'), at('2026-03-02T15:00:00+01:00'))).toBe(15 * HOUR);
    });

    it('gives no time back when now lies before the evaluation (a clock set back)', () => {
      const clocks = clocksAt(plan, created('2026-03-02T09:00:00+01:00'), '2026-03-02T11:00:00+01:00'); // Mon
      const response = clocks.timers.response!; // 4 h target, 2 h counted at 11:00
      expect(remainingAt(response, at('2026-03-02T11:00:00+01:00'), at('2026-03-02T10:00:00+01:00'))).toBe(2 * HOUR);
      expect(remainingAt(response, at('2026-03-02T11:00:00+01:00'), at('2026-03-02T11:00:00+01:00'))).toBe(2 * HOUR);
    });
  });
});

describe('health', () => {
  it('turns at risk at 75 % of the target and breached past it', () => {
    const clocks = clocksAt(plan, created('2026-03-02T09:00:00+01:00'), '2026-03-02T09:00:00+01:00');
    const response = clocks.timers.response!; // 4 h
    const t0 = at('2026-03-02T09:00:00+01:00');
    expect(timerHealth(response, t0, at('2026-03-02T11:59:59+01:00'), 0.75)).toBe('on_track');
    expect(timerHealth(response, t0, at('2026-03-02T12:00:00+01:00'), 0.75)).toBe('at_risk');
    expect(timerHealth(response, t0, at('2026-03-02T13:00:00.001+01:00'), 0.75)).toBe('breached');
    expect(ticketHealth(clocks, t0, at('2026-03-02T13:00:00.001+01:00'), 0.75)).toBe('breached');
  });

  describe('when the timer does not run', () => {
    // Konneqt Enterprise: Mon–Fri 09:00–17:00 America/New_York; the other timers wait for the acknowledgement.
    const enterprise = planOf('konneqt', 'enterprise');
    const unacknowledged = events({ at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p2' }); // Mon

    it('shows a timer waiting for the acknowledgement as pending, not met', () => {
      const clocks = clocksAt(enterprise, unacknowledged, '2026-03-02T10:00:00-05:00');
      const t0 = at('2026-03-02T10:00:00-05:00');
      expect(timerHealth(clocks.timers.workaround!, t0, t0, 0.75)).toBe('pending');
      expect(timerHealth(clocks.timers.resolution!, t0, t0, 0.75)).toBe('pending');
    });

    it('shows a paused timer as paused and a stopped one as met', () => {
      const log = events(
        { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
        { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
        { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      );
      const clocks = clocksAt(plan, log, '2026-03-02T11:00:00+01:00');
      const t0 = at('2026-03-02T11:00:00+01:00');
      expect(timerHealth(clocks.timers.resolution!, t0, t0, 0.75)).toBe('paused');
      expect(timerHealth(clocks.timers.response!, t0, t0, 0.75)).toBe('met');
      expect(ticketHealth(clocks, t0, t0, 0.75)).toBe('paused');
    });
  });
});

describe('queue order', () => {
  it('puts the ticket that breaches next first', () => {
    const now = '2026-03-02T10:00:00+01:00';
    const normal = clocksAt(plan, created('2026-03-02T09:00:00+01:00', 'normal'), now); // response due 13:00
    const high = clocksAt(plan, created('2026-03-02T09:30:00+01:00', 'high'), now); // response due 11:30
    expect(queueKey(high)).toBeLessThan(queueKey(normal));
    expect(nextTimer(high)?.kind).toBe('response');
  });
});

describe('nextTimer', () => {
  const enterprise = planOf('konneqt', 'enterprise');

  describe('when several SLA timers run', () => {
    it('takes the one due first, not the first in timer order', () => {
      // Acknowledged at once: the response is met; workaround (48 h), resolution (72 h) and the
      // 4 h update cadence run from 09:00, so the update is due first, at 13:00 the same Monday.
      const log = events(
        { at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p2' }, // Mon
        { at: '2026-03-02T09:00:00-05:00', kind: 'acknowledged' },
      );
      const clocks = clocksAt(enterprise, log, '2026-03-02T10:00:00-05:00');
      expect(nextTimer(clocks)?.kind).toBe('update');
      expect(queueKey(clocks)).toBe(at('2026-03-02T13:00:00-05:00'));
    });

    it('ignores timers that have not started, which have no due instant', () => {
      // Not acknowledged: only the response runs (4 h, due 13:00); the other three are pending.
      const log = events({ at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p2' }); // Mon
      const clocks = clocksAt(enterprise, log, '2026-03-02T10:00:00-05:00');
      expect(nextTimer(clocks)?.kind).toBe('response');
      expect(queueKey(clocks)).toBe(at('2026-03-02T13:00:00-05:00'));
    });
  });

  describe('when no SLA timer runs', () => {
    it('takes the first paused one, and queues the ticket after every running one', () => {
      const log = events(
        { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
        { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
        { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      );
      const clocks = clocksAt(plan, log, '2026-03-02T11:00:00+01:00');
      expect(nextTimer(clocks)).toMatchObject({ kind: 'resolution', state: 'paused' });
      expect(queueKey(clocks)).toBe(Number.MAX_SAFE_INTEGER);
    });

    it('takes the first one not yet started, passing over a met one', () => {
      // Resolved at 10:00 without an acknowledgement, reopened at 11:00: the response is met,
      // and workaround, resolution and update still wait for the acknowledgement.
      const log = events(
        { at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p2' }, // Mon
        { at: '2026-03-02T10:00:00-05:00', kind: 'resolved' },
        { at: '2026-03-02T11:00:00-05:00', kind: 'reopened' },
      );
      const clocks = clocksAt(enterprise, log, '2026-03-02T12:00:00-05:00');
      expect(clocks.timers.response?.state).toBe('met');
      expect(nextTimer(clocks)).toMatchObject({ kind: 'workaround', state: 'pending' });
    });

    it('falls back to the first timer when every one has stopped', () => {
      const log = events(
        { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
        { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'closed' },
      );
      const clocks = clocksAt(plan, log, '2026-03-02T11:00:00+01:00');
      expect(nextTimer(clocks)).toMatchObject({ kind: 'response', state: 'met' });
      expect(queueKey(clocks)).toBe(Number.MAX_SAFE_INTEGER);
    });
  });
});

describe('the survivors of the mutation run of 2026-11-30', () => {
  it('a timer at exactly its target is not breached yet: only going past it is', () => {
    const clocks = clocksAt(plan, created('2026-03-02T09:00:00+01:00'), '2026-03-02T13:00:00+01:00'); // response due 13:00
    const response = clocks.timers.response!;
    expect(response.remainingMs).toBe(0);
    expect(timerHealth(response, at('2026-03-02T13:00:00+01:00'), at('2026-03-02T13:00:00+01:00'), 0.75)).toBe('at_risk');
    expect(timerHealth(response, at('2026-03-02T13:00:00+01:00'), at('2026-03-02T13:00:00.001+01:00'), 0.75)).toBe('breached');
  });

  it('the next timer is the running one due first, not the last one looked at', () => {
    // Normal: response due Mon 13:00, resolution due Wed 09:00.
    const clocks = clocksAt(plan, created('2026-03-02T09:00:00+01:00'), '2026-03-02T10:00:00+01:00');
    expect(nextTimer(clocks)?.kind).toBe('response');
    expect(queueKey(clocks)).toBe(at('2026-03-02T13:00:00+01:00'));
  });

  it('a met timer never decides the queue, whatever instant it keeps', () => {
    const log = [...created('2026-03-02T09:00:00+01:00'), ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'responded' })];
    const clocks = clocksAt(plan, log, '2026-03-02T10:00:00+01:00');
    expect(clocks.timers.response?.isRunning).toBe(false);
    expect(nextTimer(clocks)?.kind).toBe('resolution');
  });

  it('of two running timers due at the same moment, the first in SLA order decides (response before update)', () => {
    const base = clocksAt(plan, created('2026-03-02T09:00:00+01:00'), '2026-03-02T10:00:00+01:00');
    const response = base.timers.response!;
    const update = { ...response, kind: 'update' as const };
    expect(nextTimer({ ...base, timers: { update, response } })?.kind).toBe('response');
  });

  it('a timer that stopped after its target keeps its breach moment but no longer decides the queue', () => {
    const late = [...created('2026-03-02T09:00:00+01:00'), ...events({ at: '2026-03-02T14:00:00+01:00', kind: 'responded' })]; // due 13:00
    const clocks = clocksAt(plan, late, '2026-03-02T15:00:00+01:00');
    expect(clocks.timers.response).toMatchObject({ isRunning: false, due: at('2026-03-02T13:00:00+01:00') });
    expect(nextTimer(clocks)?.kind).toBe('resolution');
  });

  it('a ticket whose timers all stand still goes to the end of the queue', () => {
    const waiting = [
      ...created('2026-03-02T09:00:00+01:00'),
      ...events(
        { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
        { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      ),
    ];
    const clocks = clocksAt(plan, waiting, '2026-03-02T11:00:00+01:00');
    expect(nextTimer(clocks)?.state).toBe('paused');
    expect(queueKey(clocks)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

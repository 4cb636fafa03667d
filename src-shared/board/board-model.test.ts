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

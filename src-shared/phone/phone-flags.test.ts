import { describe, expect, it } from 'vitest';
import { at, MINUTE } from '../test-support/instants';
import { clocksAt, events, planOf } from '../test-support/ticket';
import { hasPhoneContact, lacksPhoneContact, needsPhoneContact, updateDue } from './phone-flags';

describe('needsPhoneContact', () => {
  it.each([
    ['scope4mation', 'support', 'high', true],
    ['scope4mation', 'support', 'normal', false],
    ['connect-engage', 'standard', 'p1', true],
    ['connect-engage', 'standard', 'high', true],
    ['connect-engage', 'standard', 'p2', false],
    ['konneqt', 'enterprise', 'p0', true],
    ['konneqt', 'enterprise', 'p1', true],
    ['konneqt', 'enterprise', 'p2', false],
  ])('%s %s %s: %s', (policy, plan, priority, expected) => {
    expect(needsPhoneContact(planOf(policy, plan), priority)).toBe(expected);
  });

  it('is false for a priority the plan does not know', () => {
    expect(needsPhoneContact(planOf('scope4mation', 'support'), 'p1')).toBe(false);
  });

  it('is false without a priority', () => {
    expect(needsPhoneContact(planOf('scope4mation', 'support'), null)).toBe(false);
  });
});

describe('lacksPhoneContact', () => {
  const plan = planOf('connect-engage', 'standard');
  const created = { kind: 'created' as const, at: '2026-03-02T09:00:00+01:00', type: 'incident', priority: 'p1' };

  it('flags a P1 registered from the portal with no call logged', () => {
    expect(lacksPhoneContact(plan, 'p1', events(created))).toBe(true);
  });

  it('does not flag it once a call is logged on it', () => {
    const log = events(created, { kind: 'call_logged', at: '2026-03-02T09:05:00+01:00', note: 'rang the customer' });
    expect(hasPhoneContact(log)).toBe(true);
    expect(lacksPhoneContact(plan, 'p1', log)).toBe(false);
  });

  it('does not flag a ticket registered from the phone', () => {
    expect(lacksPhoneContact(plan, 'p1', events({ ...created, channel: 'phone' }))).toBe(false);
  });
});

describe('updateDue (the status-update cadence)', () => {
  it('Connect & Engage P1: due 15 minutes after registration, around the clock, then overdue', () => {
    const plan = planOf('connect-engage', 'standard');
    // Sat 7 March 2026, 22:00 Amsterdam.
    const log = events({ kind: 'created', at: '2026-03-07T22:00:00+01:00', type: 'incident', priority: 'p1' });
    const clocks = clocksAt(plan, log, '2026-03-07T22:10:00+01:00');
    expect(updateDue(clocks, at('2026-03-07T22:10:00+01:00'))).toMatchObject({ remainingMs: 5 * MINUTE, isOverdue: false });
    expect(updateDue(clocks, at('2026-03-07T22:15:00+01:00'))).toMatchObject({ remainingMs: 0, isOverdue: false });
    expect(updateDue(clocks, at('2026-03-07T22:16:00+01:00'))).toMatchObject({ remainingMs: -MINUTE, isOverdue: true });
  });

  it('Connect & Engage P3: 120 minutes of business time (stands still over the weekend)', () => {
    const plan = planOf('connect-engage', 'standard');
    // Fri 6 March 2026 16:00 → 1 h left at 17:00, still 1 h left on Monday 08:30.
    const log = events({ kind: 'created', at: '2026-03-06T16:00:00+01:00', type: 'incident', priority: 'p3' });
    const clocks = clocksAt(plan, log, '2026-03-06T17:00:00+01:00');
    expect(updateDue(clocks, at('2026-03-09T08:30:00+01:00'))?.remainingMs).toBe(60 * MINUTE);
  });

  it('Konneqt: every 4 hours from acknowledgement', () => {
    const plan = planOf('konneqt', 'enterprise');
    const log = events(
      { kind: 'created', at: '2026-03-02T09:00:00-05:00', type: 'incident', priority: 'p2' },
      { kind: 'acknowledged', at: '2026-03-02T09:00:00-05:00' },
    );
    expect(updateDue(clocksAt(plan, log, '2026-03-02T12:00:00-05:00'), at('2026-03-02T12:00:00-05:00'))?.remainingMs).toBe(60 * MINUTE);
  });

  it('is null for a ticket without a cadence (Scope4mation)', () => {
    const plan = planOf('scope4mation', 'support');
    const log = events({ kind: 'created', at: '2026-03-02T09:00:00+01:00', type: 'disruption', priority: 'normal' });
    expect(updateDue(clocksAt(plan, log, '2026-03-02T10:00:00+01:00'), at('2026-03-02T10:00:00+01:00'))).toBeNull();
  });
});

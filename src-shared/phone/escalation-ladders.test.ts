import { describe, expect, it } from 'vitest';
import { CompiledPolicy } from '../policy/compiled-policy';
import type { Policy } from '../policy/policy-types';
import { POLICY_PRESETS } from '../policy/presets';
import { at, calendars } from '../test-support/instants';
import { clocksAt, events, planOf } from '../test-support/ticket';
import { ladderOf, ladderPosition } from './escalation-ladders';

const position = (policy: string, plan: string, log: ReturnType<typeof events>, now: string, ticket: { line: string | null; priority: string | null }) =>
  ladderPosition(planOf(policy, plan), ticket, clocksAt(planOf(policy, plan), log, now), at(now));

describe('the escalation ladders', () => {
  it('exist for every preset and name only priorities the preset has', () => {
    for (const policy of Object.values(POLICY_PRESETS)) {
      const ladder = ladderOf(policy);
      expect(policy.escalation).toBeDefined();
      const priorities = new Set(policy.plans.flatMap((p) => p.priorities.map((x) => x.id)));
      for (const id of [...(ladder?.phoneContact ?? []), ...Object.keys(ladder?.byPriority ?? {})]) expect(priorities).toContain(id);
    }
  });

  describe('Scope4mation: first → second → third line at the agent’s judgement', () => {
    const log = events({ kind: 'created', at: '2026-03-02T09:00:00+01:00', type: 'disruption', priority: 'high', channel: 'phone' });
    it('names the next line and never makes it due on its own', () => {
      expect(position('scope4mation', 'support', log, '2026-03-02T10:00:00+01:00', { line: 'first', priority: 'high' })).toMatchObject({
        nextLine: 'second',
        trigger: 'agent_decides',
        isNextLineDue: false,
        hasWarTeam: false,
      });
    });
    it('has no step above the third line', () => {
      expect(position('scope4mation', 'support', log, '2026-03-02T10:00:00+01:00', { line: 'third', priority: 'high' })).toMatchObject({
        nextLine: null,
        isNextLineDue: false,
      });
    });
    it('has no war team to convene', () => {
      expect(position('scope4mation', 'support', log, '2026-03-02T10:00:00+01:00', { line: 'first', priority: 'high' }).isWarTeamDue).toBe(false);
    });
  });

  describe('Connect & Engage: P1/P2 immediately, P3 in business hours, P4/P5 planned', () => {
    // Sat 7 March 2026 (weekend) and Mon 9 March 2026 10:00 (business hours), Amsterdam.
    const log = events({ kind: 'created', at: '2026-03-07T10:00:00+01:00', type: 'incident', priority: 'p3' });
    it.each([
      ['p1', '2026-03-07T11:00:00+01:00', 'immediately', true],
      ['p2', '2026-03-07T11:00:00+01:00', 'immediately', true],
      ['p3', '2026-03-07T11:00:00+01:00', 'business_hours', false],
      ['p3', '2026-03-09T10:00:00+01:00', 'business_hours', true],
      ['p4', '2026-03-09T10:00:00+01:00', 'planned', false],
      ['p5', '2026-03-09T10:00:00+01:00', 'planned', false],
    ])('%s at %s: %s, due %s', (priority, now, trigger, isDue) => {
      expect(position('connect-engage', 'standard', log, now, { line: 'first', priority })).toMatchObject({ trigger, isNextLineDue: isDue });
    });
    it('makes no step due above the third line, even for P1', () => {
      expect(position('connect-engage', 'standard', log, '2026-03-07T11:00:00+01:00', { line: 'third', priority: 'p1' })).toMatchObject({
        nextLine: null,
        trigger: 'immediately',
        isNextLineDue: false,
      });
    });
  });

  describe('Konneqt: L1–L4, and the war team on a missed workaround or resolution target', () => {
    // Enterprise 09:00–17:00 New York. P0: workaround 4 h from acknowledgement. Mon 2 March 2026.
    const log = events(
      { kind: 'created', at: '2026-03-02T09:00:00-05:00', type: 'incident', priority: 'p0' },
      { kind: 'acknowledged', at: '2026-03-02T09:00:00-05:00' },
    );
    const ticket = { line: 'l1', priority: 'p0' };
    it('is not due while the workaround target holds (exactly at it included)', () => {
      expect(position('konneqt', 'enterprise', log, '2026-03-02T13:00:00-05:00', ticket)).toMatchObject({
        nextLine: 'l2',
        hasWarTeam: true,
        isWarTeamDue: false,
      });
    });
    it('is due once the workaround target is missed', () => {
      expect(position('konneqt', 'enterprise', log, '2026-03-02T13:00:01-05:00', ticket).isWarTeamDue).toBe(true);
    });
    it('judges a Basic ticket, which has no resolution target, by its workaround target alone', () => {
      // Basic P1: workaround 12 h; one hour after the acknowledgement it is far from missed.
      const basic = events(
        { kind: 'created', at: '2026-03-02T10:00:00-05:00', type: 'incident', priority: 'p1' },
        { kind: 'acknowledged', at: '2026-03-02T10:00:00-05:00' },
      );
      expect(position('konneqt', 'basic', basic, '2026-03-02T11:00:00-05:00', { line: 'l1', priority: 'p1' })).toMatchObject({
        hasWarTeam: true,
        isWarTeamDue: false,
      });
    });
    it('allows for time waiting on the customer', () => {
      const waiting = events(
        { kind: 'created', at: '2026-03-02T09:00:00-05:00', type: 'incident', priority: 'p0' },
        { kind: 'acknowledged', at: '2026-03-02T09:00:00-05:00' },
        { kind: 'status_changed', at: '2026-03-02T10:00:00-05:00', status: 'waiting_for_customer' },
      );
      expect(position('konneqt', 'enterprise', waiting, '2026-03-02T16:00:00-05:00', ticket).isWarTeamDue).toBe(false);
    });
  });

  describe('read from the policy, not from its id', () => {
    const log = events({ kind: 'created', at: '2026-03-02T09:00:00+01:00', type: 'disruption', priority: 'high', channel: 'phone' });
    const withLadder = (escalation: Policy['escalation']) =>
      new CompiledPolicy({ ...(POLICY_PRESETS['scope4mation'] as Policy), escalation }, calendars).plan('support');
    const now = '2026-03-02T10:00:00+01:00';
    it('takes every step at the agent’s judgement, with no war team, when the policy has no ladder', () => {
      const plan = withLadder(undefined);
      expect(ladderOf(plan.policy)).toEqual({ lineTrigger: 'agent_decides' });
      expect(ladderPosition(plan, { line: 'first', priority: 'high' }, clocksAt(plan, log, now), at(now))).toMatchObject({
        trigger: 'agent_decides',
        isNextLineDue: false,
        hasWarTeam: false,
      });
    });
    it('follows an edited ladder: High escalating immediately', () => {
      const plan = withLadder({ lineTrigger: 'agent_decides', byPriority: { high: 'immediately' } });
      expect(ladderPosition(plan, { line: 'first', priority: 'high' }, clocksAt(plan, log, now), at(now))).toMatchObject({
        nextLine: 'second',
        trigger: 'immediately',
        isNextLineDue: true,
      });
    });
  });
});

import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, iso } from '../../test-support/instants';
import { NO_TARGETS, rowOf, target, type Target, type TargetRow } from '../../test-support/target-rows';
import { clocksAt, events, planOf } from '../../test-support/ticket';
import type { Environment } from '../policy-types';

// Every value below is read from the Connect & Engage SLA of July 2024 (sla-documents/002) or
// SPEC.md §2, §4 and §5 and docs/decisions/0004, never from the preset: a change the document
// does not back fails here.

const BUSINESS = 'connect-engage-business';
const ALWAYS = '24x7';
const AMS = 'Europe/Amsterdam';

const only = (kind: keyof TargetRow, t: Target): TargetRow => ({ ...NO_TARGETS, [kind]: t });

const TYPES = ['request', 'incident'] as const;
const PRIORITIES = ['high', 'normal', 'p1', 'p2', 'p3', 'p4', 'p5'] as const;
const ENVIRONMENTS: readonly Environment[] = ['production', 'acceptance', 'test'];

/**
 * §5 Response Times (support requests, business hours) and §6 Incidents (update cadence; P1 and
 * P2 escalate immediately, so their cadence runs around the clock; P4/P5 are "planned", no
 * updates). A priority of the other axis gives a ticket no targets.
 */
const EXPECTED: Readonly<Record<(typeof TYPES)[number], Readonly<Record<(typeof PRIORITIES)[number], TargetRow>>>> = {
  request: {
    high: only('response', target(1 * HOUR, '1h', BUSINESS)),
    normal: only('response', target(8 * HOUR, '8h', BUSINESS)),
    p1: NO_TARGETS,
    p2: NO_TARGETS,
    p3: NO_TARGETS,
    p4: NO_TARGETS,
    p5: NO_TARGETS,
  },
  incident: {
    high: NO_TARGETS,
    normal: NO_TARGETS,
    p1: only('update', target(15 * MINUTE, '15m', ALWAYS)),
    p2: only('update', target(30 * MINUTE, '30m', ALWAYS)),
    p3: only('update', target(120 * MINUTE, '120m', BUSINESS)),
    p4: NO_TARGETS,
    p5: NO_TARGETS,
  },
};

const ROWS = TYPES.flatMap((type) =>
  PRIORITIES.flatMap((priority) => ENVIRONMENTS.map((environment) => ({ type, priority, environment, expected: EXPECTED[type][priority] }))),
);

const plan = planOf('connect-engage');

describe('the Connect & Engage preset', () => {
  describe('targets, per ticket type × priority × environment (one plan)', () => {
    it.each(ROWS)('standard › $type › $priority › $environment', ({ type, priority, environment, expected }) => {
      expect(rowOf(plan.targetsFor(type, priority, environment))).toEqual(expected);
    });
  });

  describe('plans', () => {
    it('has one plan, counted in business hours', () => {
      expect(plan.policy.plans.map((p) => [p.id, p.calendar])).toEqual([['standard', BUSINESS]]);
    });
    it('counts a business day as 8 consecutive business hours, not the 8.5 h window', () => {
      expect(plan.calendar.businessDayMs).toBe(8 * HOUR);
    });
    it('has no production-only restriction', () => {
      expect(plan.def.productionOnly ?? false).toBe(false);
    });
    it('has no query hour limit', () => {
      expect(plan.def.queryHourLimit).toBeUndefined();
    });
    it('lists no consultancy rates', () => {
      expect(plan.def.consultancy ?? []).toEqual([]);
    });
  });

  describe('ticket types', () => {
    it('knows support requests and incidents', () => {
      expect(plan.policy.types.map((t) => t.id)).toEqual(['request', 'incident']);
    });
    it.each(TYPES)('runs SLA timers for a %s', (type) => {
      expect(plan.type(type)?.hasSla).toBe(true);
    });
  });

  describe('priorities', () => {
    it('lets a support request carry High and Normal only', () => {
      expect(plan.prioritiesFor('request').map((p) => p.id)).toEqual(['high', 'normal']);
    });
    it('lets an incident carry P1 to P5 only', () => {
      expect(plan.prioritiesFor('incident').map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    });
    it.each(ENVIRONMENTS)('defaults a support request in %s to Normal', (environment) => {
      expect(plan.defaultPriority('request', environment)).toBe('normal');
    });
    // The document names no default for incidents; Klok gives P3, the lowest with an update
    // cadence and a status-page entry (docs/decisions/0004), not the first listed (P1).
    it.each(ENVIRONMENTS)('defaults an incident in %s to P3', (environment) => {
      expect(plan.defaultPriority('incident', environment)).toBe('p3');
    });
    it('has no non-production priority', () => {
      expect(plan.policy.clock.nonProductionPriority).toBeUndefined();
    });
    it.each(PRIORITIES)('does not require %s to be phoned in', (priority) => {
      expect(plan.priority(priority)?.mustPhone ?? false).toBe(false);
    });
    it.each(PRIORITIES)('states no "in practice" bands for %s', (priority) => {
      expect(plan.priority(priority)?.practice).toBeUndefined();
    });
  });

  describe('support lines', () => {
    it('escalates from the first line to the second and third', () => {
      expect(plan.policy.lines.map((l) => l.id)).toEqual(['first', 'second', 'third']);
    });
    it('escalates P1 and P2 immediately, P3 in business hours, P4 and P5 planned; High and P1 need a phone contact', () => {
      expect(plan.policy.escalation).toEqual({
        lineTrigger: 'agent_decides',
        byPriority: { p1: 'immediately', p2: 'immediately', p3: 'business_hours', p4: 'planned', p5: 'planned' },
        phoneContact: ['high', 'p1'],
      });
    });
  });

  describe('clock rules', () => {
    const clock = plan.policy.clock;
    it('starts the response timer at registration', () => {
      expect(clock.responseFrom).toBe('created');
    });
    it('starts the update cadence at registration', () => {
      expect(clock.timersFrom).toBe('created');
    });
    it('pauses no timer in any status', () => {
      expect(clock.pausedIn).toEqual({ response: [], workaround: [], resolution: [], update: [] });
    });
    it('warns at three quarters of a target', () => {
      expect(clock.atRiskFraction).toBe(0.75);
    });
    it('gives the customer no reply term', () => {
      expect(plan.replyTerm).toBeNull();
    });
  });

  describe('at risk, through the clocks', () => {
    it('marks a P3 update at risk after 90 of its 120 business minutes', () => {
      const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'incident', priority: 'p3' }); // Mon
      const { timers } = clocksAt(plan, log, '2026-03-02T09:00:00+01:00');
      expect(iso(timers.update?.atRiskAt as number, AMS)).toBe('2026-03-02T10:30:00+01:00');
    });
  });
});

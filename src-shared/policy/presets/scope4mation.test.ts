import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, iso } from '../../test-support/instants';
import { NO_TARGETS, rowOf, seen, target, type TargetRow } from '../../test-support/target-rows';
import { clocksAt, events, planOf } from '../../test-support/ticket';
import type { Environment } from '../policy-types';

// Every value below is read from the Scope4mation basic SLA (sla-documents/000 and the Dutch
// original 001) or SPEC.md §1, §4 and §5, never from the preset: a change the documents do not
// back fails here.

const OFFICE = 'scope4mation-office';
const ALWAYS = '24x7';
const AMS = 'Europe/Amsterdam';

/** "PRIORITY, RESPONSE TIME AND RESOLUTION TIME": office hours, except SaaS unavailability (24/7). */
const BY_PRIORITY: Readonly<Record<string, TargetRow>> = {
  low: { response: target(8 * HOUR, '8h', OFFICE), workaround: null, resolution: target(32 * HOUR, '32h', OFFICE), update: null },
  normal: { response: target(4 * HOUR, '4h', OFFICE), workaround: null, resolution: target(16 * HOUR, '16h', OFFICE), update: null },
  high: { response: target(2 * HOUR, '2h', OFFICE), workaround: null, resolution: target(8 * HOUR, '8h', OFFICE), update: null },
  saas_unavailable: { response: target(15 * MINUTE, '15m', ALWAYS), workaround: null, resolution: target(2 * HOUR, '2h', ALWAYS), update: null },
};

const PLANS = ['support', 'qaas'] as const;
const COMPILED = { support: planOf('scope4mation', 'support'), qaas: planOf('scope4mation', 'qaas') };
const SUPPORT_TYPES = ['question', 'disruption', 'bug'] as const;
const NON_SUPPORT_TYPES = ['development_request', 'consultancy_request'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'saas_unavailable'] as const;
const ENVIRONMENTS: readonly Environment[] = ['production', 'acceptance', 'test'];

interface Row {
  readonly plan: (typeof PLANS)[number];
  readonly type: string;
  readonly priority: string;
  readonly environment: Environment;
  readonly expected: TargetRow;
}

const ROWS: Row[] = PLANS.flatMap((plan) =>
  [...SUPPORT_TYPES, ...NON_SUPPORT_TYPES].flatMap((type) =>
    PRIORITIES.flatMap((priority) =>
      ENVIRONMENTS.map((environment) => ({
        plan,
        type,
        priority,
        environment,
        // Development and Consultancy Requests are not support: no SLA timers (SPEC §5).
        expected: (NON_SUPPORT_TYPES as readonly string[]).includes(type) ? NO_TARGETS : (BY_PRIORITY[priority] ?? NO_TARGETS),
      })),
    ),
  ),
);

describe('the Scope4mation preset', () => {
  describe('targets, per plan × ticket type × priority × environment', () => {
    it.each(ROWS)('$plan › $type › $priority › $environment', ({ plan, type, priority, environment, expected }) => {
      expect(rowOf(COMPILED[plan].targetsFor(type, priority, environment))).toEqual(expected);
    });
  });

  describe('plans', () => {
    it('offers Support and QaaS, in that order', () => {
      expect(planOf('scope4mation').policy.plans.map((p) => p.id)).toEqual(['support', 'qaas']);
    });
    it.each(PLANS)('counts %s on the office-hours calendar', (plan) => {
      expect(planOf('scope4mation', plan).calendar.id).toBe(OFFICE);
    });
    it.each(PLANS)('has no production-only restriction on %s', (plan) => {
      expect(planOf('scope4mation', plan).def.productionOnly ?? false).toBe(false);
    });
    it.each(PLANS)('has no query hour limit on %s', (plan) => {
      expect(planOf('scope4mation', plan).def.queryHourLimit).toBeUndefined();
    });
  });

  describe('ticket types', () => {
    it('knows the five types of the SLA, Disruption (Storing) not "Storage"', () => {
      expect(planOf('scope4mation').policy.types.map((t) => t.id)).toEqual(['question', 'disruption', 'bug', 'development_request', 'consultancy_request']);
    });
    it.each(SUPPORT_TYPES)('runs SLA timers for %s', (type) => {
      expect(planOf('scope4mation').type(type)?.hasSla).toBe(true);
    });
    it.each(NON_SUPPORT_TYPES)('runs no SLA timers for %s (not support)', (type) => {
      expect(planOf('scope4mation').type(type)?.hasSla).toBe(false);
    });
  });

  describe('priorities', () => {
    it.each(PLANS.flatMap((plan) => [...SUPPORT_TYPES, ...NON_SUPPORT_TYPES].map((type) => ({ plan, type }))))(
      'lets a $type on $plan carry Low, Normal, High and SaaS unavailable',
      ({ plan, type }) => {
        expect(
          planOf('scope4mation', plan)
            .prioritiesFor(type)
            .map((p) => p.id),
        ).toEqual(['low', 'normal', 'high', 'saas_unavailable']);
      },
    );

    const DEFAULTS: Readonly<Record<Environment, string>> = { production: 'normal', acceptance: 'low', test: 'low' };
    it.each(
      PLANS.flatMap((plan) =>
        [...SUPPORT_TYPES, ...NON_SUPPORT_TYPES].flatMap((type) =>
          ENVIRONMENTS.map((environment) => ({ plan, type, environment, expected: DEFAULTS[environment] })),
        ),
      ),
    )('defaults a $type on $plan in $environment to $expected', ({ plan, type, environment, expected }) => {
      expect(planOf('scope4mation', plan).defaultPriority(type, environment)).toBe(expected);
    });
    it('names Low as the non-production priority', () => {
      expect(planOf('scope4mation').policy.clock.nonProductionPriority).toBe('low');
    });

    it('must have High phoned in', () => {
      expect(planOf('scope4mation').priority('high')?.mustPhone).toBe(true);
    });
    it.each(['low', 'normal', 'saas_unavailable'])('does not require %s to be phoned in', (priority) => {
      expect(planOf('scope4mation').priority(priority)?.mustPhone ?? false).toBe(false);
    });

    it('counts SaaS unavailability around the clock', () => {
      expect(planOf('scope4mation').priority('saas_unavailable')?.calendar).toBe(ALWAYS);
    });
    it.each(['low', 'normal', 'high'])('counts %s in office hours (the plan calendar)', (priority) => {
      expect(planOf('scope4mation').priority(priority)?.calendar).toBeUndefined();
    });
  });

  describe('resolved in practice (indicative bands)', () => {
    const PRACTICE: Readonly<Record<string, readonly { percent: number; within: string }[] | undefined>> = {
      low: [
        { percent: 90, within: '16h' },
        { percent: 95, within: '24h' },
        { percent: 100, within: '32h' },
      ],
      normal: [
        { percent: 90, within: '8h' },
        { percent: 95, within: '16h' },
        { percent: 100, within: '20h' },
      ],
      high: [
        { percent: 90, within: '4h' },
        { percent: 95, within: '8h' },
        { percent: 100, within: '12h' },
      ],
      saas_unavailable: undefined,
    };
    it.each(PLANS.flatMap((plan) => PRIORITIES.map((priority) => ({ plan, priority }))))('states the bands of $priority on $plan', ({ plan, priority }) => {
      expect(planOf('scope4mation', plan).priority(priority)?.practice).toEqual(PRACTICE[priority]);
    });
  });

  describe('support lines', () => {
    it('escalates from the first line to the second and third', () => {
      expect(planOf('scope4mation').policy.lines.map((l) => l.id)).toEqual(['first', 'second', 'third']);
    });
    it('escalates at the agent’s judgement, with no war team and no phone rule beyond High’s own', () => {
      expect(planOf('scope4mation').policy.escalation).toEqual({ lineTrigger: 'agent_decides' });
    });
  });

  describe('consultancy rates (integer cents per hour, block hours)', () => {
    const rates = (plan: string) =>
      (planOf('scope4mation', plan).def.consultancy ?? []).map((r) => ({ id: r.id, centsPerHour: r.centsPerHour, blockHours: r.blockHours }));
    it('charges a Support customer €250 per half day block, and €250 per day block for non-Qixium work', () => {
      expect(rates('support')).toEqual([
        { id: 'ad_hoc', centsPerHour: 25000, blockHours: 4 },
        { id: 'non_qixium', centsPerHour: 25000, blockHours: 8 },
      ]);
    });
    it('charges a QaaS customer €150 per half day block, and €250 per day block for non-Qixium work', () => {
      expect(rates('qaas')).toEqual([
        { id: 'qaas', centsPerHour: 15000, blockHours: 4 },
        { id: 'non_qixium', centsPerHour: 25000, blockHours: 8 },
      ]);
    });
  });

  describe('clock rules', () => {
    const clock = planOf('scope4mation').policy.clock;
    it('starts the response timer at registration', () => {
      expect(clock.responseFrom).toBe('created');
    });
    it('starts the resolution timer at registration', () => {
      expect(clock.timersFrom).toBe('created');
    });
    it('never pauses the response timer', () => {
      expect(clock.pausedIn.response).toEqual([]);
    });
    it('pauses the resolution timer in Waiting for Customer and Waiting for Development', () => {
      expect([...clock.pausedIn.resolution].sort()).toEqual(['waiting_for_customer', 'waiting_for_development']);
    });
    it('has no workaround or update timer to pause', () => {
      expect({ workaround: clock.pausedIn.workaround, update: clock.pausedIn.update }).toEqual({ workaround: [], update: [] });
    });
    it('warns at three quarters of a target', () => {
      expect(clock.atRiskFraction).toBe(0.75);
    });
    it.each(PLANS)('gives the customer 10 business days (80 office hours) to reply on %s', (plan) => {
      expect(seen(planOf('scope4mation', plan).replyTerm)).toEqual(target(80 * HOUR, '10bd', OFFICE));
    });
  });

  describe('at risk, through the clocks', () => {
    it('marks a Normal response at risk after 3 of its 4 office hours', () => {
      const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }); // Mon
      const { timers } = clocksAt(planOf('scope4mation', 'support'), log, '2026-03-02T09:00:00+01:00');
      expect(iso(timers.response?.atRiskAt as number, AMS)).toBe('2026-03-02T12:00:00+01:00');
    });
  });
});

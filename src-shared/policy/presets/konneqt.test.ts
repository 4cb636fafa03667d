import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, iso } from '../../test-support/instants';
import { NO_TARGETS, rowOf, target, type TargetRow } from '../../test-support/target-rows';
import { clocksAt, events, planOf } from '../../test-support/ticket';
import type { Environment } from '../policy-types';

// Every value below is read from the Konneqt Support Services Policy of 2025-02-26
// (sla-documents/003) or SPEC.md §3, §4 and §5 and docs/decisions/0004, never from the preset:
// a change the document does not back fails here.

const ENTERPRISE = 'konneqt-enterprise-8x5';
const AMERICAS = 'konneqt-americas-12x5';
const NY = 'America/New_York';

const ENVIRONMENTS: readonly Environment[] = ['production', 'acceptance', 'test'];
const PLANS = ['enterprise', 'basic'] as const;
type PlanId = (typeof PLANS)[number];
const COMPILED: Readonly<Record<PlanId, ReturnType<typeof planOf>>> = { enterprise: planOf('konneqt', 'enterprise'), basic: planOf('konneqt', 'basic') };

type CaseKey = 'incident|p0' | 'incident|p1' | 'incident|p2' | 'incident|p3' | 'query|' | 'security_report_analysis|' | 'service_request|' | 'change_request|';

/** A case type and the priority it is registered with (types without priorities take none). */
const CASES: readonly { readonly type: string; readonly priority: string | null; readonly key: CaseKey }[] = [
  { type: 'incident', priority: 'p0', key: 'incident|p0' },
  { type: 'incident', priority: 'p1', key: 'incident|p1' },
  { type: 'incident', priority: 'p2', key: 'incident|p2' },
  { type: 'incident', priority: 'p3', key: 'incident|p3' },
  { type: 'query', priority: null, key: 'query|' },
  { type: 'security_report_analysis', priority: null, key: 'security_report_analysis|' },
  { type: 'service_request', priority: null, key: 'service_request|' },
  { type: 'change_request', priority: null, key: 'change_request|' },
];

// Enterprise, 8×5: a business day is 8 h, a business week 5 × 8 h = 40 h.
const ENTERPRISE_TARGETS: Readonly<Record<CaseKey, TargetRow>> = {
  'incident|p0': {
    response: target(30 * MINUTE, '30m', ENTERPRISE),
    workaround: target(4 * HOUR, '4h', ENTERPRISE),
    resolution: target(48 * HOUR, '48h', ENTERPRISE),
    update: target(4 * HOUR, '4h', ENTERPRISE),
  },
  'incident|p1': {
    response: target(1 * HOUR, '1h', ENTERPRISE),
    workaround: target(24 * HOUR, '24h', ENTERPRISE),
    resolution: target(48 * HOUR, '48h', ENTERPRISE),
    update: target(4 * HOUR, '4h', ENTERPRISE),
  },
  'incident|p2': {
    response: target(4 * HOUR, '4h', ENTERPRISE),
    workaround: target(48 * HOUR, '48h', ENTERPRISE),
    resolution: target(72 * HOUR, '72h', ENTERPRISE),
    update: target(4 * HOUR, '4h', ENTERPRISE),
  },
  'incident|p3': {
    response: target(6 * HOUR, '6h', ENTERPRISE),
    workaround: target(72 * HOUR, '72h', ENTERPRISE),
    resolution: target(5 * 8 * HOUR, '1bw', ENTERPRISE),
    update: target(4 * HOUR, '4h', ENTERPRISE),
  },
  // General questions: 1 business day response, resolution "best efforts" (no target).
  'query|': { ...NO_TARGETS, response: target(8 * HOUR, '1bd', ENTERPRISE) },
  'security_report_analysis|': { ...NO_TARGETS, response: target(1 * HOUR, '1h', ENTERPRISE), resolution: target(2 * 5 * 8 * HOUR, '2bw', ENTERPRISE) },
  'service_request|': { ...NO_TARGETS, response: target(8 * HOUR, '1bd', ENTERPRISE) },
  // Created by Konneqt to track changes: no service levels.
  'change_request|': NO_TARGETS,
};

// Basic, Americas 12×5: a business day is 12 h. Incidents have no resolution or update target;
// P0 does not exist; only general queries are listed; production deployments only.
const BASIC_PRODUCTION_TARGETS: Readonly<Record<CaseKey, TargetRow>> = {
  'incident|p0': NO_TARGETS,
  'incident|p1': { ...NO_TARGETS, response: target(2 * HOUR, '2h', AMERICAS), workaround: target(12 * HOUR, '12h', AMERICAS) },
  'incident|p2': { ...NO_TARGETS, response: target(4 * HOUR, '4h', AMERICAS), workaround: target(24 * HOUR, '24h', AMERICAS) },
  // "72 Business Week" read as 72 hours (SPEC §3).
  'incident|p3': { ...NO_TARGETS, response: target(8 * HOUR, '8h', AMERICAS), workaround: target(72 * HOUR, '72h', AMERICAS) },
  'query|': { ...NO_TARGETS, response: target(12 * HOUR, '1bd', AMERICAS) },
  'security_report_analysis|': NO_TARGETS,
  'service_request|': NO_TARGETS,
  'change_request|': NO_TARGETS,
};

const expectedFor = (plan: PlanId, key: CaseKey, environment: Environment): TargetRow => {
  if (plan === 'enterprise') return ENTERPRISE_TARGETS[key];
  return environment === 'production' ? BASIC_PRODUCTION_TARGETS[key] : NO_TARGETS;
};

const ROWS = PLANS.flatMap((plan) =>
  CASES.flatMap(({ type, priority, key }) =>
    ENVIRONMENTS.map((environment) => ({ plan, type, priority, label: priority ?? 'no priority', environment, expected: expectedFor(plan, key, environment) })),
  ),
);

describe('the Konneqt preset', () => {
  describe('targets, per plan × case type × priority × environment', () => {
    it.each(ROWS)('$plan › $type › $label › $environment', ({ plan, type, priority, environment, expected }) => {
      expect(rowOf(COMPILED[plan].targetsFor(type, priority, environment))).toEqual(expected);
    });
  });

  describe('plans', () => {
    it('offers Enterprise and Basic, in that order', () => {
      expect(COMPILED.enterprise.policy.plans.map((p) => p.id)).toEqual(['enterprise', 'basic']);
    });
    it('counts Enterprise on the 8×5 calendar', () => {
      expect(COMPILED.enterprise.calendar.id).toBe(ENTERPRISE);
    });
    it('counts Basic on the Americas 12×5 calendar', () => {
      expect(COMPILED.basic.calendar.id).toBe(AMERICAS);
    });
    it('holds Basic to production deployments only', () => {
      expect(COMPILED.basic.def.productionOnly).toBe(true);
    });
    it('holds Enterprise to every environment', () => {
      expect(COMPILED.enterprise.def.productionOnly ?? false).toBe(false);
    });
    it('limits Enterprise queries to 50 hours', () => {
      expect(COMPILED.enterprise.def.queryHourLimit).toBe(50);
    });
    it('limits Basic queries to 25 hours', () => {
      expect(COMPILED.basic.def.queryHourLimit).toBe(25);
    });
    it.each(PLANS)('lists no consultancy rates on %s', (plan) => {
      expect(COMPILED[plan].def.consultancy ?? []).toEqual([]);
    });
  });

  describe('case types', () => {
    it('knows Incident, Query, Security Report Analysis, Service Request and Change Request', () => {
      expect(COMPILED.enterprise.policy.types.map((t) => t.id)).toEqual(['incident', 'query', 'security_report_analysis', 'service_request', 'change_request']);
    });
    it.each(['incident', 'query', 'security_report_analysis', 'service_request'])('runs SLA timers for %s', (type) => {
      expect(COMPILED.enterprise.type(type)?.hasSla).toBe(true);
    });
    it('runs no SLA timers for a Change Request', () => {
      expect(COMPILED.enterprise.type('change_request')?.hasSla).toBe(false);
    });
  });

  describe('priorities', () => {
    it('lets an Enterprise incident carry P0 to P3', () => {
      expect(COMPILED.enterprise.prioritiesFor('incident').map((p) => p.id)).toEqual(['p0', 'p1', 'p2', 'p3']);
    });
    it('lets a Basic incident carry P1 to P3 (no P0: managed deployments only)', () => {
      expect(COMPILED.basic.prioritiesFor('incident').map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    });
    it.each(PLANS.flatMap((plan) => ['query', 'security_report_analysis', 'service_request', 'change_request'].map((type) => ({ plan, type }))))(
      'gives a $type on $plan no priority',
      ({ plan, type }) => {
        expect(COMPILED[plan].prioritiesFor(type)).toEqual([]);
      },
    );
    it.each(PLANS.flatMap((plan) => ENVIRONMENTS.map((environment) => ({ plan, environment }))))(
      'defaults a $plan incident in $environment to P3',
      ({ plan, environment }) => {
        expect(COMPILED[plan].defaultPriority('incident', environment)).toBe('p3');
      },
    );
    it.each(PLANS.flatMap((plan) => ['query', 'security_report_analysis', 'service_request', 'change_request'].map((type) => ({ plan, type }))))(
      'defaults a $type on $plan to no priority',
      ({ plan, type }) => {
        expect(COMPILED[plan].defaultPriority(type, 'production')).toBeNull();
      },
    );
    it('has no non-production priority', () => {
      expect(COMPILED.enterprise.policy.clock.nonProductionPriority).toBeUndefined();
    });
    it.each(PLANS.flatMap((plan) => ['p0', 'p1', 'p2', 'p3'].map((priority) => ({ plan, priority }))))(
      'does not require $priority on $plan to be phoned in',
      ({ plan, priority }) => {
        expect(COMPILED[plan].priority(priority)?.mustPhone ?? false).toBe(false);
      },
    );
    it.each(PLANS.flatMap((plan) => ['p0', 'p1', 'p2', 'p3'].map((priority) => ({ plan, priority }))))(
      'counts $priority on $plan on the plan calendar',
      ({ plan, priority }) => {
        expect(COMPILED[plan].priority(priority)?.calendar).toBeUndefined();
      },
    );
  });

  describe('support levels', () => {
    it('escalates through L1 to L4', () => {
      expect(COMPILED.enterprise.policy.lines.map((l) => l.id)).toEqual(['l1', 'l2', 'l3', 'l4']);
    });
    it('convenes the war team on a missed workaround or resolution target; P0 and P1 need a phone contact', () => {
      expect(COMPILED.enterprise.policy.escalation).toEqual({
        lineTrigger: 'agent_decides',
        warTeam: 'missed_workaround_or_resolution',
        phoneContact: ['p0', 'p1'],
      });
    });
  });

  describe('clock rules', () => {
    const clock = COMPILED.enterprise.policy.clock;
    it('starts the response timer at the earlier of the report and awareness', () => {
      expect(clock.responseFrom).toBe('earliest_report_or_awareness');
    });
    it('starts workaround, resolution and update at acknowledgement', () => {
      expect(clock.timersFrom).toBe('acknowledged');
    });
    it('never pauses the response timer', () => {
      expect(clock.pausedIn.response).toEqual([]);
    });
    it.each(['workaround', 'resolution', 'update'] as const)('pauses the %s timer only in Waiting for Customer (subscriber delays)', (kind) => {
      expect(clock.pausedIn[kind]).toEqual(['waiting_for_customer']);
    });
    it('warns at three quarters of a target', () => {
      expect(clock.atRiskFraction).toBe(0.75);
    });
    it.each(PLANS)('gives the customer no reply term on %s', (plan) => {
      expect(COMPILED[plan].replyTerm).toBeNull();
    });
  });

  describe('at risk, through the clocks', () => {
    it('marks a P1 response at risk after 45 of its 60 business minutes', () => {
      const log = events({ at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p1' }); // Mon
      const { timers } = clocksAt(COMPILED.enterprise, log, '2026-03-02T09:00:00-05:00');
      expect(iso(timers.response?.atRiskAt as number, NY)).toBe('2026-03-02T09:45:00-05:00');
    });
  });
});

import { describe, expect, it } from 'vitest';
import { calendars } from '../test-support/instants';
import { InputError, type InputIssue } from '../validation/issues';
import { parsePolicy } from './policy-schema';
import type { PlanDef, Policy } from './policy-types';
import { POLICY_PRESETS } from './presets';

/** A preset with its first plan's per-type default priorities replaced. */
function withTypeDefaults(presetId: string, defaultPriorities: PlanDef['defaultPriorities']): Policy {
  const preset = POLICY_PRESETS[presetId] as Policy;
  const [first, ...rest] = preset.plans as [PlanDef, ...PlanDef[]];
  return { ...preset, plans: [{ ...first, defaultPriorities }, ...rest] };
}

/** The issues a policy is refused with; fails the test when it is accepted. */
function issuesOf(input: unknown): readonly InputIssue[] {
  try {
    parsePolicy(input, (id) => calendars.has(id));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues;
  }
  throw new Error('expected the policy to be refused');
}

describe('parsePolicy', () => {
  describe('for default priorities per ticket type', () => {
    it('accepts a priority that applies to the type (Connect & Engage incidents: P3)', () => {
      expect(parsePolicy(withTypeDefaults('connect-engage', { incident: 'p3' }), (id) => calendars.has(id)).plans[0]?.defaultPriorities).toEqual({
        incident: 'p3',
      });
    });

    it('accepts a priority that applies to every type (Scope4mation bugs: High)', () => {
      expect(() => parsePolicy(withTypeDefaults('scope4mation', { bug: 'high' }), (id) => calendars.has(id))).not.toThrow();
    });

    it('refuses a priority the plan does not have', () => {
      expect(issuesOf(withTypeDefaults('connect-engage', { incident: 'p9' }))).toEqual([
        { field: 'policy.plans[0].defaultPriorities.incident', reason: '"p9" is not one of the plan\'s priorities' },
      ]);
    });

    it('refuses a priority that does not apply to the type', () => {
      expect(issuesOf(withTypeDefaults('connect-engage', { incident: 'normal' }))).toEqual([
        { field: 'policy.plans[0].defaultPriorities.incident', reason: '"normal" does not apply to type "incident"' },
      ]);
    });

    it('refuses an unknown type', () => {
      expect(issuesOf(withTypeDefaults('connect-engage', { outage: 'p3' }))).toEqual([
        { field: 'policy.plans[0].defaultPriorities.outage', reason: 'unknown type "outage"' },
      ]);
    });

    it('refuses a type that takes no priority (a Konneqt query)', () => {
      expect(issuesOf(withTypeDefaults('konneqt', { query: 'p3' }))).toEqual([
        { field: 'policy.plans[0].defaultPriorities.query', reason: 'type "query" takes no priority' },
      ]);
    });

    it('refuses a priority that is not text, naming the field', () => {
      expect(issuesOf(withTypeDefaults('connect-engage', { incident: 3 } as unknown as Record<string, string>))).toEqual([
        expect.objectContaining({ field: 'policy.plans[0].defaultPriorities.incident' }),
      ]);
    });
  });

  it('names an unknown field of a plan as the field', () => {
    const preset = POLICY_PRESETS['connect-engage'] as Policy;
    const plans = preset.plans.map((p) => ({ ...p, defaultPriorityFor: { incident: 'p3' } }));
    expect(issuesOf({ ...preset, plans })).toEqual([{ field: 'policy.plans[0].defaultPriorityFor', reason: 'unknown field', code: 'unknown_field' }]);
  });

  describe('for values, naming the field, the rule and its code', () => {
    const ce = POLICY_PRESETS['connect-engage'] as Policy;

    it('refuses a target it cannot read as a duration', () => {
      const plans = ce.plans.map((p) => ({
        ...p,
        priorities: p.priorities.map((x, i) => (i === 0 ? { ...x, targets: { ...x.targets, response: '2 hours' } } : x)),
      }));
      expect(issuesOf({ ...ce, plans })).toEqual([
        {
          field: 'policy.plans[0].priorities[0].targets.response',
          reason: 'must be a positive duration such as "15m", "2h", "1bd" (business day) or "2bw" (business week), with at most four decimals',
          code: 'duration',
        },
      ]);
    });

    it('refuses an at-risk fraction of 1: a target is at risk before it is breached', () => {
      expect(issuesOf({ ...ce, clock: { ...ce.clock, atRiskFraction: 1 } })).toEqual([
        { field: 'policy.clock.atRiskFraction', reason: 'must be above 0 and below 1', code: 'policy.at_risk' },
      ]);
      expect(parsePolicy({ ...ce, clock: { ...ce.clock, atRiskFraction: 0.99 } }, (id) => calendars.has(id)).clock.atRiskFraction).toBe(0.99);
    });

    it('accepts a policy without an escalation section (it is optional)', () => {
      const { escalation: _none, ...withoutEscalation } = ce;
      expect(parsePolicy(withoutEscalation, (id) => calendars.has(id)).escalation).toBeUndefined();
    });
  });

  describe('for cross-references, naming the field and the rule', () => {
    const ce = POLICY_PRESETS['connect-engage'] as Policy;
    const [standard] = ce.plans as [PlanDef];
    /** Connect & Engage with its one plan changed. */
    const withPlan = (change: Partial<PlanDef>): Policy => ({ ...ce, plans: [{ ...standard, ...change }] });

    it('accepts the presets as they are', () => {
      for (const preset of Object.values(POLICY_PRESETS)) expect(() => parsePolicy(preset, (id) => calendars.has(id))).not.toThrow();
    });

    it('refuses a ticket type listed twice', () => {
      expect(issuesOf({ ...ce, types: [...ce.types, { id: 'incident', label: 'Incident again', hasSla: true, usesPriority: true }] })).toEqual([
        { field: 'policy.types', reason: 'type "incident" is listed twice' },
      ]);
    });

    it('refuses a plan listed twice', () => {
      expect(issuesOf({ ...ce, plans: [standard, standard] })).toEqual([{ field: 'policy.plans', reason: 'plan "standard" is listed twice' }]);
    });

    it("refuses a plan's unknown calendar", () => {
      expect(issuesOf(withPlan({ calendar: 'mars-office' }))).toEqual([{ field: 'policy.plans[0].calendar', reason: 'unknown calendar "mars-office"' }]);
    });

    it('refuses a priority listed twice in a plan', () => {
      expect(issuesOf(withPlan({ priorities: [...standard.priorities, { id: 'p5', label: 'P5 again', targets: {}, appliesTo: ['incident'] }] }))).toEqual([
        { field: 'policy.plans[0].priorities', reason: 'priority "p5" is listed twice' },
      ]);
    });

    it("refuses a plan default that is not one of the plan's priorities", () => {
      expect(issuesOf(withPlan({ defaultPriority: 'urgent' }))).toEqual([
        { field: 'policy.plans[0].defaultPriority', reason: '"urgent" is not one of the plan\'s priorities' },
      ]);
    });

    it('refuses a non-production priority that a plan lacks, naming the plan', () => {
      expect(issuesOf({ ...ce, clock: { ...ce.clock, nonProductionPriority: 'low' } })).toEqual([
        { field: 'policy.clock.nonProductionPriority', reason: '"low" is not a priority of plan "standard"' },
      ]);
    });

    it("refuses a priority's unknown calendar, and a target's", () => {
      const [high, ...others] = standard.priorities;
      const priorities = [{ ...high!, calendar: 'mars-office', targets: { response: { within: '1h', calendar: 'moon-24x7' } } }, ...others];
      expect(issuesOf(withPlan({ priorities }))).toEqual([
        { field: 'policy.plans[0].priorities[0].calendar', reason: 'unknown calendar "mars-office"' },
        { field: 'policy.plans[0].priorities[0].targets.response.calendar', reason: 'unknown calendar "moon-24x7"' },
      ]);
    });

    it('refuses a priority that applies to an unknown type', () => {
      const [high, ...others] = standard.priorities;
      expect(issuesOf(withPlan({ priorities: [{ ...high!, appliesTo: ['request', 'outage'] }, ...others] }))).toEqual([
        { field: 'policy.plans[0].priorities[0].appliesTo', reason: 'unknown type "outage"' },
      ]);
    });

    it('refuses an escalation trigger it does not know and priorities no plan has', () => {
      const policy = POLICY_PRESETS['connect-engage'] as Policy;
      expect(
        issuesOf({ ...policy, escalation: { lineTrigger: 'whenever', byPriority: { p9: 'immediately' }, warTeam: 'planned', phoneContact: ['p1', 'vip'] } }),
      ).toMatchObject([
        {
          code: 'one_of',
          field: 'policy.escalation.lineTrigger',
          reason: 'must be one of agent_decides, immediately, business_hours, planned, missed_workaround_or_resolution',
        },
      ]);
      expect(issuesOf({ ...policy, escalation: { lineTrigger: 'agent_decides', byPriority: { p9: 'immediately' }, phoneContact: ['p1', 'vip'] } })).toEqual([
        { field: 'policy.escalation.byPriority.p9', reason: '"p9" is not a priority of any plan' },
        { field: 'policy.escalation.phoneContact[1]', reason: '"vip" is not a priority of any plan' },
      ]);
    });

    it('refuses targets per type for an unknown type, or for a type that takes its targets from priorities', () => {
      expect(issuesOf(withPlan({ typeTargets: { outage: { response: '1h' }, incident: { response: '1h' } } }))).toEqual([
        { field: 'policy.plans[0].typeTargets.outage', reason: 'unknown type "outage"' },
        { field: 'policy.plans[0].typeTargets.incident', reason: 'type "incident" takes its targets from priorities' },
      ]);
    });
  });
});

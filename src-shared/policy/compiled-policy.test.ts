import { describe, expect, it } from 'vitest';
import { calendars } from '../test-support/instants';
import { InputError } from '../validation/issues';
import { CompiledPolicy, type CompiledPlan } from './compiled-policy';
import { parsePolicy } from './policy-schema';
import type { PlanDef, Policy } from './policy-types';
import { POLICY_PRESETS } from './presets';

/** The first plan of a preset, with its per-type default priorities replaced. */
function planWith(presetId: string, defaultPriorities: PlanDef['defaultPriorities']): CompiledPlan {
  const preset = POLICY_PRESETS[presetId] as Policy;
  const plans = preset.plans.map((p) => ({ ...p, defaultPriorities }));
  return new CompiledPolicy(
    parsePolicy({ ...preset, plans }, (id) => calendars.has(id)),
    calendars,
  ).plan(undefined);
}

describe('CompiledPlan.defaultPriority', () => {
  describe('with a default for the type', () => {
    const plan = planWith('scope4mation', { bug: 'high' });

    it("gives the type's default in production", () => {
      expect(plan.defaultPriority('bug', 'production')).toBe('high');
    });

    it("gives the plan's default to the other types", () => {
      expect(plan.defaultPriority('question', 'production')).toBe('normal');
    });

    it('still gives the non-production priority outside production', () => {
      expect(plan.defaultPriority('bug', 'test')).toBe('low');
    });
  });

  describe('without a default that applies to the type', () => {
    it('gives the first priority the type may carry (Connect & Engage incidents without `defaultPriorities`: P1)', () => {
      expect(planWith('connect-engage', undefined).defaultPriority('incident', 'production')).toBe('p1');
    });
  });

  it('gives a type the non-production priority only when that priority applies to it', () => {
    const ce = POLICY_PRESETS['connect-engage'] as Policy;
    const policy = parsePolicy({ ...ce, clock: { ...ce.clock, nonProductionPriority: 'normal' } }, (id) => calendars.has(id));
    const plan = new CompiledPolicy(policy, calendars).plan(undefined);
    expect(plan.defaultPriority('request', 'test')).toBe('normal');
    expect(plan.defaultPriority('incident', 'test')).toBe('p3'); // "normal" applies to requests only
  });

  it('gives no priority to a type that takes none (a Konneqt query)', () => {
    expect(planWith('konneqt', { incident: 'p2' }).defaultPriority('query', 'production')).toBeNull();
  });
});

describe('CompiledPolicy.plan', () => {
  const konneqt = new CompiledPolicy(POLICY_PRESETS.konneqt as Policy, calendars);

  it('gives the first plan when none is named (Konneqt: Enterprise)', () => {
    expect(konneqt.plan(undefined).def.id).toBe('enterprise');
    expect(konneqt.plan('basic').def.id).toBe('basic');
  });

  it('refuses an unknown plan, naming the field and the plans there are', () => {
    expect(() => konneqt.plan('gold', 'contracts[0].planId')).toThrow(
      new InputError([{ field: 'contracts[0].planId', reason: 'unknown plan "gold" for policy konneqt; known: enterprise, basic' }]),
    );
    expect(() => konneqt.plan('gold')).toThrow('plan: unknown plan "gold" for policy konneqt; known: enterprise, basic');
  });
});

describe('CompiledPlan, given a policy that skipped validation', () => {
  it('refuses a target that is not a duration, naming it', () => {
    const ce = POLICY_PRESETS['connect-engage'] as Policy;
    const [standard] = ce.plans as [PlanDef];
    const policy: Policy = { ...ce, plans: [{ ...standard, priorities: [{ id: 'high', label: 'High', targets: { response: 'soon' } }] }] };
    expect(() => new CompiledPolicy(policy, calendars).plan(undefined).targetsFor('request', 'high', 'production')).toThrow(
      new InputError([{ field: 'target', reason: '"soon" is not a duration' }]),
    );
  });
});

describe('CompiledPlan.targetsFor', () => {
  it('gives no targets to a type without priorities when the plan lists no targets per type', () => {
    const konneqt = POLICY_PRESETS.konneqt as Policy;
    const plans = konneqt.plans.map(({ typeTargets: _dropped, ...plan }) => plan);
    const plan = new CompiledPolicy(
      parsePolicy({ ...konneqt, plans }, (id) => calendars.has(id)),
      calendars,
    ).plan('enterprise');
    expect(plan.targetsFor('query', null, 'production')).toEqual({});
  });

  it('resolves the targets of a type, priority and environment once, and hands out the same table after', () => {
    const plan = new CompiledPolicy(POLICY_PRESETS.konneqt as Policy, calendars).plan('enterprise');
    const first = plan.targetsFor('incident', 'p2', 'production');
    expect(first.response?.ms).toBe(4 * 3_600_000);
    expect(plan.targetsFor('incident', 'p2', 'production')).toBe(first);
  });
});

describe('CompiledPlan, asked about a ticket type the policy does not know (a ticket from a newer policy version)', () => {
  const plan = planWith('scope4mation', undefined);
  it('offers no priorities and no default one', () => {
    expect(plan.prioritiesFor('no-such-type')).toEqual([]);
    expect(plan.defaultPriority('no-such-type', 'production')).toBeNull();
  });
  it('runs no SLA timers', () => {
    expect(plan.targetsFor('no-such-type', 'high', 'production')).toEqual({});
  });
});

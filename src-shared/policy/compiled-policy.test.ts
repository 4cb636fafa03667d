import { describe, expect, it } from 'vitest';
import { calendars } from '../test-support/instants';
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

  it('gives no priority to a type that takes none (a Konneqt query)', () => {
    expect(planWith('konneqt', { incident: 'p2' }).defaultPriority('query', 'production')).toBeNull();
  });
});

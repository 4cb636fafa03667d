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
});

import type { PlanDef, Policy } from '../policy/policy-types';
import { InputError } from '../validation/issues';
import type { BlockRule } from './block-billing';

/** The rate types the `bill` op and engagements name, and the rate card entry each means. */
export const RATE_TYPES = ['support', 'qaas', 'non_qixium'] as const;
export type RateType = (typeof RATE_TYPES)[number];

const RATE_IDS: Readonly<Record<RateType, string>> = { support: 'ad_hoc', qaas: 'qaas', non_qixium: 'non_qixium' };

/** The block rule of a rate type, read from the policy's consultancy rates (one place for rates). */
export function blockRuleOf(policy: Policy, rate: RateType, field = 'rate'): BlockRule {
  const id = RATE_IDS[rate];
  const found = policy.plans.flatMap((p) => p.consultancy ?? []).find((r) => r.id === id);
  if (!found) throw new InputError([{ field, reason: `${policy.label} has no consultancy rate "${rate}"` }]);
  return { blockMinutes: found.blockHours * 60, centsPerHour: found.centsPerHour };
}

/** The rate types a plan's rate card offers, in the card's order. */
export function rateTypesOf(plan: PlanDef): RateType[] {
  return (plan.consultancy ?? []).flatMap((r) => RATE_TYPES.filter((t) => RATE_IDS[t] === r.id));
}

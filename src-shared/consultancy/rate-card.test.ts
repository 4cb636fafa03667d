import { describe, expect, it } from 'vitest';
import { connectEngage } from '../policy/presets/connect-engage';
import { scope4mation } from '../policy/presets/scope4mation';
import { rateTypesOf } from './rate-card';

const plan = (policy: typeof scope4mation, id: string) => {
  const found = policy.plans.find((p) => p.id === id);
  if (!found) throw new Error(`no plan ${id}`);
  return found;
};

describe('rateTypesOf', () => {
  it("lists the rate types of a plan's rate card, in the card's order", () => {
    expect(rateTypesOf(plan(scope4mation, 'support'))).toEqual(['support', 'non_qixium']);
    expect(rateTypesOf(plan(scope4mation, 'qaas'))).toEqual(['qaas', 'non_qixium']);
  });

  it('lists none for a plan without consultancy rates', () => {
    const first = connectEngage.plans[0];
    if (!first) throw new Error('no plan');
    expect(rateTypesOf(first)).toEqual([]);
  });
});

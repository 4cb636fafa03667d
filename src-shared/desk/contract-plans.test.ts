import { describe, expect, it } from 'vitest';
import { InputError } from '../validation/issues';
import { ContractPlans } from './contract-plans';

describe('ContractPlans', () => {
  it('gives contracts on the same preset, plan and zone one compiled plan, and another zone another', () => {
    const plans = new ContractPlans();
    const terms = { policyId: 'konneqt', planId: 'enterprise' };
    expect(plans.planFor(terms)).toBe(plans.planFor({ ...terms }));
    expect(plans.planFor({ ...terms, zone: 'Europe/London' })).not.toBe(plans.planFor(terms));
  });

  it('moves the plan’s calendar to the contract’s zone (Konneqt Enterprise: the customer’s zone)', () => {
    const plans = new ContractPlans();
    expect(plans.planFor({ policyId: 'konneqt', planId: 'enterprise' }).calendar.zone).toBe('America/New_York');
    expect(plans.planFor({ policyId: 'konneqt', planId: 'enterprise', zone: 'Europe/London' }).calendar.zone).toBe('Europe/London');
  });

  it('keeps one plan per zone: two contracts in two zones on the same plan each count in their own', () => {
    const plans = new ContractPlans();
    const terms = { policyId: 'konneqt', planId: 'enterprise' };
    expect(plans.planFor({ ...terms, zone: 'Europe/London' }).calendar.zone).toBe('Europe/London');
    expect(plans.planFor({ ...terms, zone: 'Asia/Tokyo' }).calendar.zone).toBe('Asia/Tokyo');
    expect(plans.planFor(terms).calendar.zone).toBe('America/New_York');
  });

  it('names the contract’s field when no field is given', () => {
    let refusal: unknown;
    try {
      new ContractPlans().planFor({ policyId: 'acme', planId: 'support' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).issues.map((i) => i.field)).toEqual(['contract.policyId']);
  });
});

import { BUILTIN_CALENDARS } from '../calendar/builtin-calendars';
import { CalendarRegistry } from '../calendar/calendar-registry';
import { isValidZone } from '../calendar/local-time';
import { CompiledPolicy, type CompiledPlan } from '../policy/compiled-policy';
import { parsePolicy } from '../policy/policy-schema';
import { POLICY_PRESETS } from '../policy/presets';
import { InputError, issue } from '../validation/issues';

/** The part of a contract that decides its clocks. */
export interface ContractTerms {
  readonly policyId: string;
  readonly planId: string;
  /** Overrides the zone of the plan's calendar (Konneqt Enterprise: the customer's zone). */
  readonly zone?: string | undefined;
}

/**
 * Compiled plans per contract terms, cached: contracts on the same preset, plan and zone share
 * one compiled plan and its warm calendar timelines.
 */
export class ContractPlans {
  private readonly base = new CalendarRegistry();
  private readonly plans = new Map<string, CompiledPlan>();

  planFor(terms: ContractTerms, field = 'contract'): CompiledPlan {
    const key = `${terms.policyId}|${terms.planId}|${terms.zone ?? ''}`;
    let plan = this.plans.get(key);
    if (plan) return plan;
    const preset = POLICY_PRESETS[terms.policyId];
    if (!preset)
      throw new InputError([
        issue(`${field}.policyId`, `unknown SLA preset "${terms.policyId}"; known: ${Object.keys(POLICY_PRESETS).join(', ')}`, 'unknown_preset', {
          policy: terms.policyId,
        }),
      ]);
    const planDef = preset.plans.find((p) => p.id === terms.planId);
    if (!planDef)
      throw new InputError([
        issue(`${field}.planId`, `unknown plan "${terms.planId}" for ${preset.id}; known: ${preset.plans.map((p) => p.id).join(', ')}`, 'unknown_plan', {
          policy: preset.id,
          plan: terms.planId,
        }),
      ]);
    let registry = this.base;
    if (terms.zone) {
      if (!isValidZone(terms.zone))
        throw new InputError([issue(`${field}.zone`, `"${terms.zone}" is not an IANA time zone`, 'unknown_zone', { zone: terms.zone })]);
      const calendar = BUILTIN_CALENDARS[planDef.calendar];
      if (calendar) registry = new CalendarRegistry({ ...BUILTIN_CALENDARS, [planDef.calendar]: { ...calendar, zone: terms.zone } });
    }
    plan = new CompiledPolicy(
      parsePolicy(preset, (id) => registry.has(id)),
      registry,
    ).plan(terms.planId);
    this.plans.set(key, plan);
    return plan;
  }
}

import { CalendarRegistry } from '../calendar/calendar-registry';
import { isValidZone } from '../calendar/local-time';
import { CompiledPolicy, type CompiledPlan } from '../policy/compiled-policy';
import { PRESET_VERSION, presetVersion, versionCalendars, type DeskPolicy, type PolicyVersionRef } from '../policy/desk-policy';
import { parsePolicy } from '../policy/policy-schema';
import type { Policy } from '../policy/policy-types';
import { POLICY_PRESETS } from '../policy/presets';
import { InputError, issue } from '../validation/issues';

/** The part of a contract (and of a ticket on it) that decides its clocks. */
export interface ContractTerms {
  readonly policyId: string;
  readonly planId: string;
  /** Overrides the zone of the plan's calendar (Konneqt Enterprise: the customer's zone). */
  readonly zone?: string | undefined;
  /**
   * The policy version (decision 19): a ticket's own (`policyVersionOf`); absent: the preset's,
   * or for a policy without a preset its first version.
   */
  readonly policyVersion?: string | undefined;
}

/**
 * Compiled plans per contract terms, cached: contracts on the same policy version, plan and zone
 * share one compiled plan and its warm calendar timelines. Knows the desk's adopted policy
 * versions it has been told of (`learn`); versions never change, so nothing cached goes stale.
 */
export class ContractPlans {
  private readonly plans = new Map<string, CompiledPlan>();
  private readonly versions = new Map<string, PolicyVersionRef & { readonly policyId: string }>();
  /** The desk policies learned, by id (for the lists a screen offers). */
  private readonly policies = new Map<string, DeskPolicy>();

  /** Takes note of a desk's policy versions (from the policy projection or a log being folded). */
  learn(policies: readonly DeskPolicy[]): void {
    for (const p of policies) {
      this.policies.set(p.id, p);
      for (const v of p.versions) this.versions.set(v.versionId, { ...v, policyId: p.id });
    }
  }

  /** The version the terms name, or the one they fall back to; throws naming `field` when unknown. */
  versionFor(terms: Pick<ContractTerms, 'policyId' | 'policyVersion'>, field = 'contract'): PolicyVersionRef {
    const wanted = terms.policyVersion;
    if (wanted !== undefined && wanted !== PRESET_VERSION) {
      const found = this.versions.get(wanted);
      if (found && found.policyId === terms.policyId) return found;
      throw new InputError([
        issue(`${field}.policyVersion`, `unknown version "${wanted}" of policy "${terms.policyId}"`, 'unknown_policy_version', { policy: terms.policyId }),
      ]);
    }
    const preset = presetVersion(terms.policyId);
    const first = this.policies.get(terms.policyId)?.versions[0];
    const found = preset ?? first;
    if (!found)
      throw new InputError([
        issue(`${field}.policyId`, `unknown SLA preset "${terms.policyId}"; known: ${this.policyIds().join(', ')}`, 'unknown_preset', {
          policy: terms.policyId,
        }),
      ]);
    return found;
  }

  /** The presets' ids and the desk's own policies' ids. */
  policyIds(): string[] {
    return [...new Set([...Object.keys(POLICY_PRESETS), ...this.policies.keys()])];
  }

  /** The policy of a version (a label, a rate card), or undefined when unknown. */
  policyOf(terms: Pick<ContractTerms, 'policyId' | 'policyVersion'>): Policy | undefined {
    try {
      return this.versionFor(terms).policy;
    } catch {
      return undefined;
    }
  }

  planFor(terms: ContractTerms, field = 'contract'): CompiledPlan {
    const version = this.versionFor(terms, field);
    const key = `${terms.policyId}|${version.versionId}|${terms.planId}|${terms.zone ?? ''}`;
    let plan = this.plans.get(key);
    if (plan) return plan;
    const policy = version.policy;
    const planDef = policy.plans.find((p) => p.id === terms.planId);
    if (!planDef)
      throw new InputError([
        issue(`${field}.planId`, `unknown plan "${terms.planId}" for ${policy.id}; known: ${policy.plans.map((p) => p.id).join(', ')}`, 'unknown_plan', {
          policy: policy.id,
          plan: terms.planId,
        }),
      ]);
    const calendars = versionCalendars(version.calendars);
    if (terms.zone) {
      if (!isValidZone(terms.zone))
        throw new InputError([issue(`${field}.zone`, `"${terms.zone}" is not an IANA time zone`, 'unknown_zone', { zone: terms.zone })]);
      const calendar = calendars[planDef.calendar];
      if (calendar) calendars[planDef.calendar] = { ...calendar, zone: terms.zone };
    }
    const registry = new CalendarRegistry(calendars);
    plan = new CompiledPolicy(
      parsePolicy(policy, (id) => registry.has(id)),
      registry,
    ).plan(terms.planId);
    this.plans.set(key, plan);
    return plan;
  }
}

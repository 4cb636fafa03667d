import type { WorkingCalendar } from '../../src-shared/calendar/working-calendar';
import type { Policy } from '../../src-shared/policy/policy-types';
import { POLICY_PRESETS } from '../../src-shared/policy/presets';
import type { Lookup } from './i18n';

/*
 * The names a screen shows for a policy's parts and a calendar, in the screen's language, by id
 * (presets-en.ts, presets-nl.ts). The data's own (English) label is the fallback: an edited
 * policy's parts have no translation.
 */

/** A policy's name: the preset's translation, unless the desk renamed it in an adopted version. */
export function policyLabel(lookup: Lookup, policy: Policy): string {
  const preset = Object.hasOwn(POLICY_PRESETS, policy.id) ? POLICY_PRESETS[policy.id] : undefined;
  return preset && preset.label !== policy.label ? policy.label : lookup(`preset.${policy.id}.label`, policy.label);
}

export function planLabel(lookup: Lookup, policy: Policy, planId: string): string {
  return lookup(`preset.${policy.id}.plan.${planId}`, policy.plans.find((p) => p.id === planId)?.label ?? planId);
}

function priorityDef(policy: Policy, id: string) {
  for (const plan of policy.plans) {
    const found = plan.priorities.find((p) => p.id === id);
    if (found) return found;
  }
  return undefined;
}

export function priorityLabel(lookup: Lookup, policy: Policy, id: string): string {
  return lookup(`preset.${policy.id}.priority.${id}`, priorityDef(policy, id)?.label ?? id);
}

/** What a priority means (Scope4mation describes its priorities), or '' when the policy says nothing. */
export function priorityNote(lookup: Lookup, policy: Policy, id: string): string {
  return lookup(`preset.${policy.id}.priorityNote.${id}`, priorityDef(policy, id)?.description ?? '');
}

export function typeLabel(lookup: Lookup, policy: Policy, id: string): string {
  return lookup(`preset.${policy.id}.type.${id}`, policy.types.find((t) => t.id === id)?.label ?? id);
}

export function lineLabel(lookup: Lookup, policy: Policy, id: string): string {
  return lookup(`preset.${policy.id}.line.${id}`, policy.lines.find((l) => l.id === id)?.label ?? id);
}

/** A rate card entry's name: the preset's translation while the desk has not renamed it. */
export function rateLabel(lookup: Lookup, policy: Policy, rate: { readonly id: string; readonly label: string }): string {
  return lookup(`preset.${policy.id}.rate.${rate.id}`, rate.label);
}

export function calendarName(lookup: Lookup, calendar: WorkingCalendar): string {
  return lookup(`calendar.${calendar.id}.name`, calendar.spec.name ?? calendar.id);
}

/** Klok's reading of a silent document, shown beside the calendar; '' when there is none. */
export function calendarAssumption(lookup: Lookup, calendar: WorkingCalendar): string {
  return calendar.spec.assumption ? lookup(`calendar.${calendar.id}.assumption`, calendar.spec.assumption) : '';
}

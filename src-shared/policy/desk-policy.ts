import { BUILTIN_CALENDARS } from '../calendar/builtin-calendars';
import type { CalendarSpec } from '../calendar/calendar-spec';
import { compileCalendar } from '../calendar/calendar-schema';
import { InputError, type InputIssue } from '../validation/issues';
import { parsePolicy } from './policy-schema';
import type { Policy } from './policy-types';
import { POLICY_PRESETS } from './presets';

/**
 * A desk's own policies (issue 11, decision 19): a policy is desk data, adopted in versions. The
 * built-in preset of the same id is version 1; each `policy.adopted` event is the next version.
 * A version is immutable and named by the id of the event that adopted it, so a ticket can say
 * which version its clocks run on whatever order workstations learn of it.
 */
export const PRESET_VERSION = 'preset';

/** One adopted version: the policy with the calendars its plans and priorities use. */
export interface AdoptedVersion {
  /** The id of the `policy.adopted` event. */
  readonly versionId: string;
  /** 1 is the preset (when the policy has one); adopted versions count on in log order. */
  readonly number: number;
  readonly adoptedAt: number;
  readonly by: string;
  readonly note?: string;
  readonly policy: Policy;
  /** Calendars by id; an id the built-in calendars also have is this version's own copy. */
  readonly calendars: Readonly<Record<string, CalendarSpec>>;
}

/** The projection row of a desk policy: its adopted versions, oldest first. */
export interface DeskPolicy {
  readonly id: string;
  readonly versions: readonly AdoptedVersion[];
}

/** A version of a policy as the engine uses it: the preset's or an adopted one. */
export interface PolicyVersionRef {
  readonly versionId: string;
  readonly number: number;
  readonly policy: Policy;
  readonly calendars: Readonly<Record<string, CalendarSpec>>;
  /** When it was adopted; null for the built-in preset. */
  readonly adoptedAt: number | null;
}

/** The version a ticket or contract uses when it names none: the preset's, as before versions existed. */
export function presetVersion(policyId: string): PolicyVersionRef | null {
  return PRESET_VERSIONS.get(policyId) ?? null;
}

const PRESET_VERSIONS: ReadonlyMap<string, PolicyVersionRef> = new Map(
  Object.values(POLICY_PRESETS).map((policy) => [policy.id, { versionId: PRESET_VERSION, number: 1, policy, calendars: {}, adoptedAt: null }]),
);

/** The newest version of a policy: its last adopted one, else its preset. */
export function currentVersion(policyId: string, row: DeskPolicy | undefined): PolicyVersionRef | null {
  const last = row?.versions.at(-1);
  return last ?? presetVersion(policyId);
}

/** Every calendar a version can name: the built-in ones, with the version's own in their place. */
export function versionCalendars(calendars: Readonly<Record<string, CalendarSpec>>): Record<string, CalendarSpec> {
  return { ...BUILTIN_CALENDARS, ...calendars };
}

/**
 * Checks a policy version as a desk would adopt it: every calendar compiles, the policy is valid
 * against those calendars and the built-in ones, and its id is `policyId`. Throws an InputError
 * naming each bad field (`calendars.<id>.…`, `policy.…`).
 */
export function checkPolicyVersion(
  policyId: string,
  policy: unknown,
  calendars: Readonly<Record<string, unknown>>,
): { policy: Policy; calendars: Record<string, CalendarSpec> } {
  const issues: InputIssue[] = [];
  const specs: Record<string, CalendarSpec> = {};
  for (const [id, spec] of Object.entries(calendars)) {
    try {
      specs[id] = compileCalendar({ ...(spec as object), id }, `calendars.${id}`).spec;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(...error.issues);
    }
  }
  const known = versionCalendars(calendars as Record<string, CalendarSpec>);
  let checked: Policy | null = null;
  try {
    checked = parsePolicy(policy, (id) => Object.hasOwn(known, id), 'policy');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    issues.push(...error.issues);
  }
  if (checked && checked.id !== policyId)
    issues.push({
      field: 'policy.id',
      reason: `must be "${policyId}", the policy this version belongs to`,
      code: 'policy.wrong_id',
      params: { policy: policyId },
    });
  if (issues.length > 0) throw new InputError(issues);
  return { policy: checked as Policy, calendars: specs };
}

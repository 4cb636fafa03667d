import { BUILTIN_CALENDARS } from '../../../src-shared/calendar/builtin-calendars';
import type { CalendarSpec, ClosureSpec, HolidaySource, Weekday, WindowSpec } from '../../../src-shared/calendar/calendar-spec';
import type { PolicyVersionRef } from '../../../src-shared/policy/desk-policy';
import type { ConsultancyRate, LadderTrigger, PlanDef, Policy, PriorityDef, Status, TargetKind } from '../../../src-shared/policy/policy-types';

/**
 * A policy being edited: what the editor changes, one pure update at a time, until it is adopted
 * as a new version. Targets, times and rates stay as the text the manager typed; the version's
 * own check (checkPolicyVersion) names what is wrong with them.
 */
export interface PolicyDraft {
  readonly policyId: string;
  /** A new policy (its own id and name) rather than the next version of `policyId`. */
  readonly isNew: boolean;
  readonly basedOn: { readonly policyId: string; readonly number: number };
  readonly policy: Policy;
  readonly calendars: Readonly<Record<string, CalendarSpec>>;
}

/** The calendar every priority counting around the clock uses. */
export const AROUND_THE_CLOCK = '24x7';

/** Every calendar id a policy names: its plans', its priorities' and its targets'. */
export function calendarIdsOf(policy: Policy): string[] {
  const ids = new Set<string>();
  for (const plan of policy.plans) {
    ids.add(plan.calendar);
    for (const p of plan.priorities) {
      if (p.calendar) ids.add(p.calendar);
      for (const t of Object.values(p.targets)) if (typeof t === 'object') ids.add(t.calendar);
    }
  }
  return [...ids];
}

/**
 * A draft from a version: the policy with a copy of every calendar its plans work on, so office
 * hours, holidays and closures are the draft's own to change (24/7 needs no copy).
 */
export function draftFrom(version: PolicyVersionRef, asNew: { id: string; label: string } | null): PolicyDraft {
  const calendars: Record<string, CalendarSpec> = {};
  for (const id of calendarIdsOf(version.policy)) {
    if (id === AROUND_THE_CLOCK && !version.calendars[id]) continue;
    const spec = version.calendars[id] ?? BUILTIN_CALENDARS[id];
    if (spec) calendars[id] = { ...spec, id };
  }
  const policyId = asNew ? asNew.id : version.policy.id;
  return {
    policyId,
    isNew: asNew !== null,
    basedOn: { policyId: version.policy.id, number: version.number },
    policy: { ...version.policy, id: policyId, ...(asNew ? { label: asNew.label } : {}) },
    calendars,
  };
}

/** The calendar spec a plan works on in the draft (its copy, else the built-in one). */
export function planCalendar(draft: PolicyDraft, planId: string): CalendarSpec | undefined {
  const id = draft.policy.plans.find((p) => p.id === planId)?.calendar;
  return id === undefined ? undefined : (draft.calendars[id] ?? BUILTIN_CALENDARS[id]);
}

const withPolicy = (draft: PolicyDraft, policy: Policy): PolicyDraft => ({ ...draft, policy });

export function setLabel(draft: PolicyDraft, label: string): PolicyDraft {
  return withPolicy(draft, { ...draft.policy, label });
}

export function setPolicyId(draft: PolicyDraft, policyId: string): PolicyDraft {
  return { ...draft, policyId, policy: { ...draft.policy, id: policyId } };
}

/** Changes the calendar a plan works on (every plan on the same calendar changes with it). */
export function updatePlanCalendar(draft: PolicyDraft, planId: string, update: (spec: CalendarSpec) => CalendarSpec): PolicyDraft {
  const id = draft.policy.plans.find((p) => p.id === planId)?.calendar;
  const spec = planCalendar(draft, planId);
  if (id === undefined || spec === undefined) return draft;
  return { ...draft, calendars: { ...draft.calendars, [id]: { ...update(spec), id } } };
}

export function setWeekday(draft: PolicyDraft, planId: string, day: Weekday, windows: readonly WindowSpec[]): PolicyDraft {
  return updatePlanCalendar(draft, planId, (spec) => ({ ...spec, week: { ...spec.week, [day]: windows } }));
}

export function setZone(draft: PolicyDraft, planId: string, zone: string): PolicyDraft {
  return updatePlanCalendar(draft, planId, (spec) => ({ ...spec, zone }));
}

export function setHolidays(draft: PolicyDraft, planId: string, holidays: HolidaySource | null): PolicyDraft {
  return updatePlanCalendar(draft, planId, (spec) => ({ ...spec, holidays }));
}

export function setClosures(draft: PolicyDraft, planId: string, closures: readonly ClosureSpec[]): PolicyDraft {
  return updatePlanCalendar(draft, planId, (spec) => ({ ...spec, closures }));
}

function updatePlan(draft: PolicyDraft, planId: string, update: (plan: PlanDef) => PlanDef): PolicyDraft {
  return withPolicy(draft, { ...draft.policy, plans: draft.policy.plans.map((p) => (p.id === planId ? update(p) : p)) });
}

function updatePriority(draft: PolicyDraft, planId: string, priorityId: string, update: (p: PriorityDef) => PriorityDef): PolicyDraft {
  return updatePlan(draft, planId, (plan) => ({ ...plan, priorities: plan.priorities.map((p) => (p.id === priorityId ? update(p) : p)) }));
}

/** The text of a target as the editor shows it ("4h", "2bd"; '' for none). */
export function targetText(priority: PriorityDef, kind: TargetKind): string {
  const t = priority.targets[kind];
  return t === undefined ? '' : typeof t === 'string' ? t : t.within;
}

/** Sets one target from its text ('' removes it), keeping a target on its own calendar there. */
export function setTarget(draft: PolicyDraft, planId: string, priorityId: string, kind: TargetKind, text: string): PolicyDraft {
  return updatePriority(draft, planId, priorityId, (p) => {
    const { [kind]: before, ...rest } = p.targets;
    const trimmed = text.trim();
    if (trimmed === '') return { ...p, targets: rest };
    return { ...p, targets: { ...rest, [kind]: typeof before === 'object' ? { ...before, within: trimmed } : trimmed } };
  });
}

/** Whether a priority's targets count around the clock (24/7) rather than in office hours. */
export function isAroundTheClock(priority: PriorityDef): boolean {
  return priority.calendar === AROUND_THE_CLOCK;
}

export function setAroundTheClock(draft: PolicyDraft, planId: string, priorityId: string, on: boolean): PolicyDraft {
  return updatePriority(draft, planId, priorityId, (p) => {
    const { calendar: _calendar, ...rest } = p;
    return on ? { ...rest, calendar: AROUND_THE_CLOCK } : rest;
  });
}

export function setPaused(draft: PolicyDraft, timer: TargetKind, status: Status, paused: boolean): PolicyDraft {
  const list = draft.policy.clock.pausedIn[timer].filter((s) => s !== status);
  const pausedIn = { ...draft.policy.clock.pausedIn, [timer]: paused ? [...list, status] : list };
  return withPolicy(draft, { ...draft.policy, clock: { ...draft.policy.clock, pausedIn } });
}

/** The at-risk share from a percentage the manager typed (not a number: NaN, which the check names). */
export function setAtRiskPercent(draft: PolicyDraft, percent: number): PolicyDraft {
  return withPolicy(draft, { ...draft.policy, clock: { ...draft.policy.clock, atRiskFraction: percent / 100 } });
}

/** The reply term ('' for none). */
export function setReplyTerm(draft: PolicyDraft, text: string): PolicyDraft {
  const { replyTerm: _before, ...clock } = draft.policy.clock;
  const trimmed = text.trim();
  return withPolicy(draft, { ...draft.policy, clock: trimmed === '' ? clock : { ...clock, replyTerm: trimmed } });
}

export function setLineTrigger(draft: PolicyDraft, trigger: LadderTrigger): PolicyDraft {
  return withPolicy(draft, { ...draft.policy, escalation: { ...draft.policy.escalation, lineTrigger: trigger } });
}

/** A priority's own escalation trigger (null: the policy's next-line trigger). */
export function setPriorityTrigger(draft: PolicyDraft, priorityId: string, trigger: LadderTrigger | null): PolicyDraft {
  const escalation = draft.policy.escalation ?? { lineTrigger: 'agent_decides' as const };
  const { [priorityId]: _before, ...rest } = escalation.byPriority ?? {};
  const byPriority = trigger === null ? rest : { ...rest, [priorityId]: trigger };
  const { byPriority: _old, ...others } = escalation;
  return withPolicy(draft, { ...draft.policy, escalation: Object.keys(byPriority).length > 0 ? { ...others, byPriority } : others });
}

/** What convenes the war team (null: the policy has none). */
export function setWarTeam(draft: PolicyDraft, trigger: LadderTrigger | null): PolicyDraft {
  const { warTeam: _before, ...escalation } = draft.policy.escalation ?? { lineTrigger: 'agent_decides' as const };
  return withPolicy(draft, { ...draft.policy, escalation: trigger === null ? escalation : { ...escalation, warTeam: trigger } });
}

export function setRates(draft: PolicyDraft, planId: string, rates: readonly ConsultancyRate[]): PolicyDraft {
  return updatePlan(draft, planId, (plan) => ({ ...plan, consultancy: rates }));
}

const DASH = /\s*[–—-]\s*/;

/** Working windows as one line: "08:30–12:00, 13:00–17:00" ('' for a day off). */
export function windowsText(windows: readonly WindowSpec[] | undefined): string {
  return (windows ?? []).map(([s, e]) => `${s}–${e}`).join(', ');
}

/**
 * Working windows from the line a manager typed: windows separated by commas, start and end by a
 * dash ("09:00-17:00" or "09:00–17:00"). A piece that is not two times separated by a dash is kept
 * as it was typed, so the calendar check names it (`week.mon[0]`): nothing typed is lost.
 */
export function parseWindowsText(text: string): WindowSpec[] {
  return text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [start = '', end = ''] = part.split(DASH);
      return [start, end] as const;
    });
}

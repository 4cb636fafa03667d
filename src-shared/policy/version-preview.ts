import { CalendarRegistry } from '../calendar/calendar-registry';
import type { CalendarSpec } from '../calendar/calendar-spec';
import type { Interval } from '../time/interval';
import { ticketClocks } from '../ticket/ticket-clocks';
import { CompiledPolicy, type CompiledPlan } from './compiled-policy';
import { versionCalendars } from './desk-policy';
import { TARGET_KINDS, type Policy, type TargetKind } from './policy-types';

/** One target of a ticket registered at the preview's moment, and when it would be due. */
export interface PreviewDue {
  readonly kind: TargetKind;
  readonly targetText: string;
  readonly due: number;
}

/** What a policy version would do for a ticket registered now: the editor's live preview. */
export interface VersionPreview {
  readonly typeId: string;
  readonly priorityId: string;
  readonly zone: string;
  readonly due: readonly PreviewDue[];
  /** The plan calendar's next working windows from now (clipped to now). */
  readonly windows: readonly Interval[];
}

const DAY_MS = 86_400_000;

/** A valid version's plan, compiled (the version must have passed checkPolicyVersion). */
export function compileVersionPlan(policy: Policy, calendars: Readonly<Record<string, CalendarSpec>>, planId: string): CompiledPlan {
  return new CompiledPolicy(policy, new CalendarRegistry(versionCalendars(calendars))).plan(planId);
}

/**
 * A ticket of the policy's first SLA type that takes a priority, registered in production at
 * `now` with `priorityId` (default: the plan's default), and the next `windowCount` working windows
 * of the plan's calendar, looked for up to a year ahead.
 */
export function previewVersion(plan: CompiledPlan, now: number, priorityId?: string, windowCount = 20): VersionPreview {
  const type = plan.policy.types.find((t) => t.hasSla && t.usesPriority) ?? plan.policy.types[0];
  const typeId = type?.id ?? '';
  const priority = priorityId ?? plan.defaultPriority(typeId, 'production') ?? '';
  const clocks = ticketClocks(plan, [{ kind: 'created', at: now, type: typeId, priority, environment: 'production' }], now);
  const due = TARGET_KINDS.flatMap((kind) => {
    const timer = clocks.timers[kind];
    return timer && timer.due !== null ? [{ kind, targetText: timer.targetText, due: timer.due }] : [];
  });
  const windows: Interval[] = [];
  // Whole windows are counted (a day cut by a search boundary is one window again), and one window
  // more than asked for is found: the last window found may be cut at the search's end.
  for (let from = now; windows.length <= windowCount && from < now + 366 * DAY_MS; from += 30 * DAY_MS) {
    appendJoined(windows, plan.calendar.windowsBetween(from, from + 30 * DAY_MS));
  }
  return { typeId, priorityId: priority, zone: plan.calendar.zone, due, windows: windows.slice(0, windowCount) };
}

/** Appends the windows of the next search, joining the one cut at the boundary to the last window found. */
function appendJoined(windows: Interval[], found: readonly Interval[]): void {
  for (const w of found) {
    const last = windows.at(-1);
    if (last && last.end === w.start) windows[windows.length - 1] = { start: last.start, end: w.end };
    else windows.push(w);
  }
}

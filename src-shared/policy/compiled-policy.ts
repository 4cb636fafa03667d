import type { CalendarRegistry } from '../calendar/calendar-registry';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { durationToMs, parseDurationText } from '../time/duration-text';
import { InputError } from '../validation/issues';
import type { Environment, PlanDef, Policy, PriorityDef, TargetKind, TargetSpec, Targets, TicketTypeDef } from './policy-types';
import { TARGET_KINDS } from './policy-types';

/** A target turned into working milliseconds on the calendar that counts it. */
export interface ResolvedTarget {
  readonly ms: number;
  readonly text: string;
  readonly calendar: WorkingCalendar;
}

export type ResolvedTargets = Partial<Record<TargetKind, ResolvedTarget>>;

/** The targets of a ticket outside the SLA (no type SLA, or not production on a production-only plan). */
export const NO_SLA: ResolvedTargets = Object.freeze({});
/** A ticket under the SLA whose priority has no targets (C&E P4/P5). */
const NO_TARGETS: ResolvedTargets = Object.freeze({});

/**
 * One plan of a validated policy, with every (type, priority) target resolved once into
 * milliseconds, so evaluating a ticket's clocks does table look-ups only.
 */
export class CompiledPlan {
  readonly calendar: WorkingCalendar;
  readonly replyTerm: ResolvedTarget | null;
  private readonly table = new Map<string, ResolvedTargets>();

  constructor(
    readonly policy: Policy,
    readonly def: PlanDef,
    private readonly registry: CalendarRegistry,
  ) {
    this.calendar = registry.get(def.calendar);
    this.replyTerm = policy.clock.replyTerm ? this.resolve(policy.clock.replyTerm, this.calendar) : null;
  }

  type(id: string): TicketTypeDef | undefined {
    return this.policy.types.find((t) => t.id === id);
  }

  priority(id: string): PriorityDef | undefined {
    return this.def.priorities.find((p) => p.id === id);
  }

  /** The priorities a ticket of this type may carry. */
  prioritiesFor(typeId: string): PriorityDef[] {
    const type = this.type(typeId);
    if (!type?.usesPriority) return [];
    return this.def.priorities.filter((p) => !p.appliesTo || p.appliesTo.includes(typeId));
  }

  /**
   * The priority a new ticket gets when none is given: the non-production priority outside
   * production, else the type's default, else the plan's, else the first the type may carry.
   */
  defaultPriority(typeId: string, environment: Environment): string | null {
    const allowed = this.prioritiesFor(typeId);
    if (allowed.length === 0) return null;
    const nonProd = this.policy.clock.nonProductionPriority;
    if (environment !== 'production' && nonProd && allowed.some((p) => p.id === nonProd)) return nonProd;
    const preferred = this.def.defaultPriorities?.[typeId] ?? this.def.defaultPriority;
    if (allowed.some((p) => p.id === preferred)) return preferred;
    return allowed[0]?.id ?? null;
  }

  /** The targets for a ticket of this type, priority and environment (empty: no SLA timers). */
  targetsFor(typeId: string, priorityId: string | null, environment: Environment): ResolvedTargets {
    const key = `${typeId}|${priorityId ?? ''}|${environment === 'production' ? 'p' : 'n'}`;
    let found = this.table.get(key);
    if (!found) {
      found = this.computeTargets(typeId, priorityId, environment);
      this.table.set(key, found);
    }
    return found;
  }

  private computeTargets(typeId: string, priorityId: string | null, environment: Environment): ResolvedTargets {
    const type = this.type(typeId);
    if (!type?.hasSla) return NO_SLA;
    if (this.def.productionOnly && environment !== 'production') return NO_SLA;
    let targets: Targets | undefined;
    let calendar = this.calendar;
    if (type.usesPriority) {
      const priority = priorityId === null ? undefined : this.prioritiesFor(typeId).find((p) => p.id === priorityId);
      if (!priority) return NO_TARGETS;
      targets = priority.targets;
      if (priority.calendar) calendar = this.registry.get(priority.calendar);
    } else {
      targets = this.def.typeTargets?.[typeId];
    }
    if (!targets) return NO_TARGETS;
    const out: ResolvedTargets = {};
    for (const kind of TARGET_KINDS) {
      const spec: TargetSpec | undefined = targets[kind];
      if (spec === undefined) continue;
      const cal = typeof spec === 'string' ? calendar : this.registry.get(spec.calendar);
      out[kind] = this.resolve(typeof spec === 'string' ? spec : spec.within, cal);
    }
    return out;
  }

  private resolve(text: string, calendar: WorkingCalendar): ResolvedTarget {
    const duration = parseDurationText(text);
    if (!duration) throw new InputError([{ field: 'target', reason: `"${text}" is not a duration` }]);
    return { ms: durationToMs(duration, calendar.businessDayMs), text, calendar };
  }
}

export class CompiledPolicy {
  private readonly plans = new Map<string, CompiledPlan>();

  constructor(
    readonly policy: Policy,
    registry: CalendarRegistry,
  ) {
    for (const plan of policy.plans) this.plans.set(plan.id, new CompiledPlan(policy, plan, registry));
  }

  /** The plan by id (default: the first); throws an InputError naming `field` when unknown. */
  plan(id: string | undefined, field = 'plan'): CompiledPlan {
    const planId = id ?? this.policy.plans[0]?.id ?? '';
    const plan = this.plans.get(planId);
    if (!plan) throw new InputError([{ field, reason: `unknown plan "${planId}" for policy ${this.policy.id}; known: ${[...this.plans.keys()].join(', ')}` }]);
    return plan;
  }
}

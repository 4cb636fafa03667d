/** Ticket statuses shared by every preset (snake_case on the wire). */
export const STATUSES = ['new', 'in_progress', 'waiting_for_customer', 'waiting_for_development', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const ENVIRONMENTS = ['production', 'acceptance', 'test'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** The SLA timers Klok runs. `update` is the next status update; `reply` the customer's reply term. */
export const TARGET_KINDS = ['response', 'workaround', 'resolution', 'update'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export type TimerKind = TargetKind | 'reply';

/** A target: a duration text ("2h", "1bd") on the plan's calendar, or on another calendar. */
export type TargetSpec = string | { readonly within: string; readonly calendar: string };
export type Targets = Partial<Record<TargetKind, TargetSpec>>;

/** An indicative "in practice" band: `percent` of tickets resolved within `within`. */
export interface PracticeBand {
  readonly percent: number;
  readonly within: string;
}

export interface PriorityDef {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly targets: Targets;
  /** Calendar for all of this priority's targets, e.g. 24/7 for SaaS unavailability. */
  readonly calendar?: string;
  readonly practice?: readonly PracticeBand[];
  /** Must be phoned in (Scope4mation High). */
  readonly mustPhone?: boolean;
  /** Ticket types this priority applies to; absent = every type that uses priorities. */
  readonly appliesTo?: readonly string[];
}

export interface TicketTypeDef {
  readonly id: string;
  readonly label: string;
  /** False for work outside support (Development and Consultancy Requests): no SLA timers. */
  readonly hasSla: boolean;
  /** False for types whose targets come from the plan's `typeTargets` (Konneqt queries). */
  readonly usesPriority: boolean;
}

export interface ConsultancyRate {
  readonly id: string;
  readonly label: string;
  readonly centsPerHour: number;
  /** Minimum purchase and block size in hours: 4 (half day) or 8 (day). */
  readonly blockHours: number;
}

export interface PlanDef {
  readonly id: string;
  readonly label: string;
  readonly calendar: string;
  readonly priorities: readonly PriorityDef[];
  readonly defaultPriority: string;
  /** The default priority per ticket type, where `defaultPriority` does not suit it (C&E incidents: P3). */
  readonly defaultPriorities?: Readonly<Record<string, string>>;
  readonly typeTargets?: Readonly<Record<string, Targets>>;
  /** SLA targets apply to production tickets only (Konneqt Basic). */
  readonly productionOnly?: boolean;
  /** Hours of Query support per subscription term (Konneqt). */
  readonly queryHourLimit?: number;
  readonly consultancy?: readonly ConsultancyRate[];
}

export interface ClockRules {
  /** When the response timer starts: registration, or the earlier of report and awareness (Konneqt). */
  readonly responseFrom: 'created' | 'earliest_report_or_awareness';
  /** When workaround, resolution and update timers start: registration, or acknowledgement (Konneqt). */
  readonly timersFrom: 'created' | 'acknowledged';
  /** Statuses in which each timer pauses. */
  readonly pausedIn: Readonly<Record<TargetKind, readonly Status[]>>;
  /** The customer's reply term in Waiting for Customer, e.g. "10bd"; absent = none. */
  readonly replyTerm?: string;
  /** Priority for tickets about non-production environments when none is given. */
  readonly nonProductionPriority?: string;
  /** Fraction of a target after which a timer is "at risk" (default 0.75). */
  readonly atRiskFraction: number;
}

/** A support line a ticket can be escalated to (first/second/third line; Konneqt L1–L4). */
export interface LineDef {
  readonly id: string;
  readonly label: string;
}

/**
 * What makes a ladder's next step due: the agent's judgement, at once, in business hours only,
 * at a planned moment, or a missed workaround or resolution target (time waiting on the customer
 * does not count: those timers pause then).
 */
export const LADDER_TRIGGERS = ['agent_decides', 'immediately', 'business_hours', 'planned', 'missed_workaround_or_resolution'] as const;
export type LadderTrigger = (typeof LADDER_TRIGGERS)[number];

/**
 * The policy's escalation ladder. The steps are the policy's `lines`, in order; this says what
 * makes the next step due. Klok never takes a step itself: it shows when one is due.
 */
export interface EscalationRules {
  /** The trigger of the next line up, for every ticket whose priority has none of its own. */
  readonly lineTrigger: LadderTrigger;
  /** Per priority, where the escalation depends on it (Connect & Engage). */
  readonly byPriority?: Readonly<Record<string, LadderTrigger>>;
  /** The war team the executive team forms, and what convenes it (Konneqt); absent: none. */
  readonly warTeam?: LadderTrigger;
  /** Priorities whose tickets need a phone contact logged, besides those that must be phoned in. */
  readonly phoneContact?: readonly string[];
}

export interface Policy {
  readonly id: string;
  readonly label: string;
  readonly source: string;
  readonly types: readonly TicketTypeDef[];
  readonly lines: readonly LineDef[];
  /** Absent: every step at the agent's judgement, no war team. */
  readonly escalation?: EscalationRules;
  readonly plans: readonly PlanDef[];
  readonly clock: ClockRules;
}

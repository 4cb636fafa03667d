import type { Environment, Status } from '../policy/policy-types';

export const CHANNELS = ['portal', 'email', 'phone', 'monitoring'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Why a phone call was made: calls only clarify or expedite an existing ticket, or settle a priority dispute. */
export const CALL_PURPOSES = ['clarify', 'expedite', 'priority_dispute', 'report_high'] as const;
export type CallPurpose = (typeof CALL_PURPOSES)[number];

/**
 * The events a ticket's clocks are derived from. `at` is epoch milliseconds here; on the wire
 * and in the store it is an ISO-8601 instant. Events that do not move a clock (calls, notes,
 * assignments, escalations) are part of the log too, so the timeline tells the whole story.
 */
interface EventBase {
  readonly id?: string;
  readonly at: number;
  /** Who did it (agent name) and on which workstation. */
  readonly by?: string;
  readonly workstation?: string;
  /** Free text: a reason, a call summary, a note. */
  readonly note?: string;
}

export interface CreatedEvent extends EventBase {
  readonly kind: 'created';
  readonly type: string;
  readonly priority?: string;
  readonly environment?: Environment;
  /** When the customer reported it, if before registration (Konneqt response time). */
  readonly reportedAt?: number;
  /** When the provider became aware, e.g. through monitoring (Konneqt response time). */
  readonly awareAt?: number;
  readonly number?: string;
  readonly title?: string;
  readonly description?: string;
  readonly customerId?: string;
  readonly contractId?: string;
  readonly channel?: Channel;
  /** The policy version the clocks run on (decision 19); absent: the preset's. */
  readonly policyVersion?: string;
}

export interface StatusChangedEvent extends EventBase {
  readonly kind: 'status_changed';
  readonly status: Status;
}

export interface PriorityChangedEvent extends EventBase {
  readonly kind: 'priority_changed';
  readonly priority: string;
  readonly reason?: string;
  readonly callId?: string;
}

export interface CallLoggedEvent extends EventBase {
  readonly kind: 'call_logged';
  readonly callId?: string;
  readonly purpose?: CallPurpose;
}

export interface AssignedEvent extends EventBase {
  readonly kind: 'assigned';
  readonly assignee: string;
}

export interface EscalatedEvent extends EventBase {
  readonly kind: 'escalated';
  readonly line: string;
}

/**
 * The war team's response plan (Konneqt: the executive team forms it on a missed workaround or
 * resolution target): technical assessment, mitigation, resource allocation, update frequency.
 */
export interface WarTeamPlan {
  readonly assessment: string;
  readonly mitigation: string;
  readonly resources: string;
  readonly updateEvery: string;
}
export const WAR_TEAM_PLAN_FIELDS = ['assessment', 'mitigation', 'resources', 'updateEvery'] as const satisfies readonly (keyof WarTeamPlan)[];

/** The war team was convened: who is on it (support engineers, executives, subscriber representatives) and its plan. */
export interface WarTeamConvenedEvent extends EventBase {
  readonly kind: 'war_team_convened';
  readonly members: readonly string[];
  readonly plan: WarTeamPlan;
}

/** From now the ticket's clocks run on another version of its contract's policy, by an explicit choice (decision 19). */
export interface PolicyAppliedEvent extends EventBase {
  readonly kind: 'policy_applied';
  readonly policyVersion: string;
}

export interface PlainEvent extends EventBase {
  readonly kind: 'responded' | 'acknowledged' | 'workaround_given' | 'resolved' | 'reopened' | 'update_sent' | 'note_added';
}

export type TicketEvent =
  | CreatedEvent
  | StatusChangedEvent
  | PriorityChangedEvent
  | CallLoggedEvent
  | AssignedEvent
  | EscalatedEvent
  | WarTeamConvenedEvent
  | PolicyAppliedEvent
  | PlainEvent;
export type TicketEventKind = TicketEvent['kind'];

/** Log order for folding: by time; at the same instant `created` first, then as logged (stable sort). */
export function byTimeCreatedFirst(a: TicketEvent, b: TicketEvent): number {
  return a.at - b.at || (a.kind === 'created' ? -1 : 0) - (b.kind === 'created' ? -1 : 0);
}

/**
 * The policy version a ticket's clocks run on: the last one applied to it (in fold order: by
 * time, then as logged), else the one it was registered under; undefined: its policy's preset.
 */
export function policyVersionOf(events: readonly TicketEvent[]): string | undefined {
  let version: string | undefined;
  for (const e of [...events].sort(byTimeCreatedFirst)) {
    if (e.kind === 'created') version = e.policyVersion;
    else if (e.kind === 'policy_applied') version = e.policyVersion;
  }
  return version;
}

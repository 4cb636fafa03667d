import { z } from 'zod';
import { ENVIRONMENTS, STATUSES } from '../policy/policy-types';
import { CONSULTANCY_INSTANT_FIELDS, CONSULTANCY_KINDS } from '../consultancy/consultancy-events';
import { EXCLUSION_INSTANT_FIELDS, EXCLUSION_KINDS } from '../availability/exclusion-events';
import { OUTAGE_INSTANT_FIELDS, OUTAGE_KINDS } from '../availability/outage-events';
import { CALL_KINDS } from '../phone/call-events';
import { POLICY_KINDS } from '../policy/policy-events';
import { CALL_PURPOSES, CHANNELS, type TicketEventKind } from '../ticket/ticket-event';
import { matching } from '../validation/issues';
import { code, id, instant, name, note, oneOf, text } from './payload-fields';

/**
 * Every kind of event the desk log knows, with the projection it feeds and the schema of its
 * payload (store form: instants in epoch milliseconds). Kinds are only ever added: a breaking
 * change is a new kind (`…_v2`) and the old one stays decodable. Ticket events keep the names
 * they had on disk before the desk log (`created`, `status_changed`); LEGACY_KIND_NAMES maps them
 * to their `<domain>.<fact>` names.
 */
export const PROJECTIONS = [
  'workstation',
  'desk',
  'customer',
  'contract',
  'agent',
  'ticket',
  'call',
  'engagement',
  'billing_run',
  'outage',
  'exclusion',
  'policy',
] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];

export interface KindDef {
  readonly projection: ProjectionName;
  readonly v: number;
  readonly payload: z.ZodType;
}

/** The settings every workstation of a desk shares (personal ones stay local and are no events). */
export const DESK_SETTING_KEYS = ['atRiskPercent', 'vatPercent', 'deskName', 'deskAddress'] as const;

const ticketPayloads = {
  created: z
    .object({
      at: instant,
      note,
      type: code,
      priority: code.optional(),
      environment: oneOf(ENVIRONMENTS).optional(),
      reportedAt: instant.optional(),
      awareAt: instant.optional(),
      number: text(40).optional(),
      title: text(300).optional(),
      description: text(20_000).optional(),
      customerId: id.optional(),
      contractId: id.optional(),
      channel: oneOf(CHANNELS).optional(),
      // The policy version the ticket's clocks run on (decision 19); absent: the preset's.
      policyVersion: id.optional(),
    })
    .strict(),
  responded: z.object({ at: instant, note }).strict(),
  acknowledged: z.object({ at: instant, note }).strict(),
  status_changed: z.object({ at: instant, note, status: oneOf(STATUSES) }).strict(),
  priority_changed: z.object({ at: instant, note, priority: code, reason: text(2_000).optional(), callId: id.optional() }).strict(),
  workaround_given: z.object({ at: instant, note }).strict(),
  resolved: z.object({ at: instant, note }).strict(),
  reopened: z.object({ at: instant, note }).strict(),
  update_sent: z.object({ at: instant, note }).strict(),
  call_logged: z.object({ at: instant, note, callId: id.optional(), purpose: oneOf(CALL_PURPOSES).optional() }).strict(),
  note_added: z.object({ at: instant, note }).strict(),
  assigned: z.object({ at: instant, note, assignee: text(200) }).strict(),
  escalated: z.object({ at: instant, note, line: code }).strict(),
  war_team_convened: z
    .object({
      at: instant,
      note,
      members: z.array(text(200)).min(1).max(50),
      plan: z.object({ assessment: text(5_000), mitigation: text(5_000), resources: text(5_000), updateEvery: text(200) }).strict(),
    })
    .strict(),
  // The ticket's clocks run on another version of its contract's policy from now (decision 19).
  policy_applied: z.object({ at: instant, note, policyVersion: id }).strict(),
} satisfies Record<TicketEventKind, z.ZodType>;

const workstationCode = matching(/^[A-Z]{1,3}$/, 'must be one to three capital letters', 'not_a_workstation_code');

const DIRECTORY_KINDS = {
  'workstation.joined': {
    projection: 'workstation',
    v: 1,
    payload: z.object({ at: instant, code: workstationCode }).strict(),
  },
  // The code the sync server leased to the workstation when it joined a shared desk: its ticket
  // numbers from then on (decision 7: unique across the shared desk's workstations).
  'workstation.code_leased': {
    projection: 'workstation',
    v: 1,
    payload: z.object({ at: instant, code: workstationCode }).strict(),
  },
  'desk.setting_changed': {
    projection: 'desk',
    v: 1,
    payload: z.object({ at: instant, key: oneOf(DESK_SETTING_KEYS), value: z.union([z.number(), z.string(), z.boolean(), z.null()]) }).strict(),
  },
  'customer.added': { projection: 'customer', v: 1, payload: z.object({ at: instant, name }).strict() },
  'customer.renamed': { projection: 'customer', v: 1, payload: z.object({ at: instant, name }).strict() },
  'contract.added': {
    projection: 'contract',
    v: 1,
    payload: z.object({ at: instant, customerId: id, name, policyId: id, planId: id, zone: text(100).optional(), rateId: text(100).optional() }).strict(),
  },
  // A contract ends at `endedAt` (now or later): no new tickets on it from then; its open tickets keep their clocks.
  'contract.ended': { projection: 'contract', v: 1, payload: z.object({ at: instant, endedAt: instant, note }).strict() },
  // A contract's new name (its terms, and so its tickets' clocks, stay as they are).
  'contract.renamed': { projection: 'contract', v: 1, payload: z.object({ at: instant, name }).strict() },
  'agent.added': { projection: 'agent', v: 1, payload: z.object({ at: instant, name }).strict() },
} satisfies Record<string, KindDef>;

const ticketKind = (payload: z.ZodType): KindDef => ({ projection: 'ticket', v: 1, payload });
const TICKET_KINDS = Object.fromEntries(Object.entries(ticketPayloads).map(([kind, payload]) => [kind, ticketKind(payload)])) as unknown as Record<
  TicketEventKind,
  KindDef
>;

export type KnownEventKind =
  | keyof typeof DIRECTORY_KINDS
  | keyof typeof CALL_KINDS
  | keyof typeof CONSULTANCY_KINDS
  | keyof typeof OUTAGE_KINDS
  | keyof typeof EXCLUSION_KINDS
  | keyof typeof POLICY_KINDS
  | TicketEventKind;

/** Every kind this Klok reads and writes, with its projection and payload schema. */
export const EVENT_KINDS: Readonly<Record<KnownEventKind, KindDef>> & Readonly<Partial<Record<string, KindDef>>> = {
  ...DIRECTORY_KINDS,
  ...CALL_KINDS,
  ...CONSULTANCY_KINDS,
  ...OUTAGE_KINDS,
  ...EXCLUSION_KINDS,
  ...POLICY_KINDS,
  ...TICKET_KINDS,
};

/** The `<domain>.<fact>` name of every ticket kind that kept its first name on disk. */
export const LEGACY_KIND_NAMES: Readonly<Record<TicketEventKind, `ticket.${string}`>> = {
  created: 'ticket.created',
  responded: 'ticket.responded',
  acknowledged: 'ticket.acknowledged',
  status_changed: 'ticket.status_changed',
  priority_changed: 'ticket.priority_changed',
  workaround_given: 'ticket.workaround_given',
  resolved: 'ticket.resolved',
  reopened: 'ticket.reopened',
  update_sent: 'ticket.update_sent',
  call_logged: 'ticket.call_logged',
  note_added: 'ticket.note_added',
  assigned: 'ticket.assigned',
  escalated: 'ticket.escalated',
  war_team_convened: 'ticket.war_team_convened',
  policy_applied: 'ticket.policy_applied',
};

/** Which payload fields hold instants (ISO-8601 on the wire, epoch ms in the store). */
export const INSTANT_FIELDS = [
  'at',
  'reportedAt',
  'awareAt',
  'callbackAt',
  ...CONSULTANCY_INSTANT_FIELDS,
  ...OUTAGE_INSTANT_FIELDS,
  ...EXCLUSION_INSTANT_FIELDS,
] as const;

export function kindDef(kind: string): KindDef | undefined {
  return Object.hasOwn(EVENT_KINDS, kind) ? (EVENT_KINDS as Readonly<Record<string, KindDef>>)[kind] : undefined;
}

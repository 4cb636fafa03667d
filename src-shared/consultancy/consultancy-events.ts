import { z } from 'zod';
import type { KindDef } from '../desk-log/event-kinds';
import { id, instant, name, oneOf, text } from '../desk-log/payload-fields';
import { RATE_TYPES } from './rate-card';

/**
 * The desk-log kinds of consultancy (SPEC §6). An engagement's whole life is one stream (its id):
 * created, rate changed, approved, timers, time entries, billed. A billing run is a stream of its
 * own (`billing.run_committed`), written in the same batch as the `engagement.billed` of every
 * engagement it bills, so each stream folds on its own.
 */
export const APPROVAL_METHODS = ['email', 'call', 'signed_quote'] as const;
export type ApprovalMethod = (typeof APPROVAL_METHODS)[number];

/** Whole minutes of work; negative only in a correction of a billed entry. */
const minutes = z.number().int('must be whole minutes').min(-100_000).max(100_000);
const description = text(2_000);
/** Money in integer cents. */
const cents = z.number().int('must be whole cents').min(-1_000_000_000).max(1_000_000_000);
const entryFields = {
  entryId: id,
  consultant: text(200),
  workedAt: instant,
  minutes,
  description,
  isRegularSupport: z.boolean(),
  /** Konneqt: fixing an error that leaves the product unusable at a basic level; not counted toward the Query Support Limit. */
  isProductUnusable: z.boolean().optional(),
};

const kind = (projection: 'engagement' | 'billing_run', shape: z.ZodRawShape): KindDef => ({ projection, v: 1, payload: z.object(shape).strict() });

export const CONSULTANCY_KINDS = {
  'engagement.created': kind('engagement', {
    at: instant,
    customerId: id,
    contractId: id,
    ticketId: id.optional(),
    title: name,
    rateType: oneOf(RATE_TYPES),
    centsPerHour: cents.nonnegative(),
    blockMinutes: z
      .number()
      .int()
      .positive()
      .max(24 * 60),
  }),
  // Konneqt: time answering Queries, counted toward the subscription's Query Support Limit, never billed.
  'engagement.query_support_opened': kind('engagement', { at: instant, customerId: id, contractId: id, ticketId: id.optional(), title: name }),
  'engagement.rate_changed': kind('engagement', { at: instant, centsPerHour: cents.nonnegative() }),
  'engagement.approved': kind('engagement', {
    at: instant,
    approvedBy: name,
    approvedAt: instant,
    method: oneOf(APPROVAL_METHODS),
    approvedMinutes: z
      .number()
      .int()
      .positive()
      .max(100_000 * 60),
    reference: text(500).optional(),
    callId: id.optional(),
  }),
  'engagement.timer_started': kind('engagement', { at: instant, consultant: text(200) }),
  'engagement.timer_stopped': kind('engagement', { at: instant, startedAt: instant, ...entryFields }),
  'engagement.time_logged': kind('engagement', { at: instant, ...entryFields, correctionOf: id.optional() }),
  'engagement.time_edited': kind('engagement', {
    at: instant,
    entryId: id,
    minutes: minutes.optional(),
    description: description.optional(),
    workedAt: instant.optional(),
    isRegularSupport: z.boolean().optional(),
    isProductUnusable: z.boolean().optional(),
  }),
  'engagement.time_split': kind('engagement', { at: instant, entryId: id, newEntryId: id, minutes: minutes.positive(), description: description.optional() }),
  'engagement.billed': kind('engagement', {
    at: instant,
    runId: id,
    period: text(20),
    entryIds: z.array(id).max(100_000),
    workedBeforeMinutes: minutes.min(0).max(10_000_000),
    workedMinutes: minutes.min(-10_000_000).max(10_000_000),
    billedMinutes: minutes.min(-10_000_000).max(10_000_000),
    blockLeftMinutes: minutes.min(0),
    centsPerHour: cents.nonnegative(),
    amountCents: cents,
  }),
  'billing.run_committed': kind('billing_run', {
    at: instant,
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-03'),
    periodFrom: instant,
    periodTo: instant,
    vatPercent: z.number().min(0).max(100),
    engagementIds: z.array(id).max(100_000),
  }),
} satisfies Record<string, KindDef>;

export type ConsultancyKind = keyof typeof CONSULTANCY_KINDS;

/** Payload fields of these kinds that hold instants (ISO-8601 in files). */
export const CONSULTANCY_INSTANT_FIELDS = ['approvedAt', 'startedAt', 'workedAt', 'periodFrom', 'periodTo'] as const;

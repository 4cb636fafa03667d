import { z } from 'zod';
import { availabilityQuery } from '../availability/availability-query';
import { RATE_TYPES } from '../consultancy/rate-card';
import { ENVIRONMENTS } from '../policy/policy-types';
import { hasDurationPrecision } from '../time/duration-text';
import { parseInstant } from '../time/instant';
import { instantSchema, wireEventSchema } from '../ticket/ticket-event-schema';

/** A calendar by built-in id, or inline calendar data (validated when compiled). */
const calendarRef = z.union([z.string().min(1), z.record(z.string(), z.unknown())], { message: 'must be a calendar id or a calendar object' });

export const dueQuery = z
  .object({
    op: z.literal('due'),
    calendar: calendarRef,
    start: instantSchema,
    minutes: z
      .number({ message: 'must be a number of working minutes' })
      .finite()
      .refine(hasDurationPrecision, 'must be a number of working minutes with at most four decimals (whole milliseconds)'),
  })
  .strict();

export const elapsedQuery = z.object({ op: z.literal('elapsed'), calendar: calendarRef, from: instantSchema, to: instantSchema }).strict();

export const explainQuery = z.object({ op: z.literal('explain'), calendar: calendarRef, from: instantSchema, to: instantSchema }).strict();

export const ticketQuery = z
  .object({
    op: z.literal('ticket'),
    policy: z.union([z.string().min(1), z.record(z.string(), z.unknown())], { message: 'must be a preset id or a policy object' }),
    plan: z.string().optional(),
    now: instantSchema,
    explain: z.boolean().optional(),
    ticket: z
      .object({
        type: z.string().optional(),
        priority: z.string().optional(),
        environment: z.enum(ENVIRONMENTS, { message: `must be one of ${ENVIRONMENTS.join(', ')}` }).optional(),
        events: z.array(wireEventSchema).min(1, 'must hold at least the created event'),
      })
      .strict(),
  })
  .strict();

const minutes = z.number({ message: 'must be a whole number of minutes' }).int('must be a whole number of minutes').nonnegative('must not be negative');

/** The block arithmetic of consultancy billing (SPEC §6), for one engagement and one period. */
export const billQuery = z
  .object({
    op: z.literal('bill'),
    policy: z.string().min(1, 'must be a preset id'),
    rate: z.enum(RATE_TYPES, { message: `must be one of ${RATE_TYPES.join(', ')}` }),
    approved: z.boolean({ message: 'must be true or false' }),
    workedBeforeMinutes: minutes.default(0),
    minutes: z.array(minutes, { message: 'must be a list of whole minutes' }),
  })
  .strict();

export const query = z.discriminatedUnion('op', [dueQuery, elapsedQuery, explainQuery, ticketQuery, billQuery, availabilityQuery], {
  message: 'op must be one of due, elapsed, explain, ticket, bill, availability',
});

export type Query = z.output<typeof query>;
export type TicketQuery = z.output<typeof ticketQuery>;

/**
 * A well-formed `due` query with a built-in calendar, read without the schema: `sla batch` is
 * mostly these, and the schema's generality costs more than the engine. Returns null for anything
 * else — another op, another key, a bad value — which the schema then reads (and explains).
 * Equivalent to `query.parse` on what it accepts (tests compare them).
 */
export function parseCommonDueQuery(input: unknown): Query | null {
  if (typeof input !== 'object' || input === null) return null;
  const q = input as Record<string, unknown>;
  const { op, calendar, start, minutes } = q;
  if (op !== 'due' || typeof calendar !== 'string' || calendar === '' || typeof start !== 'string' || typeof minutes !== 'number') return null;
  if (!Number.isFinite(minutes) || !hasDurationPrecision(minutes)) return null;
  let keys = 0;
  for (const _ in q) keys += 1;
  if (keys !== 4) return null;
  const parsed = parseInstant(start);
  return parsed.ok ? { op: 'due', calendar, start: parsed.ms, minutes } : null;
}

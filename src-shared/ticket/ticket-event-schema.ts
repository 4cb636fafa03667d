import { z } from 'zod';
import { ENVIRONMENTS, STATUSES } from '../policy/policy-types';
import { parseInstant } from '../time/instant';
import { matching } from '../validation/issues';
import { CALL_PURPOSES, CHANNELS, type TicketEvent } from './ticket-event';

/** An ISO-8601 instant with an offset, parsed to epoch milliseconds. */
export const instantSchema = z.string({ message: 'must be an ISO-8601 instant string' }).transform((text, ctx) => {
  const parsed = parseInstant(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason, params: { code: parsed.code, ...parsed.params } });
    return z.NEVER;
  }
  return parsed.ms;
});

const base = {
  id: z.string().min(1).optional(),
  at: instantSchema,
  by: z.string().max(200).optional(),
  workstation: z.string().max(200).optional(),
  note: z.string().max(20_000).optional(),
};

const id = matching(/^[a-z0-9][a-z0-9_-]*$/, 'must be an id such as "normal" or "p1"', 'not_an_id');
const plainKinds = ['responded', 'acknowledged', 'workaround_given', 'resolved', 'reopened', 'update_sent', 'note_added'] as const;
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

/**
 * One event as it travels (CLI, IPC, import files): `at` is ISO-8601 with an offset. Parsing
 * yields the engine's event with `at` in epoch milliseconds. Extra fields an event kind does
 * not know are rejected, so a typo ("stauts") is an error rather than a silent no-op.
 */
export const wireEventSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        ...base,
        kind: z.literal('created'),
        type: id.optional(),
        priority: id.optional(),
        environment: z.enum(ENVIRONMENTS, { message: `must be one of ${ENVIRONMENTS.join(', ')}` }).optional(),
        reportedAt: instantSchema.optional(),
        awareAt: instantSchema.optional(),
        number: text(40).optional(),
        title: text(300).optional(),
        description: text(20_000).optional(),
        customerId: text(100).optional(),
        contractId: text(100).optional(),
        channel: z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` }).optional(),
      })
      .strict(),
    z.object({ ...base, kind: z.literal('status_changed'), status: z.enum(STATUSES, { message: `must be one of ${STATUSES.join(', ')}` }) }).strict(),
    z.object({ ...base, kind: z.literal('priority_changed'), priority: id, reason: z.string().optional(), callId: z.string().optional() }).strict(),
    z
      .object({
        ...base,
        kind: z.literal('call_logged'),
        callId: text(100).optional(),
        purpose: z.enum(CALL_PURPOSES, { message: `must be one of ${CALL_PURPOSES.join(', ')}` }).optional(),
      })
      .strict(),
    z.object({ ...base, kind: z.literal('assigned'), assignee: text(200) }).strict(),
    z.object({ ...base, kind: z.literal('escalated'), line: id }).strict(),
    z
      .object({
        ...base,
        kind: z.literal('war_team_convened'),
        members: z.array(text(200)).min(1).max(50),
        plan: z.object({ assessment: text(5_000), mitigation: text(5_000), resources: text(5_000), updateEvery: text(200) }).strict(),
      })
      .strict(),
    z.object({ ...base, kind: z.enum(plainKinds) }).strict(),
  ],
  {
    message:
      'kind must be one of created, responded, acknowledged, status_changed, priority_changed, workaround_given, resolved, reopened, update_sent, call_logged, note_added, assigned, escalated, war_team_convened',
  },
);

export type WireEvent = z.input<typeof wireEventSchema>;
export type ParsedWireEvent = z.output<typeof wireEventSchema>;

/** Narrows a parsed wire event to the engine's event (type filled in by the caller for `created`). */
export function toEngineEvent(event: ParsedWireEvent, fallbackType: string): TicketEvent {
  if (event.kind === 'created') {
    const { type, ...rest } = event;
    return { ...rest, type: type ?? fallbackType };
  }
  return event;
}

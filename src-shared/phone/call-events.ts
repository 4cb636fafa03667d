import { z } from 'zod';
import type { KindDef } from '../desk-log/event-kinds';
import { code, id, instant, note, oneOf, text } from '../desk-log/payload-fields';
import { CALL_DIRECTIONS, CALL_OUTCOMES, CALL_REASONS } from './call-types';

/** A phone number as stored: E.164, `+` and 8 to 15 digits. */
const e164 = z.string().regex(/^\+[1-9]\d{7,14}$/, 'must be a phone number in E.164 form such as +31302001234');

const callKind = (payload: z.ZodType): KindDef => ({ projection: 'call', v: 1, payload });

/**
 * The events of a call's stream (the stream is the call's id). The start is an event, so a running
 * call's timer survives a restart; the end stops it; `call.logged` saves what the call was about
 * and did, in the same transaction as the ticket events its outcome decides.
 */
export const CALL_KINDS = {
  'call.started': callKind(
    z
      .object({
        at: instant,
        direction: oneOf(CALL_DIRECTIONS),
        phone: e164.optional(),
        caller: text(200).optional(),
        customerId: id.optional(),
        ticketId: id.optional(),
      })
      .strict(),
  ),
  'call.ended': callKind(z.object({ at: instant }).strict()),
  'call.logged': callKind(
    z
      .object({
        at: instant,
        ticketId: id,
        reason: oneOf(CALL_REASONS),
        outcome: oneOf(CALL_OUTCOMES),
        note,
        direction: oneOf(CALL_DIRECTIONS).optional(),
        phone: e164.optional(),
        caller: text(200).optional(),
        customerId: id.optional(),
        priority: code.optional(),
        line: code.optional(),
        callbackAt: instant.optional(),
      })
      .strict(),
  ),
  'call.discarded': callKind(z.object({ at: instant, note }).strict()),
} satisfies Record<string, KindDef>;

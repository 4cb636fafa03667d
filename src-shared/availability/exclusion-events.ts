import { z } from 'zod';
import type { KindDef } from '../desk-log/event-kinds';
import { id, instant, note, oneOf } from '../desk-log/payload-fields';
import { EXCLUSION_REASONS } from './availability-rules';

/** Payload fields of exclusion events that hold instants (ISO-8601 in a desk file, epoch ms in the store). */
export const EXCLUSION_INSTANT_FIELDS = ['startsAt', 'endsAt', 'announcedAt'] as const;

const exclusionKind = (payload: z.ZodType): KindDef => ({ projection: 'exclusion', v: 1, payload });

/**
 * The events of an exclusion window's stream (SPEC §7: time that does not count against
 * availability): a contract's window from–to with its reason and, for planned maintenance, when it
 * was announced to the customer; withdrawn when it did not happen.
 */
export const EXCLUSION_KINDS = {
  'exclusion.recorded': exclusionKind(
    z
      .object({
        at: instant,
        customerId: id,
        contractId: id,
        startsAt: instant,
        endsAt: instant,
        reason: oneOf(EXCLUSION_REASONS),
        announcedAt: instant.optional(),
        note,
      })
      .strict(),
  ),
  'exclusion.withdrawn': exclusionKind(z.object({ at: instant, note }).strict()),
} satisfies Record<string, KindDef>;

import { z } from 'zod';
import type { KindDef } from '../desk-log/event-kinds';
import { id, instant, note, oneOf } from '../desk-log/payload-fields';
import { CE_CATEGORIES } from './availability-rules';

/** How bad an outage is: nobody can use the product (`complete`), or it is degraded (`partial`). */
export const OUTAGE_SCOPES = ['complete', 'partial'] as const;
export type OutageScope = (typeof OUTAGE_SCOPES)[number];

/** Payload fields of outage events that hold instants (ISO-8601 in a desk file, epoch ms in the store). */
export const OUTAGE_INSTANT_FIELDS = ['endedAt'] as const;

const outageKind = (payload: z.ZodType): KindDef => ({ projection: 'outage', v: 1, payload });

/**
 * The events of an outage's stream (the stream is the outage's id). A report says since when and
 * how bad, for which customer, and — when it came in by phone — the call and ticket it came with;
 * the end is its own event (the outage is ongoing until then), and a later end corrects an
 * earlier one. The team lead's availability figures are folded from these records.
 */
export const OUTAGE_KINDS = {
  'outage.reported': outageKind(
    z
      .object({
        at: instant,
        startedAt: instant,
        scope: oneOf(OUTAGE_SCOPES),
        customerId: id,
        contractId: id.optional(),
        ticketId: id.optional(),
        callId: id.optional(),
        /** Connect & Engage: the product category whose availability it counts against. */
        category: oneOf(CE_CATEGORIES).optional(),
        note,
      })
      .strict(),
  ),
  'outage.ended': outageKind(z.object({ at: instant, endedAt: instant, note }).strict()),
} satisfies Record<string, KindDef>;
